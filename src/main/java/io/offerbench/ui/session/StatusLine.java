package io.offerbench.ui.session;

import javafx.beans.property.ReadOnlyStringProperty;

/** The window's status line: the last thing done or gone wrong, in words. A port of {@link Workspace}. */
public interface StatusLine {

    ReadOnlyStringProperty status();

    void setStatus(String text);
}
