package io.offerbench.ui.offers;

import static io.offerbench.ui.common.Messages.get;

import io.offerbench.domain.AcademicTerms;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.Location;
import io.offerbench.domain.Offer;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.ui.common.Parsed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the form back into an offer. Field-level messages come from each field's parser; rules that
 * tie fields together (a bonus in two forms, vesting shares that do not add up) come from the domain
 * constructors and are reported under the section they belong to.
 */
final class OfferFormBuilder {

    private final List<String> errors = new ArrayList<>();

    private OfferFormBuilder() {
    }

    static FormResult build(OfferForm f, long id) {
        return new OfferFormBuilder().run(f, id);
    }

    private FormResult run(OfferForm f, long id) {
        for (FormField<?> field : f.textFields()) {
            String e = field.parse().error();
            if (e != null) {
                errors.add(e);
            }
        }
        BigDecimal base = value(f.baseSalary);
        BigDecimal nine = value(f.nineMonthSalary);
        boolean academicWithNineMonth = f.type.get() != null && f.type.get().isAcademic() && nine != null && nine.signum() > 0;
        if ((base == null || base.signum() == 0) && f.baseSalary.parse().isOk()) {
            if (academicWithNineMonth) {
                base = nine;
            } else {
                errors.add(get("error.baseRequired"));
            }
        }
        if (!errors.isEmpty()) {
            return new FormResult(null, List.copyOf(errors));
        }
        Compensation pay = section(get("section.pay"), () -> {
            BonusInput bonus = value(f.annualBonus);
            return new Compensation(valueOr(f.baseSalary, nine), bonus == null ? null : bonus.amount(),
                    bonus == null ? null : bonus.percentOfBase(), value(f.signOnBonus), intOr(f.signOnYears, 1), value(f.relocation));
        });
        checkVestingYears(f);
        EquityGrant equity = section(get("section.equity"), () -> new EquityGrant(zeroIfNull(value(f.equityValue)), f.equityType.get(),
                VestingSchedule.parse(value(f.schedule), intOr(f.equityYears, 4), intOr(f.cliffMonths, 0)), value(f.refresher)));
        int guaranteed = intOr(f.guaranteedSummerMonths, 0);
        if (guaranteed > intOr(f.summerMonths, 0)) {
            errors.add(get("error.guaranteedSummer", guaranteed, intOr(f.summerMonths, 0)));
        }
        AcademicTerms academic = section(get("section.academic"), () -> new AcademicTerms(nine, intOr(f.summerMonths, 0),
                value(f.startupPackage), intOr(f.startupYears, 3), value(f.teachingLoad), Math.min(guaranteed, intOr(f.summerMonths, 0))));
        boolean productNotApplicable = OfferForm.NOT_APPLICABLE.equals(f.productCloseness.get());
        Criteria criteria = section(get("section.research"), () -> new Criteria(value(f.researchFreedom), f.publication.get(),
                f.compute.get(), f.topicFit.get(), f.teamFit.get(), f.roleClarity.get(),
                productNotApplicable ? null : f.productCloseness.get(), f.stability.get(), value(f.hoursPerWeek),
                value(f.commuteMinutes), f.visa.get(), f.interest.get(), productNotApplicable));
        if (!errors.isEmpty()) {
            return new FormResult(null, List.copyOf(errors));
        }
        Offer offer = Offer.builder().id(id).company(value(f.company)).roleTitle(value(f.role)).type(f.type.get())
                .seniority(f.seniority.get()).status(f.status.get()).deadline(value(f.deadline))
                .location(new Location(value(f.city), value(f.country), f.remote.get())).currency(value(f.currency))
                .pay(pay).equity(equity).academic(academic).criteria(criteria).notes(value(f.notes)).build();
        return new FormResult(offer, List.of());
    }

    /** A schedule written as yearly shares fixes the number of years; a different "vesting years" is a contradiction. */
    private void checkVestingYears(OfferForm f) {
        String schedule = value(f.schedule);
        Integer years = value(f.equityYears);
        if (years == null || schedule == null || schedule.equalsIgnoreCase("even")) {
            return;
        }
        int shares = VestingSchedule.parse(schedule, years, 0).years();
        if (shares != years) {
            errors.add(get("error.vestingYears", years, shares));
        }
    }

    private <T> T section(String name, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            errors.add(name + ": " + e.getMessage());
            return null;
        }
    }

    private static <T> T value(FormField<T> field) {
        Parsed<T> p = field.parse();
        return p.value();
    }

    private static BigDecimal valueOr(FormField<BigDecimal> field, BigDecimal fallback) {
        BigDecimal v = value(field);
        return v == null || v.signum() == 0 ? fallback : v;
    }

    private static int intOr(FormField<Integer> field, int fallback) {
        Integer v = value(field);
        return v == null ? fallback : v;
    }

    private static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
