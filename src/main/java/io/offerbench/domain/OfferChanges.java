package io.offerbench.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two states of the comparison, field by field: for the advisor's review mode
 * ("what changed since we last looked?"). Offers are matched by id; fields are named as in the CSV
 * template, so the names mean the same everywhere.
 */
public final class OfferChanges {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public record FieldChange(String field, String before, String after) {
    }

    public record Change(long offerId, String offer, Kind kind, List<FieldChange> fields) {
    }

    private static final Map<String, Function<Offer, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("company", Offer::company);
        FIELDS.put("role", Offer::roleTitle);
        FIELDS.put("offer_type", o -> o.type().code());
        FIELDS.put("seniority", o -> o.seniority().code());
        FIELDS.put("status", o -> o.status().code());
        FIELDS.put("deadline", Offer::deadline);
        FIELDS.put("location", o -> o.location().display());
        FIELDS.put("currency", o -> o.currency().code());
        FIELDS.put("base_salary", o -> o.pay().baseSalary());
        FIELDS.put("annual_bonus", o -> o.pay().bonusPercentOfBase() != null
                ? o.pay().bonusPercentOfBase().stripTrailingZeros().toPlainString() + "%" : o.pay().bonusAmount());
        FIELDS.put("sign_on_bonus", o -> o.pay().signOnBonus());
        FIELDS.put("sign_on_years", o -> o.pay().signOnYears());
        FIELDS.put("relocation", o -> o.pay().relocation());
        FIELDS.put("equity_total", o -> o.equity().grantValue());
        FIELDS.put("equity_type", o -> o.equity().type().code());
        FIELDS.put("equity_schedule", o -> o.equity().vesting().format() + " over " + o.equity().vesting().years()
                + " years, cliff " + o.equity().vesting().cliffMonths() + " months");
        FIELDS.put("equity_refresher", o -> o.equity().annualRefresher());
        FIELDS.put("nine_month_salary", o -> o.academic().nineMonthSalary());
        FIELDS.put("summer_months", o -> o.academic().summerMonths());
        FIELDS.put("startup_package", o -> o.academic().startupPackage());
        FIELDS.put("teaching_courses_per_year", o -> o.academic().teachingCoursesPerYear());
        FIELDS.put("research_freedom", o -> o.criteria().researchFreedomPercent());
        FIELDS.put("publication_policy", o -> code(o.criteria().publicationPolicy()));
        FIELDS.put("compute_access", o -> code(o.criteria().computeAccess()));
        FIELDS.put("topic_fit", o -> code(o.criteria().topicFit()));
        FIELDS.put("team_fit", o -> o.criteria().teamFit());
        FIELDS.put("role_clarity", o -> o.criteria().roleClarity());
        FIELDS.put("product_closeness", o -> o.criteria().productCloseness());
        FIELDS.put("stability", o -> o.criteria().stability());
        FIELDS.put("hours_per_week", o -> o.criteria().hoursPerWeek());
        FIELDS.put("commute_minutes", o -> o.criteria().commuteMinutes());
        FIELDS.put("visa_support", o -> code(o.criteria().visaSupport()));
        FIELDS.put("notes", Offer::notes);
    }

    private OfferChanges() {
    }

    public static List<Change> between(List<Offer> before, List<Offer> after) {
        Map<Long, Offer> old = new LinkedHashMap<>();
        before.forEach(o -> old.put(o.id(), o));
        List<Change> changes = new ArrayList<>();
        for (Offer now : after) {
            Offer then = old.remove(now.id());
            if (then == null) {
                changes.add(new Change(now.id(), now.label(), Kind.ADDED, List.of()));
            } else {
                List<FieldChange> fields = fieldChanges(then, now);
                if (!fields.isEmpty()) {
                    changes.add(new Change(now.id(), now.label(), Kind.CHANGED, fields));
                }
            }
        }
        old.values().forEach(o -> changes.add(new Change(o.id(), o.label(), Kind.REMOVED, List.of())));
        return changes;
    }

    /**
     * Every compared field's value in one string: two offers with equal fingerprints have no field
     * change between them (amounts compare by value), so imports can find "the same offer" in one lookup.
     */
    public static String fingerprint(Offer o) {
        StringBuilder sb = new StringBuilder();
        FIELDS.forEach((name, read) -> sb.append(show(read.apply(o)).replace("\u0000", "")).append('\u0000'));
        return sb.toString();
    }

    static List<FieldChange> fieldChanges(Offer then, Offer now) {
        List<FieldChange> out = new ArrayList<>();
        FIELDS.forEach((name, read) -> {
            String a = show(read.apply(then));
            String b = show(read.apply(now));
            if (!Objects.equals(a, b)) {
                out.add(new FieldChange(name, a, b));
            }
        });
        return out;
    }

    /** Amounts compare by value (185000 equals 185000.00). */
    private static String show(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String code(Coded c) {
        return c == null ? null : c.code();
    }
}
