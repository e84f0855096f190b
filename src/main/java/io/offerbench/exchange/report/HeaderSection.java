package io.offerbench.exchange.report;

import io.offerbench.app.ScoringSettings;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.WeightProfile;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.scoring.EstimateCoverage;
import io.offerbench.text.MoneyWords;
import io.offerbench.text.Texts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** What the numbers rest on: when the report was made, the weights, currency, estimates and rates. */
final class HeaderSection {

    static final String REMINDER = "Scores are not stored anywhere: OfferBench recomputes them from the offers as entered,"
            + " the documented benchmarks and the weights below every time a report is made, so the same comparison gives"
            + " the same report on any computer. Pay figures come from the offers, converted with the exchange rates below;"
            + " market bands come from the benchmark rows listed at the end, each with its source document and verbatim quote;"
            + " each criterion's score says how it was computed.";

    private HeaderSection() {
    }

    static ReportSection of(ReportContent c) {
        ScoringSettings s = c.settings();
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact("Generated", ReportWords.generated(c.generatedAt())));
        facts.add(new Block.Fact("Offers", String.valueOf(c.offers().size())));
        facts.add(new Block.Fact("Weight profile", c.weights().name()));
        facts.add(new Block.Fact("Home currency", c.context().homeCurrency().code() + " (every amount is converted to it for comparison)"));
        facts.add(new Block.Fact("Private equity", ReportWords.label(s.scenario()) + " scenario: private stock counted at \u00d7"
                + s.multipliers().multiplier(s.scenario()).stripTrailingZeros().toPlainString() + " of its paper value"));
        EstimateCoverage estimates = c.ranking().estimates();
        facts.add(new Block.Fact("Cost-of-living estimates", estimates.costOfLivingApplied() ? Texts.get("money.report.costOn")
                : estimates.costOfLivingAsked() ? Texts.get("money.words.costWithheld", MoneyWords.gaps(estimates.withoutCostOfLiving()))
                : Texts.get("money.words.off")));
        facts.add(new Block.Fact("After-tax estimates", estimates.afterTaxApplied() ? Texts.get("money.report.taxOn", Texts.get("money.basis"))
                : estimates.afterTaxAsked() ? Texts.get("money.words.taxWithheld", MoneyWords.gaps(estimates.withoutTax()))
                : Texts.get("money.words.off")));
        facts.add(new Block.Fact("Exchange rates", rates(c.ratesUsed())));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Facts(facts));
        blocks.add(new Block.Heading(3, "Weights (" + c.weights().name() + ")"));
        blocks.add(weights(c.weights()));
        blocks.add(Block.Paragraph.muted(REMINDER));
        return new ReportSection("basis", "What this report rests on", false, "Summary", blocks);
    }

    private static String rates(List<ExchangeRate> rates) {
        if (rates.isEmpty()) {
            return "none needed: every amount is in US dollars";
        }
        List<String> lines = new ArrayList<>();
        for (ExchangeRate r : rates) {
            String source = r.source().isBlank() ? "" : ", source: " + r.source();
            lines.add(BenchmarkWording.number(r.perUsd()) + " " + r.currency().code() + " per US dollar (as of " + r.asOf() + source + ")");
        }
        return String.join("\n", lines);
    }

    /** Each criterion's raw weight and its share of the total: the share is what multiplies a raw score. */
    private static Block.Table weights(WeightProfile p) {
        BigDecimal sum = p.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<List<String>> rows = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            BigDecimal w = p.weight(c);
            rows.add(List.of(ReportWords.criterion(c), w.stripTrailingZeros().toPlainString(),
                    ReportWords.share(w.divide(sum, MathContext.DECIMAL64))));
        }
        rows.add(List.of("Total", sum.stripTrailingZeros().toPlainString(), "100%"));
        return new Block.Table(List.of(Block.Column.text("Criterion", 3), Block.Column.number("Weight", 1),
                Block.Column.number("Share", 1)), rows, true);
    }
}
