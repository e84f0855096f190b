package io.offerbench.charts;

import io.offerbench.text.Texts;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a chart to a PNG or SVG file at a chosen size. The file is written next to its target and
 * then moved into place, so a failed export never leaves half a picture under the user's name.
 */
public final class ChartExport {

    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 10_000;

    public enum Format {
        PNG, SVG;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format a file name asks for by its extension, PNG when it has none we know. */
        public static Format ofFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".svg") ? SVG : PNG;
        }
    }

    private ChartExport() {
    }

    public static void write(JFreeChart chart, Path file, Format format, int width, int height) throws IOException {
        if (width < MIN_SIZE || height < MIN_SIZE || width > MAX_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException(Texts.get("compare.export.badSize", MIN_SIZE, MAX_SIZE, width, height));
        }
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".export-", "." + format.extension());
        try {
            if (format == Format.PNG) {
                ChartUtils.saveChartAsPNG(tmp.toFile(), chart, width, height);
            } else {
                SVGGraphics2D g = new SVGGraphics2D(width, height);
                chart.draw(g, new Rectangle(0, 0, width, height));
                Files.writeString(tmp, g.getSVGDocument());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
