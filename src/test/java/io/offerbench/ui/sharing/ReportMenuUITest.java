package io.offerbench.ui.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.offerbench.domain.Criterion;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.ui.AppUITest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * File > Report for the meeting: the report is written in the background with the weights on
 * screen, the user is told where it is, and the file holds every offer.
 */
class ReportMenuUITest extends AppUITest {

    private static final List<String> COMPANIES = List.of("Helix AI", "Northwind Research", "Kestrel Capital",
            "State University", "Hangzhou AI Lab");

    private final SharingMenuUITest.QueuedPicker picker = new SharingMenuUITest.QueuedPicker();

    @Test
    void pdfReportOfEveryOfferFromTheFileMenu() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.create(db);
        app.start(db, picker);

        picker.answers.add(dir.resolve("meeting")); // typed without an extension: a PDF
        menuReport();
        DialogPane written = writtenDialog();
        Path pdf = dir.resolve("meeting.pdf");
        assertThat(written.getContentText()).contains("5 offers").contains(pdf.toString());
        assertThat(app.node("#statusMessage", Label.class).getText()).isEqualTo("Wrote the report of 5 offers to meeting.pdf.");
        close(written);

        PdfReader reader = new PdfReader(pdf.toString());
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            String all = text.toString().replaceAll("\\s+", " ");
            COMPANIES.forEach(company -> assertThat(all).contains(company));
        } finally {
            reader.close();
        }
    }

    @Test
    void htmlReportUsesTheWeightsOnScreenEvenUnsaved() throws Exception {
        Path db = dir.resolve("sample.db");
        SampleDatabase.create(db);
        app.start(db, picker);
        app.interact(() -> app.node("#tabs", TabPane.class).getSelectionModel().select(1));
        Slider freedom = app.node("#weight-" + Criterion.RESEARCH_FREEDOM.code(), Slider.class);
        app.interact(() -> freedom.setValue(100));
        app.waitUntil(() -> app.node("#weightsMessage", Label.class).getText().contains("not saved"));

        Path html = dir.resolve("meeting.html");
        picker.answers.add(html);
        menuReport();
        close(writtenDialog());

        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("Balanced (edited)");
        COMPANIES.forEach(company -> assertThat(page).contains(company));
        assertThat(page.split("<svg", -1)).as("five inline charts and the rank-acceptability chart").hasSize(7);
    }

    private void menuReport() {
        app.clickOn("File");
        app.clickOn("Report for the advisor meeting\u2026");
    }

    private DialogPane writtenDialog() throws Exception {
        app.waitUntil(() -> dialog().isPresent());
        return dialog().orElseThrow();
    }

    private java.util.Optional<DialogPane> dialog() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane d && "Report written".equals(d.getHeaderText()))
                .map(DialogPane.class::cast).findFirst();
    }

    private void close(DialogPane pane) {
        app.interact(() -> pane.getScene().getWindow().hide());
    }
}
