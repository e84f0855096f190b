package io.offerbench.ui.review;

import io.offerbench.ui.common.Messages;
import java.util.Map;

/**
 * The words the offer editor uses for each field that review mode reports. Changes name fields as
 * the CSV template does ({@code base_salary}); the advisor should read "Base salary", exactly as on
 * the form, so this maps to the editor's own message keys rather than new wording.
 */
public final class ReviewFieldLabels {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("company", "field.company"),
            Map.entry("role", "field.role"),
            Map.entry("offer_type", "field.type"),
            Map.entry("seniority", "field.seniority"),
            Map.entry("status", "field.status"),
            Map.entry("deadline", "field.deadline"),
            Map.entry("location", "review.field.location"),
            Map.entry("currency", "field.currency"),
            Map.entry("base_salary", "field.baseSalary"),
            Map.entry("annual_bonus", "field.annualBonus"),
            Map.entry("sign_on_bonus", "field.signOnBonus"),
            Map.entry("sign_on_years", "field.signOnYears"),
            Map.entry("relocation", "field.relocation"),
            Map.entry("equity_total", "field.equityValue"),
            Map.entry("equity_type", "field.equityType"),
            Map.entry("equity_schedule", "field.schedule"),
            Map.entry("equity_refresher", "field.refresher"),
            Map.entry("nine_month_salary", "field.nineMonthSalary"),
            Map.entry("summer_months", "field.summerMonths"),
            Map.entry("startup_package", "field.startupPackage"),
            Map.entry("teaching_courses_per_year", "field.teachingLoad"),
            Map.entry("research_freedom", "field.researchFreedom"),
            Map.entry("publication_policy", "field.publication"),
            Map.entry("compute_access", "field.compute"),
            Map.entry("topic_fit", "field.topicFit"),
            Map.entry("team_fit", "field.teamFit"),
            Map.entry("role_clarity", "field.roleClarity"),
            Map.entry("product_closeness", "field.productCloseness"),
            Map.entry("stability", "field.stability"),
            Map.entry("hours_per_week", "field.hoursPerWeek"),
            Map.entry("commute_minutes", "field.commuteMinutes"),
            Map.entry("visa_support", "field.visa"),
            Map.entry("notes", "field.notes"));

    private ReviewFieldLabels() {
    }

    /** The editor's label; a field a later version adds shows by its CSV name rather than not at all. */
    public static String of(String csvField) {
        String key = KEYS.get(csvField);
        return key == null ? csvField : Messages.get(key);
    }
}
