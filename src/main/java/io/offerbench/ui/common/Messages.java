package io.offerbench.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The one place the UI's resource bundle is loaded, so every screen and dialog reads the same texts. */
public final class Messages {

    public static final String BUNDLE = "io.offerbench.ui.messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
