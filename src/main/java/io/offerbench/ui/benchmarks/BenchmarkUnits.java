package io.offerbench.ui.benchmarks;

import io.offerbench.ui.common.Messages;
import java.util.List;
import javafx.util.StringConverter;

/**
 * The units a benchmark's low and high can be in (the codes the dataset uses), and which of them
 * are money: money needs a currency, a ratio, percentage or count must not have one.
 */
final class BenchmarkUnits {

    static final String PER_YEAR = "per_year";
    static final String PERCENT = "percent";
    static final List<String> ALL = List.of(PER_YEAR, "one_off", "amount", "ratio", PERCENT, "count");

    private BenchmarkUnits() {
    }

    static boolean isMoney(String unit) {
        return PER_YEAR.equals(unit) || "one_off".equals(unit) || "amount".equals(unit);
    }

    static String label(String unit) {
        return unit == null || unit.isBlank() ? Messages.get("common.notEntered") : Messages.get("benchmarks.unit." + unit);
    }

    static StringConverter<String> converter() {
        return new io.offerbench.ui.common.DisplayConverter<>(unit -> label(unit));
    }
}
