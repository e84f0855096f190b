package io.offerbench.ui.session;

import io.offerbench.app.LeftOutOffer;
import io.offerbench.app.ScoringInputs;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoredOffers;
import io.offerbench.ui.common.Messages;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.common.ThemeSwitch;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What every screen shares once a database is open: the offers as an observable list (updated only
 * on the FX thread, after the database has accepted a change), the background runner, the status
 * line, the scoring session, the undo history and the window's clock. Screens change data through the
 * methods here, so the list and the file never disagree. A view model that needs only part of it is
 * handed that part: {@link OfferBook} (the offers), {@link StatusLine}, {@link ScoringModel} (the scoring
 * session), {@link WindowSettings}.
 */
public final class Workspace implements OfferBook, StatusLine {

    private final Database database;
    private final BackgroundWork work;
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final UndoHistory history = new UndoHistory();
    private ScoringModel scoring;
    private final BooleanProperty dark;
    private final Clock clock;

    public Workspace(Database database, BackgroundWork work, Clock clock) {
        this(database, work, null, clock);
    }

    /**
     * @param theme the window's light/dark switch; null (tests of one screen) means always light
     * @param clock the one clock of the window (made by {@code App}): today's date, timestamps, file names
     */
    public Workspace(Database database, BackgroundWork work, ThemeSwitch theme, Clock clock) {
        this.database = database;
        this.work = work;
        this.dark = theme == null ? new SimpleBooleanProperty(false) : theme.darkProperty();
        this.clock = clock;
    }

    /** The window's clock: every "now" and "today" in the GUI is read from it, so tests can fix the date. */
    public Clock clock() {
        return clock;
    }

    /** True while the dark theme is on: charts, drawn outside CSS, follow it. */
    public ReadOnlyBooleanProperty darkTheme() {
        return dark;
    }

    public Database database() {
        return database;
    }

    public BackgroundWork work() {
        return work;
    }

    /** Live scores shared by the ranking, compare and report screens (created on first use). */
    public ScoringModel scoring() {
        if (scoring == null) {
            scoring = new ScoringModel(this, this, work, database);
            if (!startupInputsComing) {
                scoring.inputsChanged();
            }
        }
        return scoring;
    }

    /** Set by {@link #awaitStartupInputs()} until {@code show} hands over what start-up read. */
    private boolean startupInputsComing;

    /**
     * Start-up has read the scoring inputs already and will hand them to {@code show}: a screen built before that
     * (the offers table follows the ranking) makes the scoring model without reading them a second time.
     */
    public void awaitStartupInputs() {
        startupInputsComing = true;
    }

    /** Edit > Undo and Redo: the changes made to this database in this window. */
    public UndoHistory history() {
        return history;
    }

    /**
     * Benchmarks, rates, estimates, settings or profiles were written: the scores read them again.
     * Every writer of those tables calls this when its write is done (no screen reloads them by itself).
     */
    public void scoringInputsChanged() {
        scoring().inputsChanged();
    }

    @Override
    public ObservableList<Offer> offers() {
        return offers;
    }

    @Override
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    @Override
    public void setStatus(String text) {
        status.set(text);
    }

    @Override
    public void reloadOffers(Runnable then) {
        work.run(() -> database.offers().loadAll(), loaded -> {
            offers.setAll(loaded.offers());
            then.run();
            showLeftOut(loaded.damaged().stream().map(LeftOutOffer::of).toList());
        });
    }

    /**
     * Shows what start-up read and ranked while the window was being built: the offers at once, and
     * the scores from {@code first} without computing them again (see {@link ScoringModel#start}).
     */
    public void show(ScoringInputs inputs, ScoredOffers scored, Ranking first, Runnable then) {
        offers.setAll(inputs.offers());
        startupInputsComing = false;
        if (scoring == null) {
            scoring = new ScoringModel(this, this, work, database);
        }
        // A screen built before this (the offers table follows the ranking) may have made the model: without
        // awaitStartupInputs it asked for its inputs, which arrive equal to these and rank nothing again.
        scoring.start(inputs, scored, first);
        then.run();
        showLeftOut(inputs.leftOut());
    }

    /**
     * Shows what start-up read while its ranking is still computed: the offers at once (then {@code then} runs), the
     * scores as soon as {@code ranked} is done (see {@link ScoringModel#start(ScoringInputs, java.util.concurrent.CompletionStage)}).
     */
    public void show(ScoringInputs inputs, java.util.concurrent.CompletionStage<ScoringModel.StartRanking> ranked, Runnable then) {
        offers.setAll(inputs.offers());
        startupInputsComing = false;
        if (scoring == null) {
            scoring = new ScoringModel(this, this, work, database);
        }
        scoring.start(inputs, ranked);
        then.run();
        showLeftOut(inputs.leftOut());
    }

    /** An offer whose stored data cannot be read is left out rather than hiding every offer: say which and why. */
    private void showLeftOut(List<LeftOutOffer> leftOut) {
        if (!leftOut.isEmpty()) {
            setStatus(leftOut.get(0).sentence() + (leftOut.size() > 1 ? " " + Messages.get("leftOut.more", leftOut.size() - 1) : ""));
        }
    }

    @Override
    public void save(Offer offer, Consumer<Offer> onSaved) {
        work.run(() -> database.offers().save(offer), saved -> {
            replaceOrAdd(saved);
            onSaved.accept(saved);
        });
    }

    @Override
    public void delete(Offer offer, Runnable onDeleted) {
        work.run(() -> {
            database.offers().delete(offer.id());
            return offer;
        }, deleted -> {
            offers.removeIf(o -> o.id() == deleted.id());
            onDeleted.run();
        });
    }

    @Override
    public void addAll(List<Offer> saved) {
        saved.forEach(this::replaceOrAdd);
    }

    private void replaceOrAdd(Offer saved) {
        for (int i = 0; i < offers.size(); i++) {
            if (offers.get(i).id() == saved.id()) {
                offers.set(i, saved);
                return;
            }
        }
        offers.add(saved);
    }
}
