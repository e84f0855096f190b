package io.offerbench.ui.benchmarks;

import static io.offerbench.ui.common.Visibility.showWhen;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.ui.session.Workspace;
import io.offerbench.ui.common.Dialogs;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.Fxml;
import io.offerbench.ui.common.View;
import io.offerbench.ui.common.Messages;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The benchmarks screen: a filterable, sortable table of every benchmark and where the selected one came from. */
public final class BenchmarksController {

    private final Workspace workspace;
    private final Window owner;
    private final BenchmarksViewModel model = new BenchmarksViewModel(FXCollections.observableArrayList());
    private final BenchmarkEditorViewModel editorModel;
    private final BenchmarkStore store;
    private final BenchmarkEditorController editor;

    @FXML private TextField benchmarkSearchField;
    @FXML private ComboBox<Segment> segmentFilter;
    @FXML private ComboBox<Seniority> seniorityFilter;
    @FXML private ComboBox<Metric> metricFilter;
    @FXML private CheckBox showHiddenBox;
    @FXML private Label benchmarkCountLabel;
    @FXML private TableView<Benchmark> benchmarkTable;
    @FXML private TableColumn<Benchmark, Benchmark> figureColumn;
    @FXML private TableColumn<Benchmark, String> subjectColumn, segmentColumn, seniorityColumn, metricColumn, kindColumn, informsColumn;
    @FXML private TableColumn<Benchmark, String> outletColumn, publishedColumn, originColumn;
    @FXML private VBox detailPane, editorHolder;
    @FXML private Label detailSubject, detailFigure, readOnlyNote;
    @FXML private TextArea detailQuote, detailCaveat;
    @FXML private TextField detailDocument, detailOutlet, detailPublished, detailAsOfYear, detailOrigin, detailId;
    @FXML private TextField detailSegment, detailSeniority, detailMetric, detailKind, detailInforms;
    @FXML private Button addBenchmarkButton, editBenchmarkButton, deleteBenchmarkButton, hideBenchmarkButton;

    public BenchmarksController(Workspace workspace, Window owner) {
        this.workspace = workspace;
        this.owner = owner;
        this.editorModel = new BenchmarkEditorViewModel(Year.now(workspace.clock()).getValue());
        this.store = new BenchmarkStore(workspace, model.rows());
        this.editor = new BenchmarkEditorController(editorModel, this::save);
    }

    @FXML
    private void initialize() {
        // Each filter says what it filters even when it filters nothing ("Segment: all"), since the three look alike.
        filter(segmentFilter, Segment.values(), model.segmentProperty(),
                Messages.get("benchmarks.filter.all", Messages.get("benchmarks.filter.segment")));
        filter(seniorityFilter, Seniority.values(), model.seniorityProperty(),
                Messages.get("benchmarks.filter.all", Messages.get("benchmarks.filter.seniority")));
        filter(metricFilter, Metric.values(), model.metricProperty(),
                Messages.get("benchmarks.filter.all", Messages.get("benchmarks.filter.metric")));
        model.searchProperty().bind(benchmarkSearchField.textProperty());
        showHiddenBox.selectedProperty().bindBidirectional(model.showHiddenProperty());
        benchmarkCountLabel.textProperty().bind(model.countText());

        figureColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        figureColumn.setCellFactory(c -> new FigureCell());
        figureColumn.setComparator(FigureCell.BY_FIGURE);
        text(subjectColumn, io.offerbench.text.BenchmarkTexts::subject);
        text(segmentColumn, b -> EnumLabels.of(b.segment()));
        text(seniorityColumn, b -> b.seniority() == null ? Messages.get("benchmarks.anySeniority") : EnumLabels.of(b.seniority()));
        text(metricColumn, b -> EnumLabels.of(b.metric()));
        text(kindColumn, b -> EnumLabels.of(b.kind()));
        text(informsColumn, io.offerbench.text.SignalWords::informs);
        text(outletColumn, Benchmark::outlet);
        text(publishedColumn, Benchmark::published);
        text(originColumn, BenchmarkDetail::origin);
        SortedList<Benchmark> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(benchmarkTable.comparatorProperty());
        benchmarkTable.setItems(sorted);
        benchmarkTable.setRowFactory(t -> new HiddenAwareRow());
        model.selectedProperty().bind(benchmarkTable.getSelectionModel().selectedItemProperty());
        model.selectedProperty().addListener((o, before, now) -> {
            showDetail(BenchmarkDetail.of(now));
            showScope(now);
        });
        showDetail(BenchmarkDetail.none());

        ObservableBooleanValue nothingSelected = benchmarkTable.getSelectionModel().selectedItemProperty().isNull();
        editBenchmarkButton.disableProperty().bind(model.selectedIsEditable().not());
        deleteBenchmarkButton.disableProperty().bind(model.selectedIsEditable().not());
        hideBenchmarkButton.disableProperty().bind(nothingSelected);
        hideBenchmarkButton.textProperty().bind(model.hideActionText());
        readOnlyNote.textProperty().bind(model.readOnlyReason());
        showWhen(readOnlyNote, model.readOnlyReason().isNotEmpty());

        editorHolder.getChildren().setAll(Fxml.load(View.BENCHMARK_EDITOR, () -> editor));
        showWhen(editorHolder, editorModel.editingProperty());
        showWhen(detailPane, editorModel.editingProperty().not());
        addBenchmarkButton.disableProperty().bind(editorModel.editingProperty());
        store.reload(() -> {
        });
    }

