package io.offerbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder per benchmark trial, deleted with everything in it (databases, backups, exports). */
public final class BenchFolder {

    private BenchFolder() {
    }

    public static Path create(String name) throws IOException {
        return Files.createTempDirectory("offerbench-bench-" + name + "-");
    }

    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the benchmark folder " + dir, e);
        }
    }
}
