package io.offerbench.ui.offers;

import io.offerbench.domain.Offer;
import io.offerbench.ui.common.Formats;
import java.math.BigDecimal;
import javafx.scene.control.TableCell;

/** Shows an amount with its offer's currency, right-aligned, while sorting on the number. */
final class MoneyCell extends TableCell<Offer, BigDecimal> {

    MoneyCell() {
        getStyleClass().add("money-cell");
    }

    @Override
    protected void updateItem(BigDecimal item, boolean empty) {
        super.updateItem(item, empty);
        Offer row = getTableRow() == null ? null : getTableRow().getItem();
        setText(empty || item == null || row == null ? null : Formats.money(item, row.currency()));
    }
}
