import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * bench/FloorWindow.java (compiled and run by bench/startup.sh against the jar, like the bare window): OfferBench's
 * first frame without OfferBench. The same controls and libraries the window's first frame shows — the menu bar
 * (File, Edit, Review, View, Help, their items with the same Ikonli icons), the tab pane with the five tabs, the
 * Offers screen (search field and filters, the three buttons with their icons, the offers table with its six
 * columns, the deadline key) beside the editor's first two sections (Offer and Pay: the same labels, fields, choice
 * boxes, hints and error labels as OfferEditor.fxml) in a scroll pane, the status bar — styled with offerbench.css
 * and the bundled font (loaded by the jar's own WindowFont), texts from the jar's English bundle. No data, no
 * database, no FXML, no view models, no scoring: built in code, the cheapest way this UI can be made.
 *
 * It is timed exactly as the bare window and OfferBench are: with --quit-when-ready it prints the milliseconds from
 * the JVM's start to two pulses after it is shown, and exits. What OfferBench takes beyond it is OfferBench's own
 * work (FXML, controllers, view models, the database, the ranking); what it takes beyond the bare window is what
 * JavaFX charges for this UI, which no change inside OfferBench can remove short of a different UI.
 */
public final class FloorWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {

        private final ResourceBundle texts = ResourceBundle.getBundle("io.offerbench.text.messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        @Override
        public void start(Stage stage) {
            io.offerbench.ui.common.WindowFont.load();
            BorderPane root = new BorderPane();
            root.getStyleClass().add("main-window");
            root.setTop(menuBar());
            Label placeholder = new Label(t("status.opening"));
            placeholder.getStyleClass().add("placeholder");
            placeholder.setVisible(false);
            root.setCenter(new StackPane(tabs(), placeholder));
            root.setBottom(statusBar());
            Scene scene = new Scene(root, 1320, 840);
            scene.getStylesheets().add(io.offerbench.ui.common.WindowFont.class
                    .getResource("/io/offerbench/ui/offerbench.css").toExternalForm());
            stage.setTitle(t("app.title"));
            stage.setScene(scene);
            stage.setMinWidth(900);
            stage.setMinHeight(600);
            stage.show();
            if (!getParameters().getRaw().contains("--quit-when-ready")) {
                return;
            }
            int[] pulses = {0};
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (++pulses[0] < 2) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    long fxCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
                    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime() / 1_000_000;
                    System.out.println("interactive after " + ms + " ms since the Java VM started; nodes " + count(scene.getRoot())
                            + "; CPU: FX thread " + fxCpu + " ms, all " + cpu + " ms");
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        }

        private static int count(Node n) {
            int c = 1;
            if (n instanceof Parent p) {
                for (Node child : p.getChildrenUnmodifiable()) {
                    c += count(child);
                }
            }
            return c;
        }

        private String t(String key) {
            String s = texts.getString(key);
            return s.replace("{0}", "").replace("{1}", "");
        }

        private static FontIcon icon(Ikon ikon) {
            FontIcon icon = FontIcon.of(ikon, 16);
            icon.getStyleClass().add("command-icon");
            return icon;
        }

        private MenuItem item(String key, Ikon ikon) {
            MenuItem item = new MenuItem(t(key));
            if (ikon != null) {
                item.setGraphic(icon(ikon));
            }
            return item;
        }

        private MenuBar menuBar() {
            Menu file = new Menu(t("menu.file"));
            file.getItems().addAll(item("menu.file.newOffer", MaterialDesignP.PLUS),
                    item("menu.file.duplicate", MaterialDesignC.CONTENT_COPY), item("menu.file.delete", MaterialDesignD.DELETE_OUTLINE),
                    new SeparatorMenuItem(), item("menu.file.importCsv", MaterialDesignF.FILE_IMPORT_OUTLINE),
                    item("menu.file.exportCsv", MaterialDesignE.EXPORT),
                    item("menu.file.importComparison", MaterialDesignF.FOLDER_OPEN_OUTLINE),
                    item("menu.file.exportComparison", MaterialDesignF.FILE_EXPORT_OUTLINE), new SeparatorMenuItem(),
                    item("menu.file.report", MaterialDesignF.FILE_PDF_BOX), item("menu.file.restoreBackup", MaterialDesignR.RESTORE),
                    new SeparatorMenuItem(), item("menu.file.quit", null));
            Menu edit = new Menu(t("menu.edit"));
            edit.getItems().addAll(item("menu.edit.undo.none", MaterialDesignU.UNDO), item("menu.edit.redo.none", MaterialDesignR.REDO),
                    new SeparatorMenuItem(), item("menu.edit.find", MaterialDesignM.MAGNIFY));
            Menu review = new Menu(t("menu.review"));
            review.getItems().addAll(item("menu.review.mark", null), item("menu.review.changes", null),
                    item("menu.review.mark", MaterialDesignC.COMMENT_TEXT_OUTLINE));
            Menu view = new Menu(t("menu.view"));
            view.getItems().addAll(item("menu.view.dark", null), new Menu(t("menu.view.language")));
            Menu help = new Menu(t("menu.help"));
            help.getItems().addAll(item("menu.help.about", null));
            return new MenuBar(file, edit, review, view, help);
        }

        private TabPane tabs() {
            TabPane tabs = new TabPane();
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            for (String key : new String[] {"tab.offers", "tab.ranking", "tab.compare", "tab.benchmarks", "tab.currencies"}) {
                tabs.getTabs().add(new Tab(t(key)));
            }
            tabs.getTabs().get(0).setContent(offersScreen());
            return tabs;
        }

        private Button button(String key, Ikon ikon) {
            Button b = new Button(t(key));
            b.setGraphic(icon(ikon));
            return b;
        }

        private SplitPane offersScreen() {
            TextField search = new TextField();
            search.setPromptText(t("offers.search.prompt"));
            HBox.setHgrow(search, Priority.ALWAYS);
            ComboBox<String> status = new ComboBox<>();
            status.setPromptText(t("offers.filter.status"));
            status.setMinWidth(Region.USE_PREF_SIZE);
            ComboBox<String> type = new ComboBox<>();
            type.setPromptText(t("offers.filter.type"));
            type.setPrefWidth(170);
            Button add = button("offers.add", MaterialDesignP.PLUS);
            add.getStyleClass().add("accent");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label count = new Label(t("offers.count"));
            count.getStyleClass().add("muted");
            TableView<String> table = new TableView<>();
            table.setId("table");
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            Label empty = new Label(t("offers.empty"));
            empty.setWrapText(true);
            table.setPlaceholder(empty);
            String[][] columns = {{"offers.col.company", "130"}, {"offers.col.role", "140"}, {"offers.col.type", "120"},
                    {"offers.col.base", "110"}, {"offers.col.status", "90"}, {"offers.col.deadline", "140"}};
            for (String[] c : columns) {
                TableColumn<String, String> column = new TableColumn<>(t(c[0]));
                column.setPrefWidth(Double.parseDouble(c[1]));
                table.getColumns().add(column);
            }
            VBox.setVgrow(table, Priority.ALWAYS);
            HBox key = new HBox(14);
            key.getStyleClass().add("deadline-key");
            VBox left = new VBox(8, new HBox(6, search, status, type),
                    new HBox(6, add, button("offers.duplicate", MaterialDesignC.CONTENT_COPY),
                            button("offers.delete", MaterialDesignD.DELETE_OUTLINE), gap, count),
                    table, key);
            left.setMinWidth(380);
            left.setPadding(new Insets(10, 8, 10, 10));
            ScrollPane editorPane = new ScrollPane(editor());
            editorPane.setFitToWidth(true);
            editorPane.getStyleClass().add("editor-scroll");
            VBox.setVgrow(editorPane, Priority.ALWAYS);
            SplitPane split = new SplitPane(left, new VBox(editorPane));
            split.getStyleClass().add("offers-view");
            split.setDividerPositions(0.5);
            return split;
        }

        /** Offer and Pay, the editor's sections in its first frame, row for row as OfferEditor.fxml has them. */
        private VBox editor() {
            Label heading = new Label(t("editor.heading.untitled"));
            heading.getStyleClass().add("editor-heading");
            Label problems = new Label();
            problems.getStyleClass().add("form-problems");
            problems.setWrapText(true);
            // kind: T text field (with its error label), C choice box, X check box; then an optional hint key
            String[][] basics = {{"company", "T"}, {"role", "T"}, {"type", "C", "hint.type"}, {"seniority", "C"},
                    {"status", "C"}, {"deadline", "T", "hint.deadline"}, {"city", "T"}, {"country", "T"}, {"remote", "X"},
                    {"currency", "T", "hint.currency"}};
            String[][] pay = {{"baseSalary", "T", "hint.baseSalary"}, {"annualBonus", "T", "hint.annualBonus"},
                    {"signOnBonus", "T", "hint.signOnBonus"}, {"signOnYears", "T"}, {"relocation", "T"}};
            VBox sections = new VBox(6, section("section.basics", basics), section("section.pay", pay));
            VBox editor = new VBox(8, heading, problems, sections);
            editor.getStyleClass().add("offer-editor");
            editor.setPadding(new Insets(10, 14, 14, 10));
            return editor;
        }

        private TitledPane section(String title, String[][] rows) {
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(3);
            grid.getStyleClass().add("form-grid");
            grid.getColumnConstraints().addAll(new ColumnConstraints(190, 190, 190), new ColumnConstraints());
            grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
            int row = 0;
            for (String[] r : rows) {
                Label label = new Label(t("field." + r[0]));
                grid.add(label, 0, row);
                Node control = switch (r[1]) {
                    case "T" -> {
                        TextField f = new TextField();
                        f.setPromptText(texts.containsKey("prompt." + r[0]) ? t("prompt." + r[0]) : "");
                        yield f;
                    }
                    case "C" -> {
                        ComboBox<String> c = new ComboBox<>();
                        c.setMaxWidth(Double.MAX_VALUE);
                        yield c;
                    }
                    default -> new CheckBox(t("field." + r[0] + ".check"));
                };
                label.setLabelFor(control);
                grid.add(control, 1, row++);
                if (r[1].equals("T")) {
                    Label error = new Label();
                    error.getStyleClass().add("field-error");
                    error.setWrapText(true);
                    grid.add(error, 1, row++);
                }
                if (r.length > 2) {
                    Label hint = new Label(t(r[2]));
                    hint.getStyleClass().add("field-hint");
                    hint.setWrapText(true);
                    grid.add(hint, 1, row++);
                }
            }
            TitledPane pane = new TitledPane(t(title), grid);
            pane.setAnimated(false);
            return pane;
        }

        private Node statusBar() {
            Label path = new Label(t("status.database"));
            path.getStyleClass().add("database-path");
            path.setMinWidth(Region.USE_PREF_SIZE);
            Label status = new Label();
            status.getStyleClass().add("status-message");
            status.setWrapText(true);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            ProgressIndicator busy = new ProgressIndicator();
            busy.setPrefSize(16, 16);
            busy.setVisible(false);
            HBox bar = new HBox(12, path, gap, status, busy);
            bar.getStyleClass().add("status-bar");
            return bar;
        }
    }
}
