package io.offerbench.ui.currencies;

import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.input.DateParser;
import io.offerbench.domain.input.TextInput;
import io.offerbench.ui.common.CheckedText;
import io.offerbench.ui.common.CurrencyText;
import io.offerbench.text.Formats;
import io.offerbench.ui.common.Messages;
import io.offerbench.ui.common.Parsed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The exchange-rate table and the form under it. Selecting a rate loads it into the form (its
 * currency then stays fixed: saving replaces that currency's rate); "new" clears the form for another
 * currency. USD is the reference, fixed at 1, and is never edited or saved.
 */
public final class ExchangeRatesViewModel {

    private static final String DOCUMENT_SOURCE_PREFIX = "benchmark ";
    /** Far above any real currency (the most units per dollar today are in the tens of thousands). */
    static final BigDecimal MAX_RATE = BigDecimal.valueOf(1_000_000);

    private final LocalDate today;
    private final ObservableList<RateRow> rows = FXCollections.observableArrayList(RateRow.usd());
    // Declared before the fields, whose checks read it.
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper currencyEditable = new ReadOnlyBooleanWrapper(true);
    final CheckedText<CurrencyCode> currency = new CheckedText<>(this::currency);
    final CheckedText<BigDecimal> perUsd = new CheckedText<>(t -> Parsed.from(
            PositiveDecimalParser.parse(t, label("perUsd"), Messages.get("currencies.example.rate"), MAX_RATE)));
    final CheckedText<LocalDate> asOf = new CheckedText<>(this::date);
    final CheckedText<String> source = new CheckedText<>(t -> Parsed.from(TextInput.text(t, label("source"), 300, false)));
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private ExchangeRate loaded;

    public ExchangeRatesViewModel(LocalDate today) {
        this.today = today;
        locked.addListener(o -> Stream.of(currency, asOf).forEach(CheckedText::recheck));
        startNew();
    }

    static String label(String field) {
        return Messages.get("currencies.field." + field);
    }

    public ObservableList<RateRow> rows() {
        return rows;
    }

    /** Shows the stored rates after the fixed USD line; a stored USD rate, if any, is ignored. */
    public void setStored(List<ExchangeRate> stored) {
        List<RateRow> all = new ArrayList<>();
        all.add(RateRow.usd());
        stored.stream().filter(r -> !r.currency().equals(CurrencyCode.USD)).map(RateRow::of).forEach(all::add);
        rows.setAll(all);
    }

    /** True while USD is selected: the form shows it but nothing can be changed. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** The currency can be typed only for a new rate; an existing rate keeps its currency. */
    public ReadOnlyBooleanProperty currencyEditableProperty() {
        return currencyEditable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The stored rate in the form, for deleting; empty for a new rate or USD. */
    public Optional<ExchangeRate> loaded() {
        return Optional.ofNullable(loaded);
    }

    public void startNew() {
        loaded = null;
        locked.set(false);
        currencyEditable.set(true);
        fill("", "", Formats.date(today), "");
    }

    public void select(RateRow row) {
        if (row == null) {
            startNew();
            return;
        }
        loaded = row.stored();
        locked.set(row.isFixed());
        currencyEditable.set(false);
        fill(row.currency().code(), row.perUsd(), row.isFixed() ? "" : row.asOf(), row.isFixed() ? row.source() : io.offerbench.text.RateSourceWords.of(row.stored().source()));
    }

    /** The rate to save, or empty with every problem listed when the form does not read. */
    public Optional<ExchangeRate> submit() {
        if (locked.get()) {
            problems.set(Messages.get("currencies.error.usdFixed"));
            return Optional.empty();
        }
        List<String> errors = Stream.of(currency, perUsd, asOf, source).map(f -> f.parse().error())
                .filter(e -> e != null).toList();
        problems.set(String.join("\n", errors));
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        ExchangeRate rate = new ExchangeRate(currency.parse().value(), perUsd.parse().value(), asOf.parse().value(), sourceToSave());
        return Optional.of(rate);
    }

    /**
     * A rate the documents implied keeps naming its benchmark row; once the user changes the figure
     * or the date but leaves that source in place, the saved source says the figure is now theirs.
     */
    private String sourceToSave() {
        String typed = source.text().strip();
        if (loaded != null && typed.equals(io.offerbench.text.RateSourceWords.of(loaded.source()).strip())) {
            typed = loaded.source(); // the source as the form showed it, in words: the fact stays stored as it was
        }
        if (loaded != null && typed.equals(loaded.source()) && loaded.source().startsWith(DOCUMENT_SOURCE_PREFIX)
                && (perUsd.parse().value().compareTo(loaded.perUsd()) != 0 || !asOf.parse().value().equals(loaded.asOf()))) {
            return Messages.get("currencies.source.replacesDocument", loaded.source());
        }
        return typed;
    }

    private void fill(String code, String rate, String date, String from) {
        currency.set(code);
        perUsd.set(rate);
        asOf.set(date);
        source.set(from);
        problems.set("");
    }

    private Parsed<CurrencyCode> currency(String text) {
        String label = label("currency");
        Parsed<CurrencyCode> code = CurrencyText.parse(text, label, Parsed.error(Messages.get("currencies.error.currencyRequired", label)));
        return code.isOk() && code.value().equals(CurrencyCode.USD) && !locked.get() ? Parsed.error(Messages.get("currencies.error.usdFixed")) : code;
    }

    private Parsed<LocalDate> date(String text) {
        if (locked.get()) {
            return Parsed.ok(null);
        }
        Parsed<LocalDate> parsed = Parsed.from(DateParser.parse(text, label("asOf")));
        if (parsed.isOk() && parsed.value().isAfter(today)) {
            return Parsed.error(Messages.get("currencies.error.futureDate", label("asOf"), Formats.date(parsed.value()), Formats.date(today)));
        }
        return parsed;
    }
}
