package io.offerbench.ui.review;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferChanges;
import io.offerbench.review.ReviewMode;
import io.offerbench.review.SinceLastReview;
import io.offerbench.store.Database;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.session.OfferBook;
import io.offerbench.ui.session.StatusLine;
import io.offerbench.ui.common.Messages;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;

/**
 * Review mode for the window: what changed since the last review, kept current as offers are saved
 * and comments written, for the offers tab's banner and its "changed" markers; and marking the
 * comparison as reviewed. Every look runs through {@link BackgroundWork} on the database lane.
 * Banner looks coalesce: while one is running, further requests collapse into one more afterwards.
 */
public final class ReviewViewModel {

    private final OfferBook offers;
    private final StatusLine status;
    private final BackgroundWork work;
    private final Database database;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<SinceLastReview> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Map<Long, OfferChanges.Kind>> markedOffers = new ReadOnlyObjectWrapper<>(Map.of());
    private boolean looking;
    private boolean lookAgain;

    public ReviewViewModel(OfferBook offers, StatusLine status, BackgroundWork work, Database database, Clock clock) {
        this.offers = offers;
        this.status = status;
        this.work = work;
        this.database = database;
        this.clock = clock;
        // Offers reach this list only after the database accepted them, so a look then sees the edit.
        offers.offers().addListener((ListChangeListener<Offer>) c -> refresh());
    }

    /** The latest known state; null until the first look has finished. */
    public ReadOnlyObjectProperty<SinceLastReview> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Last reviewed 20 Nov 2026 14:05 — 2 offers changed, 3 new comments". */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The banner's link text ("Show changes"), empty when there is nothing to show. */
    public ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    /** Offers that are new or changed since the review, by id. */
    public ReadOnlyObjectProperty<Map<Long, OfferChanges.Kind>> markedOffersProperty() {
        return markedOffers.getReadOnlyProperty();
    }

    /** Looks again in the background: after an edit, a comment, an import or a restore. */
    public void refresh() {
        if (looking) {
            lookAgain = true;
            return;
        }
        looking = true;
        // Unscored: this runs after every save, and the banner only counts changes.
        work.run(() -> ReviewMode.sinceLastReviewUnscored(database), this::looked, failure -> {
            // A look runs after every save: a failure must not pop up a dialog each time.
            banner.set(Messages.get("review.mode.banner.failed", failure.getMessage()));
            link.set("");
            finished();
        });
    }

    /**
     * Looks now, scores included, and hands the result over: for the changes dialog. It runs on the
     * same thread as saves, after any already queued, so it includes what was just typed.
     */
    public void lookNow(Consumer<SinceLastReview> then) {
        work.run(() -> ReviewMode.sinceLastReview(database), then,
                failure -> status.setStatus(Messages.get("review.mode.banner.failed", failure.getMessage())));
    }

    /** Marks the comparison as reviewed now. Cheap and only adds a row, so it asks no confirmation. */
    public void markReviewed() {
        Instant now = clock.instant();
        status.setStatus(Messages.get("review.mode.marking"));
        work.run(() -> ReviewMode.markReviewed(database, now), mark -> {
            status.setStatus(Messages.get("review.mode.marked", ReviewTexts.when(mark.reviewedAt(), clock.getZone())));
            refresh();
        });
    }

    private void looked(SinceLastReview now) {
        state.set(now);
        show(now); // also when equal to the last state: the banner may show a failure since
        finished();
    }

    private void finished() {
        looking = false;
        if (lookAgain) {
            lookAgain = false;
            refresh();
        }
    }

    private void show(SinceLastReview now) {
        // Advice on reviewing means nothing before there is anything to review: a new user sees an empty table.
        boolean nothingYet = now instanceof SinceLastReview.NotReviewed && offers.offers().isEmpty();
        banner.set(nothingYet ? "" : ReviewTexts.banner(now, clock.getZone()));
        if (now instanceof SinceLastReview.Changes c) {
            link.set(Messages.get("review.mode.showChanges"));
            markedOffers.set(Map.copyOf(c.markedOffers()));
        } else {
            link.set(now instanceof SinceLastReview.Unreadable ? Messages.get("review.mode.showDetails") : "");
            markedOffers.set(Map.of());
        }
    }
}
