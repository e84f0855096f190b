package io.offerbench.ui.ranking;

import io.offerbench.text.Formats;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.MoneyFormat;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.ScoreComponent;
import io.offerbench.ui.session.ScoringModel;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.TableFit;
import io.offerbench.ui.common.WholeFigures;
import io.offerbench.charts.ChartStyle;
import io.offerbench.exchange.negotiation.NegotiationWords;
import io.offerbench.scoring.negotiation.WeightCertainty;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import io.offerbench.text.PayRangeWords;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;

/** The ranking tab: ranking table, the selected offer's score explained, and the weights editor. */
public final class RankingController {

    private final Window owner;
    private final ScoringModel scoring;
    private final RankingViewModel model;
    private final WeightsEditorViewModel weights;
    private final ScoringOptionsViewModel options;
    private final NegotiationViewModel negotiation;

    @FXML private ComboBox<WeightProfile> profileBox;
    @FXML private Button revertButton;
    @FXML private Button resetBuiltInButton;
    @FXML private ComboBox<WeightProfile> secondBox;
    @FXML private ComboBox<io.offerbench.domain.CurrencyCode> homeCurrencyBox;
    @FXML private ComboBox<io.offerbench.domain.LiquidityScenario> scenarioBox;
    @FXML private javafx.scene.control.CheckBox costOfLivingBox;
    @FXML private javafx.scene.control.CheckBox afterTaxBox;
    @FXML private Label closeCall;
    @FXML private Label sensitivity;
    @FXML private TableView<RankingRow> rankingTable;
    @FXML private TableColumn<RankingRow, Number> rankColumn;
    @FXML private TableColumn<RankingRow, String> offerColumn;
    @FXML private TableColumn<RankingRow, Number> totalColumn;
    @FXML private TableColumn<RankingRow, String> secondColumn;
    @FXML private Label estimatesNote;
    @FXML private TableColumn<RankingRow, String> grossColumn;
    @FXML private TableColumn<RankingRow, String> year1Column;
    @FXML private TableColumn<RankingRow, String> averageColumn;
    @FXML private TableColumn<RankingRow, String> payRangeColumn;
    @FXML private TableColumn<RankingRow, String> tenureValueColumn;
    @FXML private TableColumn<RankingRow, String> completenessColumn;
    @FXML private ComboBox<Integer> tenureBox;
    @FXML private TableColumn<RankingRow, String> steadyColumn;
    @FXML private TableColumn<RankingRow, String> marketColumn;
    @FXML private VBox scorePanel;
    @FXML private Label headline;
    @FXML private VBox moneyBox;
    @FXML private VBox marketBox;
    @FXML private VBox hintsBox;
    @FXML private VBox targetsBox;
    @FXML private TableView<ScoreComponent> breakdownTable;
    @FXML private TableColumn<ScoreComponent, String> criterionColumn;
    @FXML private TableColumn<ScoreComponent, String> rawColumn;
    @FXML private TableColumn<ScoreComponent, String> shareColumn;
    @FXML private TableColumn<ScoreComponent, String> pointsColumn;
    @FXML private TableColumn<ScoreComponent, String> whyColumn;
    @FXML private GridPane weightsGrid;
    @FXML private Label weightsMessage;
    @FXML private Button deleteButton;
    @FXML private ComboBox<WeightCertainty> certaintyBox;
    @FXML private Label acceptabilitySentence;
    @FXML private StackPane acceptabilityChartPane;
    @FXML private Label acceptabilityModel;
    @FXML private VBox regionsBox;
    private final javafx.beans.property.ReadOnlyBooleanProperty darkTheme;

    public RankingController(Workspace workspace, Window owner) {
        this.owner = owner;
        this.scoring = workspace.scoring();
        this.model = new RankingViewModel(scoring);
        this.weights = new WeightsEditorViewModel(workspace.scoring(), workspace.work(), workspace.database().profiles(), workspace.history());
        this.options = new ScoringOptionsViewModel(scoring);
        this.negotiation = new NegotiationViewModel(() -> scoring.contextProperty().get(), workspace.work().tasks());
        this.darkTheme = workspace.darkTheme();
    }

