package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import io.offerbench.domain.ReviewComment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, import into an empty database, export again: nothing lost, nothing changed, to the byte. */
class ComparisonJsonRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void exportImportExportLosesNothing() throws Exception {
        byte[] first;
        Comparison original;
        try (Database a = SharingFixtures.open(dir.resolve("student/a.db"))) {
            SharingFixtures.fill(a);
            original = ComparisonSnapshot.of(a);
            first = write(original);
        }
        Comparison read = ComparisonJson.read(new ByteArrayInputStream(first), "a.offerbench.json");
        ImportSummary summary = ComparisonImporter.intoNewDatabase(dir.resolve("advisor/b.db"), read, Clock.systemDefaultZone());
        assertThat(summary.offers()).isEqualTo(original.offers().size()).isGreaterThan(400);
        assertThat(summary.comments()).isEqualTo(2);

        Comparison copy;
        try (Database b = SharingFixtures.open(dir.resolve("advisor/b.db"))) {
            copy = ComparisonSnapshot.of(b);
        }
        assertThat(copy.offers()).hasSameSizeAs(original.offers());
        for (int i = 0; i < original.offers().size(); i++) {
            SharedOffer was = original.offers().get(i);
            SharedOffer now = copy.offers().get(i);
            // Offer is a record: equals compares every field, BigDecimal scale included.
            assertThat(now.offer().withId(0)).as("offer %d", i).isEqualTo(was.offer().withId(0));
            assertThat(now.comments()).hasSameSizeAs(was.comments());
            for (int j = 0; j < was.comments().size(); j++) {
                ReviewComment cw = was.comments().get(j);
                ReviewComment cn = now.comments().get(j);
                assertThat(List.of(cn.author(), cn.role(), cn.body(), cn.createdAt()))
                        .isEqualTo(List.of(cw.author(), cw.role(), cw.body(), cw.createdAt()));
                assertThat(cn.offerId()).isEqualTo(now.offer().id());
            }
        }
        assertThat(copy.profiles()).isEqualTo(original.profiles());
        assertThat(copy.userBenchmarks()).isEqualTo(original.userBenchmarks());
        assertThat(copy.hiddenDocumentBenchmarks()).isEqualTo(original.hiddenDocumentBenchmarks()).hasSize(1);
        assertThat(copy.rates()).isEqualTo(original.rates());
        assertThat(copy.locationFactors()).isEqualTo(original.locationFactors());
        assertThat(copy.settings()).isEqualTo(original.settings()).containsEntry("scoring.home_currency", "EUR");

        assertThat(new String(write(copy), StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
    }

    @Test
    void windowPreferencesStayOnTheComputerTheyWereSetOn() throws Exception {
        Comparison exported;
        try (Database a = SharingFixtures.open(dir.resolve("prefs.db"))) {
            a.settings().put("scoring.home_currency", "EUR");
            a.settings().put("ui.theme", "dark");
            a.settings().put("ui.last_tab", "compareTab");
            exported = ComparisonSnapshot.of(a);
        }
        assertThat(exported.settings()).containsEntry("scoring.home_currency", "EUR")
                .doesNotContainKeys("ui.theme", "ui.last_tab");
    }

    @Test
    void amountsAreExactStringsWithTheirCentsAndCodesAreStable() throws Exception {
        String json;
        try (Database a = SharingFixtures.open(dir.resolve("a.db"))) {
            SharingFixtures.fill(a);
            json = new String(write(ComparisonSnapshot.of(a)), StandardCharsets.UTF_8);
        }
        assertThat(json).startsWith("{\n  \"format\" : \"offerbench\",\n  \"version\" : 1,\n  \"exported_at\" : \"2026-02-01T10:00:00Z\"");
        assertThat(json).contains("\"relocation\" : \"10000.50\"", "\"offer_type\" : \"frontier_lab\"",
                "\"type\" : \"private_options\"", "\"yearly_percents\" : [ \"5\", \"15\", \"40\", \"40\" ]",
                "\"publication_policy\" : \"review\"", "\"per_usd\" : \"0.9234\"", "\"research_freedom\" : \"25.5\"");
        Comparison back = ComparisonJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.offerbench.json");
        Offer frontier = back.offers().get(0).offer();
        assertThat(frontier.pay().relocation()).isEqualTo(new BigDecimal("10000.50"));
        assertThat(frontier.notes()).isEqualTo(OfferCsvRoundTripTest.frontierLab().notes());
        Benchmark own = back.userBenchmarks().get(0);
        assertThat(own.high()).isEqualTo(new BigDecimal("325000.50"));
        assertThat(own.origin()).isEqualTo(Benchmark.Origin.USER);
        assertThat(own.hidden()).isTrue();
    }

    private static byte[] write(Comparison c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonJson.write(c, SharingFixtures.EXPORTED_AT, "OfferBench test", out);
        return out.toByteArray();
    }
}
