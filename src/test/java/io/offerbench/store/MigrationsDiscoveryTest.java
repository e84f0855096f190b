package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations are found by number, with no list to keep: every file is applied, from the class folder and from a jar. */
class MigrationsDiscoveryTest {

    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)\\.sql");

    @TempDir
    Path dir;

    /**
     * The migration files in the sources, by file name (the sources, not target/classes, which keeps files deleted or
     * renamed since the last clean build).
     */
    private static List<Path> migrationFiles() throws Exception {
        Path folder = Path.of("src/main/resources/io/offerbench/store/migrations");
        assertThat(folder).as("the migrations folder (tests run in the project folder)").isDirectory();
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void everyMigrationFileIsNamedByItsNumberAndIsApplied() throws Exception {
        List<Path> files = migrationFiles();
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            Matcher m = NAME.matcher(f.getFileName().toString());
            assertThat(m.matches()).as("%s is not named V<number>.sql, so it would never run", f.getFileName()).isTrue();
            assertThat(Integer.parseInt(m.group(1))).as("%s comes after a missing number, so it would never run", f.getFileName())
                    .isLessThanOrEqualTo(Migrations.LATEST);
        }
        assertThat(Migrations.LATEST).as("one migration per file").isEqualTo(files.size());

        Path file = dir.resolve("new.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat((int) db.read(c -> Connections.intPragma(c, "user_version"))).isEqualTo(files.size());
        }
    }

    @Test
    void aFileNamedOtherwiseOrAfterAGapIsNotCountedSoTheTestAboveWouldFail() throws Exception {
        Path classes = dir.resolve("classes");
        Path migrations = Files.createDirectories(classes.resolve("io/offerbench/store/migrations"));
        Files.writeString(migrations.resolve("V1.sql"), "CREATE TABLE a (x INTEGER);\n");
        Files.writeString(migrations.resolve("V2.sql"), "CREATE TABLE b (x INTEGER);\n");
        Files.writeString(migrations.resolve("V3__named.sql"), "CREATE TABLE c (x INTEGER);\n");
        Files.writeString(migrations.resolve("V5.sql"), "CREATE TABLE e (x INTEGER);\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(Migrations.count(name -> loader.getResource("io/offerbench/store/" + name))).isEqualTo(2);
        }
        assertThat(NAME.matcher("V3__named.sql").matches()).isFalse();
    }

    @Test
    void theSameMigrationsAreFoundInAJar() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path f : migrationFiles()) {
                out.putNextEntry(new JarEntry("io/offerbench/store/migrations/" + f.getFileName()));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(loader.getResource("io/offerbench/store/" + Migrations.resource(1)).getProtocol()).isEqualTo("jar");
            assertThat(Migrations.count(name -> loader.getResource("io/offerbench/store/" + name))).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void noFirstMigrationIsRefusedNotAnEmptySchema() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> Migrations.count(name -> loader.getResource("io/offerbench/store/" + name)))
                    .hasMessageContaining("V1.sql is missing");
        }
    }

    @Test
    void eachMigrationAppliesInOrderOnABareFile() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("bare.db"))) {
            assertThat(Migrations.migrate(c, 0)).isEqualTo(Migrations.LATEST);
            assertThat(Connections.intPragma(c, "user_version")).isEqualTo(Migrations.LATEST);
        }
    }
}
