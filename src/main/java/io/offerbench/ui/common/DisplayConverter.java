package io.offerbench.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * A converter for controls that only display values (non-editable combo boxes): JavaFX never asks
 * such a control to turn text back into a value, so {@link #fromString} has nothing to do.
 */
public final class DisplayConverter<T> extends StringConverter<T> {

    private final Function<T, String> display;

    public DisplayConverter(Function<T, String> display) {
        this.display = display;
    }

    @Override
    public String toString(T value) {
        return display.apply(value);
    }

    @Override
    public T fromString(String text) {
        return null;
    }
}
