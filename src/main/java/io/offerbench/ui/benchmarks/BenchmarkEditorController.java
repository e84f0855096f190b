package io.offerbench.ui.benchmarks;

import static io.offerbench.ui.common.Visibility.showWhen;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.ui.common.CheckedText;
import io.offerbench.ui.common.EnumLabels;
import io.offerbench.ui.common.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/** Binds the add/edit form to {@link BenchmarkEditorViewModel}; saving is handed to the screen. */
final class BenchmarkEditorController {

    private final BenchmarkEditorViewModel model;
    private final Consumer<Benchmark> onSubmit;

    @FXML private Label benchmarkEditorHeading;
    @FXML private Label benchmarkProblems;
    @FXML private TextField benchmarkSubjectField, benchmarkLowField, benchmarkHighField, benchmarkCurrencyField, benchmarkAsOfYearField, benchmarkOutletField;
    @FXML private TextArea benchmarkCaveatField;
    @FXML private Label benchmarkSubjectError, benchmarkLowError, benchmarkHighError, benchmarkCurrencyError, benchmarkAsOfYearError, benchmarkOutletError, benchmarkCaveatError;
    @FXML private ComboBox<Segment> benchmarkSegmentField;
    @FXML private ComboBox<Seniority> benchmarkSeniorityField;
    @FXML private ComboBox<Metric> benchmarkMetricField;
    @FXML private ComboBox<BenchmarkKind> benchmarkKindField;
    @FXML private ComboBox<BenchmarkUnit> benchmarkUnitField;

    /** {@code onSubmit} gets a valid row to save; the screen closes the editor once it is stored. */
    BenchmarkEditorController(BenchmarkEditorViewModel model, Consumer<Benchmark> onSubmit) {
        this.model = model;
        this.onSubmit = onSubmit;
    }

    @FXML
    private void initialize() {
        BenchmarkForm f = model.form();
        bind(benchmarkSubjectField, benchmarkSubjectError, f.subject);
        bind(benchmarkLowField, benchmarkLowError, f.low);
        bind(benchmarkHighField, benchmarkHighError, f.high);
        bind(benchmarkCurrencyField, benchmarkCurrencyError, f.currency);
        bind(benchmarkAsOfYearField, benchmarkAsOfYearError, f.asOfYear);
        bind(benchmarkOutletField, benchmarkOutletError, f.outlet);
        bind(benchmarkCaveatField, benchmarkCaveatError, f.caveat);
        choice(benchmarkSegmentField, f.segment, Segment.values(), Messages.get("benchmarks.choose"));
        benchmarkSeniorityField.getItems().setAll(withNull(Seniority.values()));
        benchmarkSeniorityField.setConverter(EnumLabels.converter(Messages.get("benchmarks.anySeniority")));
        benchmarkSeniorityField.valueProperty().bindBidirectional(f.seniority);
        // Exchange rates belong in the currency table, where scoring reads them.
        Metric[] metrics = Arrays.stream(Metric.values()).filter(m -> m != Metric.EXCHANGE_RATE).toArray(Metric[]::new);
        choice(benchmarkMetricField, f.metric, metrics, Messages.get("benchmarks.choose"));
        choice(benchmarkKindField, f.kind, BenchmarkKind.values(), Messages.get("benchmarks.choose"));
        benchmarkUnitField.getItems().setAll(BenchmarkUnits.ALL);
        benchmarkUnitField.setConverter(BenchmarkUnits.converter());
        benchmarkUnitField.valueProperty().bindBidirectional(f.unit);
        benchmarkEditorHeading.textProperty().bind(model.headingProperty());
        benchmarkProblems.textProperty().bind(model.problemsProperty());
        showWhen(benchmarkProblems, model.problemsProperty().isNotEmpty());
    }

    void focusFirstField() {
        Platform.runLater(benchmarkSubjectField::requestFocus);
    }

    @FXML
    private void onSave() {
        model.submit().ifPresent(onSubmit);
    }

    @FXML
    private void onCancel() {
        model.close();
    }

    private void bind(TextInputControl control, Label error, CheckedText<?> field) {
        control.textProperty().bindBidirectional(field.textProperty());
        error.textProperty().bind(field.errorProperty());
        showWhen(error, model.showError(field));
    }

    private static <E extends Enum<E>> void choice(ComboBox<E> box, ObjectProperty<E> property, E[] values, String nullText) {
        io.offerbench.ui.common.EnumChoice.bind(box, property, values, nullText, false);
    }

    private static <E> List<E> withNull(E[] values) {
        List<E> items = new ArrayList<>(Arrays.asList(values));
        items.add(0, null);
        return items;
    }

}
