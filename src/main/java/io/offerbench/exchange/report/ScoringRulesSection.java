package io.offerbench.exchange.report;

import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Reason;
import io.offerbench.scoring.ScoreComponent;
import io.offerbench.text.ReasonWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "How scores are read": each criterion's scale, said once for the whole comparison. It used to stand beside the
 * offer's value in every offer's table, the same words six times over for the sample; now each offer's table says
 * only what that offer has ("Compute: Generous.") and this section says what that is worth.
 */
final class ScoringRulesSection {

    private ScoringRulesSection() {
    }

    /** Empty when no offer was scored on a scale (no offers, or every criterion left blank). */
    static Optional<ReportSection> of(ReportContent c) {
        Map<String, Set<String>> rulesByCriterion = new LinkedHashMap<>();
        for (OfferScore s : c.ranking().scores()) {
            for (ScoreComponent component : s.components()) {
                for (Reason r : component.reasons()) {
                    ReasonWords.rule(r).ifPresent(rule -> rulesByCriterion
                            .computeIfAbsent(ReportWords.criterion(component.criterion()), k -> new LinkedHashSet<>()).add(rule));
                }
            }
        }
        if (rulesByCriterion.isEmpty()) {
            return Optional.empty();
        }
        // Criteria on the same scale (team fit, stability… all 1 to 5) share one row; a criterion with two scales
        // (compute's level and a start-up package) says both in its row.
        Map<List<String>, List<String>> criteriaByRules = new LinkedHashMap<>();
        rulesByCriterion.forEach((criterion, rules) -> criteriaByRules.computeIfAbsent(List.copyOf(rules), k -> new ArrayList<>()).add(criterion));
        List<List<String>> rows = new ArrayList<>();
        criteriaByRules.forEach((rules, criteria) -> rows.add(List.of(ReportWords.list(criteria), ReasonWords.sentences(rules))));
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.muted(ReportWords.text("rules.intro")));
        blocks.add(new Block.Table(List.of(Block.Column.text(ReportWords.text("col.criterion"), 2.2f),
                Block.Column.text(ReportWords.text("rules.col.rule"), 7.8f)), rows, false));
        String title = ReportWords.text("rules.title");
        return Optional.of(new ReportSection("rules", title, false, title, blocks));
    }
}
