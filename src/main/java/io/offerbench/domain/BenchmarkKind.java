package io.offerbench.domain;

/**
 * What kind of figure a benchmark row is, which decides what scoring may do with it. Only
 * {@link #TYPICAL} rows (a range or figure for ordinary offers of a segment and seniority) may place an
 * offer below, within or above the market, or give a gap or a target; the rest are context at most.
 * The reason for each document row's kind is written in its caveat.
 */
public enum BenchmarkKind implements Coded {
    /** A range or figure for ordinary offers of a segment and seniority. */
    TYPICAL("typical"),
    /** The best, a ceiling, "upwards of": what the top of the market reaches, not what an offer should be. */
    TOP_OF_MARKET("top_of_market"),
    /** About one company only (its offers, its team, its funding). */
    COMPANY_SPECIFIC("company_specific"),
    /** A single reported event, such as a $100 million sign-on to lure one senior person. */
    ONE_OFF("one_off"),
    /** A ratio (industry over academic pay, an exchange rate), not an amount anyone is paid. */
    RATIO("ratio"),
    /** A signal in words, or a figure that is not pay (headcounts, shares of people). */
    QUALITATIVE("qualitative");

    private final String code;

    BenchmarkKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static BenchmarkKind fromCode(String code) {
        return Coded.fromCode(BenchmarkKind.class, code);
    }

    /**
     * The kind a row gets when its file does not say (files and databases from before kinds existed):
     * ratios and signals by their metric; a pay figure is assumed to be what its author meant it for,
     * placing offers, so {@link #TYPICAL} (the Benchmarks screen shows the kind and lets the user change it).
     */
    public static BenchmarkKind defaultFor(Metric metric) {
        if (metric == Metric.PAY_RATIO || metric == Metric.EXCHANGE_RATE) {
            return RATIO;
        }
        return metric != null && metric.isPay() ? TYPICAL : QUALITATIVE;
    }
}
