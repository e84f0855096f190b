package io.offerbench.ui.benchmarks;

import io.offerbench.domain.Benchmark;
import io.offerbench.exchange.BenchmarkWording;
import java.math.BigDecimal;
import java.util.Comparator;
import javafx.scene.control.TableCell;

/**
 * A benchmark's figure in words ("$500,000–$600,000 per year"), sorted by the number rather than the
 * words, so sorting puts 90,000 below 500,000; rows without a figure sort last.
 */
final class FigureCell extends TableCell<Benchmark, Benchmark> {

    static final Comparator<Benchmark> BY_FIGURE = Comparator.comparing(FigureCell::sortValue,
            Comparator.nullsLast(Comparator.naturalOrder()));

    @Override
    protected void updateItem(Benchmark item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : BenchmarkWording.figure(item));
    }

    private static BigDecimal sortValue(Benchmark b) {
        return b.low() != null ? b.low() : b.high();
    }
}
