package io.offerbench.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * A chart's value axes as built, so a zoom can be taken back. In the window the mouse wheel (and a dragged
 * rectangle) zoom those axes; some are built to a fixed range (points 0-100, years 0-5), others fit their data,
 * so "whole again" means each axis back to how it was built, not simply auto range.
 */
public final class ChartZoom {

    private record AxisAsBuilt(ValueAxis axis, Range range, boolean autoRange) {

        boolean moved() {
            return axis.isAutoRange() != autoRange || !autoRange && !axis.getRange().equals(range);
        }

        void restore() {
            if (autoRange) {
                axis.setAutoRange(true);
            } else {
                axis.setRange(range);
            }
        }
    }

    private final List<AxisAsBuilt> axes;

    private ChartZoom(List<AxisAsBuilt> axes) {
        this.axes = List.copyOf(axes);
    }

    /** Call on a chart just built, before anyone zooms it. */
    public static ChartZoom asBuilt(JFreeChart chart) {
        List<AxisAsBuilt> axes = new ArrayList<>();
        for (ValueAxis a : valueAxes(chart.getPlot())) {
            axes.add(new AxisAsBuilt(a, a.getRange(), a.isAutoRange()));
        }
        return new ChartZoom(axes);
    }

    public boolean isZoomed() {
        return axes.stream().anyMatch(AxisAsBuilt::moved);
    }

    /** Every value axis back to its range as built. */
    public void reset() {
        axes.forEach(AxisAsBuilt::restore);
    }

    private static List<ValueAxis> valueAxes(Plot plot) {
        List<ValueAxis> axes = new ArrayList<>();
        if (plot instanceof CategoryPlot p) {
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                add(axes, p.getRangeAxis(i));
            }
        } else if (plot instanceof XYPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                add(axes, p.getDomainAxis(i));
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                add(axes, p.getRangeAxis(i));
            }
        }
        return axes;
    }

    private static void add(List<ValueAxis> axes, ValueAxis axis) {
        if (axis != null) {
            axes.add(axis);
        }
    }
}
