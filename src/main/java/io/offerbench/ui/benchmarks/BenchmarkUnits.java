package io.offerbench.ui.benchmarks;

import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.ui.common.Messages;
import java.util.List;
import javafx.util.StringConverter;

/** The benchmark editor's view of {@link BenchmarkUnit}: every unit, in the list's order, and its label. */
final class BenchmarkUnits {

    static final List<BenchmarkUnit> ALL = List.of(BenchmarkUnit.values());

    private BenchmarkUnits() {
    }

    static String label(BenchmarkUnit unit) {
        return unit == null ? Messages.get("common.notEntered") : Messages.get("benchmarks.unit." + unit.code());
    }

    static StringConverter<BenchmarkUnit> converter() {
        return new io.offerbench.ui.common.DisplayConverter<>(BenchmarkUnits::label);
    }
}
