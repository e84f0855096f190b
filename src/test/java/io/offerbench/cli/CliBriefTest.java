package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.app.ScoringInputs;
import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brief --offer NAME FILE.md} on the five sample offers: asks, sources, deadline, and nothing private. */
class CliBriefTest {

    private static final String NOTE = "Private: my advisor thinks the team lead is difficult";

    @TempDir
    Path dir;
    private Path db;
    private List<Offer> offers;

    @BeforeEach
    void sample() throws Exception {
        db = dir.resolve("sample.db");
        offers = SampleDatabase.create(db);
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            for (Offer o : offers) {
                // Every offer gets a private note, and one an exploding deadline.
                Offer.Builder b = o.toBuilder().notes(NOTE);
                if (o.company().equals("Helix AI")) {
                    b.deadline(LocalDate.now().plusDays(3));
                }
                database.offers().save(b.build());
            }
        }
    }

    @Test
    void everyBriefCitesOnlyBenchmarksThatExistAndNeverTheNotes() throws Exception {
        Set<String> ids;
        try (Database database = Database.open(db, Clock.systemDefaultZone())) {
            ids = ScoringInputs.load(database).context().benchmarks().stream().map(Benchmark::id).collect(Collectors.toSet());
        }
        for (Offer o : offers) {
            Path file = dir.resolve(o.id() + ".md");
            Result r = run("brief", "--db", db.toString(), "--offer", o.company(), file.toString());
            assertThat(r.code).as(r.err).isZero();
            String md = Files.readString(file);
            assertThat(md).startsWith("# Negotiation brief: " + o.label()).contains("Best regards,").doesNotContain(NOTE);
            Matcher cited = Pattern.compile("Benchmark (\\S+):").matcher(md);
            while (cited.find()) {
                assertThat(ids).contains(cited.group(1));
            }
            // A source is its outlet, title and date: never a document's file name (004_0c42aba78143f44b.txt).
            assertThat(md).doesNotContainPattern("\\d{3}_[0-9a-f]{16}\\.txt").doesNotContain("document 0");
            Matcher footnote = Pattern.compile("\\[(\\d+)]").matcher(md);
            while (footnote.find()) {
                assertThat(md).contains("\n" + footnote.group(1) + ". ");
            }
        }
    }

    @Test
    void anExplodingOfferAsksForMoreTimeAndTheRunnerUpNamesTheBetterOffer() throws Exception {
        Path file = dir.resolve("helix.md");
        assertThat(run("brief", "--db", db.toString(), "--offer", "helix ai", file.toString()).code).isZero();
        String md = Files.readString(file);
        assertThat(md).contains("would it be possible to extend the deadline to " + LocalDate.now().plusDays(17));
        assertThat(md).containsPattern("your offer from [^\\n]+");
        // Helix needs more than doubling its base to lead: the letter does not ask for that, the findings say it.
        String letter = md.substring(0, md.indexOf("---"));
        assertThat(letter).doesNotContain("would make this offer my first choice");
        assertThat(md.substring(md.indexOf("---"))).containsPattern("it would take \\+\\$[0-9,]+ base").contains("not a realistic ask");
    }

    @Test
    void theLetterAsksOnlyForModestRaisesAndTheFindingsKeepEveryTarget() throws Exception {
        Pattern ask = Pattern.compile("A base salary of \\$([0-9,]+) \\(now \\$([0-9,]+)\\) would make this offer my first choice");
        for (Offer o : offers) {
            Path file = dir.resolve("modest-" + o.id() + ".md");
            assertThat(run("brief", "--db", db.toString(), "--offer", o.company(), file.toString()).code).isZero();
            String md = Files.readString(file);
            String letter = md.split("\n---\n")[0];
            Matcher m = ask.matcher(letter);
            while (m.find()) {
                long asked = Long.parseLong(m.group(1).replace(",", ""));
                long now = Long.parseLong(m.group(2).replace(",", ""));
                // The raise asked for is at most a quarter of the current base (NegotiationBrief.MODEST_RAISE).
                assertThat(asked - now).isLessThanOrEqualTo(now / 4);
            }
        }
    }

    @Test
    void anUnknownOfferListsTheOffers() {
        Result r = run("brief", "--db", db.toString(), "--offer", "Nobody", dir.resolve("x.md").toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).contains("--offer 'Nobody' matches no offer").contains("Helix AI");
        assertThat(Files.exists(dir.resolve("x.md"))).isFalse();
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
