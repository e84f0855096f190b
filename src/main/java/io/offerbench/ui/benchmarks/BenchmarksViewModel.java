package io.offerbench.ui.benchmarks;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Segment;
import io.offerbench.domain.Seniority;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.ui.common.Messages;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The benchmarks as the screen shows them: filtered by segment, seniority, metric and free text,
 * hidden rows left out unless asked for, and what may be done with the selected row. Rows from the
 * source documents are read-only (they can only be hidden); the user's own rows can also be edited
 * and deleted.
 */
public final class BenchmarksViewModel {

    private final ObservableList<Benchmark> rows;
    private final FilteredList<Benchmark> visible;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>();
    private final ObjectProperty<Seniority> seniority = new SimpleObjectProperty<>();
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>();
    private final BooleanProperty showHidden = new SimpleBooleanProperty(false);
    private final ObjectProperty<Benchmark> selected = new SimpleObjectProperty<>();

    public BenchmarksViewModel(ObservableList<Benchmark> rows) {
        this.rows = rows;
        this.visible = new FilteredList<>(rows, b -> !b.hidden());
        Stream.of(search, segment, seniority, metric, showHidden).forEach(p -> p.addListener(o -> refilter()));
    }

    public ObservableList<Benchmark> rows() {
        return rows;
    }

    public FilteredList<Benchmark> visibleRows() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    public ObjectProperty<Seniority> seniorityProperty() {
        return seniority;
    }

    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    public BooleanProperty showHiddenProperty() {
        return showHidden;
    }

    public ObjectProperty<Benchmark> selectedProperty() {
        return selected;
    }

    /** Only the user's own rows can be changed or deleted. */
    public BooleanBinding selectedIsEditable() {
        return Bindings.createBooleanBinding(() -> isEditable(selected.get()), selected);
    }

    /** Why the edit controls are off: said only for a document row, empty otherwise. */
    public StringBinding readOnlyReason() {
        return Bindings.createStringBinding(() -> {
            Benchmark b = selected.get();
            return b != null && b.isFromDocument() ? Messages.get("benchmarks.readOnly") : "";
        }, selected);
    }

    /** "Hide" for a shown row, "Show again" for a hidden one; any row, document or own, can be hidden. */
    public StringBinding hideActionText() {
        return Bindings.createStringBinding(() -> {
            Benchmark b = selected.get();
            return Messages.get(b != null && b.hidden() ? "benchmarks.unhide" : "benchmarks.hide");
        }, selected);
    }

    public StringBinding countText() {
        return Bindings.createStringBinding(() -> Messages.get("benchmarks.count", visible.size(), rows.size(),
                rows.stream().filter(Benchmark::hidden).count()), visible, rows);
    }

    static boolean isEditable(Benchmark b) {
        return b != null && !b.isFromDocument();
    }

    /** Clears the filters that would keep {@code row} out of view, so a row the user just saved is found. */
    public void revealInFilters(Benchmark row) {
        if (!matches(row, search.get(), segment.get(), seniority.get(), metric.get(), showHidden.get())) {
            search.set("");
            segment.set(null);
            seniority.set(null);
            metric.set(null);
            showHidden.set(showHidden.get() || row.hidden());
        }
    }

    private void refilter() {
        String s = search.get();
        Segment sg = segment.get();
        Seniority sn = seniority.get();
        Metric m = metric.get();
        boolean hidden = showHidden.get();
        visible.setPredicate(b -> matches(b, s, sg, sn, m, hidden));
    }

    /**
     * Null filters match all. A row for "any seniority" matches every seniority, since it applies to
     * every career stage. Free text looks in the subject, figure, outlet, quote, caveat, file and id.
     */
    static boolean matches(Benchmark b, String text, Segment segment, Seniority seniority, Metric metric, boolean showHidden) {
        if (b.hidden() && !showHidden) {
            return false;
        }
        if (segment != null && b.segment() != segment || metric != null && b.metric() != metric) {
            return false;
        }
        if (seniority != null && b.seniority() != null && b.seniority() != seniority) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return Stream.of(b.subject(), io.offerbench.text.BenchmarkTexts.subject(b), BenchmarkWording.figure(b), b.outlet(), b.quote(), b.caveat(),
                        io.offerbench.text.BenchmarkTexts.caveat(b), b.seedFile(), b.id())
                .anyMatch(h -> h.toLowerCase(Locale.ROOT).contains(needle));
    }
}
