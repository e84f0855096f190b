package io.offerbench.exchange.report;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** A figure's chart as an inline {@code <svg>} element that scales to the page width. */
final class SvgFigure {

    private SvgFigure() {
    }

    static String svg(Block.Figure figure) {
        return svg(ChartDrawing.build(figure, Html::clean), figure.id(), ChartDrawing.size(figure), figure.caption());
    }

    static String svg(JFreeChart chart, String id, Dimension size, String caption) {
        SVGGraphics2D g = new SVGGraphics2D(size.width, size.height);
        // Clip and gradient ids start with the figure's id: unique among the charts in one page,
        // and the same on every run (the default prefix is derived from the clock).
        g.setDefsKeyPrefix(id + "-");
        chart.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
        String svg = g.getSVGElement(id + "-svg", false, new ViewBox(0, 0, size.width, size.height),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        g.dispose();
        return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + Html.escape(caption) + "\" ");
    }
}
