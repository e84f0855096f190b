package io.offerbench.ui.offers;

import io.offerbench.domain.Offer;
import io.offerbench.text.Formats;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * Shows an amount with its offer's currency, right-aligned, while sorting on the number; a warning
 * mark before it (with the reason as its tooltip) when the ranking leaves the offer out for want of
 * an exchange rate for that currency.
 */
final class MoneyCell extends TableCell<Offer, BigDecimal> {

    static final String NO_RATE = "no-rate";

    private final Supplier<Map<Long, String>> noRate;
    /** Made when an offer first needs it: a Tooltip is a popup window with a scene, costly for every cell of a table. */
    private Label flag;
    private Tooltip cellTip;

    MoneyCell(Supplier<Map<Long, String>> noRate) {
        this.noRate = noRate;
        getStyleClass().add("money-cell");
    }

    @Override
    protected void updateItem(BigDecimal item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove(NO_RATE);
        Offer row = getTableRow() == null ? null : getTableRow().getItem();
        setText(empty || item == null || row == null ? null : Formats.money(item, row.currency()));
        String reason = empty || row == null ? null : noRate.get().get(row.id());
        if (reason == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (flag == null) {
            flag = new Label("\u26a0");
            flag.getStyleClass().add("no-rate-flag");
            flag.setTooltip(new Tooltip());
            cellTip = new Tooltip();
        }
        flag.getTooltip().setText(reason);
        cellTip.setText(reason);
        setGraphic(flag);
        setTooltip(cellTip);
        getStyleClass().add(NO_RATE);
    }
}
