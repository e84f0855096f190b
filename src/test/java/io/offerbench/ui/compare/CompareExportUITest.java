package io.offerbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.store.Database;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.BackgroundWork;
import io.offerbench.ui.common.Fxml;
import io.offerbench.ui.sharing.FilePicker;
import io.offerbench.ui.tasks.FxTasks;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The compare view on its own, with the file chooser and size prompt injected: pressing a chart's
 * Export button writes the file the chooser names, at the size the prompt returns, in the format of
 * its extension.
 */
class CompareExportUITest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Database database;
    private final FxTasks tasks = new FxTasks();
    private final List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        tasks.shutdown();
        tasks.awaitDatabase(java.time.Duration.ofSeconds(10));
        if (database != null) {
            database.close();
        }
    }

    @Test
    void exportButtonWritesPngAndSvgAtTheChosenSize() throws Exception {
        Path db = dir.resolve("offers.db");
        CompareViewUITest.seed(db);
        database = Database.open(db, Clock.systemDefaultZone());
        List<String> asked = new ArrayList<>();
        String[] nextExtension = {".png"};
        FilePicker chooser = new FilePicker() {
            @Override
            public Optional<Path> open(javafx.stage.Window owner, Kind kind) {
                throw new AssertionError("a chart is only saved");
            }

            @Override
            public Optional<Path> save(javafx.stage.Window owner, Kind kind, String name) {
                asked.add(kind == Kind.CHART ? name : "not a chart: " + kind);
                return Optional.of(dir.resolve(name + nextExtension[0]));
            }
        };
        SizePrompt size = (owner, suggested) -> Optional.of(new ExportSize(640, 360));

        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            Workspace workspace = new Workspace(database, new BackgroundWork(tasks, failures::add), java.time.Clock.systemDefaultZone());
            stage.setScene(new Scene(Fxml.load(io.offerbench.ui.common.View.COMPARE,
                    () -> new CompareController(workspace, stage, chooser, size)), 1400, 900));
            stage.show();
            workspace.reloadOffers(() -> { });
        });
        WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#cumulativeChart").queryAs(ChartViewer.class).isVisible());

        robot.interact(() -> robot.lookup("#export-cumulativeChart").queryAs(Button.class).fire());
        Path png = dir.resolve("cumulative-pay.png");
        WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);

        nextExtension[0] = ".svg";
        robot.interact(() -> robot.lookup("#export-marketChart").queryAs(Button.class).fire());
        Path svg = dir.resolve("market-band.svg");
        WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(svg));
        assertThat(Files.readString(svg)).contains("<svg").contains("Offer pay against market benchmark bands, USD");
        assertThat(asked).containsExactly("cumulative-pay", "market-band");
        assertThat(failures).as("background work that failed (it would have been a dialog)").isEmpty();
    }
}
