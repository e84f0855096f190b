package io.offerbench.ui.benchmarks;

import io.offerbench.domain.Benchmark;
import io.offerbench.ui.common.CheckedText;
import io.offerbench.ui.common.Messages;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Adding or changing one of the user's own rows. The form is checked as the user types; a row is
 * handed over for saving only when every field reads. A row from the documents is never opened
 * here: those are read-only.
 */
public final class BenchmarkEditorViewModel {

    private final BenchmarkForm form;
    private final int defaultYear;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper attempted = new ReadOnlyBooleanWrapper(false);
    private Benchmark editingRow;

    /** {@code currentYear} is the default as-of year of a new row; one year ahead is accepted for next year's figures. */
    public BenchmarkEditorViewModel(int currentYear) {
        this.form = new BenchmarkForm(currentYear + 1);
        this.defaultYear = currentYear;
        // After a failed save the summary follows the user's fixes instead of going stale.
        form.inputs().forEach(input -> input.addListener(o -> {
            if (attempted.get() && editing.get()) {
                problems.set(String.join("\n", form.build("check").errors()));
            }
        }));
    }

    BenchmarkForm form() {
        return form;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Every message that stops the row from being saved, one per line; shown after a save attempt. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /**
     * Whether to show a field's message: at once for text the user typed, but for a field left empty
     * only after a save attempt, so a fresh form does not open covered in "is required".
     */
    public BooleanBinding showError(CheckedText<?> field) {
        return field.errorProperty().isNotEmpty().and(attempted.getReadOnlyProperty().or(field.textProperty().isNotEmpty()));
    }

    public void startNew() {
        form.clear(defaultYear);
        editingRow = null;
        open(Messages.get("benchmarks.editor.new"));
    }

    /** Opens one of the user's own rows; returns false, and opens nothing, for a row from the documents. */
    public boolean startEdit(Benchmark row) {
        if (!BenchmarksViewModel.isEditable(row)) {
            return false;
        }
        form.load(row);
        editingRow = row;
        open(Messages.get("benchmarks.editor.edit", row.subject()));
        return true;
    }

    /**
     * The row to save when the form is valid: a new row gets a fresh "user-" id, an edited row keeps
     * its id and hidden flag. When something is wrong, nothing is returned and the problems are listed.
     */
    public Optional<Benchmark> submit() {
        String id = editingRow != null ? editingRow.id() : UserBenchmarkIds.newId(form.subject.text());
        BenchmarkForm.Result result = form.build(id);
        attempted.set(true);
        problems.set(String.join("\n", result.errors()));
        if (!result.isValid()) {
            return Optional.empty();
        }
        return Optional.of(result.benchmark().withHidden(editingRow != null && editingRow.hidden()));
    }

    /** The id of the row being edited, empty while adding a new one. */
    public Optional<String> editingId() {
        return Optional.ofNullable(editingRow).map(Benchmark::id);
    }

    public void close() {
        editing.set(false);
        editingRow = null;
        problems.set("");
    }

    private void open(String title) {
        heading.set(title);
        problems.set("");
        attempted.set(false);
        editing.set(true);
    }
}
