package io.offerbench.ui.compare;

import java.util.Optional;
import javafx.stage.Window;

/** Asks for the size of an exported chart; empty when the user cancels. Injectable, like the file picker. */
@FunctionalInterface
public interface SizePrompt {

    Optional<ExportSize> ask(Window owner, ExportSize suggested);
}
