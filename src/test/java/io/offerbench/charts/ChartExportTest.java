package io.offerbench.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported files are real pictures at the size asked for, and a refused export leaves nothing behind. */
class ChartExportTest {

    @TempDir
    Path dir;

    private static JFreeChart chart() throws Exception {
        return ChartKind.MARKET_BAND.build(ChartFixtures.sample(), PayBasis.YEAR_1, ChartStyle.light(), ChartFixtures.TEXTS);
    }

    @Test
    void pngDecodesToTheChosenSize() throws Exception {
        Path file = dir.resolve("market.png");
        ChartExport.write(chart(), file, ChartExport.Format.PNG, 1234, 567);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1234);
        assertThat(image.getHeight()).isEqualTo(567);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void svgIsAnSvgDocumentOfTheChosenSizeWithTheTitle() throws Exception {
        Path file = dir.resolve("market.svg");
        ChartExport.write(chart(), file, ChartExport.Format.SVG, 900, 500);
        String svg = Files.readString(file);
        assertThat(svg).contains("<svg").containsPattern("width=['\"]900(\\.0)?['\"]").containsPattern("height=['\"]500(\\.0)?['\"]")
                .contains("Offer pay against market benchmark bands, USD");
    }

    @Test
    void formatFollowsTheExtensionAndAbsurdSizesAreRefused() throws Exception {
        assertThat(ChartExport.Format.ofFile(Path.of("a.SVG"))).isEqualTo(ChartExport.Format.SVG);
        assertThat(ChartExport.Format.ofFile(Path.of("a.png"))).isEqualTo(ChartExport.Format.PNG);
        Path file = dir.resolve("tiny.png");
        JFreeChart chart = chart();
        assertThatThrownBy(() -> ChartExport.write(chart, file, ChartExport.Format.PNG, 5, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 100 and 10000");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void everyChartKindBuildsWithTheShippedTexts() throws Exception {
        ComparedOffers offers = ChartFixtures.sample();
        for (ChartKind kind : ChartKind.values()) {
            JFreeChart c = kind.build(offers, PayBasis.STEADY_STATE, ChartStyle.dark(), ChartFixtures.TEXTS);
            assertThat(c.getTitle().getText()).as(kind.name()).isNotBlank().doesNotContain("{");
            BufferedImage img = c.createBufferedImage(800, 500);
            assertThat(img.getWidth()).isEqualTo(800);
        }
    }
}
