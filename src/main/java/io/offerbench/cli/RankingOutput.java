package io.offerbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerbench.exchange.FormulaGuard;
import io.offerbench.scoring.MarketPosition;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.text.Formats;
import io.offerbench.text.Texts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The ranking in the command line's three formats; one object or row per offer, in rank order. */
final class RankingOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RankingOutput() {
    }

    static String json(Ranking ranking, NegotiationOutput negotiation) throws JsonProcessingException {
        ArrayNode array = JSON.createArrayNode();
        for (OfferScore s : ranking.scores()) {
            ObjectNode o = array.addObject();
            negotiation.addTo(o, s);
            o.put("company", s.offer().company());
            o.put("role", s.offer().roleTitle());
            o.put("rank", s.rank());
            o.put("total", s.total());
            ObjectNode components = o.putObject("components");
            for (Map.Entry<String, BigDecimal> c : s.componentPoints().entrySet()) {
                components.put(c.getKey(), c.getValue());
            }
            o.put("year1_total", s.year1Total().amount());
            o.put("annual_average", s.annualAverage().amount());
            o.put("steady_state_annual", s.steadyStateAnnual().amount());
            o.put("currency", s.currency().code());
            o.put("market_position", s.market().verdict().name().toLowerCase(java.util.Locale.ROOT));
            o.put("profile", ranking.weights().name());
            o.put("profile_name", io.offerbench.text.ProfileNames.of(ranking.weights()));
            EstimateOutput.json(s, ranking, o);
            market(o.putObject("market"), s.market());
            o.put("completeness", s.completeness());
            o.put("tenure_years", s.pay().tenureYears());
            ObjectNode tenure = o.putObject("value_by_tenure");
            s.valueByTenure().forEach((years, value) -> tenure.put(String.valueOf(years), value.amount()));
            LeftOutRows.addJsonFields(o, s, ranking);
        }
        // Offers left out for want of an exchange rate come last, with left_out true and the reason.
        LeftOutRows.addJson(array, ranking);
        return JSON.writeValueAsString(array);
    }

    /** Only typical rows give a position; the rows shown as context are listed apart and never as the verdict's. */
    private static void market(ObjectNode m, MarketPosition p) {
        m.put("position", p.verdict().code());
        ArrayNode used = m.putArray("benchmark_ids");
        p.benchmarkIds().forEach(used::add);
        ArrayNode context = m.putArray("context_ids");
        p.contextIds().forEach(context::add);
    }

    static String csv(Ranking ranking) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord("rank", "company", "role", "total", "year1_total", "annual_average", "steady_state_annual", "currency",
                    "market_position");
            for (OfferScore s : ranking.scores()) {
                p.printRecord(s.rank(), FormulaGuard.escape(s.offer().company()), FormulaGuard.escape(s.offer().roleTitle()),
                        s.total().toPlainString(), s.year1Total().amount().toPlainString(), s.annualAverage().amount().toPlainString(),
                        s.steadyStateAnnual().amount().toPlainString(), s.currency().code(),
                        s.market().verdict().name().toLowerCase(java.util.Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * The ranked offers, then one row per offer left out with the reason; a NOTE column appears when
     * some row needs one (an offer left out for want of a rate, or a place without a tax table or price index).
     */
    static TextTable table(Ranking ranking) {
        boolean notes = LeftOutRows.anyNote(ranking);
        java.util.List<String> header = new java.util.ArrayList<>(java.util.List.of(Texts.get("cli.score.col.rank"),
                Texts.get("cli.score.col.offer"), Texts.get("cli.score.col.score"), year1Header(ranking),
                Texts.get("cli.score.col.average"), Texts.get("cli.score.col.steady"), Texts.get("cli.score.col.market")));
        if (notes) {
            header.add(Texts.get("money.cli.col.note"));
        }
        TextTable t = new TextTable(header.toArray(String[]::new));
        Map<MarketPosition.Verdict, String> verdicts = new java.util.EnumMap<>(MarketPosition.Verdict.class);
        for (OfferScore s : ranking.scores()) {
            java.util.List<String> cells = new java.util.ArrayList<>(java.util.List.of(String.valueOf(s.rank()), s.offer().label(),
                    s.total().toPlainString(), money(s.year1Total().amount(), s), money(s.annualAverage().amount(), s),
                    money(s.steadyStateAnnual().amount(), s),
                    verdicts.computeIfAbsent(s.market().verdict(), v -> Texts.get("verdict." + v.name()))));
            if (notes) {
                cells.add(LeftOutRows.note(s, ranking));
            }
            t.row(cells.toArray(String[]::new));
        }
        if (notes) {
            LeftOutRows.addTableRows(t, ranking);
        }
        return t;
    }

    /** "YEAR 1", or what the estimates applied to every offer made of it ("YEAR 1 AFTER TAX, COST OF LIVING"), as the window heads it. */
    static String year1Header(Ranking ranking) {
        boolean tax = ranking.estimates().afterTaxApplied();
        boolean living = ranking.estimates().costOfLivingApplied();
        return Texts.get(tax && living ? "cli.score.col.year1Both" : tax ? "cli.score.col.year1AfterTax"
                : living ? "cli.score.col.year1Living" : "cli.score.col.year1");
    }

    private static String money(BigDecimal amount, OfferScore s) {
        return Formats.wholeMoney(amount, s.currency());
    }
}
