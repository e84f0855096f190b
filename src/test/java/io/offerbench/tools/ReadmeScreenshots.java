package io.offerbench.tools;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: makes the README's screenshots (assets/screenshots) from the sample comparison, headless. Its name
 * keeps it out of `mvn verify`; run it with tools/screenshots.sh, then look at every picture.
 */
class ReadmeScreenshots {

    @TempDir
    Path dir;

    @Test
    void everyMainViewLightAndDark() throws Exception {
        Path out = Path.of(System.getProperty("screenshots.dir", "assets/screenshots"));
        ScreenTour tour = new ScreenTour();
        try {
            tour.start(dir.resolve("empty.db"));
            tour.settle();
            tour.snapshot(out.resolve("welcome.png"));
            tour.setDark(true);
            tour.snapshot(out.resolve("welcome-dark.png"));
            tour.setDark(false);
            tour.stop();

            tour.start(ScreenTour.sampleDatabase(dir));
            for (boolean dark : new boolean[] {false, true}) {
                tour.setDark(dark);
                for (int i = 0; i < ScreenTour.TABS.size(); i++) {
                    tour.showTab(i);
                    tour.snapshot(out.resolve(ScreenTour.TABS.get(i) + (dark ? "-dark" : "") + ".png"));
                }
            }
            tour.setDark(false);
        } finally {
            tour.stop();
        }
    }
}
