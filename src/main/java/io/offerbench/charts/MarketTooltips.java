package io.offerbench.charts;

import io.offerbench.scoring.BandRow;
import io.offerbench.scoring.MarketPosition;
import io.offerbench.scoring.OfferScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The words behind the market chart's shapes. A band's tooltip lists every benchmark row it was
 * built from, so the user can trace a bar to the document, date and id without leaving the chart.
 */
final class MarketTooltips {

    private final ComparedOffers offers;
    private final ChartTexts texts;

    MarketTooltips(ComparedOffers offers, ChartTexts texts) {
        this.offers = offers;
        this.texts = texts;
    }

    String offer(int slot) {
        OfferScore s = offers.scores().get(slot);
        MarketPosition m = s.market();
        String verdict = texts.get("chart.market.verdict." + m.verdict().name());
        return texts.get("chart.market.offerTooltip", s.offer().label(), texts.get("market.measure." + m.measure().name()), ChartFormats.money(m.offerValue()), verdict);
    }

    String band(int slot) {
        OfferScore s = offers.scores().get(slot);
        MarketPosition m = s.market();
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("chart.market.bandTooltip", s.offer().label(), texts.get("market.measure." + m.measure().name()),
                io.offerbench.text.MarketWords.band(m)));
        lines.add(texts.get("chart.market.sources"));
        for (BandRow row : m.rows()) {
            lines.add(texts.get("chart.market.source", row.outlet(), io.offerbench.text.Formats.published(row.published()), row.benchmarkId(),
                    io.offerbench.text.MarketWords.range(row)));
        }
        return String.join("\n", lines);
    }
}
