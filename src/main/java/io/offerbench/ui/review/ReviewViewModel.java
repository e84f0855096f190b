package io.offerbench.ui.review;

import io.offerbench.domain.Offer;
import io.offerbench.domain.OfferChanges;
import io.offerbench.review.ReviewMode;
import io.offerbench.review.SinceLastReview;
import io.offerbench.ui.Workspace;
import io.offerbench.ui.common.Messages;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * comparison as reviewed. All database and scoring work runs on the workspace's background thread.
 * Looks coalesce: while one is running, further requests collapse into one more look afterwards.
 */
public final class ReviewViewModel {

    private final Workspace workspace;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<SinceLastReview> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Map<Long, OfferChanges.Kind>> markedOffers = new ReadOnlyObjectWrapper<>(Map.of());
    private final List<Consumer<SinceLastReview>> waiting = new ArrayList<>();
    private boolean looking;
    private boolean lookAgain;

    public ReviewViewModel(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        // Offers reach this list only after the database accepted them, so a look then sees the edit.
        workspace.offers().addListener((ListChangeListener<Offer>) c -> refresh());
        state.addListener((o, before, now) -> show(now));
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
        workspace.work().run(() -> ReviewMode.sinceLastReview(workspace.database()), this::looked, failure -> {
            // A look runs after every save: a failure must not pop up a dialog each time.
            String text = Messages.get("review.mode.banner.failed", failure.getMessage());
            banner.set(text);
            link.set("");
            if (!waiting.isEmpty()) {
                waiting.clear(); // the user asked for the changes: say why there are none to show
                workspace.setStatus(text);
            }
            finished();
        });
    }

    /** Looks now (after any queued saves, since they share the thread), then hands the fresh state over: for the dialog. */
    public void lookNow(Consumer<SinceLastReview> then) {
        waiting.add(then);
        if (looking) {
            lookAgain = true;
        } else {
            refresh();
        }
    }

    /** Marks the comparison as reviewed now. Cheap and only adds a row, so it asks no confirmation. */
    public void markReviewed() {
        Instant now = clock.instant();
        workspace.setStatus(Messages.get("review.mode.marking"));
        workspace.work().run(() -> ReviewMode.markReviewed(workspace.database(), now), mark -> {
            workspace.setStatus(Messages.get("review.mode.marked", ReviewTexts.when(mark.reviewedAt(), clock.getZone())));
            refresh();
        });
    }

    private void looked(SinceLastReview now) {
        state.set(now);
        // Waiting callers get a state that includes every change queued before they asked.
        List<Consumer<SinceLastReview>> ready = lookAgain ? List.of() : List.copyOf(waiting);
        waiting.removeAll(ready);
        finished(); // before handing over: a caller may open a modal dialog, and looks must go on meanwhile
        ready.forEach(c -> c.accept(now));
    }

    private void finished() {
        looking = false;
        if (lookAgain) {
            lookAgain = false;
            refresh();
        }
    }

    private void show(SinceLastReview now) {
        banner.set(ReviewTexts.banner(now, clock.getZone()));
        if (now instanceof SinceLastReview.Changes c) {
            link.set(Messages.get("review.mode.showChanges"));
            markedOffers.set(Map.copyOf(c.markedOffers()));
        } else {
            link.set(now instanceof SinceLastReview.Unreadable ? Messages.get("review.mode.showDetails") : "");
            markedOffers.set(Map.of());
        }
    }
}
