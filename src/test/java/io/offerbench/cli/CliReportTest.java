package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code offerbench report} as an advisor scripts it: files written, exit codes, one line on stderr, nothing half-written. */
class CliReportTest {

    @TempDir
    Path dir;
    private Path db;
    private List<Offer> offers;

    @BeforeEach
    void sample() throws Exception {
        db = dir.resolve("sample.db");
        offers = SampleDatabase.create(db);
    }

    @Test
    void writesPdfAndHtmlAndSaysSoInOneLine() throws Exception {
        for (String name : List.of("meeting.pdf", "meeting.html", "MEETING.HTM")) {
            Path file = dir.resolve(name);
            Result r = run("report", "--db", db.toString(), file.toString());
            assertThat(r.code).as(name).isZero();
            assertThat(r.out).isEqualTo("Wrote the report of 5 offers to " + file + System.lineSeparator());
            assertThat(r.err).isEmpty();
            assertThat(file).isNotEmptyFile();
        }
        assertThat(Files.readString(dir.resolve("meeting.html"))).contains(offers.get(0).label(), "<svg ");
        assertThat(new String(Files.readAllBytes(dir.resolve("meeting.pdf")), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void profileChoosesTheWeights() throws Exception {
        Path file = dir.resolve("research.html");
        assertThat(run("--db", db.toString(), "report", "--profile", "research first", file.toString()).code).isZero();
        assertThat(Files.readString(file)).contains("Weight profile</dt><dd>Research first");
    }

    @Test
    void advisorBatchReportsEachStudentsFileWithoutAnyDatabase() throws Exception {
        Path bobDb = dir.resolve("bob.db");
        SampleDatabase.create(bobDb);
        try (Database bob = Database.open(bobDb, Clock.systemDefaultZone())) {
            bob.offers().findAll().stream().skip(2).forEach(o -> bob.offers().delete(o.id()));
            bob.offers().save(offers.get(0).toBuilder().id(0).company("Bob's Own Lab").build());
        }
        Path inbox = Files.createDirectory(dir.resolve("inbox"));
        assertThat(run("export", "--db", db.toString(), inbox.resolve("alice.offerbench.json").toString()).code).isZero();
        assertThat(run("export", "--db", bobDb.toString(), inbox.resolve("bob.offerbench.json").toString()).code).isZero();
        // Run as an advisor runs it: its own process, here with a temporary folder of its own, so only what this test
        // started can be in it (other builds on the machine use /tmp too).
        Path privateTmp = Files.createDirectory(dir.resolve("tmp"));
        // The loop from the help text: one report per file, named after it.
        for (String student : List.of("alice", "bob")) {
            Path json = inbox.resolve(student + ".offerbench.json");
            Result r = runProcess(privateTmp, "report", "--from", json.toString(), inbox.resolve(student + ".pdf").toString());
            assertThat(r.code).as(r.err).isZero();
        }
        assertThat(runProcess(privateTmp, "report", "--from", inbox.resolve("bob.offerbench.json").toString(),
                inbox.resolve("bob.html").toString()).out).startsWith("Wrote the report of 3 offers to ");
        assertThat(Files.readString(inbox.resolve("bob.html"))).contains("Bob&#39;s Own Lab");
        assertThat(Files.readString(inbox.resolve("bob.html"))).doesNotContain(offers.get(4).company());
        try (Stream<Path> files = Files.list(inbox)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("alice.offerbench.json",
                    "bob.offerbench.json", "alice.pdf", "bob.pdf", "bob.html");
        }
        // The temporary databases the files were opened in are gone again.
        try (Stream<Path> left = Files.list(privateTmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("offerbench-report-"));
        }
    }

    /**
     * {@code offerbench ARGS} in a process of its own whose java.io.tmpdir is {@code tmp} and whose data folder is in
     * this test's folder (so the SQLite library it unpacks stays out of the user's).
     */
    private Result runProcess(Path tmp, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Duser.language=en", "-Duser.country=US", "-cp", System.getProperty("java.class.path"), "io.offerbench.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.environment().remove("OFFERBENCH_DB");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), out, Files.readString(dir.resolve("stderr.txt")));
    }

    @Test
    void usageErrorsExitTwo() {
        Result docx = run("report", "--db", db.toString(), dir.resolve("meeting.docx").toString());
        assertThat(docx.code).isEqualTo(2);
        assertThat(docx.err).contains(".pdf or .html", "meeting.docx", "--help");
        Result both = run("report", "--db", db.toString(), "--from", "x.offerbench.json", dir.resolve("r.pdf").toString());
        assertThat(both.code).isEqualTo(2);
        assertThat(both.err).contains("--from", "--db");
        assertThat(run("report", "--db", db.toString()).code).isEqualTo(2);
        assertThat(dir.resolve("meeting.docx")).doesNotExist();
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void badInputExitsOneWithOneLineAndLeavesNoFile() throws Exception {
        Path broken = Files.writeString(dir.resolve("carol.offerbench.json"), "{\"format\": \"not an offerbench file\"");
        Path target = dir.resolve("out.pdf");
        List<Result> failures = List.of(
                run("report", "--db", db.toString(), "--profile", "Nope", target.toString()),
                run("report", "--from", broken.toString(), target.toString()),
                run("report", "--from", dir.resolve("missing.offerbench.json").toString(), target.toString()),
                run("report", "--db", db.toString(), dir.resolve("no-such-folder").resolve("out.pdf").toString()));
        for (Result r : failures) {
            assertThat(r.code).as(r.err).isEqualTo(1);
            assertThat(r.err.lines()).as(r.err).hasSize(1).first().asString().startsWith("offerbench: ").doesNotContain("Exception", "\tat ");
            assertThat(r.out).isEmpty();
        }
        assertThat(failures.get(0).err).contains("No weight profile named 'Nope'", "Balanced");
        assertThat(failures.get(1).err).contains("carol.offerbench.json cannot be reported");
        assertThat(failures.get(2).err).contains("missing.offerbench.json cannot be read");
        assertThat(failures.get(3).err).contains("does not exist");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pdf") || n.endsWith(".tmp"));
        }
    }

    @Test
    void helpShowsTheOptionsAndTheBatchLoop() {
        Result help = run("report", "--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("--db", "--profile", "--from", "FILE",
                "for f in *.offerbench.json; do", "offerbench report --from \"$f\" \"${f%.offerbench.json}.pdf\"");
        assertThat(run("--help").out).contains("report", "benchmarks");
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
    }
}
