package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerbench.domain.CompanyStage;
import io.offerbench.domain.EquityGrant;
import io.offerbench.domain.EquityType;
import io.offerbench.domain.LiquidityMultipliers;
import io.offerbench.domain.Offer;
import io.offerbench.domain.VestingSchedule;
import io.offerbench.store.Database;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The company stage, an offer's own multipliers and "no equity" travel through CSV and comparison files; old files still import. */
class EquityStageExchangeTest {

    @TempDir
    Path dir;

    static Offer lateStage() {
        Offer o = OfferCsvRoundTripTest.frontierLab();
        return o.toBuilder().equity(o.equity().withStage(CompanyStage.LATE_STAGE,
                new LiquidityMultipliers(new BigDecimal("0.1"), new BigDecimal("0.6"), BigDecimal.ONE))).build();
    }

    static Offer growthDefaults() {
        Offer o = OfferCsvRoundTripTest.frontierLab();
        return o.toBuilder().company("Growth Co").equity(o.equity().withStage(CompanyStage.GROWTH, null)).build();
    }

    static Offer noEquity() {
        return OfferCsvRoundTripTest.facultyOffer().toBuilder()
                .equity(new EquityGrant(BigDecimal.ZERO, EquityType.NONE, VestingSchedule.even(4, 0), null)).build();
    }

    @Test
    void csvKeepsStageMultipliersAndNoEquity() throws Exception {
        List<Offer> offers = List.of(lateStage(), growthDefaults(), noEquity());
        StringWriter out = new StringWriter();
        OfferCsvExporter.write(offers, out);
        assertThat(out.toString()).contains(",late_stage,10,60,100,").contains(",growth,,,,").contains(",none,");
        CsvImportResult back = OfferCsvImporter.parse(new StringReader(out.toString()), "offers.csv");
        assertThat(back.offers()).containsExactly(offers.get(0).withId(0), offers.get(1).withId(0), offers.get(2));
    }

    @Test
    void aFileFromBeforeStagesImportsWithNoStage() throws Exception {
        // The sample as it was before stages: the same file without its last column, equity_stage.
        List<String> lines = Files.readAllLines(Path.of("docs/sample-offers.csv"));
        assertThat(lines.get(0)).endsWith(",equity_stage");
        String before = lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).collect(java.util.stream.Collectors.joining("\n"));
        CsvImportResult sample = OfferCsvImporter.parse(new StringReader(before), "sample-offers.csv");
        assertThat(sample.offers()).isNotEmpty().allSatisfy(o -> {
            assertThat(o.equity().stage()).isNull();
            assertThat(o.equity().multipliers()).isNull();
        });
    }

    @Test
    void theSamplesPrivateGrantHasItsCompanyStage() throws Exception {
        CsvImportResult sample = OfferCsvImporter.parse(Files.newInputStream(Path.of("docs/sample-offers.csv")), "sample-offers.csv");
        assertThat(sample.offers()).filteredOn(o -> o.equity().isPrivate()).singleElement().satisfies(o -> {
            assertThat(o.company()).isEqualTo("Helix AI");
            assertThat(o.equity().stage()).isEqualTo(io.offerbench.domain.CompanyStage.LATE_STAGE);
            assertThat(o.equity().multipliers()).isNull();
        });
    }

    @Test
    void csvRefusesHalfGivenOrDecreasingMultipliersAndAGrantWithNoEquity() {
        String header = "company,base_salary,currency,equity_total,equity_type,equity_stage,equity_bear_percent,equity_base_percent,equity_bull_percent\n";
        CsvImportException e = (CsvImportException) org.assertj.core.api.Assertions.catchThrowable(() -> OfferCsvImporter.parse(
                new StringReader(header + "A,100000,USD,500000,private,growth,0,40,\n"
                        + "B,100000,USD,500000,private,early,50,40,100\n"
                        + "C,100000,USD,500000,none,,,,\n"
                        + "D,100000,USD,500000,private,series z,,,\n"), "offers.csv"));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(CsvProblem::line, CsvProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple(2, "equity_bear_percent"), org.assertj.core.groups.Tuple.tuple(3, "equity_bear_percent"),
                org.assertj.core.groups.Tuple.tuple(4, "equity_type"), org.assertj.core.groups.Tuple.tuple(5, "equity_stage"));
        assertThat(e.errors().toString()).contains("all three").contains("must not decrease").contains("no equity").contains("series z");
    }

    @Test
    void comparisonFilesKeepStageAndMultipliersAndAddFieldsOnly() throws Exception {
        byte[] json;
        try (Database db = SharingFixtures.open(dir.resolve("a.db"))) {
            db.offers().saveAll(List.of(lateStage().withId(0), growthDefaults().withId(0), noEquity()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ComparisonJson.write(ComparisonSnapshot.of(db), SharingFixtures.EXPORTED_AT, "OfferBench test", out);
            json = out.toByteArray();
        }
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).contains("\"stage\" : \"late_stage\"", "\"bear_percent\" : 10", "\"bull_percent\" : 100", "\"type\" : \"none\"");
        Comparison back = ComparisonJson.read(new ByteArrayInputStream(json), "a.offerbench.json");
        assertThat(back.offers()).extracting(s -> s.offer().equity())
                .containsExactly(lateStage().equity(), growthDefaults().equity(), noEquity().equity());
        // A grant under "no equity" is refused with the field named.
        String bad = text.replaceFirst("\"grant_value\" : \"0\"(,\\s*\"type\" : \"none\")", "\"grant_value\" : \"5000\"$1");
        assertThat(bad).isNotEqualTo(text);
        assertThatThrownBy(() -> ComparisonJson.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "b.offerbench.json"))
                .hasMessageContaining("type").hasMessageContaining("no equity");
    }
}
