package io.offerbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.testing.ClippedText;
import io.offerbench.testing.VisibleRows;
import io.offerbench.tools.ScreenTour;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every main screen, drawn at 1024x700 in the light and the dark theme on the sample comparison, shows every label
 * and button whole, every cut table cell has its whole text in a tooltip, no button lies outside the window, and the
 * offers table and the ranking show every sample offer whole (the ranking once showed three under tall headers).
 * Set -Dlayout.shots=DIR to keep a picture of each screen as tested.
 */
class LayoutFitsUITest {

    @TempDir
    Path dir;

    private final ScreenTour tour = new ScreenTour();

    /** The offers of assets/sample: the offers table and the ranking show every one of them whole. */
    private static final int SAMPLE_OFFERS = 6;

    @AfterEach
    void stop() throws Exception {
        tour.stop();
    }

    @Test
    void everyScreenReadsWholeAt1024x700LightAndDark() throws Exception {
        tour.start(ScreenTour.sampleDatabase(dir));
        tour.resizeWindow(1024, 700);
        List<String> problems = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            tour.setDark(dark);
            for (int i = 0; i < ScreenTour.TABS.size(); i++) {
                tour.showTab(i);
                String screen = ScreenTour.TABS.get(i) + (dark ? " (dark)" : "");
                keepPicture(screen);
                List<String>[] found = new List[1];
                tour.app.interact(() -> found[0] = ClippedText.in(tour.mainScene().getRoot()));
                found[0].forEach(p -> problems.add(screen + ": " + p));
                String table = i == 0 ? "#table" : i == 1 ? "#rankingTable" : null;
                if (table != null) {
                    TableView<?> rows = tour.app.node(table, TableView.class);
                    int[] whole = new int[1];
                    tour.app.interact(() -> whole[0] = VisibleRows.of(rows));
                    if (whole[0] < SAMPLE_OFFERS) {
                        problems.add(screen + ": " + whole[0] + " of the " + SAMPLE_OFFERS + " sample offers shown whole in " + table);
                    }
                }
            }
        }
        assertThat(problems).as("what is cut at 1024x700").isEmpty();
    }

    @Test
    void welcomePageReadsWholeAt1024x700() throws Exception {
        tour.start(dir.resolve("empty.db"));
        tour.resizeWindow(1024, 700);
        List<String>[] found = new List[1];
        tour.app.interact(() -> found[0] = ClippedText.in(tour.mainScene().getRoot()));
        assertThat(found[0]).as("what is cut on the welcome page").isEmpty();
    }

    @Test
    void theProblemsBannerLeavesTheFieldBeingTypedInWhereItIs() throws Exception {
        tour.start(ScreenTour.sampleDatabase(dir));
        tour.resizeWindow(1024, 700);
        tour.showTab(0);
        TextField base = tour.app.node("#baseSalaryField", TextField.class);
        Label problems = tour.app.node("#problems", Label.class);
        double[] before = new double[1];
        tour.app.interact(() -> before[0] = base.localToScene(0, 0).getY());
        tour.app.interact(() -> base.setText("1,5"));
        tour.app.waitUntil(problems::isVisible);
        tour.settle();
        double[] after = new double[1];
        tour.app.interact(() -> after[0] = base.localToScene(0, 0).getY());
        keepPicture("offers-problems");
        assertThat(after[0]).as("the field's place once the problems banner shows").isEqualTo(before[0]);
        List<String>[] found = new List[1];
        tour.app.interact(() -> found[0] = ClippedText.in(tour.mainScene().getRoot()));
        assertThat(found[0]).as("what is cut with the banner shown").isEmpty();
        tour.app.interact(() -> base.setText("310,000")); // leaves the sample as it was for the autosave
        tour.app.waitUntil(() -> !problems.isVisible());
    }

    private void keepPicture(String screen) {
        String shots = System.getProperty("layout.shots");
        if (shots != null) {
            tour.snapshot(Path.of(shots, screen.replace(" (dark)", "-dark") + ".png"));
        }
    }
}
