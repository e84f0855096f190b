package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 11: sqlite-jdbc used to copy its native library into /tmp on every start and leave it
 * there after a kill. Real processes of the program, each with a temporary folder of its own: the
 * library is copied once into {@code native/} under the data folder, reused by the next start, and
 * nothing lands in the temporary folder.
 */
class SqliteNativeFolderTest {

    @TempDir
    Path dir;

    @Test
    void theLibraryIsCopiedOnceUnderTheDataFolderAndNothingGoesToTmp() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path data = dir.resolve("data");
        run(tmp, data, "list", "--db", dir.resolve("o.db").toString());
        Path nativeDir = data.resolve("offerbench").resolve("native");
        List<Path> libraries = files(nativeDir);
        assertThat(libraries).singleElement().satisfies(lib -> assertThat(lib.getFileName().toString()).contains("sqlitejdbc"));
        Path lib = libraries.get(0);
        Object key = Files.readAttributes(lib, BasicFileAttributes.class).fileKey();
        var modified = Files.getLastModifiedTime(lib);

        run(tmp, data, "list", "--db", dir.resolve("o.db").toString());

        assertThat(files(nativeDir)).containsExactly(lib);
        assertThat(Files.readAttributes(lib, BasicFileAttributes.class).fileKey()).isEqualTo(key);
        assertThat(Files.getLastModifiedTime(lib)).isEqualTo(modified);
        assertThat(files(tmp)).as("nothing extracted to the temporary folder").isEmpty();
        if (Files.getFileStore(nativeDir).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(lib.getParent())))
                    .isEqualTo("rwx------");
        }
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static void run(Path tmp, Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), "io.offerbench.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("XDG_DATA_HOME", data.toString());
        pb.environment().remove("OFFERBENCH_DB");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
