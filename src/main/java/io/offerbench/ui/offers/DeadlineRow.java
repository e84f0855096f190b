package io.offerbench.ui.offers;

import io.offerbench.domain.Deadlines;
import io.offerbench.domain.Offer;
import java.time.LocalDate;
import javafx.scene.control.TableRow;

/** Highlights open offers whose decision deadline is within a week ("deadline-soon") or has passed. */
final class DeadlineRow extends TableRow<Offer> {

    private final java.time.Clock clock;

    DeadlineRow(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void updateItem(Offer offer, boolean empty) {
        super.updateItem(offer, empty);
        getStyleClass().removeAll("deadline-soon", "deadline-passed");
        if (!empty && offer != null) {
            switch (Deadlines.urgency(offer, LocalDate.now(clock))) {
                case SOON -> getStyleClass().add("deadline-soon");
                case PASSED -> getStyleClass().add("deadline-passed");
                default -> { }
            }
        }
    }
}
