package io.offerbench.ui.compare;

import io.offerbench.charts.ChartKind;
import io.offerbench.charts.ChartStyle;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.charts.PayBasis;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.sharing.FilePicker;
import io.offerbench.ui.sharing.SystemFilePicker;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;

/** The compare tab: the check list of offers, the key-figures table and the five charts with export. */
public final class CompareController {

    private static final double CHART_HEIGHT = 430;

    private final ScoringModel scoring;
    private final CompareViewModel model;
    private final ChartBoard board;
    private final ChartExporter exporter;
    private final ReadOnlyBooleanProperty darkTheme;

    @FXML private FlowPane choiceBox;
    @FXML private Label homeCurrency;
    @FXML private Label selectionMessage;
    @FXML private TableView<FigureRow> figuresTable;
    @FXML private TableColumn<FigureRow, String> figureColumn;
    @FXML private Label figuresPlaceholder;
    @FXML private RadioButton year1Button;
    @FXML private RadioButton steadyButton;
    @FXML private GridPane chartGrid;

    public CompareController(Workspace workspace, Window owner) {
        this(workspace, owner, new SystemFilePicker(), new ExportSizeDialog());
    }

    /** With the file picker and size prompt given, so tests can export without native dialogs. */
    public CompareController(Workspace workspace, Window owner, FilePicker files, SizePrompt sizes) {
        this.scoring = workspace.scoring();
        this.board = new ChartBoard(workspace.work().tasks());
        this.model = new CompareViewModel(workspace.offers(), scoring);
        this.exporter = new ChartExporter(owner, workspace, files, sizes);
        this.darkTheme = workspace.darkTheme();
    }

    /** The screen rebuilds only while {@code onView} is true (its tab is selected); it catches up when shown. */
    public void showWhile(javafx.beans.value.ObservableBooleanValue onView) {
        model.showingProperty().bind(onView);
    }

