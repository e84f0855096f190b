package io.offerbench.ui.offers;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferChanges;
import io.offerbench.ui.common.Messages;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * The company, with a small dot before it when the offer is new or changed since the last review,
 * so an advisor sees at a glance which rows to look at; the tooltip says which of the two. An offer
 * with edits not saved yet (a mistake left in a field, or a save still waiting) has a "*" before it.
 */
final class CompanyCell extends TableCell<Offer, String> {

    static final String MARKED = "changed-since-review";
    static final String UNSAVED = "unsaved-edits";

    private final Supplier<Map<Long, OfferChanges.Kind>> marked;
    private final ObservableValue<Set<Long>> unsaved;
    /**
     * A cell follows the unsaved set itself and changes only when its own offer goes in or out of it: refreshing the
     * table for that would make every visible cell again, at each edit's first keystroke and at each save.
     */
    private final ChangeListener<Set<Long>> followUnsaved = (o, before, now) -> {
        Offer row = getTableRow() == null ? null : getTableRow().getItem();
        if (row != null && !isEmpty() && contains(before, row.id()) != contains(now, row.id())) {
            updateItem(getItem(), false);
        }
    };
    /** Made when a row is first marked: a Tooltip is a popup window with a scene, costly for every cell of a table. */
    private Label dot;
    private Label star;
    private final HBox marks = new HBox(2);

    CompanyCell(Supplier<Map<Long, OfferChanges.Kind>> marked, ObservableValue<Set<Long>> unsaved) {
        this.marked = marked;
        this.unsaved = unsaved;
        unsaved.addListener(new WeakChangeListener<>(followUnsaved));
    }

    private static boolean contains(Set<Long> ids, long id) {
        return ids != null && ids.contains(id);
    }

    private Label star() {
        if (star == null) {
            star = new Label("*");
            star.getStyleClass().add("unsaved-mark");
            star.setId("unsavedMark");
            String unsavedText = Messages.get("offers.unsaved.tooltip");
            star.setTooltip(new Tooltip(unsavedText));
            star.setAccessibleText(unsavedText);
        }
        return star;
    }

    private Label dot() {
        if (dot == null) {
            dot = new Label("\u25cf");
            dot.getStyleClass().add("review-dot");
            dot.setTooltip(new Tooltip());
        }
        return dot;
    }

    @Override
    protected void updateItem(String company, boolean empty) {
        super.updateItem(company, empty);
        getStyleClass().removeAll(MARKED, UNSAVED);
        Offer row = getTableRow() == null ? null : getTableRow().getItem();
        OfferChanges.Kind kind = empty || row == null ? null : marked.get().get(row.id());
        boolean notSaved = !empty && row != null && contains(unsaved.getValue(), row.id());
        setText(empty ? null : company);
        marks.getChildren().clear();
        if (notSaved) {
            marks.getChildren().add(star());
            getStyleClass().add(UNSAVED);
        }
        if (kind != null) {
            dot().getTooltip().setText(Messages.get(kind == OfferChanges.Kind.ADDED ? "review.mode.tooltip.added" : "review.mode.tooltip.changed"));
            marks.getChildren().add(dot);
            getStyleClass().add(MARKED);
        }
        setGraphic(marks.getChildren().isEmpty() ? null : marks);
    }
}
