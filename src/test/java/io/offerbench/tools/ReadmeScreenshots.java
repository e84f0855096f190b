package io.offerbench.tools;

import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import io.offerbench.text.Language;
import io.offerbench.text.LanguageChoice;
import io.offerbench.text.Texts;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: makes the README's screenshots (assets/screenshots) from the sample comparison, headless. Its name
 * keeps it out of `mvn verify`; run it with tools/screenshots.sh, then look at every picture.
 */
class ReadmeScreenshots {

    /**
     * Only tools/screenshots.sh names the folder. A wider test selection (say -Dtest='!*UITest') also picks this
     * class up, and used to overwrite the tracked pictures in assets/screenshots as a side effect.
     */
    private static Path outputFolder() {
        String dir = System.getProperty("screenshots.dir");
        Assumptions.assumeTrue(dir != null && !dir.isBlank(), "run by tools/screenshots.sh, which names the folder");
        return Path.of(dir);
    }

    @TempDir
    Path dir;

    @Test
    void everyMainViewLightAndDark() throws Exception {
        Path out = outputFolder();
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

    /**
     * The README.zh-CN.md pictures: every main view in 简体中文 (the language remembered in the database, as View ›
     * Language leaves it), with a Chinese company name, drawn in the bundled font whatever fonts the machine has.
     */
    @Test
    void everyMainViewInChinese() throws Exception {
        Path out = outputFolder();
        Path db = ScreenTour.sampleDatabase(dir);
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            d.settings().put(LanguageChoice.SETTING, Language.SIMPLIFIED_CHINESE.code());
            Offer first = d.offers().findAll().get(0);
            d.offers().save(first.toBuilder().company("深度求索").roleTitle("研究员").build());
        }
        ScreenTour tour = new ScreenTour();
        try {
            tour.start(db);
            for (int i = 0; i < ScreenTour.TABS.size(); i++) {
                tour.showTab(i);
                tour.snapshot(out.resolve("zh-" + ScreenTour.TABS.get(i) + ".png"));
            }
        } finally {
            tour.stop();
            Texts.use(Language.ENGLISH);
        }
    }
}
