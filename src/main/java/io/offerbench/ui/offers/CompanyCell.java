package io.offerbench.ui.offers;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferChanges;
import io.offerbench.ui.common.Messages;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * The company, with a small dot before it when the offer is new or changed since the last review,
 * so an advisor sees at a glance which rows to look at; the tooltip says which of the two.
 */
final class CompanyCell extends TableCell<Offer, String> {

    static final String MARKED = "changed-since-review";

    private final Supplier<Map<Long, OfferChanges.Kind>> marked;
    /** Made when a row is first marked: a Tooltip is a popup window with a scene, costly for every cell of a table. */
    private Label dot;

    CompanyCell(Supplier<Map<Long, OfferChanges.Kind>> marked) {
        this.marked = marked;
    }

    @Override
    protected void updateItem(String company, boolean empty) {
        super.updateItem(company, empty);
        getStyleClass().remove(MARKED);
        Offer row = getTableRow() == null ? null : getTableRow().getItem();
        OfferChanges.Kind kind = empty || row == null ? null : marked.get().get(row.id());
        setText(empty ? null : company);
        if (kind == null) {
            setGraphic(null);
            return;
        }
        if (dot == null) {
            dot = new Label("\u25cf");
            dot.getStyleClass().add("review-dot");
            dot.setTooltip(new Tooltip());
        }
        dot.getTooltip().setText(Messages.get(kind == OfferChanges.Kind.ADDED ? "review.mode.tooltip.added" : "review.mode.tooltip.changed"));
        setGraphic(dot);
        getStyleClass().add(MARKED);
    }
}
