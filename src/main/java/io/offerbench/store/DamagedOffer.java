package io.offerbench.store;

import java.util.Map;
import java.util.Objects;

/**
 * An offer row that cannot be loaded (an amount that is not a number, a vesting schedule that does
 * not add up…), so it is left out of everything that needs the whole offer while every other offer
 * works. Facts only: the offer, the stored column, the value as stored and a message key for the
 * field, so each screen words it in its own language.
 *
 * @param id      the offer's row id
 * @param company the company as stored (shown so the user knows which offer)
 * @param column  the stored column that cannot be read, or null when the offer as a whole breaks a rule
 * @param value   that column's value as stored, or the rule the offer breaks
 */
public record DamagedOffer(long id, String company, String column, String value) {

    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("company", "field.company"), Map.entry("role_title", "field.role"),
            Map.entry("offer_type", "field.type"), Map.entry("seniority", "field.seniority"),
            Map.entry("city", "field.city"), Map.entry("country", "field.country"), Map.entry("remote", "field.remote"),
            Map.entry("currency", "field.currency"), Map.entry("base_salary", "field.baseSalary"),
            Map.entry("bonus_amount", "field.annualBonus"), Map.entry("bonus_percent", "field.annualBonus"),
            Map.entry("sign_on_bonus", "field.signOnBonus"), Map.entry("sign_on_years", "field.signOnYears"),
            Map.entry("relocation", "field.relocation"), Map.entry("equity_value", "field.equityValue"),
            Map.entry("equity_type", "field.equityType"), Map.entry("vesting", "field.schedule"),
            Map.entry("vesting_years", "field.equityYears"), Map.entry("vesting_cliff_months", "field.cliffMonths"),
            Map.entry("equity_refresher", "field.refresher"), Map.entry("nine_month_salary", "field.nineMonthSalary"),
            Map.entry("summer_months", "field.summerMonths"), Map.entry("startup_package", "field.startupPackage"),
            Map.entry("startup_years", "field.startupYears"), Map.entry("teaching_courses", "field.teachingLoad"),
            Map.entry("research_freedom_pct", "field.researchFreedom"), Map.entry("publication_policy", "field.publication"),
            Map.entry("compute_access", "field.compute"), Map.entry("topic_fit", "field.topicFit"),
            Map.entry("team_fit", "field.teamFit"), Map.entry("role_clarity", "field.roleClarity"),
            Map.entry("product_closeness", "field.productCloseness"), Map.entry("stability", "field.stability"),
            Map.entry("hours_per_week", "field.hoursPerWeek"), Map.entry("commute_minutes", "field.commuteMinutes"),
            Map.entry("visa_support", "field.visa"), Map.entry("status", "field.status"),
            Map.entry("deadline", "field.deadline"), Map.entry("notes", "field.notes"),
            Map.entry("equity_stage", "field.equityStage"), Map.entry("equity_bear_percent", "field.equityBear"),
            Map.entry("equity_base_percent", "field.equityBase"), Map.entry("equity_bull_percent", "field.equityBull"));

    public DamagedOffer {
        Objects.requireNonNull(company, "company");
    }

    /** The message key of the field's label ({@code field.baseSalary}), or null when no one field is to blame. */
    public String fieldKey() {
        return column == null ? null : FIELD_KEYS.getOrDefault(column, null);
    }

    /** Plain English for logs and the backup check (screens use {@link #fieldKey()} and their own texts). */
    public String describe() {
        return "offer " + id + " (" + company + ")" + (column == null ? ": " + value : ": " + column + " holds \"" + value + "\"");
    }
}
