package io.offerbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.ui.common.SystemTheme.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the desktop says about dark or light, read from its environment and files without running a program. */
class SystemThemeTest {

    @TempDir
    Path home;

    @Test
    void aForcedGtkThemeDecidesFirst() throws Exception {
        write(".config/gtk-3.0/settings.ini", "[Settings]\ngtk-application-prefer-dark-theme=1\n");
        assertThat(SystemTheme.read(Map.of("GTK_THEME", "Adwaita:dark"), home)).isEqualTo(Answer.DARK);
        assertThat(SystemTheme.read(Map.of("GTK_THEME", "Adwaita"), home)).isEqualTo(Answer.LIGHT);
    }

    @Test
    void gtkSettingsSayDarkOrLightAndNothingSaysUnknown() throws Exception {
        assertThat(SystemTheme.read(Map.of(), home)).as("Windows, macOS or a bare desktop").isEqualTo(Answer.UNKNOWN);
        write(".config/gtk-3.0/settings.ini", "[Settings]\ngtk-theme-name=Adwaita\n");
        assertThat(SystemTheme.read(Map.of(), home)).isEqualTo(Answer.LIGHT);
        write(".config/gtk-3.0/settings.ini", "[Settings]\ngtk-theme-name=Arc-Dark\n");
        assertThat(SystemTheme.read(Map.of(), home)).isEqualTo(Answer.DARK);
        write(".config/gtk-4.0/settings.ini", "[Settings]\ngtk-application-prefer-dark-theme = false\n");
        assertThat(SystemTheme.read(Map.of(), home)).as("GTK 4's file is read first").isEqualTo(Answer.LIGHT);
    }

    @Test
    void gnomesColourSchemeInDconfSaysDark() throws Exception {
        Path config = home.resolve("elsewhere");
        Files.createDirectories(config.resolve("dconf"));
        Files.write(config.resolve("dconf/user"), new byte[] {0x47, 0x56, 0, 1, 'c', 'o', 'l', 'o', 'r', '-', 's', 'c', 'h', 'e', 'm', 'e', 0,
            '\'', 'p', 'r', 'e', 'f', 'e', 'r', '-', 'd', 'a', 'r', 'k', '\'', 0});
        assertThat(SystemTheme.read(Map.of("XDG_CONFIG_HOME", config.toString()), home)).isEqualTo(Answer.DARK);
        assertThat(SystemTheme.read(Map.of(), home)).as("not the folder XDG_CONFIG_HOME names").isEqualTo(Answer.UNKNOWN);
    }

    private void write(String relative, String text) throws Exception {
        Path file = home.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
