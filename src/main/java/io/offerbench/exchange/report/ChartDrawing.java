package io.offerbench.exchange.report;

import io.offerbench.charts.ChartStyle;
import io.offerbench.charts.ChartTexts;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.charts.PayBasis;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.OfferScore;
import java.awt.Dimension;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jfree.chart.JFreeChart;

/**
 * Builds a figure's chart for one format: the light style (it is printed), year-1 pay, and offer
 * names passed through the format's cleaning (the PDF font lacks some characters; neither format
 * wants control characters), at a size that leaves room for every offer.
 */
final class ChartDrawing {

    static final int WIDTH = 760;

    private ChartDrawing() {
    }

    static JFreeChart build(Block.Figure figure, UnaryOperator<String> clean) {
        return figure.kind().build(relabel(figure.offers(), clean), PayBasis.YEAR_1, ChartStyle.light(), ChartTexts.standard());
    }

    /** Logical size in pixels (SVG) or points before scaling to the page (PDF). */
    static Dimension size(Block.Figure figure) {
        int n = figure.offers().size();
        return switch (figure.kind()) {
            case PROFILE -> new Dimension(WIDTH, 560);
            case PAY_COMPOSITION, MARKET_BAND, SCORE_BREAKDOWN -> new Dimension(WIDTH, Math.max(380, 170 + 46 * n));
            case CUMULATIVE_PAY -> new Dimension(WIDTH, 420);
        };
    }

    /** The same scores with each offer's company and role cleaned; nothing else in a chart is user text. */
    static ComparedOffers relabel(ComparedOffers offers, UnaryOperator<String> clean) {
        List<OfferScore> scores = offers.scores().stream().map(s -> {
            Offer o = s.offer();
            String company = clean.apply(o.company());
            Offer shown = o.toBuilder().company(company.isBlank() ? "?" : company).roleTitle(clean.apply(o.roleTitle())).build();
            return new OfferScore(shown, s.rank(), s.total(), s.components(), s.pay(), s.marketPositions(), s.hints());
        }).toList();
        return new ComparedOffers(scores, offers.currency(), offers.weightsName(), offers.colourSlots());
    }
}
