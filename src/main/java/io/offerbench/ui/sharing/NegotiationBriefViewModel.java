package io.offerbench.ui.sharing;

import io.offerbench.exchange.negotiation.BriefFile;
import io.offerbench.exchange.negotiation.NegotiationBrief;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.tasks.Lane;
import io.offerbench.ui.tasks.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File > Negotiation brief…: the offer chosen, its brief as editable Markdown (the very text
 * {@code brief --offer NAME FILE.md} writes for the same weights), and saving exactly what the user
 * left in the editor. The brief is composed on the compute lane (it rescores the offer a few dozen
 * times) and written on the I/O lane; a brief for an offer no longer chosen is dropped.
 */
public final class NegotiationBriefViewModel {

    private final Ranking ranking;
    private final ScoringContext context;
    private final Clock clock;
    private final Tasks tasks;
    private final ObjectProperty<OfferScore> chosen = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty composing = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private long generation;

    public NegotiationBriefViewModel(Ranking ranking, ScoringContext context, Clock clock, Tasks tasks) {
        this.ranking = ranking;
        this.context = context;
        this.clock = clock;
        this.tasks = tasks;
        chosen.addListener((o, was, now) -> compose(now));
    }

    /** The offers in rank order, as the Ranking tab lists them. */
    public List<OfferScore> offers() {
        return ranking.scores();
    }

    /** The first offer that does not lead (the one a brief is usually for), else the leader. */
    public OfferScore firstChoice() {
        List<OfferScore> scores = ranking.scores();
        return scores.stream().filter(s -> s.rank() > 1).findFirst().orElse(scores.isEmpty() ? null : scores.get(0));
    }

    public ObjectProperty<OfferScore> chosenProperty() {
        return chosen;
    }

    /** The brief as the user is editing it. */
    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty composingProperty() {
        return composing;
    }

    /** What happened last: "Saved to …" or why it could not be saved. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String suggestedFileName() {
        OfferScore s = chosen.get();
        return BriefFile.suggestedName(s == null ? "" : s.offer().company());
    }

    private void compose(OfferScore offer) {
        long mine = ++generation;
        message.set("");
        if (offer == null) {
            text.set("");
            return;
        }
        composing.set(true);
        LocalDate today = LocalDate.now(clock);
        tasks.run(Lane.COMPUTE, () -> NegotiationBrief.write(offer, ranking, context, today), brief -> {
            if (mine == generation) {
                composing.set(false);
                text.set(brief);
            }
        }, failure -> {
            if (mine == generation) {
                composing.set(false);
                text.set("");
                message.set(Messages.get("brief.dialog.composeFailed", offer.offer().label()));
            }
        });
    }

    /** Writes the editor's text, as it stands, to {@code file}; {@code onSaved} runs on the FX thread once it is in place. */
    public void save(Path file, Consumer<Path> onSaved) {
        String markdown = text.get();
        tasks.run(Lane.IO, () -> {
            BriefFile.write(file, markdown);
            return file;
        }, written -> {
            message.set(Messages.get("brief.dialog.saved", written.toString()));
            onSaved.accept(written);
        }, failure -> message.set(Messages.get("brief.dialog.saveFailed", file.getFileName().toString(), reason(failure))));
    }

    /** Why a write failed, in the user's words, not the library's. */
    private static String reason(Throwable failure) {
        if (failure instanceof java.nio.file.NoSuchFileException) {
            return Messages.get("brief.problem.noFolder");
        }
        if (failure instanceof java.nio.file.AccessDeniedException) {
            return Messages.get("brief.problem.denied");
        }
        return Messages.get("brief.problem.other");
    }
}
