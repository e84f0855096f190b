package io.offerbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.testing.ClippedText;
import io.offerbench.testing.VisibleRows;
import io.offerbench.tools.ScreenTour;
import io.offerbench.text.Language;
import io.offerbench.text.Texts;
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
        Texts.use(Language.ENGLISH);
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
                if (ScreenTour.TABS.get(i).equals("currencies")) {
                    // Each section of its own: only the one shown is drawn (and looked at).
                    for (int s = 0; s < ScreenTour.CURRENCY_SECTIONS.size(); s++) {
                        tour.showCurrencySection(s);
                        lookAt(screen.replace("currencies", "currencies-" + ScreenTour.CURRENCY_SECTIONS.get(s)), problems);
                    }
                    tour.showCurrencySection(0);
                } else {
                    lookAt(screen, problems);
                }
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
    void rankingHeadersReadInAtMostTwoLinesInEnglishAndChineseWhateverTheYearOneColumnSays() throws Exception {
        tour.start(ScreenTour.sampleDatabase(dir));
        tour.resizeWindow(1024, 700);
        List<String> problems = new ArrayList<>();
        for (Language language : new Language[] {Language.ENGLISH, Language.SIMPLIFIED_CHINESE}) {
            switchTo(language);
            tour.showTab(1);
            tour.settle();
            keepPicture("ranking-" + language.code());
            List<String>[] found = new List[1];
            tour.app.interact(() -> found[0] = tallHeaders(tour.mainScene().getRoot()));
            found[0].forEach(p -> problems.add(language + ": " + p));
            TableView<?> ranking = tour.app.node("#rankingTable", TableView.class);
            tour.app.interact(() -> {
                javafx.scene.control.TableColumn<?, ?> year1 = ranking.getColumns().stream()
                        .filter(c -> "year1Column".equals(c.getId())).findFirst().orElseThrow();
                // The header the after-tax and cost-of-living options give it, at the width it has.
                for (String key : List.of("ranking.col.year1", "ranking.col.short.year1AfterTax", "ranking.col.short.year1Living",
                        "ranking.col.short.year1Both", "ranking.col.short.gross")) {
                    String header = io.offerbench.ui.common.Messages.get(key);
                    long lines = io.offerbench.ui.common.TableFit.headerLines(year1, header);
                    if (lines > 2) {
                        problems.add(language + ": '" + header + "' would take " + lines + " lines at " + Math.round(year1.getWidth()) + " px");
                    }
                }
            });
        }
        String[] tip = new String[1];
        TableView<?> ranking = tour.app.node("#rankingTable", TableView.class);
        tour.app.interact(() -> tip[0] = ranking.getColumns().stream().filter(c -> "payRangeColumn".equals(c.getId()))
                .map(c -> c.getText() + " | " + ((Label) c.getGraphic()).getTooltip().getText()).findFirst().orElse(""));
        assertThat(tip[0]).as("the short header's tooltip says it in full").isEqualTo("薪酬区间 | 私募股权在悲观与乐观情景下的每年薪酬（低 – 高）");
        assertThat(problems).as("ranking headers taller than two lines at 1024x700").isEmpty();
    }

    /** Chooses Chinese from the menu (English is the start) and waits until the tabs say it. */
    private void switchTo(Language language) throws Exception {
        if (language == Language.SIMPLIFIED_CHINESE) {
            chooseLanguage("简体中文");
            tour.app.waitUntil(() -> tour.app.node("#tabs", javafx.scene.control.TabPane.class).getTabs().get(1).getText().equals("排名"));
        }
    }

    /** Keeps a picture of the screen shown and adds what is cut on it, or has a header taller than two lines. */
    private void lookAt(String screen, List<String> problems) {
        keepPicture(screen);
        List<String>[] found = new List[1];
        tour.app.interact(() -> found[0] = ClippedText.in(tour.mainScene().getRoot()));
        found[0].forEach(p -> problems.add(screen + ": " + p));
        tour.app.interact(() -> found[0] = tallHeaders(tour.mainScene().getRoot()));
        found[0].forEach(p -> problems.add(screen + ": " + p));
    }

    /**
     * The amounts of the offers table and the ranking read whole at 1024x700 in English and Chinese ("US$310,000" is
     * wider), also with both estimates on, which add the before-estimates column: a money cell cut to "…" fails
     * even when its tooltip has the amount, and so does a table that scrolls sideways to show them.
     */
    @Test
    void moneyCellsReadWholeAt1024x700InEnglishAndChineseWithTheEstimatesOn() throws Exception {
        tour.start(ScreenTour.sampleDatabase(dir));
        tour.resizeWindow(1024, 700);
        List<String> problems = new ArrayList<>();
        for (Language language : new Language[] {Language.ENGLISH, Language.SIMPLIFIED_CHINESE}) {
            switchTo(language);
            for (boolean estimates : new boolean[] {false, true}) {
                for (int tab : new int[] {0, 1}) {
                    tour.showTab(tab);
                    if (tab == 1) {
                        for (String box : List.of("#afterTaxBox", "#costOfLivingBox")) {
                            javafx.scene.control.CheckBox check = tour.app.node(box, javafx.scene.control.CheckBox.class);
                            tour.app.interact(() -> check.setSelected(estimates));
                        }
                        tour.settle();
                    }
                    String screen = ScreenTour.TABS.get(tab) + " " + language.code() + (estimates ? " estimates" : "");
                    keepPicture(screen.replace(' ', '-'));
                    List<String>[] found = new List[1];
                    tour.app.interact(() -> found[0] = ClippedText.in(tour.mainScene().getRoot()));
                    found[0].stream().filter(p -> p.startsWith(ClippedText.FIGURE_CUT)).forEach(p -> problems.add(screen + ": " + p));
                    String table = tab == 0 ? "#table" : "#rankingTable";
                    TableView<?> rows = tour.app.node(table, TableView.class);
                    long figures = rows.getVisibleLeafColumns().stream()
                            .filter(c -> c.getStyleClass().contains(io.offerbench.ui.common.WholeFigures.STYLE)).count();
                    if (figures == 0) {
                        problems.add(screen + ": no money column shown in " + table);
                    }
                    // Whole, and in view: an amount pushed past a horizontal scroll bar is not read either.
                    boolean[] sideways = new boolean[1];
                    tour.app.interact(() -> sideways[0] = rows.lookupAll(".scroll-bar").stream().anyMatch(n -> n.isVisible()
                            && n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL));
                    if (sideways[0]) {
                        problems.add(screen + ": " + table + " scrolls sideways");
                    }
                }
            }
        }
        assertThat(problems).as("amounts cut at 1024x700").isEmpty();
    }

    /** View › Language › {@code item}, chosen as a click on it does (LanguageUITest drives the menu itself). */
    private void chooseLanguage(String item) throws Exception {
        javafx.scene.control.MenuBar bar = tour.app.node(".menu-bar", javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem choice = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(m -> m instanceof javafx.scene.control.Menu)
                .flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> item.equals(i.getText())).findFirst().orElseThrow();
        tour.app.interact(() -> ((javafx.scene.control.RadioMenuItem) choice).setSelected(true));
    }

    /**
     * Every visible column header of every table drawn in more than two lines ("Year 1, after tax and cost of living"
     * once took four): a header is a word or two, with the whole sentence in its tooltip.
     */
    private static List<String> tallHeaders(javafx.scene.Parent root) {
        List<String> out = new ArrayList<>();
        for (javafx.scene.Node n : root.lookupAll(".table-view")) {
            if (!(n instanceof TableView<?> table) || !n.isVisible() || n.getScene() == null) {
                continue;
            }
            for (javafx.scene.control.TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
                if (c.getGraphic() instanceof Label header && header.getStyleClass().contains("wrapped-header-text")) {
                    long lines = header.getText().lines().count();
                    if (lines > 2) {
                        out.add("header '" + c.getText() + "' of " + table.getId() + " takes " + lines + " lines at "
                                + Math.round(c.getWidth()) + " px");
                    }
                }
            }
        }
        return out;
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
