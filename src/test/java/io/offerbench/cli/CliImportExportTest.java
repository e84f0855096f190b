package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.exchange.DatasetInstaller;
import io.offerbench.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The import and export subcommands as a script sees them: exit code, stdout, stderr, and the database. */
class CliImportExportTest {

    private static final Path TEMPLATE = Path.of("docs/import-template.csv");

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private String db() {
        return dir.resolve("offers.db").toString();
    }

    private List<Offer> offersIn(String file) throws Exception {
        try (Database d = Database.open(Path.of(file), Clock.systemDefaultZone())) {
            DatasetInstaller.install(d);
            return d.offers().findAll();
        }
    }

    static Stream<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("offerbench.corpora"), "csv"))) {
            List<Path> files = s.sorted().toList();
            assertThat(files).hasSize(14);
            return files.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void eachCorpusFileIsRefusedWithOneLineAndTheDatabaseIsUnchanged(Path file) throws Exception {
        assertThat(run("import", "--db", db(), TEMPLATE.toString()).code()).isZero();
        List<Offer> before = offersIn(db());

        Result r = run("import", "--db", db(), file.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("offerbench: " + file + " was not imported (nothing was saved): line ")
                .doesNotContain("Exception");
        assertThat(offersIn(db())).isEqualTo(before).hasSize(3);
    }

    @Test
    void templateImportsWithASummaryLine() throws Exception {
        Result r = run("import", "--db", db(), TEMPLATE.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Imported 3 offers from " + TEMPLATE + System.lineSeparator());
        assertThat(r.err()).isEmpty();
        assertThat(offersIn(db())).extracting(Offer::company)
                .containsExactly("Example Frontier Lab", "State University", "Example Beijing Lab");
    }

    @Test
    void severalProblemsAreCountedAndWarningsShown() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "company,currency,base_salary\nA,USD,1.000\nB,ZZZ,100\nC,USD,-5\n", StandardCharsets.UTF_8);
        Result r = run("import", "--db", db(), bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("offerbench: " + bad + " was not imported (nothing was saved): line 2, column 'base_salary': ")
                .endsWith(", and 2 more problems");

        Path extra = dir.resolve("extra.csv");
        Files.writeString(extra, "company,currency,base_salary,salary_note\nA,USD,100000,firm\n", StandardCharsets.UTF_8);
        r = run("import", "--db", db(), extra.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Imported 1 offer from ");
        assertThat(r.err()).contains("warning: " + extra + ": line 1, column 'salary_note': unknown column 'salary_note' ignored");
    }

    @Test
    void advisorBatchImportsEveryGoodFileAndReportsTheBadOne() throws Exception {
        String alice = dir.resolve("alice.db").toString();
        String bob = dir.resolve("bob.db").toString();
        run("import", "--db", alice, TEMPLATE.toString());
        Path bobCsv = dir.resolve("bob.csv");
        Files.writeString(bobCsv, "company,currency,base_salary\nBob's Lab,EUR,95000.50\n", StandardCharsets.UTF_8);
        run("import", "--db", bob, bobCsv.toString());
        Path aliceJson = dir.resolve("alice.offerbench.json");
        Path bobJson = dir.resolve("bob.offerbench.json");
        Path carolJson = dir.resolve("carol.offerbench.json");
        assertThat(run("export", "--db", alice, aliceJson.toString()).out()).startsWith("Exported 3 offers to ").contains("whole comparison");
        assertThat(run("export", "--db", bob, bobJson.toString()).code()).isZero();
        Files.writeString(carolJson, "{\"format\":\"offerbench\",\"version\":7}", StandardCharsets.UTF_8);

        String review = dir.resolve("review.db").toString();
        Result r = run("import", "--db", review, aliceJson.toString(), carolJson.toString(), bobJson.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).containsExactly("Imported 3 offers from " + aliceJson, "Imported 1 offer from " + bobJson);
        assertThat(r.errLines()).containsExactly("offerbench: " + carolJson + " was not imported (nothing was saved): version:"
                + " the file was made by a newer OfferBench (format version 7; this OfferBench reads version 1); update OfferBench to import it");
        Result list = run("list", "--db", review);
        assertThat(list.out()).contains("Example Frontier Lab", "Bob's Lab", "EUR 95,000.50");
        assertThat(offersIn(review)).hasSize(4);
    }

    @Test
    void separateCreatesANewDatabaseOnlyOnce() throws Exception {
        run("import", "--db", db(), TEMPLATE.toString());
        Path json = dir.resolve("s.offerbench.json");
        run("export", "--db", db(), json.toString());
        String fresh = dir.resolve("fresh.db").toString();
        Result r = run("import", "--separate", "--db", fresh, json.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Imported 3 offers from " + json).contains("into the new database " + fresh);
        assertThat(offersIn(fresh)).hasSize(3);
        r = run("import", "--separate", "--db", fresh, json.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("offerbench: " + fresh + " already exists");
        assertThat(offersIn(fresh)).hasSize(3);
    }

    @Test
    void csvExportReimportsToTheSameOffers() throws Exception {
        run("import", "--db", db(), TEMPLATE.toString());
        Path csv = dir.resolve("out.csv");
        Result r = run("export", "--db", db(), csv.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Exported 3 offers to " + csv + System.lineSeparator());
        String other = dir.resolve("other.db").toString();
        assertThat(run("import", "--db", other, csv.toString()).code()).isZero();
        assertThat(offersIn(other).stream().map(o -> o.withId(0)).toList())
                .isEqualTo(offersIn(db()).stream().map(o -> o.withId(0)).toList());
    }

    @Test
    void usageErrorsExitTwoAndBadInputExitsOne() {
        assertThat(run("import", "--db", db()).code()).isEqualTo(2);
        assertThat(run("import", "--merge", "--separate", "--db", db(), "x.csv").code()).isEqualTo(2);
        assertThat(run("import", "--separate", TEMPLATE.toString()).code()).isEqualTo(2);
        Result badName = run("export", "--db", db(), dir.resolve("offers.xlsx").toString());
        assertThat(badName.code()).isEqualTo(2);
        assertThat(badName.err()).startsWith("offerbench: FILE must end in .csv or .offerbench.json, not 'offers.xlsx'");
        assertThat(run("export", "--bogus", "x.csv").code()).isEqualTo(2);

        Result missing = run("import", "--db", db(), dir.resolve("nope.csv").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.errLines()).containsExactly("offerbench: " + dir.resolve("nope.csv") + " cannot be read (no such file or folder)");
        Result noFolder = run("export", "--db", db(), dir.resolve("no/such/out.csv").toString());
        assertThat(noFolder.code()).isEqualTo(1);
        assertThat(noFolder.errLines()).singleElement().asString().contains("the folder").contains("does not exist");

        assertThat(run("import", "--help").code()).isZero();
        assertThat(run("import", "--help").out()).contains("Usage: offerbench import", "--separate", "Examples:");
        assertThat(run("export", "--help").out()).contains("Usage: offerbench export", ".offerbench.json");
    }
}
