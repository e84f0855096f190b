package io.offerbench.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the desktop asks for a dark theme, as far as it can be told cheaply: JavaFX 21 has no API for the
 * platform's colour scheme (Platform.Preferences came with JavaFX 22), and no program is run to ask (a start-up
 * must not wait on one). Read, in order, and only on Linux desktops that keep it in a file or the environment:
 * <ol>
 *   <li>{@code GTK_THEME} (a theme forced for GTK programs): dark when its name says "dark" ({@code Adwaita:dark});</li>
 *   <li>GNOME's colour scheme in dconf's database ({@code ~/.config/dconf/user}): dark when it holds
 *       {@code prefer-dark} (the value Settings › Appearance › Dark writes);</li>
 *   <li>{@code ~/.config/gtk-4.0/settings.ini}, then {@code gtk-3.0/settings.ini}:
 *       {@code gtk-application-prefer-dark-theme}, else a {@code gtk-theme-name} that says "dark".</li>
 * </ol>
 * Windows and macOS keep the choice where only a program (the registry, {@code defaults}) reads it: there the
 * answer is {@link Answer#UNKNOWN}, and View › Dark theme is the way (docs/user-guide.md says so).
 */
public final class SystemTheme {

    /** What the desktop says. */
    public enum Answer { DARK, LIGHT, UNKNOWN }

    private static final long MAX_DCONF_BYTES = 4L * 1024 * 1024;

    private SystemTheme() {
    }

    /** This machine's answer. */
    public static Answer read() {
        String home = System.getProperty("user.home", "");
        return read(System.getenv(), home.isBlank() ? null : Path.of(home));
    }

    static Answer read(Map<String, String> env, Path home) {
        String forced = env.getOrDefault("GTK_THEME", "");
        if (!forced.isBlank()) {
            return saysDark(forced) ? Answer.DARK : Answer.LIGHT;
        }
        if (home == null) {
            return Answer.UNKNOWN;
        }
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        Path config = xdg.isBlank() ? home.resolve(".config") : Path.of(xdg);
        if (dconfPrefersDark(config.resolve("dconf").resolve("user"))) {
            return Answer.DARK;
        }
        for (String gtk : List.of("gtk-4.0", "gtk-3.0")) {
            Answer a = settingsIni(config.resolve(gtk).resolve("settings.ini"));
            if (a != Answer.UNKNOWN) {
                return a;
            }
        }
        return Answer.UNKNOWN;
    }

    private static boolean saysDark(String name) {
        return name.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** dconf's file is a binary database; the scheme's value is stored as its text, so the text is looked for. */
    private static boolean dconfPrefersDark(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_DCONF_BYTES) {
                return false;
            }
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("prefer-dark");
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Answer settingsIni(Path file) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file)) {
                return Answer.UNKNOWN;
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
            return Answer.UNKNOWN;
        }
        Answer byTheme = Answer.UNKNOWN;
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq < 0 || line.strip().startsWith("#") || line.strip().startsWith(";")) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
            if (key.equals("gtk-application-prefer-dark-theme")) {
                return value.equals("1") || value.equals("true") ? Answer.DARK : Answer.LIGHT;
            }
            if (key.equals("gtk-theme-name") && !value.isBlank()) {
                byTheme = saysDark(value) ? Answer.DARK : Answer.LIGHT;
            }
        }
        return byTheme;
    }
}
