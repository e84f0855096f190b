package io.offerbench.ui.benchmarks;

import io.offerbench.domain.Benchmark;
import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/** Greys out hidden rows (shown only when "show hidden" is ticked), so they are not mistaken for rows in use. */
final class HiddenAwareRow extends TableRow<Benchmark> {

    private static final PseudoClass HIDDEN = PseudoClass.getPseudoClass("hidden-benchmark");

    @Override
    protected void updateItem(Benchmark item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(HIDDEN, !empty && item != null && item.hidden());
    }
}
