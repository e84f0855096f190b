package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two command-line imports at once into one database reached by two names (a hard link, a symbolic
 * link): each either imports all its offers or is refused as "already open", and the database ends
 * with exactly the offers of the imports that said they succeeded — in both orders.
 */
class CliTwoWritersTest {

    @TempDir
    Path dir;

    private record Outcome(int exit, String out, String err) {
        int imported(int rows) {
            return exit == 0 ? rows : 0;
        }
    }

    @Test
    void hardLinkFirstThenOriginal() throws Exception {
        race(true, true);
    }

    @Test
    void originalFirstThenHardLink() throws Exception {
        race(true, false);
    }

    @Test
    void symbolicLinkFirstThenOriginal() throws Exception {
        race(false, true);
    }

    @Test
    void originalFirstThenSymbolicLink() throws Exception {
        race(false, false);
    }

    @Test
    void aDanglingLinkGetsOneLineAndIsLeftAsItIs() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("offerbench.db"), dir.resolve("nowhere.db"));
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = Cli.run(new String[] {"import", "--db", link.toString(), csv("one.csv", 1).toString()},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("link to").contains("nowhere.db").contains("does not exist").contains("The file was not changed.");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(dir.resolve("nowhere.db"));
        assertThat(dir.resolve("nowhere.db")).doesNotExist();
    }

    private void race(boolean hard, boolean linkFirst) throws Exception {
        Path db = dir.resolve("o.db");
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            assertThat(d.offers().findAll()).isEmpty();
        }
        Path link = dir.resolve(hard ? "hard.db" : "soft.db");
        if (hard) {
            Files.createLink(link, db);
        } else {
            Files.createSymbolicLink(link, db);
        }
        Path small = csv("small.csv", 3_000);
        Path large = csv("large.csv", 12_000);
        List<String> first = List.of("import", "--db", (linkFirst ? link : db).toString(), small.toString());
        List<String> second = List.of("import", "--db", (linkFirst ? db : link).toString(), large.toString());
        Process a = start(first);
        Process b = start(second);
        Outcome ra = finish(a);
        Outcome rb = finish(b);
        for (Outcome r : List.of(ra, rb)) {
            if (r.exit != 0) {
                assertThat(r.err).as(r.toString()).contains("already open").doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(r.err.lines()).hasSize(1);
            } else {
                assertThat(r.out).contains("Imported");
            }
        }
        assertThat(ra.exit == 0 || rb.exit == 0).as("at least one import ran: " + ra + rb).isTrue();
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            assertThat(d.offers().findAll()).as(ra + " / " + rb).hasSize(ra.imported(3_000) + rb.imported(12_000));
        }
        try (Database d = Database.open(link, Clock.systemDefaultZone())) {
            assertThat(d.offers().findAll()).hasSize(ra.imported(3_000) + rb.imported(12_000));
        }
    }

    private Path csv(String name, int rows) throws IOException {
        StringBuilder sb = new StringBuilder("company,currency,base_salary\n");
        for (int i = 0; i < rows; i++) {
            sb.append(name).append(" company ").append(i).append(",USD,").append(100_000 + i).append('\n');
        }
        return Files.writeString(dir.resolve(name), sb, StandardCharsets.UTF_8);
    }

    private static Process start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.offerbench.Main"));
        command.addAll(args);
        return new ProcessBuilder(command).start();
    }

    private static Outcome finish(Process p) throws Exception {
        // Read both streams fully before waiting, so a chatty process never blocks on a full pipe.
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread t = new Thread(() -> {
            try {
                err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        t.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Outcome(p.exitValue(), out, err.get());
    }
}
