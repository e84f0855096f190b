package io.offerbench.charts;

import io.offerbench.text.Texts;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Chart titles, axis labels and tooltips, read from the one text bundle ({@code io.offerbench.text}) so charts speak the
 * same words as the screens around them. Plain {@link ResourceBundle}: no JavaFX in this package.
 */
public final class ChartTexts {

    public static final String BUNDLE = Texts.BUNDLE;

    private final ResourceBundle bundle;

    private ChartTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static ChartTexts of(ResourceBundle bundle) {
        return new ChartTexts(bundle);
    }

    /** The application's bundle for the default locale. */
    public static ChartTexts standard() {
        return of(Texts.bundle());
    }

    public String get(String key, Object... args) {
        // Always through MessageFormat, so '' means an apostrophe in every text, with or without arguments.
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }
}
