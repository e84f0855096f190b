package io.offerbench.ui.offers;

import io.offerbench.domain.Deadlines;
import io.offerbench.domain.Offer;
import io.offerbench.ui.common.Messages;
import java.time.LocalDate;
import javafx.scene.control.TableCell;

/** "2026-12-02 · 10 days" — the date sorts as ISO text, the days left say how urgent it is. */
final class DeadlineCell extends TableCell<Offer, String> {

    private final java.time.Clock clock;

    DeadlineCell(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void updateItem(String date, boolean empty) {
        super.updateItem(date, empty);
        Offer offer = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || date == null || date.isEmpty() || offer == null || offer.deadline() == null) {
            setText(null);
            return;
        }
        long days = Deadlines.daysLeft(offer, LocalDate.now(clock));
        String left = days < 0 ? Messages.get("deadline.passed") : days == 0 ? Messages.get("deadline.today")
                : Messages.get("deadline.daysLeft", days);
        setText(date + " \u00b7 " + left);
    }
}
