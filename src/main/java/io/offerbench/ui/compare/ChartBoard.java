package io.offerbench.ui.compare;

import io.offerbench.charts.ChartKind;
import io.offerbench.charts.ChartStyle;
import io.offerbench.charts.ChartTexts;
import io.offerbench.charts.ChartZoom;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.charts.PayBasis;
import java.util.EnumMap;
import java.util.Map;
import io.offerbench.ui.tasks.Lane;
import io.offerbench.ui.tasks.Tasks;
import java.util.concurrent.atomic.AtomicLong;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;

/**
 * The five chart viewers and how they follow the data. Charts are built on the compute lane and
 * swapped into the viewers in one go on the FX thread, so the window never waits on a rebuild; a
 * result overtaken by a newer request is dropped, so the viewers never go back to older data.
 */
final class ChartBoard {

    private final Map<ChartKind, ChartViewer> viewers = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, ChartZoom> zooms = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, BooleanProperty> zoomed = new EnumMap<>(ChartKind.class);
    private final ChartTexts texts = ChartTexts.standard();
    private final Tasks tasks;
    private final AtomicLong generation = new AtomicLong();
    private ChartStyle style = ChartStyle.light();
    private ComparedOffers shown;
    private PayBasis basis = PayBasis.YEAR_1;

    ChartBoard(Tasks tasks) {
        this.tasks = tasks;
        for (ChartKind kind : ChartKind.values()) {
            // The viewer refuses a null chart: it starts on an empty plot, hidden until real charts arrive.
            ChartViewer viewer = new ChartViewer(new JFreeChart(new CategoryPlot()), true);
            viewer.setVisible(false);
            viewer.setId(idOf(kind));
            viewer.getStyleClass().add("compare-chart");
            viewers.put(kind, viewer);
            zoomed.put(kind, new SimpleBooleanProperty(false));
            // A double-click shows the chart whole again, as the reset button beside Export does.
            viewer.getCanvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    resetZoom(kind);
                }
            });
        }
    }

    static String idOf(ChartKind kind) {
        return switch (kind) {
            case PAY_COMPOSITION -> "payChart";
            case CUMULATIVE_PAY -> "cumulativeChart";
            case MARKET_BAND -> "marketChart";
            case PROFILE -> "profileChart";
            case SCORE_BREAKDOWN -> "breakdownChart";
        };
    }

    ChartViewer viewer(ChartKind kind) {
        return viewers.get(kind);
    }

    /** True while the mouse wheel or a dragged rectangle has zoomed this chart away from how it was built. */
    ReadOnlyBooleanProperty zoomedProperty(ChartKind kind) {
        return zoomed.get(kind);
    }

    void resetZoom(ChartKind kind) {
        ChartZoom zoom = zooms.get(kind);
        if (zoom != null) {
            zoom.reset();
        }
    }

    ChartTexts texts() {
        return texts;
    }

    ChartStyle style() {
        return style;
    }

    /** What is on screen now (for export), or null when nothing is compared. */
    ComparedOffers shown() {
        return shown;
    }

    PayBasis basis() {
        return basis;
    }

    void setStyle(ChartStyle newStyle) {
        style = newStyle;
        show(shown, basis);
    }

    /** Rebuilds every chart for these offers in the background; null clears the viewers. */
    void show(ComparedOffers offers, PayBasis payBasis) {
        long mine = generation.incrementAndGet();
        shown = offers;
        basis = payBasis;
        if (offers == null) {
            viewers.values().forEach(v -> v.setVisible(false));
            return;
        }
        ChartStyle s = style;
        tasks.run(Lane.COMPUTE, () -> {
            Map<ChartKind, JFreeChart> built = new EnumMap<>(ChartKind.class);
            for (ChartKind kind : ChartKind.values()) {
                built.put(kind, kind.build(offers, payBasis, s, texts));
            }
            return built;
        }, built -> {
            if (generation.get() == mine) {
                built.forEach(this::put);
            }
        }, failure -> { throw new IllegalStateException(failure); });
    }

    private void put(ChartKind kind, JFreeChart chart) {
        ChartZoom zoom = ChartZoom.asBuilt(chart);
        zooms.put(kind, zoom);
        zoomed.get(kind).set(false);
        chart.addChangeListener(e -> zoomed.get(kind).set(zoom.isZoomed()));
        viewers.get(kind).setChart(chart);
        viewers.get(kind).setVisible(true);
    }
}
