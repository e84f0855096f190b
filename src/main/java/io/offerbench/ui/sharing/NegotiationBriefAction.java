package io.offerbench.ui.sharing;

import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.ScoringContext;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.session.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * File > Negotiation brief…: an email draft to the recruiter for the chosen offer, under the ranking on
 * screen (the weights as the sliders stand), editable, saved as Markdown where the user chooses.
 */
public final class NegotiationBriefAction {

    private final Workspace workspace;
    private final Window owner;
    private final FilePicker files;
    private final Consumer<Path> openFile;
    private final Clock clock;

    /** @param openFile shows a saved brief in the system's viewer (the platform's "open document") */
    public NegotiationBriefAction(Workspace workspace, Window owner, FilePicker files, Consumer<Path> openFile, Clock clock) {
        this.workspace = workspace;
        this.owner = owner;
        this.files = files;
        this.openFile = openFile;
        this.clock = clock;
    }

    public void start() {
        Ranking ranking = workspace.scoring().rankingProperty().get();
        ScoringContext context = workspace.scoring().contextProperty().get();
        if (ranking == null || context == null || ranking.scores().isEmpty()) {
            Dialogs.info(owner, Messages.get("brief.dialog.title"), Messages.get("brief.dialog.noOffers"));
            return;
        }
        NegotiationBriefViewModel model = new NegotiationBriefViewModel(ranking, context, clock, workspace.work().tasks());
        model.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                workspace.setStatus(now);
            }
        });
        NegotiationBriefDialog.show(owner, model, name -> files.save(owner, FilePicker.Kind.BRIEF, name), openFile);
    }
}
