package io.offerbench.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.OfferChanges;
import io.offerbench.domain.OfferChanges.FieldChange;
import io.offerbench.review.NewComment;
import io.offerbench.review.ScoreMove;
import io.offerbench.review.SinceLastReview;
import io.offerbench.domain.ReviewComment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The changes dialog's words, checked without a window: the editor's labels, readable values, moves and comments. */
class ReviewChangesReportTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant REVIEWED = Instant.parse("2026-11-20T13:05:00Z");

    @Test
    void fieldsAreNamedAsInTheEditorAndValuesReadAsThere() {
        SinceLastReview.Changes changes = changes(List.of(new OfferChanges.Change(1, "Helix AI", OfferChanges.Kind.CHANGED, List.of(
                new FieldChange("base_salary", "310000", "325000.5"),
                new FieldChange("status", "considering", "negotiating"),
                new FieldChange("sign_on_bonus", "", "50000"),
                new FieldChange("team_fit", "3", "5"),
                new FieldChange("annual_bonus", "15%", "20%"),
                new FieldChange("location", "San Francisco, United States", "Remote"),
                new FieldChange("field_from_a_later_version", "a", "b")))),
                List.of(), List.of());

        ReviewChangesReport report = ReviewChangesReport.of(changes, ZONE);

        assertThat(report.header()).isEqualTo("Changes since the review on 2026-11-20 14:05");
        assertThat(report.offers()).singleElement().satisfies(b -> {
            assertThat(b.title()).isEqualTo("Helix AI");
            assertThat(b.fields()).containsExactly(
                    new ReviewChangesReport.FieldLine("Base salary", "310,000 → 325,000.5"),
                    new ReviewChangesReport.FieldLine("Status", "Considering → Negotiating"),
                    new ReviewChangesReport.FieldLine("Sign-on bonus", "— not entered — → 50,000"),
                    new ReviewChangesReport.FieldLine("Team fit", "3 – fair → 5 – excellent"),
                    new ReviewChangesReport.FieldLine("Annual target bonus", "15% → 20%"),
                    new ReviewChangesReport.FieldLine("Location", "San Francisco, United States → Remote"),
                    new ReviewChangesReport.FieldLine("field_from_a_later_version", "a → b"));
        });
    }

    @Test
    void addedAndRemovedOffersRankMovesAndCommentsReadAsSentences() {
        SinceLastReview.Changes changes = changes(
                List.of(new OfferChanges.Change(6, "Orbital Labs", OfferChanges.Kind.ADDED, List.of()),
                        new OfferChanges.Change(3, "Kestrel Capital", OfferChanges.Kind.REMOVED, List.of())),
                List.of(new NewComment("State University — Assistant Professor", new ReviewComment(9, 4, "Prof. O'Neil", io.offerbench.domain.ReviewRole.ADVISOR,
                        "Ask about the teaching release.", Instant.parse("2026-11-21T08:30:00Z")))),
                List.of(new ScoreMove(4, "State University", 3, 2, new BigDecimal("61.20"), new BigDecimal("64.75")),
                        new ScoreMove(1, "Helix AI", 1, 1, new BigDecimal("70.00"), new BigDecimal("70.00")),
                        new ScoreMove(5, "Hangzhou AI Lab", 5, 5, new BigDecimal("50.00"), new BigDecimal("51.50")),
                        new ScoreMove(6, "Orbital Labs", null, 4, null, new BigDecimal("55.10")),
                        new ScoreMove(3, "Kestrel Capital", 2, null, new BigDecimal("63.00"), null)));

        ReviewChangesReport report = ReviewChangesReport.of(changes, ZONE);

        assertThat(report.offers()).extracting(ReviewChangesReport.OfferBlock::title)
                .containsExactly("New: Orbital Labs", "Removed: Kestrel Capital");
        assertThat(report.scores()).as("an offer that did not move is left out").containsExactly(
                "State University: rank 3 → 2, score 61.20 → 64.75",
                "Hangzhou AI Lab: still rank 5, score 50.00 → 51.50",
                "Orbital Labs (new): rank 4, score 55.10",
                "Kestrel Capital (removed): was rank 2, score 63.00");
        assertThat(report.scoresNote()).contains("today's benchmarks", "\u201cBalanced\u201d weights", "not part of this list");
        assertThat(report.comments()).containsExactly(
                "Prof. O'Neil (Advisor), 2026-11-21 09:30, on State University — Assistant Professor:\nAsk about the teaching release.");
    }

    @Test
    void bannerCountsEachKindOfChangeAndSaysWhenNothingChanged() {
        assertThat(ReviewTexts.banner(changes(List.of(), List.of(), List.of()), ZONE))
                .isEqualTo("Last reviewed 2026-11-20 14:05 — no changes since");
        List<OfferChanges.Change> offers = List.of(
                new OfferChanges.Change(1, "A", OfferChanges.Kind.CHANGED, List.of(new FieldChange("notes", "", "x"))),
                new OfferChanges.Change(2, "B", OfferChanges.Kind.CHANGED, List.of(new FieldChange("notes", "", "x"))),
                new OfferChanges.Change(3, "C", OfferChanges.Kind.ADDED, List.of()));
        ReviewComment c = new ReviewComment(1, 1, "Sam", io.offerbench.domain.ReviewRole.STUDENT, "hi", REVIEWED);
        assertThat(ReviewTexts.banner(changes(offers, List.of(new NewComment("A", c), new NewComment("A", c), new NewComment("A", c)),
                List.of()), ZONE)).isEqualTo("Last reviewed 2026-11-20 14:05 — 2 offers changed, 1 new offer, 3 new comments");
        assertThat(ReviewTexts.banner(new SinceLastReview.NotReviewed(), ZONE)).startsWith("Not reviewed yet.");
        assertThat(ReviewTexts.banner(new SinceLastReview.Unreadable(REVIEWED, "version: newer"), ZONE))
                .isEqualTo("Last reviewed 2026-11-20 14:05, but this OfferBench cannot read what that review saw.");
        assertThat(ReviewTexts.banner(null, ZONE)).isEmpty();
        assertThat(changes(offers, List.of(), List.of()).markedOffers())
                .isEqualTo(Map.of(1L, OfferChanges.Kind.CHANGED, 2L, OfferChanges.Kind.CHANGED, 3L, OfferChanges.Kind.ADDED));
    }

    private static SinceLastReview.Changes changes(List<OfferChanges.Change> offers, List<NewComment> comments, List<ScoreMove> moves) {
        return new SinceLastReview.Changes(REVIEWED, offers, comments, "Balanced", moves, "");
    }
}
