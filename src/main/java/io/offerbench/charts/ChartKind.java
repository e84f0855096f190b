package io.offerbench.charts;

import org.jfree.chart.JFreeChart;

/**
 * The comparison charts, each a pure function of the compared offers, the style and the texts. The
 * view builds them from here, and export rebuilds them from here, so a file is never drawn from a
 * chart object the window is painting at the same time.
 */
public enum ChartKind {
    PAY_COMPOSITION("pay-composition"),
    CUMULATIVE_PAY("cumulative-pay"),
    MARKET_BAND("market-band"),
    PROFILE("profile"),
    SCORE_BREAKDOWN("score-breakdown");

    private final String fileName;

    ChartKind(String fileName) {
        this.fileName = fileName;
    }

    /** A default file name (without extension) for an export. */
    public String fileName() {
        return fileName;
    }

    public JFreeChart build(ComparedOffers offers, PayBasis basis, ChartStyle palette, ChartTexts texts) {
        ChartStyle style = palette.forSlots(offers.colourSlots()); // each offer its own colour (OfferPalette)
        return switch (this) {
            case PAY_COMPOSITION -> PayCompositionChart.build(offers, basis, style, texts);
            case CUMULATIVE_PAY -> CumulativePayChart.build(offers, style, texts);
            case MARKET_BAND -> MarketBandChart.build(offers, style, texts);
            case PROFILE -> ProfileRadarChart.build(offers, style, texts);
            case SCORE_BREAKDOWN -> ScoreBreakdownChart.build(offers, style, texts);
        };
    }
}
