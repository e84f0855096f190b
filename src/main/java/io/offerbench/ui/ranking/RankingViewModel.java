package io.offerbench.ui.ranking;

import io.offerbench.text.Formats;
import io.offerbench.scoring.EstimateCoverage;
import io.offerbench.scoring.ExcludedOffer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.text.MoneyWords;
import io.offerbench.ui.common.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The ranking screen's state: the rows of the ranking table (with the rank under a second profile
 * side by side), the close-call warning, the sensitivity sentence, and the score of the selected offer.
 */
public final class RankingViewModel {

    private final ScoringModel scoring;
    private final ObservableList<RankingRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper closeCall = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sensitivity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper estimatesNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper estimatesApplied = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper year1Header = new ReadOnlyStringWrapper(Messages.get("ranking.col.year1"));
    private final ReadOnlyStringWrapper year1Description = new ReadOnlyStringWrapper(Messages.get("ranking.col.tip.year1"));
    private final ObjectProperty<OfferScore> selected = new SimpleObjectProperty<>();
    private long selectedOfferId = -1;

    public RankingViewModel(ScoringModel scoring) {
        this.scoring = scoring;
        // One published value for both profiles: the table is rebuilt once per ranking.
        scoring.rankingsProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObservableList<RankingRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty closeCallProperty() {
        return closeCall.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sensitivityProperty() {
        return sensitivity.getReadOnlyProperty();
    }

    /** Why an estimate asked for is off for this ranking, and which offers are left out for want of a rate; "" when neither. */
    public ReadOnlyStringProperty estimatesNoteProperty() {
        return estimatesNote.getReadOnlyProperty();
    }

    /** True when after tax or cost of living is applied to every offer: the gross column is then shown beside it. */
    public ReadOnlyBooleanProperty estimatesAppliedProperty() {
        return estimatesApplied.getReadOnlyProperty();
    }

    /** "Year 1", or "Year 1 after tax" / "Year 1, cost of living" when an estimate is applied. */
    /** What the year-1 column holds, in full (its header's tooltip). */
    public ReadOnlyStringProperty year1DescriptionProperty() {
        return year1Description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty year1HeaderProperty() {
        return year1Header.getReadOnlyProperty();
    }

    /** The year-1 figure before any estimate, for the column beside the estimated one. */
    static String grossYear1(OfferScore s) {
        return s.pay().estimate().applied() ? Formats.amount(s.pay().estimate().grossYear1()) : "";
    }

    /** The score shown in the score panel; follows the same offer across rescoring. */
    public ObjectProperty<OfferScore> selectedProperty() {
        return selected;
    }

    public void select(RankingRow row) {
        if (row != null && row.isLeftOut()) {
            row = null;
        }
        selectedOfferId = row == null ? -1 : row.score().offer().id();
        selected.set(row == null ? null : row.score());
    }

    private void refresh() {
        Ranking r = scoring.rankingProperty().get();
        if (r == null) {
            return;
        }
        rows.setAll(tableRows(r, scoring.secondRankingProperty().get()));
        closeCall.set(r.closeCall() && r.scores().size() > 1
                ? Messages.get("ranking.closeCall", r.scores().get(0).offer().label(), r.scores().get(1).offer().label(),
                        r.scores().get(0).total().subtract(r.scores().get(1).total()).toPlainString())
                : "");
        sensitivity.set(r.scores().size() > 1 && r.sensitivity() != null ? io.offerbench.text.SensitivityWords.sentence(r.sensitivity()) : "");
        estimatesNote.set(estimatesNote(r));
        EstimateCoverage c = r.estimates();
        estimatesApplied.set(c.afterTaxApplied() || c.costOfLivingApplied());
        // A header of a word or two (it reads whole in a narrow window); the tooltip says it in full.
        year1Header.set(Messages.get(c.afterTaxApplied() && c.costOfLivingApplied() ? "ranking.col.short.year1Both"
                : c.afterTaxApplied() ? "ranking.col.short.year1AfterTax" : c.costOfLivingApplied() ? "ranking.col.short.year1Living" : "ranking.col.year1"));
        year1Description.set(Messages.get(c.afterTaxApplied() && c.costOfLivingApplied() ? "money.ui.col.year1Both"
                : c.afterTaxApplied() ? "money.ui.col.year1AfterTax" : c.costOfLivingApplied() ? "money.ui.col.year1Living" : "ranking.col.tip.year1"));
        OfferScore keep = r.scores().stream().filter(s -> s.offer().id() == selectedOfferId).findFirst()
                .orElse(r.scores().isEmpty() ? null : r.scores().get(0));
        selectedOfferId = keep == null ? -1 : keep.offer().id();
        selected.set(keep);
    }

    /** What a left-out row says in the offer column: its name and why it has no score. */
    static String leftOutLabel(ExcludedOffer x) {
        return Messages.get("money.ui.row.leftOut", x.offer().label(), x.currency().code());
    }

    static String estimatesNote(Ranking r) {
        List<String> lines = new ArrayList<>(MoneyWords.withheld(r.estimates()));
        for (ExcludedOffer x : r.excluded()) {
            lines.add(Messages.get("money.ui.excludedNoRate", x.offer().label(), x.currency().code()));
        }
        return String.join("\n", lines);
    }

    /** The ranked rows, then one row per offer left out for want of an exchange rate, with the reason. */
    static List<RankingRow> tableRows(Ranking first, Ranking second) {
        List<RankingRow> out = rowsOf(first, second);
        first.excluded().forEach(x -> out.add(RankingRow.leftOut(x)));
        return out;
    }

    static List<RankingRow> rowsOf(Ranking first, Ranking second) {
        Map<Long, OfferScore> secondById = new HashMap<>();
        if (second != null) {
            second.scores().forEach(x -> secondById.put(x.offer().id(), x));
        }
        List<RankingRow> out = new ArrayList<>(first.scores().size());
        for (OfferScore s : first.scores()) {
            OfferScore other = secondById.get(s.offer().id());
            out.add(new RankingRow(s, other == null ? null : other.rank(), other == null ? null : other.total()));
        }
        return out;
    }
}
