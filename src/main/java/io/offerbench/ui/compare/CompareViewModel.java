package io.offerbench.ui.compare;

import io.offerbench.charts.ComparedOffers;
import io.offerbench.charts.OfferPalette;
import io.offerbench.charts.PayBasis;
import io.offerbench.domain.Offer;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.ui.common.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The compare screen's state: which offers are ticked (2 to 8; the first five by default), the
 * message when too few or too many are, and the compared offers' scores from the live ranking, in the
 * order the offers are listed, so each keeps its colour while ranks change.
 */
public final class CompareViewModel {

    public static final int MIN = 2;
    public static final int MAX = 8;
    public static final int DEFAULT_CHOSEN = 5;

    private final ScoringModel scoring;
    private final ObservableList<OfferChoice> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selectionMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ComparedOffers> compared = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FigureRow> figures = FXCollections.observableArrayList();
    private final ObjectProperty<PayBasis> payBasis = new SimpleObjectProperty<>(PayBasis.YEAR_1);
    private final BooleanProperty showing = new SimpleBooleanProperty(true);
    private boolean offersChanged;
    private boolean rankingChanged;

    public CompareViewModel(ObservableList<Offer> offers, ScoringModel scoring) {
        this.scoring = scoring;
        // While the screen is hidden, changes are only noted; it catches up once, when shown again.
        offers.addListener((ListChangeListener<Offer>) c -> {
            offersChanged = true;
            catchUp(offers);
        });
        scoring.rankingsProperty().addListener((o, a, b) -> {
            rankingChanged = true;
            catchUp(offers);
        });
        showing.addListener((o, was, now) -> catchUp(offers));
        syncChoices(offers);
    }

    /** Whether the screen is on view; while it is not, nothing is rebuilt (default: showing). */
    public BooleanProperty showingProperty() {
        return showing;
    }

    private void catchUp(List<Offer> offers) {
        if (!showing.get()) {
            return;
        }
        if (offersChanged) {
            offersChanged = false;
            rankingChanged = false;
            syncChoices(offers); // refreshes too
        } else if (rankingChanged) {
            rankingChanged = false;
            refresh();
        }
    }

    public ObservableList<OfferChoice> choices() {
        return choices;
    }

    public ReadOnlyStringProperty selectionMessageProperty() {
        return selectionMessage.getReadOnlyProperty();
    }

    /** The offers to chart, or null when fewer than two or more than eight are ticked or no scores exist yet. */
    public ReadOnlyObjectProperty<ComparedOffers> comparedProperty() {
        return compared.getReadOnlyProperty();
    }

    public ObservableList<FigureRow> figures() {
        return figures;
    }

    public ObjectProperty<PayBasis> payBasisProperty() {
        return payBasis;
    }

    /** Keeps ticks by offer id across edits; offers added later are ticked while fewer than five are. */
    private void syncChoices(List<Offer> offers) {
        boolean first = choices.isEmpty();
        Map<Long, Boolean> ticked = new HashMap<>();
        choices.forEach(c -> ticked.put(c.offer().id(), c.isChosen()));
        Set<Long> listed = new HashSet<>();
        offers.forEach(o -> listed.add(o.id()));
        long count = choices.stream().filter(OfferChoice::isChosen).filter(c -> listed.contains(c.offer().id())).count();
        List<OfferChoice> next = new ArrayList<>();
        for (Offer o : offers) {
            Boolean was = ticked.get(o.id());
            boolean chosen = was != null ? was : (first ? next.size() < DEFAULT_CHOSEN : count < DEFAULT_CHOSEN);
            if (was == null && chosen && !first) {
                count++;
            }
            OfferChoice choice = new OfferChoice(o, chosen);
            choice.chosenProperty().addListener((obs, a, b) -> refresh());
            next.add(choice);
        }
        choices.setAll(next);
        refresh();
    }

    private void refresh() {
        List<Offer> chosen = choices.stream().filter(OfferChoice::isChosen).map(OfferChoice::offer).toList();
        if (choices.isEmpty()) {
            selectionMessage.set(Messages.get("compare.none"));
        } else if (chosen.size() < MIN) {
            selectionMessage.set(Messages.get("compare.tooFew", MIN, chosen.size()));
        } else if (chosen.size() > MAX) {
            selectionMessage.set(Messages.get("compare.tooMany", MAX, chosen.size()));
        } else {
            selectionMessage.set("");
        }
        Ranking ranking = scoring.rankingProperty().get();
        ComparedOffers next = selectionMessage.get().isEmpty() && ranking != null ? compare(ranking, chosen, allIds()) : null;
        compared.set(next);
        figures.setAll(next == null ? List.of() : KeyFigures.of(next));
    }

    private List<Long> allIds() {
        return choices.stream().map(c -> c.offer().id()).toList();
    }

    /**
     * The chosen offers' scores in list order, each coloured by its place among {@code all} the offers; null while
     * the ranking does not yet include every chosen offer.
     */
    static ComparedOffers compare(Ranking ranking, List<Offer> chosen, List<Long> all) {
        Map<Long, OfferScore> byId = new HashMap<>();
        ranking.scores().forEach(x -> byId.put(x.offer().id(), x));
        List<OfferScore> scores = new ArrayList<>();
        for (Offer o : chosen) {
            OfferScore s = byId.get(o.id());
            if (s == null) {
                return null;
            }
            scores.add(s);
        }
        List<Integer> colours = OfferPalette.slots(all, chosen.stream().map(Offer::id).toList());
        return new ComparedOffers(scores, scores.get(0).currency(), io.offerbench.text.ProfileNames.of(ranking.weights()), colours);
    }

    /** The palette slot of a ticked offer ({@link OfferPalette}: the colour it has in the charts and the report), or -1. */
    public int slotOf(Offer offer) {
        List<Long> ticked = choices.stream().filter(OfferChoice::isChosen).map(c -> c.offer().id()).toList();
        int place = ticked.indexOf(offer.id());
        return place < 0 ? -1 : OfferPalette.slots(allIds(), ticked).get(place);
    }
}