    @FXML
    private void initialize() {
        StringConverter<WeightProfile> byName = new io.offerbench.ui.common.DisplayConverter<>(p -> p == null ? Messages.get("ranking.noSecond") : io.offerbench.text.ProfileNames.of(p));
        profileBox.setItems(scoring.profiles());
        profileBox.setConverter(byName);
        profileBox.valueProperty().bindBidirectional(weights.chosenProperty());
        secondBox.setConverter(byName);
        scoring.profiles().addListener((javafx.collections.ListChangeListener<WeightProfile>) c -> refreshSecondChoices());
        refreshSecondChoices();
        secondBox.valueProperty().addListener((o, a, p) -> scoring.secondWeightsProperty().set(p));
        homeCurrencyBox.setItems(options.currencies());
        homeCurrencyBox.valueProperty().bindBidirectional(options.homeProperty());
        scenarioBox.getItems().setAll(io.offerbench.domain.LiquidityScenario.values());
        scenarioBox.setConverter(io.offerbench.ui.common.EnumLabels.converter(""));
        scenarioBox.valueProperty().bindBidirectional(options.scenarioProperty());
        for (int years = 1; years <= io.offerbench.scoring.ScoringContext.MAX_TENURE_YEARS; years++) {
            tenureBox.getItems().add(years);
        }
        tenureBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer years) {
                return years == null ? "" : Messages.get("ranking.tenure.years", years);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        tenureBox.valueProperty().bindBidirectional(options.tenureProperty());
        tenureBox.setTooltip(new Tooltip(Messages.get("ranking.tenure.tip")));
        costOfLivingBox.selectedProperty().bindBidirectional(options.costOfLivingProperty());
        afterTaxBox.selectedProperty().bindBidirectional(options.afterTaxProperty());
        deleteButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> WeightsEditorViewModel.isPreset(weights.chosenProperty().get()), weights.chosenProperty()));
        weightsMessage.textProperty().bind(weights.messageProperty());
        revertButton.disableProperty().bind(weights.editedProperty().not());
        revertButton.setTooltip(new Tooltip(Messages.get("weights.revert.tip")));
        // Shown only for a built-in (or a copy of one): one's own profiles have no built-in to go back to.
        resetBuiltInButton.visibleProperty().bind(Bindings.createBooleanBinding(() -> weights.chosenProperty().get() != null
                && WeightsEditorViewModel.builtInBehind(weights.chosenProperty().get().name()).isPresent(), weights.chosenProperty()));
        resetBuiltInButton.managedProperty().bind(resetBuiltInButton.visibleProperty());

        closeCall.textProperty().bind(model.closeCallProperty());
        showWhenNotEmpty(closeCall);
        sensitivity.textProperty().bind(model.sensitivityProperty());
        showWhenNotEmpty(sensitivity);
        estimatesNote.textProperty().bind(model.estimatesNoteProperty());
        showWhenNotEmpty(estimatesNote);
        setUpRankingTable();
        setUpBreakdownTable();
        buildWeightSliders();
        model.selectedProperty().addListener((o, a, s) -> showScore(s));
        negotiation.targetsProperty().addListener((o, a, lines) -> fill(targetsBox, lines));
        setUpAcceptability();
        showScore(model.selectedProperty().get());
    }

    /** The rank-acceptability chart's title, subtitle, axis and padding, and what each offer adds (a legend line, a bar). */
    static final double CHART_FRAME_HEIGHT = 150;
    static final double CHART_PER_OFFER_HEIGHT = 46;

    private void setUpAcceptability() {
        certaintyBox.getItems().setAll(WeightCertainty.values());
        certaintyBox.setConverter(new io.offerbench.ui.common.DisplayConverter<>(c -> c == null ? "" : io.offerbench.ui.common.Messages.get("negotiation.certainty.choice." + c.name())));
        certaintyBox.valueProperty().bindBidirectional(negotiation.certaintyProperty());
        ChartViewer viewer = new ChartViewer(new JFreeChart(new CategoryPlot()), true);
        viewer.setId("acceptabilityChart");
        // As wide as the panel, never wider: a wider viewer overflowed it on both sides, cutting the axis and the legend.
        viewer.setMinSize(0, 0);
        // Every bar is 100%: the panel's wheel scrolls the panel and must not zoom the chart into a wrong-looking 25-80% axis.
        viewer.getCanvas().setRangeZoomable(false);
        viewer.getCanvas().setDomainZoomable(false);
        acceptabilityChartPane.setMinWidth(0);
        viewer.setVisible(false);
        acceptabilityChartPane.getChildren().setAll(viewer);
        acceptabilityChartPane.visibleProperty().bind(negotiation.acceptabilityProperty().isNotNull());
        acceptabilityChartPane.managedProperty().bind(acceptabilityChartPane.visibleProperty());
        negotiation.chartStyleProperty().set(darkTheme.get() ? ChartStyle.dark() : ChartStyle.light());
        darkTheme.addListener((o, was, dark) -> negotiation.chartStyleProperty().set(dark ? ChartStyle.dark() : ChartStyle.light()));
        negotiation.acceptabilityProperty().addListener((o, a, shown) -> {
            acceptabilitySentence.setText(shown == null ? "" : shown.sentence());
            acceptabilityModel.setText(shown == null ? "" : shown.model());
            fill(regionsBox, shown == null ? List.of() : shown.regions());
            if (shown != null) {
                // Title, subtitle and one legend line per offer above a bar per rank: at a fixed 260 px, six offers' legend
                // left the bars no room at all.
                double height = CHART_FRAME_HEIGHT + CHART_PER_OFFER_HEIGHT * shown.table().size();
                acceptabilityChartPane.setMinHeight(height);
                acceptabilityChartPane.setPrefHeight(height);
                viewer.setChart(shown.chart());
                viewer.setVisible(true);
            }
        });
        showWhenNotEmpty(acceptabilitySentence);
        showWhenNotEmpty(acceptabilityModel);
        scoring.rankingProperty().addListener((o, a, r) -> negotiation.rankingChanged(r));
        negotiation.rankingChanged(scoring.rankingProperty().get());
    }

    private void setUpRankingTable() {
        // A left-out row (no exchange rate) names the offer and the reason, and leaves every figure blank.
        rankColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().isLeftOut() ? null : c.getValue().score().rank()));
        offerColumn.setCellValueFactory(c -> text(c.getValue().isLeftOut() ? RankingViewModel.leftOutLabel(c.getValue().leftOut())
                : c.getValue().score().offer().label()));
        totalColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().isLeftOut() ? null : c.getValue().score().total()));
        secondColumn.setCellValueFactory(c -> text(c.getValue().secondRank() == null ? ""
                : Messages.get("ranking.secondCell", c.getValue().secondRank(), c.getValue().secondTotal().toPlainString())));
        grossColumn.setCellValueFactory(c -> scored(c, s -> RankingViewModel.grossYear1(s)));
        grossColumn.visibleProperty().bind(model.estimatesAppliedProperty());
        year1Column.textProperty().bind(model.year1HeaderProperty());
        year1Column.setCellValueFactory(c -> scored(c, s -> Formats.amount(s.year1Total())));
        averageColumn.setCellValueFactory(c -> scored(c, s -> Formats.amount(s.annualAverage())));
        // Computed for the rows on screen only: two projections of each offer with private equity.
        payRangeColumn.setCellValueFactory(c -> scored(c, s -> payRange(s).map(PayRangeWords::range).orElse("")));
        tenureValueColumn.setCellValueFactory(c -> scored(c, ScoreExplanation::valueByTenure));
        completenessColumn.setCellValueFactory(c -> scored(c, ScoreExplanation::completeness));
        steadyColumn.setCellValueFactory(c -> scored(c, s -> Formats.amount(s.steadyStateAnnual())));
        marketColumn.setCellValueFactory(c -> scored(c, s -> Messages.get("verdict." + s.market().verdict().name())));
        rankingTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RankingRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(LEFT_OUT, !empty && row != null && row.isLeftOut());
            }
        });
        secondColumn.visibleProperty().bind(secondBox.valueProperty().isNotNull());
        describeHeaders();
        // Every amount reads whole; at 1024 px the widest columns (the pay range, the paid-out sums, both also in
        // the score panel below) make room first, then the market verdict and the answered share.
        WholeFigures.keep(rankingTable, List.of(tenureValueColumn, payRangeColumn, marketColumn, completenessColumn),
                figures(grossColumn), figures(year1Column), figures(averageColumn), figures(payRangeColumn),
                figures(tenureValueColumn), figures(steadyColumn));
        rankingTable.setItems(model.rows());
        rankingTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                model.select(row);
            }
        });
    }

    /** Headers of a word or two, each explained in full in its tooltip: at 1024 px they read in at most two lines. */
    private void describeHeaders() {
        TableFit.describe(rankColumn, Messages.get("ranking.col.tip.rank"));
        TableFit.describe(totalColumn, Messages.get("ranking.col.tip.total"));
        TableFit.describe(completenessColumn, Messages.get("ranking.col.tip.completeness"));
        TableFit.describe(secondColumn, Messages.get("ranking.col.tip.second"));
        TableFit.describe(grossColumn, Messages.get("money.ui.col.gross"));
        TableFit.describe(year1Column, model.year1DescriptionProperty());
        TableFit.describe(averageColumn, Messages.get("ranking.col.tip.average"));
        TableFit.describe(payRangeColumn, Messages.get("ranking.col.tip.payRange"));
        TableFit.describe(tenureValueColumn, Messages.get("ranking.col.tip.tenureValue"));
        TableFit.describe(steadyColumn, Messages.get("ranking.col.tip.steady"));
        TableFit.describe(marketColumn, Messages.get("ranking.col.tip.market"));
    }

    private static WholeFigures.Figures<RankingRow> figures(TableColumn<RankingRow, String> column) {
        return new WholeFigures.Figures<>(column, column::getCellData);
    }

    private static final javafx.css.PseudoClass LEFT_OUT = javafx.css.PseudoClass.getPseudoClass("left-out");

    private static javafx.beans.value.ObservableValue<String> scored(TableColumn.CellDataFeatures<RankingRow, String> c,
            java.util.function.Function<OfferScore, String> figure) {
        return text(c.getValue().isLeftOut() ? "" : figure.apply(c.getValue().score()));
    }

    private void setUpBreakdownTable() {
        criterionColumn.setCellValueFactory(c -> text(Messages.get("criterion." + c.getValue().criterion().name())));
        rawColumn.setCellValueFactory(c -> text(c.getValue().rawScore().stripTrailingZeros().toPlainString()));
        shareColumn.setCellValueFactory(c -> text(MoneyFormat.percent(c.getValue().weightShare().movePointRight(2))));
        pointsColumn.setCellValueFactory(c -> text(c.getValue().points().toPlainString()));
        whyColumn.setCellValueFactory(c -> text(io.offerbench.text.ReasonWords.explain(c.getValue())));
    }

    private void buildWeightSliders() {
        int row = 0;
        for (Criterion c : Criterion.values()) {
            Label name = new Label(Messages.get("criterion." + c.name()));
            // A long name wraps instead of widening the panel past its window (1024 px wide: "Market demand for the topic").
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            Slider slider = new Slider(0, WeightScale.SHORT, 0);
            slider.setId("weight-" + c.code());
            slider.setBlockIncrement(1);
            // The range first: a weight above the slider's end would be cut to it.
            slider.maxProperty().bind(weights.sliderMaxProperty());
            slider.valueProperty().bindBidirectional(weights.slider(c));
            name.setLabelFor(slider);
            weightsGrid.addRow(row++, name, slider, WeightField.of(c, weights));
        }
    }

    private void refreshSecondChoices() {
        WeightProfile keep = secondBox.getValue();
        List<WeightProfile> choices = new java.util.ArrayList<>();
        choices.add(null);
        choices.addAll(scoring.profiles());
        secondBox.getItems().setAll(choices);
        secondBox.setValue(keep);
    }

    private void showScore(OfferScore s) {
        scorePanel.setVisible(s != null);
        if (s == null) {
            return;
        }
        headline.setText(ScoreExplanation.headline(s));
        List<String> money = new java.util.ArrayList<>(ScoreExplanation.money(s));
        payRange(s).ifPresent(r -> money.addAll(PayRangeWords.explain(r)));
        if (scoring.rankingProperty().get() != null) {
            io.offerbench.text.CompletenessWords.caution(s, scoring.rankingProperty().get()).ifPresent(money::add);
        }
        fill(moneyBox, money);
        fill(marketBox, ScoreExplanation.market(s));
        fill(hintsBox, ScoreExplanation.hints(s));
        negotiation.show(s, scoring.rankingProperty().get());
        breakdownTable.getItems().setAll(s.components());
    }

    /** The offer's pay under its equity's bear and bull outcomes, under the ranking and context on screen. */
    private java.util.Optional<io.offerbench.scoring.PayRange> payRange(OfferScore s) {
        var ranking = scoring.rankingProperty().get();
        var context = scoring.contextProperty().get();
        return ranking == null || context == null ? java.util.Optional.empty()
                : java.util.Optional.of(io.offerbench.scoring.PayRange.of(s, ranking, context));
    }

    private static void fill(VBox box, List<String> lines) {
        box.getChildren().setAll(lines.stream().map(t -> {
            Label l = new Label(t);
            l.setWrapText(true);
            return l;
        }).toList());
    }

    @FXML
    private void onSaveAs() {
        TextInputDialog dialog = new TextInputDialog(weights.suggestedName());
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("weights.saveAs.title"));
        dialog.setHeaderText(Messages.get("weights.saveAs.header"));
        dialog.showAndWait().filter(name -> !weights.wouldReplace(name) || io.offerbench.ui.common.Dialogs.confirm(owner,
                Messages.get("profiles.replace.title"), Messages.get("profiles.replace.text", name.strip()))).ifPresent(weights::saveAs);
    }

    @FXML
    private void onResetToBuiltIn() {
        weights.resetToBuiltIn();
    }

    @FXML
    private void onMultipliers() {
        MultipliersDialog.edit(owner, scoring);
    }

    @FXML
    private void onRevert() {
        weights.revert();
    }

    @FXML
    private void onDelete() {
        weights.deleteChosen();
    }

    private static javafx.beans.value.ObservableValue<String> text(String s) {
        return new ReadOnlyObjectWrapper<>(s);
    }

    private static void showWhenNotEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
