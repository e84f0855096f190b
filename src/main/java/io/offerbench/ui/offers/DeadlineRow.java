package io.offerbench.ui.offers;

import io.offerbench.domain.Deadlines;
import io.offerbench.domain.Offer;
import java.time.LocalDate;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/**
 * Highlights open offers whose decision deadline is within a week (":deadline-soon") or has passed. Pseudo-classes,
 * not style classes: a row is reused for another offer at every scroll step, and a changed style class makes
 * JavaFX match the whole stylesheet again for the row and each of its cells, where a pseudo-class only switches
 * between styles already matched.
 */
final class DeadlineRow extends TableRow<Offer> {

    private static final PseudoClass SOON = PseudoClass.getPseudoClass("deadline-soon");
    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("deadline-passed");

    private final java.time.Clock clock;

    DeadlineRow(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void updateItem(Offer offer, boolean empty) {
        super.updateItem(offer, empty);
        Deadlines.Urgency urgency = empty || offer == null ? null : Deadlines.urgency(offer, LocalDate.now(clock));
        pseudoClassStateChanged(SOON, urgency == Deadlines.Urgency.SOON);
        pseudoClassStateChanged(PASSED, urgency == Deadlines.Urgency.PASSED);
    }
}
