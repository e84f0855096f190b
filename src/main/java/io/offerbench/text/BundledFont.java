package io.offerbench.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * OfferBench Sans SC, the one type family of the window, the charts and the report: Latin and the common Chinese
 * characters (GB 2312) in one face, bundled so a machine without any CJK font — a fresh Debian — still shows
 * 深度求索 and the Chinese interface instead of boxes. A subset of Noto Sans CJK SC (SIL OFL 1.1, see
 * {@code fonts/LICENSE-OfferBenchSansSC.txt}).
 */
public final class BundledFont {

    /** The family name the fonts carry; CSS and Java2D ask for it by this name. */
    public static final String FAMILY = "OfferBench Sans SC";

    private static final String REGULAR = "fonts/OfferBenchSansSC-Regular.ttf";
    private static final String BOLD = "fonts/OfferBenchSansSC-Bold.ttf";
    private static volatile byte[] regularBytes;
    private static volatile byte[] boldBytes;
    private static boolean registered;

    private BundledFont() {
    }

    /** The TrueType file of the regular (or bold) face. */
    public static byte[] bytes(boolean bold) {
        if (bold) {
            if (boldBytes == null) {
                boldBytes = load(BOLD);
            }
            return boldBytes;
        }
        if (regularBytes == null) {
            regularBytes = load(REGULAR);
        }
        return regularBytes;
    }

    public static InputStream open(boolean bold) {
        return new ByteArrayInputStream(bytes(bold));
    }

    /** Makes the family known to Java2D (JFreeChart draws with it); safe to call often, also headless. */
    public static synchronized void registerWithJava2D() {
        if (registered) {
            return;
        }
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (boolean bold : new boolean[] {false, true}) {
            try {
                env.registerFont(Font.createFont(Font.TRUETYPE_FONT, open(bold)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the bundled font " + (bold ? BOLD : REGULAR) + " cannot be read", e);
            }
        }
        registered = true;
    }

    private static byte[] load(String resource) {
        try (InputStream in = BundledFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
