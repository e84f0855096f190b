package io.offerbench.ui.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.store.BackupInfo;
import io.offerbench.store.Database;
import io.offerbench.ui.main.App;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on files that are not right: what the user sees, and that nothing moves without their say. */
class DataSafetyUITest extends FxRobot {

    @TempDir
    Path dir;

    private Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void damagedFileShowsWhatIsWrongAndIsMovedAsideOnlyAfterConfirmation() throws Exception {
        Path db = dir.resolve("offerbench.db");
        BackupInfo backup = withOffer(db, "Acme");
        byte[] damaged = Arrays.copyOf(Files.readAllBytes(db), 3000);
        Files.write(db, damaged);
        start(db);

        DialogPane problem = dialogWithHeader("The database file is damaged");
        assertThat(((Label) problem.getContent()).getText()).contains("cut off").contains(db.toString())
                .contains("Restore the newest good backup").contains("has not changed, moved or deleted this file");
        assertThat(buttonTexts()).contains("Open another file\u2026", "Quit")
                .anySatisfy(t -> assertThat(t).startsWith("Restore the newest good backup (").contains(OpenProblemTexts.when(backup.takenAt())));

        clickButtonStartingWith("Restore the newest good backup");
        DialogPane confirm = dialogWithHeader("Restore the backup?");
        assertThat(((Label) confirm.getContent()).getText()).contains("offerbench.db.damaged-").contains("not deleted");
        clickButtonStartingWith("Cancel");
        dialogWithHeader("The database file is damaged");
        assertThat(Files.readAllBytes(db)).as("cancelled: the file is untouched").isEqualTo(damaged);
        assertThat(asideFiles()).isEmpty();

        clickButtonStartingWith("Restore the newest good backup");
        dialogWithHeader("Restore the backup?");
        clickButtonStartingWith("OK");
        waitUntil(() -> !lookup("#tabs").queryAs(TabPane.class).isDisabled());
        TableView<?> table = lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(((Offer) table.getItems().get(0)).company()).isEqualTo("Acme");
        assertThat(asideFiles()).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(damaged));
        assertThat(lookup(".status-message").queryAs(Label.class).getText()).startsWith("Restored the backup of").contains("damaged-");
    }

    @Test
    void fileOpenInAnotherWindowGetsItsOwnMessageAndTryAgainOpensItOnceFree() throws Exception {
        Path db = dir.resolve("offerbench.db");
        withOffer(db, "Acme");
        Database other = Database.open(db, Clock.systemDefaultZone());
        try {
            start(db);
            DialogPane problem = dialogWithHeader("OfferBench is already open on this file");
            assertThat(((Label) problem.getContent()).getText()).contains("Switch to that window");
            assertThat(buttonTexts()).containsExactlyInAnyOrder("Try again", "Open another file\u2026", "Quit");
        } finally {
            other.close();
        }
        clickButtonStartingWith("Try again");
        waitUntil(() -> !lookup("#tabs").queryAs(TabPane.class).isDisabled());
        waitUntil(() -> lookup("#table").queryAs(TableView.class).getItems().size() == 1);
    }

    @Test
    void restoreFromBackupMenuListsVerifiedBackupsAndBringsBackTheChosenOne() throws Exception {
        Path db = dir.resolve("offerbench.db");
        BackupInfo early = withOffer(db, "Acme");
        withOffer(db, "Later Inc");
        start(db);
        waitUntil(() -> !lookup("#tabs").queryAs(TabPane.class).isDisabled());
        TableView<?> offers = lookup("#table").queryAs(TableView.class);
        waitUntil(() -> offers.getItems().size() == 2);

        clickOn("File").clickOn("Restore from backup\u2026");
        waitUntil(() -> lookup("#backupsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<BackupRow> backups = lookup("#backupsTable").queryAs(TableView.class);
        assertThat(backups.getItems()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(r -> assertThat(r.verification()).isEqualTo("Yes"));
        assertThat(buttonNamed("Restore").isDisabled()).as("nothing chosen yet").isTrue();
        BackupRow acme = backups.getItems().stream().filter(r -> r.info().file().equals(early.file())).findFirst().orElseThrow();
        interact(() -> backups.getSelectionModel().select(acme));
        clickOn(buttonNamed("Restore"));
        dialogWithHeader("Restore this backup?");
        clickButtonStartingWith("OK");

        waitUntil(() -> offers.getItems().size() == 1);
        assertThat(((Offer) offers.getItems().get(0)).company()).isEqualTo("Acme");
        waitUntil(() -> lookup(".status-message").queryAs(Label.class).getText().startsWith("Restored the backup of " + acme.taken()));
    }

    @Test
    void failedStartupBackupIsAWarningInTheStatusBarNotABlock() throws Exception {
        Path db = dir.resolve("offerbench.db");
        withOffer(db, "Acme");
        Path own = dir.resolve("backups/offerbench.db");
        for (Path b : Files.list(own).toList()) {
            Files.delete(b);
        }
        Files.delete(own);
        Files.writeString(own, "a file where the backups folder should be");
        start(db);
        waitUntil(() -> !lookup("#tabs").queryAs(TabPane.class).isDisabled());
        Label warning = lookup("#backupWarning").queryAs(Label.class);
        waitUntil(warning::isVisible);
        assertThat(warning.getText()).startsWith("Automatic backup failed: A backup could not be written to " + dir.resolve("backups"));
        waitUntil(() -> lookup("#table").queryAs(TableView.class).getItems().size() == 1);
    }

    private void start(Path db) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new App(db));
    }

    private static BackupInfo withOffer(Path db, String company) throws Exception {
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            d.offers().save(Offer.builder().company(company).currency(CurrencyCode.USD).pay(Compensation.ofBase(new BigDecimal("150000"))).build());
            return d.backups().backupNow();
        }
    }

    private List<Path> asideFiles() throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".damaged-")).toList();
        }
    }

    private DialogPane dialogWithHeader(String header) throws Exception {
        waitUntil(() -> findDialog(header).isPresent());
        return findDialog(header).orElseThrow();
    }

    private Optional<DialogPane> findDialog(String header) {
        return lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> header.equals(d.getHeaderText()) && d.getScene() != null && d.getScene().getWindow().isShowing()).findFirst();
    }

    private List<String> buttonTexts() {
        return lookup(".dialog-pane .button").queryAllAs(Button.class).stream().filter(b -> b.getScene().getWindow().isShowing())
                .map(Button::getText).toList();
    }

    private Button buttonNamed(String text) {
        return lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text) && b.getScene().getWindow().isShowing()).findFirst().orElseThrow();
    }

    private void clickButtonStartingWith(String prefix) {
        clickOn(lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith(prefix) && b.getScene().getWindow().isShowing()).findFirst().orElseThrow());
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        // The window is shown once its offers are listed: until then a lookup finds no node, which
        // means "not yet", not a failure.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
