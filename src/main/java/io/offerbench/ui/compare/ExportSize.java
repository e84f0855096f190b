package io.offerbench.ui.compare;

import io.offerbench.charts.ChartExport;

/** Width and height of an exported chart in pixels. */
public record ExportSize(int width, int height) {

    /** Full-HD width at 16:9: sharp on a slide or in a report page, and a sensible SVG view box. */
    public static final ExportSize DEFAULT = new ExportSize(1600, 900);

    public ExportSize {
        if (width < ChartExport.MIN_SIZE || width > ChartExport.MAX_SIZE || height < ChartExport.MIN_SIZE || height > ChartExport.MAX_SIZE) {
            throw new IllegalArgumentException("size out of range: " + width + " x " + height);
        }
    }
}
