package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import io.offerbench.domain.ReviewComment;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Student exports, the advisor opens the file and comments, the student imports the advisor's file
 * back: one copy of each offer, with the advisor's comments. Re-importing one's own file changes
 * nothing; an offer changed on one side is a conflict (kept, or --theirs); --copies adds copies.
 */
class CliAdvisorRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void studentAdvisorStudentLeavesOneCopyOfEachOfferWithTheAdvisorsComments() throws Exception {
        Path student = studentWithTwoOffers();
        Path toAdvisor = dir.resolve("alice.offerbench.json");
        assertThat(run("export", "--db", student.toString(), toAdvisor.toString()).exit()).isZero();

        Path advisor = dir.resolve("advisor/alice.db");
        Files.createDirectories(advisor.getParent());
        assertThat(run("import", "--separate", "--db", advisor.toString(), toAdvisor.toString()).exit()).isZero();
        try (Database a = Database.open(advisor, Clock.systemDefaultZone())) {
            Offer acme = a.offers().findAll().get(0);
            a.comments().add(new ReviewComment(0, acme.id(), "Prof. Ada", io.offerbench.domain.ReviewRole.ADVISOR, "Ask for a larger sign-on.", Instant.parse("2026-11-30T10:00:00Z")));
        }
        Path back = dir.resolve("alice-reviewed.offerbench.json");
        assertThat(run("export", "--db", advisor.toString(), back.toString()).exit()).isZero();

        CliRun imported = run("import", "--db", student.toString(), back.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 0 offers (1 review comment)").contains("2 offers were already here");
        try (Database s = Database.open(student, Clock.systemDefaultZone())) {
            List<Offer> offers = s.offers().findAll();
            assertThat(offers).extracting(Offer::company).containsExactly("Acme", "Beta");
            assertThat(s.comments().listByOffer(offers.get(0).id())).extracting(ReviewComment::body).containsExactly("Ask for a larger sign-on.");
            assertThat(s.comments().listByOffer(offers.get(1).id())).isEmpty();
        }
        CliRun again = run("import", "--db", student.toString(), back.toString());
        assertThat(again.out()).contains("Imported 0 offers from");
        try (Database s = Database.open(student, Clock.systemDefaultZone())) {
            assertThat(s.offers().findAll()).hasSize(2);
            assertThat(s.comments().listByOffer(s.offers().findAll().get(0).id())).hasSize(1);
        }
    }

    @Test
    void reimportingOnesOwnFileChangesNothing() throws Exception {
        Path student = studentWithTwoOffers();
        Path own = dir.resolve("own.offerbench.json");
        run("export", "--db", student.toString(), own.toString());
        String before = run("list", "--db", student.toString()).out();
        CliRun r = run("import", "--db", student.toString(), own.toString());
        assertThat(r.out()).startsWith("Imported 0 offers from").contains("2 offers were already here");
        assertThat(run("list", "--db", student.toString()).out()).isEqualTo(before);
    }

    @Test
    void anOfferChangedOnOneSideIsAConflictKeptOrTakenWithTheirs() throws Exception {
        Path student = studentWithTwoOffers();
        Path file = dir.resolve("s.offerbench.json");
        run("export", "--db", student.toString(), file.toString());
        Files.writeString(file, Files.readString(file).replace("\"150000\"", "\"175000\""));
        CliRun kept = run("import", "--db", student.toString(), file.toString());
        assertThat(kept.out()).contains("changed on one side: yours kept, Acme").contains("Acme (offer 1): 1 field differs")
                .contains("add --theirs");
        assertThat(run("list", "--db", student.toString()).out()).contains("$150,000").doesNotContain("175,000");
        CliRun taken = run("import", "--theirs", "--db", student.toString(), file.toString());
        assertThat(taken.out()).contains("took the file's version");
        assertThat(run("list", "--db", student.toString()).out()).contains("$175,000");
        try (Database s = Database.open(student, Clock.systemDefaultZone())) {
            assertThat(s.offers().findAll()).hasSize(2);
        }
    }

    @Test
    void copiesAddEveryOfferAgainOnlyWhenAskedFor() throws Exception {
        Path student = studentWithTwoOffers();
        Path file = dir.resolve("s.offerbench.json");
        run("export", "--db", student.toString(), file.toString());
        assertThat(run("import", "--copies", "--db", student.toString(), file.toString()).out()).startsWith("Imported 2 offers");
        try (Database s = Database.open(student, Clock.systemDefaultZone())) {
            assertThat(s.offers().findAll()).hasSize(4);
            assertThat(s.offers().uids().values()).doesNotHaveDuplicates().hasSize(4);
        }
    }

