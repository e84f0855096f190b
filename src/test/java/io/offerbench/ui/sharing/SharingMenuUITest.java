package io.offerbench.ui.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.exchange.DatasetInstaller;
import io.offerbench.exchange.ExchangeFiles;
import io.offerbench.exchange.OfferCsvImporter;
import io.offerbench.store.Database;
import io.offerbench.ui.AppDriver;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the File menu of the real window: import a CSV (warnings shown, offers in the table),
 * a refused CSV (problems listed, nothing added), export the comparison and merge it back; and open
 * a comparison separately, which reopens the window on a new database file.
 */
class SharingMenuUITest {

    @TempDir
    Path dir;

    private final AppDriver app = new AppDriver();
    private final QueuedPicker picker = new QueuedPicker();

    /** Answers each file dialog with the next path the test queued, as the user would pick it. */
    static final class QueuedPicker implements FilePicker {
        final Deque<Path> answers = new ArrayDeque<>();

        @Override
        public Optional<Path> open(Window owner, Kind kind) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> save(Window owner, Kind kind, String suggestedName) {
            return Optional.ofNullable(answers.poll());
        }
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void csvImportedThroughTheFileMenuAppearsInTheTable() throws Exception {
        app.start(dir.resolve("offers.db"), picker);
        TableView<?> table = app.node("#table", TableView.class);
        assertThat(table.getItems()).isEmpty();

        Path csv = dir.resolve("offers.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("docs/import-template.csv"), StandardCharsets.UTF_8));
        lines.replaceAll(line -> line + (line.startsWith("company,") ? ",salary_note" : ",firm"));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        picker.answers.add(csv);
        menu("Import offers from CSV\u2026");
        TextArea warnings = dialogText();
        assertThat(warnings.getText()).isEqualTo("line 1, column 'salary_note': unknown column 'salary_note' ignored");
        app.clickOn("OK");
        app.waitUntil(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(o -> ((Offer) o).company())
                .containsExactly("Example Frontier Lab", "State University", "Example Beijing Lab");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "company,currency,base_salary,offer_type\nA,USD,100000,other\nB,USD,100000,startup\n",
                StandardCharsets.UTF_8);
        picker.answers.add(bad);
        menu("Import offers from CSV\u2026");
        TextArea problems = dialogText();
        assertThat(problems.getText()).startsWith("line 3, column 'offer_type': offer_type must be one of frontier_lab");
        assertThat(app.lookup("bad.csv was not imported, and nothing of it was saved. Fix the problem below (line 1 is the header)"
                + " and import it again.").tryQuery()).isPresent();
        app.clickOn("OK");
        assertThat(table.getItems()).as("nothing of a refused file is added").hasSize(3);

        Path json = dir.resolve("mine.offerbench.json");
        picker.answers.add(json);
        menu("Export comparison\u2026");
        app.waitUntil(() -> Files.exists(json));
        assertThat(Files.readString(json)).contains("\"format\" : \"offerbench\"", "\"company\" : \"State University\"");

        picker.answers.add(json);
        menu("Import comparison\u2026");
        app.waitUntil(() -> app.lookup("Merge into my offers").tryQuery().isPresent());
        app.clickOn("Merge into my offers");
        app.waitUntil(() -> app.lookup("Imported 0 offers from mine.offerbench.json; 3 offers were already here.").tryQuery().isPresent());
        app.clickOn("OK");
        assertThat(table.getItems()).as("re-importing one's own file changes nothing").hasSize(3);

        picker.answers.add(json);
        menu("Import comparison\u2026");
        app.waitUntil(() -> app.lookup("Add as copies").tryQuery().isPresent());
        app.clickOn("Add as copies");
        app.waitUntil(() -> table.getItems().size() == 6);
        app.waitUntil(() -> app.lookup("Imported 3 offers from mine.offerbench.json.").tryQuery().isPresent());
        app.clickOn("OK");

        app.stop(); // the file is the truth: the table could show what the database never took
        try (io.offerbench.store.Database db = io.offerbench.store.Database.open(dir.resolve("offers.db"), Clock.systemDefaultZone())) {
            assertThat(db.offers().findAll()).as("nothing of the refused file is in the database").hasSize(6)
                    .extracting(Offer::company).doesNotContain("A", "B");
        }
    }

    @Test
    void comparisonOpenedSeparatelyReopensTheWindowOnTheNewDatabase() throws Exception {
        Path json = dir.resolve("alice.offerbench.json");
        try (Database student = Database.open(dir.resolve("student/alice.db"), Clock.systemDefaultZone())) {
            DatasetInstaller.install(student);
            try (InputStream in = Files.newInputStream(Path.of("docs/import-template.csv"))) {
                student.offers().saveAll(OfferCsvImporter.parse(in, "import-template.csv").offers());
            }
            ExchangeFiles.export(student, json, ExchangeFiles.Kind.COMPARISON, "test", Clock.systemUTC());
        }
        app.start(dir.resolve("advisor.db"), picker);
        Path separate = dir.resolve("alice-review.db");
        picker.answers.add(json);
        picker.answers.add(separate);
        menu("Import comparison\u2026");
        app.waitUntil(() -> app.lookup("Open separately\u2026").tryQuery().isPresent());
        app.clickOn("Open separately\u2026");
        app.waitUntil(() -> app.lookup("Imported 3 offers from alice.offerbench.json.").tryQuery().isPresent());
        app.clickOn("OK");
        app.waitUntil(() -> app.node("#databasePath", Label.class).getText().contains("alice-review.db")
                && !app.node("#tabs", TabPane.class).isDisabled());
        TableView<?> table = app.node("#table", TableView.class);
        app.waitUntil(() -> table.getItems().size() == 3);
        app.stop();
        try (Database advisor = Database.open(dir.resolve("advisor.db"), Clock.systemDefaultZone())) {
            assertThat(advisor.offers().findAll()).as("the database open before is untouched").isEmpty();
        }
    }

    private void menu(String item) throws Exception {
        app.clickOn("File");
        app.clickOn(item);
    }

    private TextArea dialogText() throws Exception {
        app.waitUntil(() -> app.lookup("#problemsText").tryQuery().isPresent());
        return app.lookup("#problemsText").queryAs(TextArea.class);
    }
}
