package io.offerbench.ui.currencies;

import io.offerbench.domain.LocationFactor;
import io.offerbench.domain.LocationFactor.Kind;
import io.offerbench.domain.input.PercentParser;
import io.offerbench.domain.input.TextInput;
import io.offerbench.exchange.BenchmarkWording;
import io.offerbench.ui.common.CheckedText;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.Parsed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One table of the user's own estimates by city or country: cost-of-living indices (100 = the
 * reference place) or effective tax rates in percent. The documents give neither, so every row is
 * the user's. Saving a place that is already there replaces its figure (places match ignoring case).
 */
public final class LocationFactorsViewModel {

    static final BigDecimal MAX_INDEX = BigDecimal.valueOf(1000);
    static final BigDecimal MAX_TAX_PERCENT = BigDecimal.valueOf(95);

    private final Kind kind;
    private final ObservableList<LocationFactor> rows = FXCollections.observableArrayList();
    final CheckedText<String> place;
    final CheckedText<BigDecimal> value;
    final CheckedText<String> note;
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private LocationFactor loaded;

    public LocationFactorsViewModel(Kind kind) {
        this.kind = kind;
        this.place = new CheckedText<>(t -> Parsed.from(TextInput.required(t, label("place"), 100, false)));
        this.value = new CheckedText<>(this::value);
        this.note = new CheckedText<>(t -> Parsed.from(TextInput.text(t, label("note"), 300, false)));
    }

    public Kind kind() {
        return kind;
    }

    /** Labels differ by kind ("Index (100 = reference)", "Effective tax rate (%)"), and so do the messages that use them. */
    String label(String field) {
        return Messages.get("currencies." + keyPrefix() + ".field." + field);
    }

    /** "costOfLiving" or "taxRate": the message-key and node-id prefix of this table. */
    String keyPrefix() {
        return kind == Kind.COST_OF_LIVING ? "costOfLiving" : "taxRate";
    }

    public ObservableList<LocationFactor> rows() {
        return rows;
    }

    /** Keeps this table's kind out of all the stored factors. */
    public void setStored(List<LocationFactor> all) {
        rows.setAll(all.stream().filter(f -> f.kind() == kind).toList());
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public Optional<LocationFactor> loaded() {
        return Optional.ofNullable(loaded);
    }

    public void startNew() {
        loaded = null;
        fill("", "", "");
    }

    public void select(LocationFactor factor) {
        if (factor == null) {
            startNew();
            return;
        }
        loaded = factor;
        fill(factor.place(), BenchmarkWording.number(factor.value()), factor.note());
    }

    public Optional<LocationFactor> submit() {
        List<String> errors = Stream.of(place, value, note).map(f -> f.parse().error()).filter(e -> e != null).toList();
        problems.set(String.join("\n", errors));
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LocationFactor(kind, place.text().strip(), value.parse().value(), note.text().strip()));
    }

    private void fill(String where, String figure, String why) {
        place.set(where);
        value.set(figure);
        note.set(why);
        problems.set("");
    }

    private Parsed<BigDecimal> value(String text) {
        String label = label("value");
        if (kind == Kind.EFFECTIVE_TAX_RATE) {
            return Parsed.from(PercentParser.parse(text, label, MAX_TAX_PERCENT));
        }
        return Parsed.from(PositiveDecimalParser.parse(text, label, Messages.get("currencies.example.index"), MAX_INDEX));
    }
}
