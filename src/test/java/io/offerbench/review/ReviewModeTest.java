package io.offerbench.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.ComputeAccess;
import io.offerbench.domain.Criteria;
import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferChanges;
import io.offerbench.domain.PublicationPolicy;
import io.offerbench.domain.TopicFit;
import io.offerbench.domain.VisaSupport;
import io.offerbench.exchange.ComparisonJson;
import io.offerbench.exchange.SharedOffer;
import io.offerbench.store.Database;
import io.offerbench.domain.ReviewComment;
import io.offerbench.store.ReviewMarkRepository.ReviewMark;
import io.offerbench.testing.SampleDatabase;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review mode's core on the five sample offers: marking, and every kind of change since the mark. */
class ReviewModeTest {

    private static final Instant REVIEWED = Instant.parse("2026-11-20T13:05:00Z");

    @TempDir
    Path dir;

    private Path file;
    private List<Offer> sample;

    @BeforeEach
    void sampleDatabase() throws Exception {
        file = dir.resolve("sample.db");
        sample = SampleDatabase.create(file);
    }

    @Test
    void withoutAMarkTheComparisonIsNotReviewedYet() throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(ReviewMode.sinceLastReview(db)).isInstanceOf(SinceLastReview.NotReviewed.class);
        }
    }

    @Test
    void markingStoresAReadableSnapshotOfTheOffersInOneTransaction() throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            db.comments().add(comment(sample.get(0), "Prof. Rivera", io.offerbench.domain.ReviewRole.ADVISOR, "Ask about refreshers.", "2026-11-19T10:00:00Z"));
            long generation = generation(db);

            ReviewMark mark = ReviewMode.markReviewed(db, REVIEWED);

            assertThat(generation(db)).as("one write transaction").isEqualTo(generation + 1);
            assertThat(db.reviewMarks().latest()).contains(mark);
            assertThat(mark.reviewedAt()).isEqualTo(REVIEWED);
            // The stored text is an ordinary comparison file: the existing reader takes it as it is.
            var asFile = ComparisonJson.read(new ByteArrayInputStream(mark.snapshot().getBytes(StandardCharsets.UTF_8)), "snapshot");
            assertThat(asFile.offers()).hasSize(5);
            assertThat(mark.snapshot()).contains("\"format\" : \"offerbench\"", "\"version\" : 1");
            List<SharedOffer> then = ReviewSnapshot.read(mark.snapshot());
            assertThat(then).extracting(SharedOffer::offer).containsExactlyElementsOf(db.offers().findAll());
            assertThat(then.get(0).comments()).singleElement()
                    .satisfies(c -> assertThat(c.offerId()).isEqualTo(sample.get(0).id()));
        }
    }

    @Test
    void rightAfterMarkingNothingHasChanged() throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            ReviewMode.markReviewed(db, REVIEWED);
            SinceLastReview.Changes changes = changes(db);
            assertThat(changes.reviewedAt()).isEqualTo(REVIEWED);
            assertThat(changes.isEmpty()).isTrue();
            assertThat(changes.scoringProblem()).isEmpty();
            assertThat(changes.scoreMoves()).hasSize(5);
            assertThat(changes.moved()).isEmpty();
        }
    }

    @Test
    void reportsAddedRemovedAndChangedOffersWithEachFieldBeforeAndAfter() throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            ReviewMode.markReviewed(db, REVIEWED);
            Offer helix = sample.get(0);
            Offer kestrel = sample.get(2);
            db.offers().save(helix.toBuilder().company("Helix AI Inc.")
                    .pay(new Compensation(new BigDecimal("325000"), null, null, helix.pay().signOnBonus(), helix.pay().signOnYears(),
                            helix.pay().relocation())).build());
            db.offers().delete(kestrel.id());
            Offer added = db.offers().save(Offer.builder().company("Orbital Labs").pay(Compensation.ofBase(new BigDecimal("280000"))).build());

            SinceLastReview.Changes changes = changes(db);

            assertThat(changes.offers()).extracting(OfferChanges.Change::offerId, OfferChanges.Change::kind).containsExactly(
                    tuple(helix.id(), OfferChanges.Kind.CHANGED),
                    tuple(added.id(), OfferChanges.Kind.ADDED),
                    tuple(kestrel.id(), OfferChanges.Kind.REMOVED));
            assertThat(changes.offers().get(0).fields()).containsExactly(
                    new OfferChanges.FieldChange("company", "Helix AI", "Helix AI Inc."),
                    new OfferChanges.FieldChange("base_salary", "310000", "325000"));
            assertThat(changes.offers().get(2).offer()).isEqualTo("Kestrel Capital — Quantitative Researcher");
            assertThat(changes.count(OfferChanges.Kind.CHANGED)).isEqualTo(1);
            assertThat(changes.markedOffers()).containsOnlyKeys(helix.id(), added.id());
        }
    }

    @Test
    void theUnscoredLookFindsTheSameChangesWithoutRanking() throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            ReviewMode.markReviewed(db, REVIEWED);
            db.offers().delete(sample.get(1).id());
            db.comments().add(comment(sample.get(0), "Sam", io.offerbench.domain.ReviewRole.STUDENT, "New.", "2026-11-21T09:00:00Z"));
            SinceLastReview.Changes full = changes(db);
            SinceLastReview unscored = ReviewMode.sinceLastReviewUnscored(db);
            assertThat(unscored).isInstanceOfSatisfying(SinceLastReview.Changes.class, u -> {
                assertThat(u.offers()).isEqualTo(full.offers());
                assertThat(u.comments()).isEqualTo(full.comments());
                assertThat(u.weights()).isEmpty();
                assertThat(u.scoreMoves()).isEmpty();
                assertThat(u.scoringProblem()).isEmpty();
            });
            assertThat(full.moved()).isNotEmpty();
        }
    }

    @Test
    void listsCommentsWrittenSinceTheReviewWithAuthorRoleTimeAndOffer() throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            Offer helix = sample.get(0);
            Offer university = sample.get(3);
            db.comments().add(comment(helix, "Prof. Rivera", io.offerbench.domain.ReviewRole.ADVISOR, "Seen before the review.", "2026-11-19T10:00:00Z"));
            ReviewComment deletedLater = db.comments().add(comment(helix, "Sam", io.offerbench.domain.ReviewRole.STUDENT, "Withdrawn.", "2026-11-19T11:00:00Z"));
            ReviewMode.markReviewed(db, REVIEWED);
            db.comments().delete(deletedLater.id());
            db.comments().add(comment(university, "Sam", io.offerbench.domain.ReviewRole.STUDENT, "Start-up package confirmed.", "2026-11-21T09:00:00Z"));
            db.comments().add(comment(helix, "Prof. Rivera", io.offerbench.domain.ReviewRole.ADVISOR, "Push for a second sign-on year.", "2026-11-20T15:00:00Z"));
            // Imported from a student's file: older than the review, yet not part of it.
            db.comments().add(comment(helix, "Alex", io.offerbench.domain.ReviewRole.STUDENT, "From my exported file.", "2026-11-01T08:00:00Z"));

            SinceLastReview.Changes changes = changes(db);

            assertThat(changes.comments()).extracting(n -> n.comment().author(), n -> n.comment().role(), n -> n.comment().body(),
                    NewComment::offer, n -> n.comment().createdAt()).containsExactly(
                    tuple("Alex", io.offerbench.domain.ReviewRole.STUDENT, "From my exported file.", helix.label(), Instant.parse("2026-11-01T08:00:00Z")),
                    tuple("Prof. Rivera", io.offerbench.domain.ReviewRole.ADVISOR, "Push for a second sign-on year.", helix.label(), Instant.parse("2026-11-20T15:00:00Z")),
                    tuple("Sam", io.offerbench.domain.ReviewRole.STUDENT, "Start-up package confirmed.", university.label(), Instant.parse("2026-11-21T09:00:00Z")));
            assertThat(changes.offers()).as("a comment is not an offer change").isEmpty();
        }
    }

    @Test
    void showsHowRanksAndTotalsMovedUnderTheSameWeights() throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            ReviewMode.markReviewed(db, REVIEWED);
            SinceLastReview.Changes before = changes(db);
            ScoreMove last = before.scoreMoves().get(before.scoreMoves().size() - 1);
            Offer weakest = db.offers().find(last.offerId()).orElseThrow();
            db.offers().save(weakest.toBuilder().pay(Compensation.ofBase(new BigDecimal("3000000")))
                    .criteria(new Criteria(100, PublicationPolicy.OPEN, ComputeAccess.FRONTIER_SCALE, TopicFit.LLM_GENAI_CORE,
                            5, 5, 5, 5, 40, 0, VisaSupport.NOT_NEEDED)).build());
            db.offers().delete(sample.get(1).id() == weakest.id() ? sample.get(2).id() : sample.get(1).id());

            SinceLastReview.Changes changes = changes(db);

            assertThat(changes.weights()).isEqualTo("Balanced");
            ScoreMove moved = changes.scoreMoves().stream().filter(m -> m.offerId() == weakest.id()).findFirst().orElseThrow();
            assertThat(moved.rankThen()).isEqualTo(5);
            assertThat(moved.rankNow()).isLessThan(5);
            assertThat(moved.totalNow()).isGreaterThan(moved.totalThen());
            assertThat(changes.scoreMoves()).filteredOn(ScoreMove::isRemoved).singleElement()
                    .satisfies(m -> assertThat(m.rankThen()).isNotNull());
            assertThat(changes.scoreMoves()).as("current rank order, then the removed offer").hasSize(5);
            assertThat(changes.scoreMoves().get(4).isRemoved()).isTrue();
        }
    }

    @Test
    void comparesWithTheLatestMark() throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            ReviewMode.markReviewed(db, REVIEWED);
            db.offers().delete(sample.get(4).id());
            ReviewMode.markReviewed(db, REVIEWED.plusSeconds(3600));
            SinceLastReview.Changes changes = changes(db);
            assertThat(changes.reviewedAt()).isEqualTo(REVIEWED.plusSeconds(3600));
            assertThat(changes.isEmpty()).isTrue();
        }
    }

    @Test
    void aSnapshotFromANewerVersionIsReportedAndKept() throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            String current = ReviewMode.markReviewed(db, REVIEWED).snapshot();
            ReviewMark newer = db.reviewMarks().add(REVIEWED.plusSeconds(60), current.replace("\"version\" : 1", "\"version\" : 2"));

            SinceLastReview state = ReviewMode.sinceLastReview(db);

            assertThat(state).isInstanceOfSatisfying(SinceLastReview.Unreadable.class, u -> {
                assertThat(u.reviewedAt()).isEqualTo(REVIEWED.plusSeconds(60));
                assertThat(u.reason()).startsWith("version: ").contains("newer OfferBench");
            });
            assertThat(db.reviewMarks().latest()).as("never deleted").contains(newer);
        }
    }

    @Test
    void aDamagedSnapshotOrOneWithoutOfferIdsIsReportedNotThrown() throws Exception {
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            db.reviewMarks().add(REVIEWED, "{ \"format\" : \"offerbench\", \"vers");
            assertThat(ReviewMode.sinceLastReview(db)).isInstanceOfSatisfying(SinceLastReview.Unreadable.class,
                    u -> assertThat(u.reason()).contains("not valid JSON"));

            String withoutIds = ReviewMode.markReviewed(db, REVIEWED).snapshot().replaceAll("\"review\\.snapshot\\.offer_ids\" : \"[^\"]*\"", "");
            db.reviewMarks().add(REVIEWED.plusSeconds(1), withoutIds);
            assertThat(ReviewMode.sinceLastReview(db)).isInstanceOfSatisfying(SinceLastReview.Unreadable.class,
                    u -> assertThat(u.reason()).contains("does not say which offers it holds"));
        }
    }

    private static SinceLastReview.Changes changes(Database db) {
        SinceLastReview state = ReviewMode.sinceLastReview(db);
        assertThat(state).isInstanceOf(SinceLastReview.Changes.class);
        return (SinceLastReview.Changes) state;
    }

    private static ReviewComment comment(Offer offer, String author, io.offerbench.domain.ReviewRole role, String body, String at) {
        return new ReviewComment(0, offer.id(), author, role, body, Instant.parse(at));
    }

    /** The store's write counter: it grows by one per write transaction that changed anything. */
    private static long generation(Database db) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM store_meta WHERE key = 'generation'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Long.parseLong(rs.getString(1));
            }
        });
    }
}
