package io.offerbench.exchange;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an offer CSV file, in the order the exporter writes them. Only company, currency
 * and base_salary are required. Relocation and the academic terms are extra columns beyond the
 * original list, so a faculty offer survives export and import unchanged.
 */
public enum OfferCsvColumn {
    COMPANY("company", true),
    ROLE("role", false),
    OFFER_TYPE("offer_type", false),
    SENIORITY("seniority", false),
    CITY("city", false),
    COUNTRY("country", false),
    REMOTE("remote", false),
    CURRENCY("currency", true),
    BASE_SALARY("base_salary", true),
    ANNUAL_BONUS("annual_bonus", false),
    SIGN_ON_BONUS("sign_on_bonus", false),
    SIGN_ON_YEARS("sign_on_years", false),
    RELOCATION("relocation", false),
    EQUITY_TOTAL("equity_total", false),
    EQUITY_TYPE("equity_type", false),
    EQUITY_YEARS("equity_years", false),
    EQUITY_CLIFF_MONTHS("equity_cliff_months", false),
    EQUITY_SCHEDULE("equity_schedule", false),
    EQUITY_REFRESHER("equity_refresher", false),
    NINE_MONTH_SALARY("nine_month_salary", false),
    SUMMER_MONTHS("summer_months", false),
    STARTUP_PACKAGE("startup_package", false),
    STARTUP_YEARS("startup_years", false),
    TEACHING_COURSES_PER_YEAR("teaching_courses_per_year", false),
    RESEARCH_FREEDOM("research_freedom", false),
    PUBLICATION_POLICY("publication_policy", false),
    COMPUTE_ACCESS("compute_access", false),
    TOPIC_FIT("topic_fit", false),
    TEAM_FIT("team_fit", false),
    ROLE_CLARITY("role_clarity", false),
    PRODUCT_CLOSENESS("product_closeness", false),
    STABILITY("stability", false),
    HOURS_PER_WEEK("hours_per_week", false),
    COMMUTE_MINUTES("commute_minutes", false),
    VISA_SUPPORT("visa_support", false),
    STATUS("status", false),
    DEADLINE("deadline", false),
    NOTES("notes", false);

    private final String header;
    private final boolean required;

    OfferCsvColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /**
     * Finds a column by its header, forgiving case, surrounding spaces and spaces or hyphens in
     * place of underscores ("Base Salary" is base_salary), as spreadsheet users tend to retype them.
     */
    public static Optional<OfferCsvColumn> byHeader(String name) {
        String n = normalise(name);
        for (OfferCsvColumn c : values()) {
            if (c.header.equals(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