    @FXML
    private void onAdd() {
        editorModel.startNew();
        editor.focusFirstField();
    }

    @FXML
    private void onEdit() {
        if (editorModel.startEdit(model.selectedProperty().get())) {
            editor.focusFirstField();
        }
    }

    @FXML
    private void onDelete() {
        Benchmark row = model.selectedProperty().get();
        if (BenchmarksViewModel.isEditable(row) && Dialogs.confirm(owner, Messages.get("benchmarks.delete.title"),
                Messages.get("benchmarks.delete.text", io.offerbench.text.BenchmarkTexts.subject(row)))) {
            store.delete(row, () -> workspace.setStatus(Messages.get("benchmarks.status.deleted", io.offerbench.text.BenchmarkTexts.subject(row))));
        }
    }

    @FXML
    private void onToggleHidden() {
        Benchmark row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        store.setHidden(row, !row.hidden(), changed -> {
            workspace.setStatus(Messages.get(changed.hidden() ? "benchmarks.status.hidden" : "benchmarks.status.shown", io.offerbench.text.BenchmarkTexts.subject(changed)));
            select(changed);
        });
    }

    private void save(Benchmark row) {
        store.save(row, saved -> {
            editorModel.close();
            model.revealInFilters(saved);
            select(saved);
            workspace.setStatus(Messages.get("benchmarks.status.saved", saved.subject()));
        });
    }

    /** Selects the row with this id if the filters show it (a row just hidden may have left the table). */
    private void select(Benchmark row) {
        for (Benchmark b : benchmarkTable.getItems()) {
            if (b.id().equals(row.id())) {
                benchmarkTable.getSelectionModel().select(b);
                benchmarkTable.scrollTo(b);
                return;
            }
        }
        benchmarkTable.getSelectionModel().clearSelection();
    }

    private void showDetail(BenchmarkDetail d) {
        detailSubject.setText(d.subject());
        detailFigure.setText(d.figure());
        detailQuote.setText(d.quote());
        detailDocument.setText(d.document());
        detailOutlet.setText(d.outlet());
        detailPublished.setText(d.published());
        detailAsOfYear.setText(d.asOfYear());
        detailOrigin.setText(d.origin());
        detailCaveat.setText(d.caveat());
        detailId.setText(d.id());
    }

    /** What the table's hidden columns would say, beside the rest of the row's story. */
    private void showScope(Benchmark b) {
        detailSegment.setText(b == null ? "" : EnumLabels.of(b.segment()));
        detailSeniority.setText(b == null ? "" : b.seniority() == null ? Messages.get("benchmarks.anySeniority") : EnumLabels.of(b.seniority()));
        detailMetric.setText(b == null ? "" : EnumLabels.of(b.metric()));
        detailKind.setText(b == null ? "" : EnumLabels.of(b.kind()));
        detailInforms.setText(b == null ? "" : io.offerbench.text.SignalWords.informs(b));
    }

    private static <E extends Enum<E>> void filter(ComboBox<E> box, E[] values, ObjectProperty<E> property, String all) {
        io.offerbench.ui.common.EnumChoice.bind(box, property, values, all, true);
    }

    private static void text(TableColumn<Benchmark, String> column, Function<Benchmark, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

}
