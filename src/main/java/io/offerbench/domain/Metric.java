package io.offerbench.domain;

/** What a benchmark row measures. Pay metrics are compared with offers; the rest inform criteria and caveats. */
public enum Metric implements Coded {
    /** A whole yearly package: base, bonus and equity together. */
    TOTAL_PACKAGE("total_package", true),
    BASE_SALARY("base_salary", true),
    /** Yearly income as reported, where the document does not say which components it includes. */
    ANNUAL_INCOME("annual_income", true),
    SIGN_ON_BONUS("sign_on_bonus", true),
    /** How many times one pay level is another's, such as industry over academia. */
    PAY_RATIO("pay_ratio", false),
    /** A share of working time, such as time on incremental model work. */
    TIME_SHARE("time_share", false),
    /** A share of people: where researchers work or come from, headcount by project. */
    PEOPLE_SHARE("people_share", false),
    /** A count of people, such as researchers able to build a frontier model. */
    PEOPLE_COUNT("people_count", false),
    /** An amount of money that is not pay: funding rounds, acquisitions, buybacks, investment. */
    MONEY_FLOW("money_flow", false),
    EXCHANGE_RATE("exchange_rate", false),
    /** A qualitative signal about hiring demand or working conditions, with no number to compare. */
    MARKET_SIGNAL("market_signal", false);

    private final String code;
    private final boolean pay;

    Metric(String code, boolean pay) {
        this.code = code;
        this.pay = pay;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether an offer's pay can be placed against this figure. */
    public boolean isPay() {
        return pay;
    }

    public static Metric fromCode(String code) {
        return Coded.fromCode(Metric.class, code);
    }
}