    @Test
    void anAdvisorsEditedCommentReplacesItsFirstTextMarkedAsEditedAndAnOlderFileDoesNotBringTheOldTextBack() throws Exception {
        Path student = studentWithTwoOffers();
        Path toAdvisor = dir.resolve("alice.offerbench.json");
        run("export", "--db", student.toString(), toAdvisor.toString());
        Path advisor = dir.resolve("advisor/alice.db");
        Files.createDirectories(advisor.getParent());
        run("import", "--separate", "--db", advisor.toString(), toAdvisor.toString());
        Instant written = Instant.parse("2026-11-30T10:00:00Z");
        Instant edited = Instant.parse("2026-12-01T08:30:00Z");
        long commentId;
        try (Database a = Database.open(advisor, Clock.systemDefaultZone())) {
            Offer acme = a.offers().findAll().get(0);
            commentId = a.comments().add(new ReviewComment(0, acme.id(), "Prof. Ada", io.offerbench.domain.ReviewRole.ADVISOR,
                    "Ask for a larger sigh-on.", written)).id();
        }
        Path first = dir.resolve("first.offerbench.json");
        run("export", "--db", advisor.toString(), first.toString());
        assertThat(Files.readString(first)).as("an unedited comment carries no edit time").doesNotContain("edited_at");
        assertThat(run("import", "--db", student.toString(), first.toString()).exit()).isZero();

        try (Database a = Database.open(advisor, Clock.systemDefaultZone())) {
            assertThat(a.comments().updateBody(commentId, "Ask for a larger sign-on.", edited)).get()
                    .satisfies(c -> assertThat(c.editedAt()).isEqualTo(edited));
        }
        Path second = dir.resolve("second.offerbench.json");
        run("export", "--db", advisor.toString(), second.toString());
        assertThat(Files.readString(second)).contains("\"edited_at\" : \"2026-12-01T08:30:00Z\"");
        CliRun imported = run("import", "--db", student.toString(), second.toString());
        assertThat(imported.out()).as(imported.err()).contains("(1 review comment)");
        assertThat(run("import", "--db", student.toString(), first.toString()).out()).as("the older text").contains("Imported 0 offers from");
        try (Database s = Database.open(student, Clock.systemDefaultZone())) {
            assertThat(s.comments().listByOffer(s.offers().findAll().get(0).id())).singleElement().satisfies(c -> {
                assertThat(c.body()).isEqualTo("Ask for a larger sign-on.");
                assertThat(c.createdAt()).isEqualTo(written);
                assertThat(c.editedAt()).isEqualTo(edited);
            });
        }
        Path report = dir.resolve("report.html");
        assertThat(run("report", "--db", student.toString(), report.toString()).exit()).isZero();
        assertThat(Files.readString(report)).contains("2026-11-30 10:00 UTC, edited 2026-12-01 08:30 UTC");
    }

    @Test
    void offersOfAnOlderDatabaseGetAnIdentityWhenItIsUpgraded() throws Exception {
        Path db = studentWithTwoOffers();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP INDEX offer_uid");
            s.execute("ALTER TABLE offer DROP COLUMN uid");
            // Columns added after uid (versions 5 to 8), so the file is as version 2 left it.
            for (String column : List.of("guaranteed_summer_months", "interest", "product_closeness_not_applicable",
                    "equity_stage", "equity_bear_percent", "equity_base_percent", "equity_bull_percent")) {
                s.execute("ALTER TABLE offer DROP COLUMN " + column);
            }
            s.execute("ALTER TABLE benchmark DROP COLUMN informs"); // version 7
            s.execute("ALTER TABLE review_comment DROP COLUMN edited_at"); // version 8
            s.execute("PRAGMA user_version = 2");
        }
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            assertThat(d.offers().findAll()).extracting(Offer::company).containsExactly("Acme", "Beta");
            assertThat(d.offers().uids().values()).hasSize(2).doesNotHaveDuplicates()
                    .allSatisfy(u -> assertThat(u).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        }
    }

    private Path studentWithTwoOffers() throws Exception {
        Path db = dir.resolve("student.db");
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            for (String company : new String[] {"Acme", "Beta"}) {
                d.offers().save(Offer.builder().company(company).currency(CurrencyCode.USD)
                        .pay(Compensation.ofBase(new BigDecimal("150000"))).build());
            }
        }
        return db;
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
