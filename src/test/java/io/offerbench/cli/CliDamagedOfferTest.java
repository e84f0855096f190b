package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One offer whose stored amount or vesting cannot be read no longer hides every offer: list, score,
 * export and report work on the others and name the damaged one, its field and value, on stderr.
 */
class CliDamagedOfferTest {

    @TempDir
    Path dir;

    @Test
    void aNonNumericBaseSalaryLeavesOutOnlyThatOffer() throws Exception {
        Path db = threeOffers("UPDATE offer SET base_salary = 'abc' WHERE company = 'Beta'");
        for (String[] args : new String[][] {{"list"}, {"score"}, {"score", "--format", "json"},
                {"export", dir.resolve("out.csv").toString()}, {"report", dir.resolve("r.html").toString()}}) {
            CliRun r = run(db, args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.err()).as(String.join(" ", args)).contains("Beta").contains("Base salary").contains("\u201cabc\u201d")
                    .contains("left out").doesNotContain("Character").doesNotContain("Exception");
            if (!args[0].equals("export") && !args[0].equals("report")) {
                assertThat(r.out()).contains("Alpha").contains("Gamma").doesNotContain("Beta");
            }
        }
        assertThat(Files.readString(dir.resolve("out.csv"))).contains("Alpha").contains("Gamma").doesNotContain("Beta");
        assertThat(Files.readString(dir.resolve("r.html"))).contains("Alpha").contains("Gamma");
    }

    @Test
    void theReportFileItselfNamesTheOfferLeftOutAndWhy() throws Exception {
        Path db = threeOffers("UPDATE offer SET base_salary = 'abc' WHERE company = 'Beta'");
        Path html = dir.resolve("r.html");
        Path pdf = dir.resolve("r.pdf");
        assertThat(run(db, "report", html.toString()).exit()).isZero();
        assertThat(run(db, "report", pdf.toString()).exit()).isZero();
        assertThat(Files.readString(html)).contains("One offer is left out of this report")
                .contains("Offer 2 (Beta) is left out of the ranking, charts and report").contains("Base salary");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        StringBuilder text = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        reader.close();
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("One offer is left out of this report")
                .contains("Offer 2 (Beta) is left out of the ranking");
    }

    @Test
    void aBadVestingValueNamesTheOfferAndBlocksNothingElse() throws Exception {
        Path db = threeOffers("UPDATE offer SET vesting = '10/10' WHERE company = 'Gamma'");
        CliRun list = run(db, "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("Alpha").contains("Beta").doesNotContain("Gamma");
        assertThat(list.err()).contains("Gamma").contains("Vesting schedule").contains("10/10");
        CliRun score = run(db, "score");
        assertThat(score.exit()).isZero();
        assertThat(score.out()).contains("Alpha").contains("Beta");
    }

    private Path threeOffers(String damage) throws Exception {
        Path db = dir.resolve("o.db");
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            for (String company : new String[] {"Alpha", "Beta", "Gamma"}) {
                d.offers().save(Offer.builder().company(company).currency(CurrencyCode.USD)
                        .pay(Compensation.ofBase(new BigDecimal("150000"))).build());
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate(damage);
        }
        return db;
    }

    private static CliRun run(Path db, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = "--db=" + db;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return CliRun.of(all);
    }
}