    @FXML
    private void initialize() {
        homeCurrency.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("compare.homeCurrency", scoring.settingsProperty().get().homeCurrency().code()),
                scoring.settingsProperty()));
        selectionMessage.textProperty().bind(model.selectionMessageProperty());
        selectionMessage.visibleProperty().bind(selectionMessage.textProperty().isNotEmpty());
        selectionMessage.managedProperty().bind(selectionMessage.visibleProperty());
        figuresPlaceholder.textProperty().bind(Bindings.when(model.selectionMessageProperty().isEmpty())
                .then(Messages.get("compare.scoring")).otherwise(model.selectionMessageProperty()));
        figureColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        figuresTable.setItems(model.figures());

        ToggleGroup basis = new ToggleGroup();
        year1Button.setToggleGroup(basis);
        steadyButton.setToggleGroup(basis);
        basis.selectedToggleProperty().addListener((o, a, t) -> model.payBasisProperty().set(t == steadyButton ? PayBasis.STEADY_STATE : PayBasis.YEAR_1));
        layOutCharts();

        model.choices().addListener((ListChangeListener<OfferChoice>) c -> showChoices());
        model.comparedProperty().addListener((o, a, compared) -> showCompared(compared));
        model.payBasisProperty().addListener((o, a, b) -> board.show(model.comparedProperty().get(), b));
        // Charts are drawn by JFreeChart, not styled by CSS, so they follow the theme by rebuilding.
        board.setStyle(darkTheme.get() ? ChartStyle.dark() : ChartStyle.light());
        darkTheme.addListener((o, was, dark) -> {
            board.setStyle(dark ? ChartStyle.dark() : ChartStyle.light());
            showChoices();
        });
        showChoices();
        showCompared(model.comparedProperty().get());
    }

    private void layOutCharts() {
        chartGrid.add(cell(ChartKind.PAY_COMPOSITION), 0, 0);
        chartGrid.add(cell(ChartKind.CUMULATIVE_PAY), 1, 0);
        chartGrid.add(cell(ChartKind.MARKET_BAND), 0, 1);
        chartGrid.add(cell(ChartKind.PROFILE), 1, 1);
        chartGrid.add(cell(ChartKind.SCORE_BREAKDOWN), 0, 2, 2, 1);
    }

    /** A chart with its export button above it; the viewer's right-click menu offers the same export. */
    private VBox cell(ChartKind kind) {
        ChartViewer viewer = board.viewer(kind);
        viewer.setPrefHeight(CHART_HEIGHT);
        viewer.setMinHeight(CHART_HEIGHT);
        Button export = new Button(Messages.get("compare.export"));
        export.setId("export-" + ChartBoard.idOf(kind));
        export.setOnAction(e -> export(kind));
        export.disableProperty().bind(model.comparedProperty().isNull());
        MenuItem menuExport = new MenuItem(Messages.get("compare.export"));
        menuExport.setOnAction(e -> export(kind));
        Button resetZoom = new Button(Messages.get("compare.resetZoom"));
        resetZoom.setId("resetZoom-" + ChartBoard.idOf(kind));
        resetZoom.setTooltip(new javafx.scene.control.Tooltip(Messages.get("compare.resetZoom.tip")));
        resetZoom.setOnAction(e -> board.resetZoom(kind));
        resetZoom.disableProperty().bind(board.zoomedProperty(kind).not());
        MenuItem menuReset = new MenuItem(Messages.get("compare.resetZoom"));
        menuReset.setOnAction(e -> board.resetZoom(kind));
        menuReset.disableProperty().bind(board.zoomedProperty(kind).not());
        viewer.getContextMenu().getItems().setAll(menuExport, menuReset);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        io.offerbench.ui.common.CommandIcons.on(resetZoom);
        io.offerbench.ui.common.CommandIcons.on(export);
        HBox header = new HBox(6, gap, resetZoom, export);
        header.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(2, header, viewer);
        box.getStyleClass().add("chart-cell");
        return box;
    }

    private void export(ChartKind kind) {
        exporter.export(kind, board.shown(), board.basis(), board.style(), board.texts());
    }

    private void showChoices() {
        List<CheckBox> boxes = model.choices().stream().map(choice -> {
            CheckBox box = new CheckBox(choice.offer().label());
            box.setId("choice-" + choice.offer().id());
            box.selectedProperty().bindBidirectional(choice.chosenProperty());
            return box;
        }).toList();
        choiceBox.getChildren().setAll(boxes);
        paintSwatches();
    }

    /** Each ticked offer shows its chart colour beside its name, so the check list doubles as the legend. */
    private void paintSwatches() {
        for (int i = 0; i < model.choices().size() && i < choiceBox.getChildren().size(); i++) {
            int slot = model.slotOf(model.choices().get(i).offer());
            ((CheckBox) choiceBox.getChildren().get(i)).setGraphic(slot < 0 ? null : Swatches.of(board.style().offerColour(slot)));
        }
    }

    private void showCompared(ComparedOffers compared) {
        paintSwatches();
        figuresTable.getColumns().setAll(List.of(figureColumn));
        if (compared != null) {
            for (int slot = 0; slot < compared.size(); slot++) {
                figuresTable.getColumns().add(offerColumn(compared, slot));
            }
        }
        board.show(compared, model.payBasisProperty().get());
    }

    private TableColumn<FigureRow, String> offerColumn(ComparedOffers compared, int slot) {
        TableColumn<FigureRow, String> column = new TableColumn<>();
        var offer = compared.scores().get(slot).offer();
        // Company above role: two short lines fit a column where "Company — Role" would be cut off.
        String name = offer.roleTitle().isBlank() ? offer.company() : offer.company() + "\n" + offer.roleTitle();
        Label header = new Label(name, Swatches.of(board.style().offerColour(compared.colourSlot(slot))));
        header.setWrapText(true);
        column.setGraphic(header);
        column.setPrefWidth(200);
        column.setSortable(false);
        column.setId("figures-" + compared.key(slot).id());
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().values().get(slot)));
        return column;
    }
}
