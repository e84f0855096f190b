package io.offerbench.ui.offers;

import static io.offerbench.ui.common.Messages.get;

import io.offerbench.domain.OfferField;
import io.offerbench.domain.OfferValues;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.ui.common.Parsed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the form back into an offer: every field's value into {@link OfferValues}, which puts the offer together.
 * Field-level messages come from each field's parser; rules that tie fields together (a bonus in two forms,
 * vesting shares that do not add up) come from the domain and are reported under the section they belong to.
 */
final class OfferFormBuilder {

    private final List<String> errors = new ArrayList<>();

    private OfferFormBuilder() {
    }

    static FormResult build(OfferForm f, long id) {
        return new OfferFormBuilder().run(f, id);
    }

    private FormResult run(OfferForm f, long id) {
        OfferValues values = new OfferValues();
        for (FormField<?> field : f.textFields()) {
            Parsed<?> p = field.parse();
            if (p.error() != null) {
                errors.add(p.error());
            } else {
                values.put(field.field(), p.value());
            }
        }
        for (Map.Entry<OfferField, javafx.beans.property.Property<?>> choice : f.choices().entrySet()) {
            values.put(choice.getKey(), choice.getValue().getValue());
        }
        BigDecimal base = value(f.baseSalary);
        BigDecimal nine = value(f.nineMonthSalary);
        boolean academicWithNineMonth = f.type.get() != null && f.type.get().isAcademic() && nine != null && nine.signum() > 0;
        if ((base == null || base.signum() == 0) && f.baseSalary.parse().isOk()) {
            if (academicWithNineMonth) {
                values.put(OfferField.BASE_SALARY, nine); // an academic offer's base is its nine-month salary
            } else {
                errors.add(get("error.baseRequired"));
            }
        }
        equityProblem(values).ifPresent(problem -> errors.add(get("section.equity") + ": " + problem));
        if (!errors.isEmpty()) {
            return new FormResult(null, List.copyOf(errors));
        }
        String vestingYears = vestingYearsError(f);
        List<OfferValues.Refusal> refusals = List.of();
        try {
            if (vestingYears == null) {
                return new FormResult(values.toOffer(id), List.of());
            }
            values.toOffer(id); // for the sections' own messages beside the vesting years'
        } catch (OfferValues.Refused refused) {
            refusals = refused.refusals();
        }
        // Listed as the editor shows them: pay, then vesting, then the sections below.
        refusals.stream().filter(r -> r.section() == OfferField.Section.PAY).forEach(this::add);
        if (vestingYears != null) {
            errors.add(vestingYears);
        }
        refusals.stream().filter(r -> r.section() != OfferField.Section.PAY).forEach(this::add);
        return new FormResult(null, List.copyOf(errors));
    }

    /** "No equity" with a grant, and the bear / base / bull percentages given all three or none, in order. */
    private static java.util.Optional<String> equityProblem(OfferValues v) {
        if (v.get(OfferField.EQUITY_TYPE) == io.offerbench.domain.EquityType.NONE
                && (positive(v.get(OfferField.EQUITY_TOTAL)) || positive(v.get(OfferField.EQUITY_REFRESHER)))) {
            return java.util.Optional.of(get("editor.noEquity.grant"));
        }
        Integer bear = (Integer) v.get(OfferField.EQUITY_BEAR);
        Integer base = (Integer) v.get(OfferField.EQUITY_BASE);
        Integer bull = (Integer) v.get(OfferField.EQUITY_BULL);
        int given = (bear == null ? 0 : 1) + (base == null ? 0 : 1) + (bull == null ? 0 : 1);
        if (given > 0 && given < 3) {
            return java.util.Optional.of(get("editor.multipliers.allThree"));
        }
        if (given == 3 && (bear > base || base > bull)) {
            return java.util.Optional.of(get("editor.multipliers.order", bear, base, bull));
        }
        return java.util.Optional.empty();
    }

    private static boolean positive(Object amount) {
        return amount instanceof BigDecimal d && d.signum() > 0;
    }

    private void add(OfferValues.Refusal r) {
        errors.add(get(sectionKey(r.section())) + ": " + r.reason());
    }

    /** The heading a section's message is reported under, as the editor names the section. */
    private static String sectionKey(OfferField.Section section) {
        return switch (section) {
            case PAY -> "section.pay";
            case EQUITY -> "section.equity";
            case ACADEMIC -> "section.academic";
            case CRITERIA -> "section.research";
            case OFFER, LOCATION, NOTES -> "section.basics";
        };
    }

    /** A schedule written as yearly shares fixes the number of years; a different "vesting years" is a contradiction. */
    private static String vestingYearsError(OfferForm f) {
        String schedule = value(f.schedule);
        Integer years = value(f.equityYears);
        if (years == null || schedule == null || schedule.equalsIgnoreCase("even")) {
            return null;
        }
        int shares = VestingSchedule.parse(schedule, years, 0).years();
        return shares != years ? get("error.vestingYears", years, shares) : null;
    }

    private static <T> T value(FormField<T> field) {
        return field.parse().value();
    }
}
