package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    private final Path home = Path.of("/home/ada");

    @Test
    void commandLineWinsOverEnvironmentAndPlatform() {
        DataLocation l = DataLocation.resolve("/tmp/x.db", Map.of("OFFERBENCH_DB", "/env/y.db"), "Linux", home);
        assertThat(l.databaseFile()).isEqualTo(Path.of("/tmp/x.db"));
        assertThat(l.source()).isEqualTo(DataLocation.Source.COMMAND_LINE);
        assertThat(l.backupsDir()).as("one backups folder per database").isEqualTo(Path.of("/tmp/backups/x.db"));
    }

    @Test
    void environmentWinsOverPlatformAndBlankValuesAreIgnored() {
        DataLocation l = DataLocation.resolve("  ", Map.of("OFFERBENCH_DB", "/env/y.db"), "Linux", home);
        assertThat(l.databaseFile()).isEqualTo(Path.of("/env/y.db"));
        assertThat(l.source()).isEqualTo(DataLocation.Source.ENVIRONMENT);
        assertThat(DataLocation.resolve(null, Map.of("OFFERBENCH_DB", ""), "Linux", home).source())
                .isEqualTo(DataLocation.Source.PLATFORM_DEFAULT);
    }

    @Test
    void linuxUsesXdgDataHomeWhenAbsoluteElseLocalShare() {
        assertThat(DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", home).databaseFile())
                .isEqualTo(Path.of("/data/offerbench/offerbench.db"));
        assertThat(DataLocation.resolve(null, Map.of(), "Linux", home).databaseFile())
                .isEqualTo(Path.of("/home/ada/.local/share/offerbench/offerbench.db"));
        assertThat(DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative/dir"), "FreeBSD", home).databaseFile())
                .isEqualTo(Path.of("/home/ada/.local/share/offerbench/offerbench.db"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataLocation.resolve(null, Map.of(), "Mac OS X", home).databaseFile())
                .isEqualTo(Path.of("/home/ada/Library/Application Support/OfferBench/offerbench.db"));
    }

    @Test
    void windowsUsesAppDataOrRoamingUnderHome() {
        Path withAppData = DataLocation.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", home).databaseFile();
        assertThat(withAppData).isEqualTo(Path.of("/appdata/OfferBench/offerbench.db"));
        assertThat(DataLocation.resolve(null, Map.of(), "Windows 10", home).databaseFile())
                .isEqualTo(Path.of("/home/ada/AppData/Roaming/OfferBench/offerbench.db"));
    }
}
