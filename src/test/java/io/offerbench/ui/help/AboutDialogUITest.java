package io.offerbench.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.ui.AppUITest;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;

/** Help > About names the version, the five source documents (outlet, title, date) and the libraries' licences. */
class AboutDialogUITest extends AppUITest {

    @Test
    void aboutShowsVersionSourcesAndLicences() throws Exception {
        app.start(dir.resolve("empty.db"));
        app.clickOn("Help");
        app.clickOn("About OfferBench");
        app.waitUntil(() -> app.lookup(".about-dialog").tryQuery().isPresent());
        DialogPane about = app.lookup(".about-dialog").queryAs(DialogPane.class);

        List<String> texts = about.lookupAll(".label").stream().map(n -> ((Label) n).getText()).collect(Collectors.toList());
        String all = String.join("\n", texts);
        assertThat(texts).contains("OfferBench " + System.getProperty("offerbench.version", "0.1.0"));
        assertThat(all).contains("Semafor (Louise Matsakis)", "Inside the hottest event for recruiting AI talent", "15 December 2023")
                .contains("Interconnects (Nathan Lambert)", "11 October 2023")
                .contains("The Verge (Alex Heath)", "The AI Talent Wars Are Just Getting Started", "20 December 2024")
                .contains("Kyunghyun Cho", "Bloomberg Opinion via Mint", "China could yet trump the US")
                .contains("OpenJFX (JavaFX) — GPL 2.0 with the Classpath Exception", "JFreeSVG — GPL 3.0", "SQLite JDBC");
        assertThat(about.lookup(".image-view")).isInstanceOfSatisfying(ImageView.class, icon -> assertThat(icon.getImage().getWidth()).isEqualTo(64));
        app.interact(() -> about.getScene().getWindow().hide());
    }
}
