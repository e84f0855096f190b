package io.offerbench.text;

import io.offerbench.domain.Region;
import io.offerbench.scoring.BandRow;
import io.offerbench.scoring.MarketContext;
import io.offerbench.scoring.MarketPosition;
import io.offerbench.scoring.MarketScope;
import io.offerbench.domain.Money;
import io.offerbench.scoring.MoneyFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A market position in words, for the Ranking screen, the report and the command line: the verdict
 * against typical figures, or plainly that the documents have none, then each context row with the
 * offer as a share of it.
 */
public final class MarketWords {

    private MarketWords() {
    }

    /** One sentence: the verdict with its band and ids, or "no typical figure for ...". */
    public static String verdict(MarketPosition p) {
        String what = Texts.get("market.measure." + p.measure().name());
        String value = Formats.inSentence(p.offerValue());
        String ids = String.join(", ", p.benchmarkIds());
        return switch (p.verdict()) {
            case BELOW -> Texts.get("market.below", what, value, Formats.inSentence(p.gap()), MoneyFormat.percent(p.gapPercent()),
                    band(p), scope(p.scope()), ids);
            case ABOVE -> Texts.get("market.above", what, value, Formats.inSentence(p.gap()), MoneyFormat.percent(p.gapPercent()),
                    band(p), scope(p.scope()), ids);
            case WITHIN -> Texts.get("market.within", what, value, band(p), scope(p.scope()), ids);
            case NO_BENCHMARK -> Texts.get(p.context().isEmpty() ? "market.noTypical" : "market.noTypical.context",
                    Texts.get("market.measure.noun." + p.measure().name()), scope(p.scope()));
        };
    }

    /** "35% of $850,000: the absolute best new-grad PhDs ... (top of market; Interconnects, 2023-10-11, id ...)". */
    public static String context(MarketPosition p, MarketContext c) {
        return Texts.get("market.context", MoneyFormat.percent(c.percent()), range(c.row()), BenchmarkTexts.subject(c.row().benchmarkId(), c.subject()),
                Texts.get("enum.BenchmarkKind." + c.kind().name()), citation(c.row()));
    }

    /** The band a verdict compares with: "$500,000–$600,000", "upwards of $500,000", "under $200,000". */
    public static String band(MarketPosition p) {
        return band(p.bandLow(), p.bandHigh());
    }

    public static String band(Money low, Money high) {
        if (low != null && high != null) {
            return low.compareTo(high) == 0 ? Formats.inSentence(low) : Formats.inSentence(low) + "\u2013" + Formats.inSentence(high);
        }
        if (low != null) {
            return Texts.get("market.band.upwards", Formats.inSentence(low));
        }
        return high == null ? Texts.get("market.band.none") : Texts.get("market.band.under", Formats.inSentence(high));
    }

    /** A row's own range: "$500,000–$600,000", "upwards of $500,000". */
    public static String range(BandRow row) {
        return band(row.low(), row.high());
    }

    /** A row's range with its citation: "$500,000–$600,000 (Interconnects, 2023-10-11, id lambert-newgrad)". */
    public static String cited(BandRow row) {
        return Texts.get("market.rowCited", range(row), citation(row));
    }

    /** The verdict, then one line per context row. */
    public static List<String> lines(MarketPosition p) {
        List<String> lines = new ArrayList<>();
        lines.add(verdict(p));
        for (MarketContext c : p.context()) {
            lines.add(context(p, c));
        }
        return lines;
    }

    /** "frontier AI lab new-grad PhD offers in France". */
    public static String scope(MarketScope s) {
        String segment = Texts.get("enum.Segment." + s.segment().name());
        String seniority = Texts.get("enum.Seniority." + s.seniority().name());
        if (s.region() == Region.ELSEWHERE) {
            return Texts.get("market.scope.country", segment, seniority, s.country());
        }
        return Texts.get("market.scope", segment, seniority);
    }

    /** "Interconnects, 2023-10-11, id lambert-newgrad": how a sentence cites a row. */
    public static String citation(BandRow row) {
        return Texts.get("market.citation", row.outlet(), Formats.published(row.published()), row.benchmarkId());
    }
}
