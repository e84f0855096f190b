package io.offerbench.ui.benchmarks;

import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.ui.common.Messages;
import java.util.List;
import javafx.util.StringConverter;

/**
 * The benchmark editor's view of {@link BenchmarkUnit}: its codes, in the list's order, and their labels.
 * Money needs a currency; a ratio, percentage or count must not have one.
 */
final class BenchmarkUnits {

    static final String PER_YEAR = BenchmarkUnit.PER_YEAR.code();
    static final String PERCENT = BenchmarkUnit.PERCENT.code();
    static final List<String> ALL = BenchmarkUnit.codes();

    private BenchmarkUnits() {
    }

    static boolean isMoney(String unit) {
        return BenchmarkUnit.of(unit).map(BenchmarkUnit::isMoney).orElse(false);
    }

    static String label(String unit) {
        return unit == null || unit.isBlank() ? Messages.get("common.notEntered") : Messages.get("benchmarks.unit." + unit);
    }

    static StringConverter<String> converter() {
        return new io.offerbench.ui.common.DisplayConverter<>(unit -> label(unit));
    }
}
