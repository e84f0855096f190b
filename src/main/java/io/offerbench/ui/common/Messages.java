package io.offerbench.ui.common;

import io.offerbench.text.Texts;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The window's door to the one text layer ({@link Texts}), so every screen and dialog reads the same texts. */
public final class Messages {

    public static final String BUNDLE = Texts.BUNDLE;

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return Texts.bundle();
    }

    /** Texts without arguments are used as written (as FXML uses them); with arguments through MessageFormat. */
    public static String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Texts.locale()).format(args);
    }
}
