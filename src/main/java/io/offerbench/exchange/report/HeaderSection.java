package io.offerbench.exchange.report;

import io.offerbench.app.ScoringSettings;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.WeightProfile;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.scoring.EstimateCoverage;
import io.offerbench.text.Formats;
import io.offerbench.text.MoneyWords;
import io.offerbench.text.Texts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** What the numbers rest on: when the report was made, the weights, currency, estimates and rates. */
final class HeaderSection {

    private HeaderSection() {
    }

    static ReportSection of(ReportContent c) {
        ScoringSettings s = c.settings();
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(ReportWords.text("basis.generated"), ReportWords.generated(c.generatedAt())));
        facts.add(new Block.Fact(ReportWords.text("basis.offers"), String.valueOf(c.offers().size())));
        facts.add(new Block.Fact(ReportWords.text("basis.profile"), io.offerbench.text.ProfileNames.of(c.weights())));
        facts.add(new Block.Fact(ReportWords.text("basis.home"), ReportWords.text("basis.homeValue", c.context().homeCurrency().code())));
        facts.add(new Block.Fact(ReportWords.text("basis.equity"), ReportWords.text("basis.equityValue", ReportWords.label(s.scenario()),
                s.multipliers().multiplier(s.scenario()).stripTrailingZeros().toPlainString())));
        EstimateCoverage estimates = c.ranking().estimates();
        facts.add(new Block.Fact(ReportWords.text("basis.costOfLiving"), estimates.costOfLivingApplied() ? Texts.get("money.report.costOn")
                : estimates.costOfLivingAsked() ? Texts.get("money.words.costWithheld", MoneyWords.gaps(estimates.withoutCostOfLiving()))
                : Texts.get("money.words.off")));
        facts.add(new Block.Fact(ReportWords.text("basis.afterTax"), estimates.afterTaxApplied() ? Texts.get("money.report.taxOn", Texts.get("money.basis"))
                : estimates.afterTaxAsked() ? Texts.get("money.words.taxWithheld", MoneyWords.gaps(estimates.withoutTax()))
                : Texts.get("money.words.off")));
        facts.add(new Block.Fact(ReportWords.text("basis.rates"), rates(c.ratesUsed())));
        List<Block> blocks = new ArrayList<>();
        if (!c.comparisonComment().isBlank()) {
            // First, as the reader opens the report: what the student and the advisor said of the comparison as a whole.
            blocks.add(new Block.Heading(3, ReportWords.text("comparisonComment")));
            blocks.add(new Block.Paragraph(c.comparisonComment(), Block.Tone.USER));
        }
        blocks.add(new Block.Facts(facts));
        if (!c.leftOut().isEmpty()) {
            // Named in the file itself: a reader of the report never sees the command line's warnings.
            blocks.add(new Block.Heading(3, Texts.get("report.leftOut.title", c.leftOut().size())));
            blocks.add(new Block.Bullets(c.leftOut().stream().map(io.offerbench.app.LeftOutOffer::sentence).toList()));
        }
        blocks.add(new Block.Heading(3, ReportWords.text("basis.weights", io.offerbench.text.ProfileNames.of(c.weights()))));
        blocks.add(weights(c.weights()));
        blocks.add(Block.Paragraph.muted(ReportWords.text("basis.reminder")));
        return new ReportSection("basis", ReportWords.text("basis.title"), false, ReportWords.text("basis.toc"), blocks);
    }

    private static String rates(List<ExchangeRate> rates) {
        if (rates.isEmpty()) {
            return ReportWords.text("basis.rates.none");
        }
        List<String> lines = new ArrayList<>();
        for (ExchangeRate r : rates) {
            String number = BenchmarkWording.number(r.perUsd());
            lines.add(r.source().isBlank() ? ReportWords.text("basis.rate", number, r.currency().code(), Formats.date(r.asOf()))
                    : ReportWords.text("basis.rate.source", number, r.currency().code(), Formats.date(r.asOf()), io.offerbench.text.RateSourceWords.of(r.source())));
        }
        return String.join("\n", lines);
    }

    /**
     * Each criterion's raw weight and its share of the total (the share is what multiplies a raw score), two criteria
     * to a row: fourteen criteria in one column took a third of the first page.
     */
    private static Block.Table weights(WeightProfile p) {
        BigDecimal sum = p.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<List<String>> single = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            BigDecimal w = p.weight(c);
            single.add(List.of(ReportWords.criterion(c), w.stripTrailingZeros().toPlainString(),
                    ReportWords.share(w.divide(sum, MathContext.DECIMAL64))));
        }
        int half = (single.size() + 1) / 2;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            List<String> row = new ArrayList<>(single.get(i));
            row.addAll(i + half < single.size() ? single.get(i + half) : List.of("", "", ""));
            rows.add(row);
        }
        rows.add(List.of(ReportWords.text("total"), sum.stripTrailingZeros().toPlainString(), "100%", "", "", ""));
        Block.Column criterion = Block.Column.text(ReportWords.text("col.criterion"), 3);
        Block.Column weight = Block.Column.number(ReportWords.text("col.weight"), 1);
        Block.Column share = Block.Column.number(ReportWords.text("col.share"), 1);
        return new Block.Table(List.of(criterion, weight, share, criterion, weight, share), rows, true);
    }
}
