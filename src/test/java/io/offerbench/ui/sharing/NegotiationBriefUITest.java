package io.offerbench.ui.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.cli.Cli;
import io.offerbench.domain.Offer;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.AppUITest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * File > Negotiation brief…: the draft shown is the one {@code brief --offer} writes, the user's edits
 * are what gets saved (as .md, where they chose), and no note reaches it.
 */
class NegotiationBriefUITest extends AppUITest {

    private final SharingMenuUITest.QueuedPicker picker = new SharingMenuUITest.QueuedPicker();

    @Test
    void theBriefShownIsTheCommandLinesAndTheEditedTextIsSaved() throws Exception {
        Path db = dir.resolve("sample.db");
        List<Offer> offers = SampleDatabase.create(db);
        Path twin = dir.resolve("twin.db"); // the window holds its database's lock: the command line reads a copy
        Files.copy(db, twin);
        app.start(db, picker);

        app.interact(() -> fileMenuItem("briefItem").fire());
        app.waitUntil(() -> dialogShowing() && !app.node("#briefText", TextArea.class).getText().isEmpty());
        TextArea text = app.node("#briefText", TextArea.class);
        @SuppressWarnings("unchecked")
        ComboBox<io.offerbench.scoring.OfferScore> offer = app.node("#briefOffer", ComboBox.class);
        Offer chosen = offer.getValue().offer();
        assertThat(offer.getValue().rank()).as("the first offer that does not lead").isGreaterThan(1);

        // The same words as the command line's brief for the same offer and weights.
        Path cliFile = dir.resolve("cli.md");
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Cli.run(new String[] {"brief", "--db", twin.toString(), "--offer", chosen.label(), cliFile.toString()},
                new java.io.PrintWriter(new java.io.StringWriter(), true), new java.io.PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        assertThat(text.getText()).isEqualTo(Files.readString(cliFile, StandardCharsets.UTF_8));
        offers.stream().filter(o -> !o.notes().isBlank()).forEach(o -> assertThat(text.getText()).doesNotContain(o.notes()));

        String edited = text.getText().replace("[Your name]", "Sam Lee");
        app.interact(() -> text.setText(edited));
        picker.answers.add(dir.resolve("to-recruiter")); // typed without an extension: Markdown
        app.interact(() -> app.node("#briefSave", Button.class).fire());
        Path saved = dir.resolve("to-recruiter.md");
        app.waitUntil(() -> Files.exists(saved) && app.node("#briefOpen", Hyperlink.class).isVisible());
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).isEqualTo(edited).contains("Sam Lee");
        assertThat(app.node("#statusMessage", javafx.scene.control.Label.class).getText()).contains(saved.toString());

        // Another offer: its own brief replaces the draft.
        io.offerbench.scoring.OfferScore other = offer.getItems().stream().filter(s -> s.offer() != chosen).findFirst().orElseThrow();
        app.interact(() -> offer.setValue(other));
        app.waitUntil(() -> text.getText().startsWith("# Negotiation brief: " + other.offer().label()));
    }

    private MenuItem fileMenuItem(String id) {
        MenuBar bar = app.node("#menuBar", MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static boolean dialogShowing() {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene().lookup("#briefDialog") != null);
    }
}
