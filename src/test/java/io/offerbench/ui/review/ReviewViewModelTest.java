package io.offerbench.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferChanges;
import io.offerbench.review.SinceLastReview;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.session.SessionFixture;
import io.offerbench.ui.session.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review mode's banner without a window, on the same-thread tasks: before a review it invites one (but says
 * nothing to a new user with no offers); after "mark as reviewed" an edit and a new offer are counted and marked
 * as they are saved, and the mark is in the file.
 */
class ReviewViewModelTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static ReviewViewModel model(SessionFixture session) {
        Workspace w = session.workspace();
        return new ReviewViewModel(w, w, w.work(), session.database(), NOON);
    }

    @Test
    void anEmptyComparisonShowsNoBannerAndOneWithOffersInvitesAReview() throws Exception {
        try (SessionFixture empty = new SessionFixture(java.nio.file.Files.createDirectories(dir.resolve("empty")))) {
            ReviewViewModel review = model(empty);
            review.refresh();
            assertThat(review.stateProperty().get()).isInstanceOf(SinceLastReview.NotReviewed.class);
            assertThat(review.bannerProperty().get()).isEmpty();
        }
        SampleDatabase.create(dir.resolve("offers.db"));
        try (SessionFixture session = new SessionFixture(dir)) {
            session.workspace().offers().setAll(session.database().offers().findAll());
            ReviewViewModel review = model(session);
            review.refresh();
            assertThat(review.bannerProperty().get()).startsWith("Not reviewed yet.");
            assertThat(review.linkProperty().get()).isEmpty();
            assertThat(review.markedOffersProperty().get()).isEmpty();
            assertThat(session.failures()).isEmpty();
        }
    }

    @Test
    void afterTheReviewAnEditAndANewOfferAreMarkedAsTheyAreSaved() throws Exception {
        SampleDatabase.create(dir.resolve("offers.db"));
        try (SessionFixture session = new SessionFixture(dir)) {
            Workspace w = session.workspace();
            w.offers().setAll(session.database().offers().findAll());
            ReviewViewModel review = model(session); // follows the offers list from here on
            review.markReviewed();
            assertThat(w.status().get()).startsWith("Marked as reviewed at ");
            assertThat(review.bannerProperty().get()).contains("no changes since");
            assertThat(session.database().reviewMarks().latest()).isPresent();

            Offer first = w.offers().get(0);
            w.save(first.toBuilder().notes("Raised the sign-on in the second call.").build(), saved -> { });
            Offer added = w.offers().get(1).toBuilder().id(0).company("Nimbus Labs").build();
            w.save(added, saved -> { });

            Map<Long, OfferChanges.Kind> marked = review.markedOffersProperty().get();
            assertThat(marked).containsEntry(first.id(), OfferChanges.Kind.CHANGED);
            assertThat(marked).containsValue(OfferChanges.Kind.ADDED).hasSize(2);
            assertThat(review.linkProperty().get()).isEqualTo("Show changes");
            assertThat(review.bannerProperty().get()).startsWith("Last reviewed ");
            assertThat(session.failures()).isEmpty();
        }
    }
}
