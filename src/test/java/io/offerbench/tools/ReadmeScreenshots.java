package io.offerbench.tools;

import io.offerbench.ui.currencies.ShippedFigures;
import io.offerbench.app.ScoringInputs;
import io.offerbench.charts.ChartExport;
import io.offerbench.charts.ChartKind;
import io.offerbench.charts.ChartStyle;
import io.offerbench.charts.ChartTexts;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.charts.PayBasis;
import io.offerbench.cli.Cli;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.Offer;
import io.offerbench.review.ReviewMode;
import io.offerbench.scoring.Ranking;
import io.offerbench.text.ProfileNames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.Scene;
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
            // The tax tables' section with Beijing chosen: where its after-tax figure comes from.
            tour.showCurrencySection(ScreenTour.CURRENCY_SECTIONS.indexOf("tax"));
            javafx.scene.control.ListView<?> places = tour.app.node("#taxPlaces", javafx.scene.control.ListView.class);
            tour.app.interact(() -> places.getItems().stream().filter(p -> ((ShippedFigures.Place) p).name().equals("Beijing"))
                    .findFirst().ifPresent(p -> places.getSelectionModel().select(places.getItems().indexOf(p))));
            tour.settle();
            tour.snapshot(out.resolve("currencies-tax.png"));
            tour.showCurrencySection(0);
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

    /**
     * The README's other pictures, from the same sample: an exported market chart (as Compare's export writes it),
     * the report as a PDF (tools/screenshots.sh renders its first page and an offer's page, then deletes it), and
     * review mode after the student changed one offer since the advisor marked the comparison reviewed.
     */
    @Test
    void anExportedChartTheReportAndReviewMode() throws Exception {
        Path out = outputFolder();
        Path db = ScreenTour.sampleDatabase(dir);
        StringWriter log = new StringWriter();
        int exit = Cli.run(new String[] {"--db", db.toString(), "report", out.resolve("report.pdf").toString()},
                new PrintWriter(log), new PrintWriter(log));
        if (exit != 0) {
            throw new IllegalStateException("report failed: " + log);
        }
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            ScoringInputs inputs = ScoringInputs.load(d);
            Ranking ranking = inputs.rank(inputs.activeProfile());
            ComparedOffers offers = new ComparedOffers(ranking.scores(), inputs.context().homeCurrency(),
                    ProfileNames.of(ranking.weights()));
            ChartExport.write(ChartKind.MARKET_BAND.build(offers, PayBasis.YEAR_1, ChartStyle.light(), ChartTexts.standard()),
                    out.resolve("compare-market.png"), ChartExport.Format.PNG, 900, 520);

            ReviewMode.markReviewed(d, Instant.now().minusSeconds(3600));
            Offer first = d.offers().findAll().get(0);
            Compensation pay = first.pay();
            d.offers().save(first.toBuilder().pay(new Compensation(pay.baseSalary().add(new BigDecimal("15000")), pay.bonusAmount(),
                    pay.bonusPercentOfBase(), pay.signOnBonus(), pay.signOnYears(), pay.relocation())).build());
        }
        ScreenTour tour = new ScreenTour();
        try {
            tour.start(db);
            tour.showTab(0);
            tour.snapshot(out.resolve("review-banner.png"));
            tour.app.clickOn("Review");
            tour.app.clickOn("Changes since last review\u2026");
            tour.app.waitUntil(() -> tour.app.lookup("#reviewChanges").tryQuery().isPresent());
            tour.settle();
            Scene changes = tour.app.lookup("#reviewChanges").queryAs(Node.class).getScene();
            javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
            tour.app.interact(() -> image[0] = changes.snapshot(null));
            ScreenTour.write(image[0], out.resolve("review-changes.png"));
            tour.app.clickOn("Close");
        } finally {
            tour.stop();
        }
    }
}
