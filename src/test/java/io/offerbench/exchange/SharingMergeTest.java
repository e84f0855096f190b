package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkUnit;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.Metric;
import io.offerbench.domain.Offer;
import io.offerbench.domain.Segment;
import io.offerbench.domain.WeightProfile;
import io.offerbench.store.Database;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging a student's comparison into an advisor's database, versus opening it as a separate one. */
class SharingMergeTest {

    @TempDir
    Path dir;

    private Comparison student;

    @BeforeEach
    void studentExport() throws Exception {
        try (Database s = SharingFixtures.open(dir.resolve("student/s.db"))) {
            SharingFixtures.fill(s);
            student = ComparisonSnapshot.of(s);
        }
    }

    private Database advisor() throws Exception {
        Database a = SharingFixtures.open(dir.resolve("advisor/a.db"));
        a.offers().save(OfferCsvRoundTripTest.chinaLab());
        a.profiles().save(new WeightProfile("Advisor — Prof. Ada", Map.of(Criterion.PAY, new BigDecimal("10"))));
        a.rates().save(new ExchangeRate(new CurrencyCode("EUR"), new BigDecimal("0.95"), LocalDate.of(2025, 6, 1), "advisor"));
        a.settings().put("scoring.home_currency", "USD");
        return a;
    }

    @Test
    void mergeAddsOffersUpsertsTablesAndKeepsTheReadersPreferences() throws Exception {
        try (Database a = advisor()) {
            ImportSummary summary = ComparisonImporter.merge(a, student);

            List<Offer> offers = a.offers().findAll();
            assertThat(offers).hasSize(1 + student.offers().size());
            assertThat(offers.get(1).company()).isEqualTo("Frontier AI Inc.");
            assertThat(a.comments().listByOffer(offers.get(1).id())).hasSize(2);
            assertThat(a.profiles().findAll()).extracting(WeightProfile::name).containsExactly("Advisor — Prof. Ada", "Student");
            assertThat(a.profiles().findAll().get(0).weight(Criterion.PUBLICATION)).isEqualByComparingTo("60");
            assertThat(a.rates().findAll()).filteredOn(r -> r.currency().code().equals("EUR")).singleElement()
                    .extracting(ExchangeRate::perUsd).isEqualTo(new BigDecimal("0.9234"));
            assertThat(a.settings().get("scoring.home_currency")).contains("USD");
            assertThat(a.settings().get("scoring.active_profile")).contains("Student");
            assertThat(a.benchmarks().findAll().stream().filter(b -> b.isFromDocument() && b.hidden())).isEmpty();

            assertThat(summary.replaced()).extracting(io.offerbench.text.Message::text).containsExactly("weight profile 'Advisor — Prof. Ada'", "exchange rate EUR");
            assertThat(summary.kept()).extracting(io.offerbench.text.Message::text).containsExactly("which benchmark rows are hidden", "setting “home currency”");
            assertThat(summary.oneLine("s.offerbench.json")).startsWith("Imported " + student.offers().size()
                    + " offers (2 review comments) from s.offerbench.json; added weight profile 'Student', benchmark row 'my-friend-offer'")
                    .contains("; replaced weight profile 'Advisor — Prof. Ada', exchange rate EUR; kept yours: which benchmark rows"
                            + " are hidden, setting “home currency”");
            io.offerbench.text.Texts.use(io.offerbench.text.Language.SIMPLIFIED_CHINESE);
            try {
                assertThat(summary.kept()).extracting(io.offerbench.text.Message::text).contains("设置“本位币”");
                assertThat(summary.oneLine("s.offerbench.json")).doesNotContain("scoring.", "home_currency");
            } finally {
                io.offerbench.text.Texts.use(io.offerbench.text.Language.ENGLISH);
            }
        }
    }

    /** Every setting a comparison file carries is named in the import summary by a label in every language. */
    @Test
    void everyCarriedSettingHasALabelInEveryLanguage() {
        for (io.offerbench.text.Language l : io.offerbench.text.Language.values()) {
            for (String key : SettingsBlock.keys()) {
                assertThat(io.offerbench.text.Texts.bundle(l).containsKey("import.summary.setting." + key)).as(l + " " + key).isTrue();
            }
        }
        assertThat(SettingsBlock.keys()).contains("scoring.home_currency", "review.role");
    }

    @Test
    void mergingTheSameFileTwiceAddsNothingTheSecondTimeUnlessCopiesAreAskedFor() throws Exception {
        try (Database a = advisor()) {
            ComparisonImporter.merge(a, student);
            ImportSummary again = ComparisonImporter.merge(a, student);
            assertThat(again.added()).isEmpty();
            assertThat(again.replaced()).isEmpty();
            assertThat(again.offers()).isZero();
            assertThat(again.comments()).isZero();
            assertThat(again.alreadyHere()).isEqualTo(student.offers().size());
            assertThat(again.conflicts()).isEmpty();
            assertThat(a.offers().findAll()).hasSize(1 + student.offers().size());
            ComparisonImporter.merge(a, student, ComparisonImporter.OfferMerge.AS_COPIES);
            assertThat(a.offers().findAll()).hasSize(1 + 2 * student.offers().size());
        }
    }

    @Test
    void separateComparisonTakesSettingsAndHiddenRowsToo() throws Exception {
        Path file = dir.resolve("advisor/alice.db");
        ImportSummary summary = ComparisonImporter.intoNewDatabase(file, student, Clock.systemDefaultZone());
        assertThat(summary.kept()).isEmpty();
        try (Database b = SharingFixtures.open(file)) {
            assertThat(b.offers().findAll()).hasSize(student.offers().size());
            assertThat(b.settings().all()).isEqualTo(student.settings());
            assertThat(b.benchmarks().findAll().stream().filter(x -> x.isFromDocument() && x.hidden()).map(Benchmark::id).toList())
                    .containsExactlyElementsOf(student.hiddenDocumentBenchmarks());
        }
        assertThatThrownBy(() -> ComparisonImporter.intoNewDatabase(file, student, Clock.systemDefaultZone()))
                .hasMessageContaining("alice.db already exists; a separate comparison is created in a new file");
    }

    @Test
    void aConflictHalfwayRollsBackEverything() throws Exception {
        try (Database a = advisor()) {
            String documentId = a.benchmarks().findAll().stream().filter(Benchmark::isFromDocument).findFirst().orElseThrow().id();
            Benchmark clash = new Benchmark(documentId, "", "me", "", "", Segment.AI_MARKET, null, Metric.MARKET_SIGNAL, null, null,
                    null, null, 2025, "", "", Benchmark.Origin.USER, false);
            Comparison bad = new Comparison(student.offers(), student.profiles(), List.of(clash), Set.of(), student.rates(),
                    student.locationFactors(), student.settings());
            List<Offer> before = a.offers().findAll();
            List<WeightProfile> profilesBefore = a.profiles().findAll();
            List<ExchangeRate> ratesBefore = a.rates().findAll();

            assertThatThrownBy(() -> ComparisonImporter.merge(a, bad))
                    .hasMessage("user_benchmarks[0].id: '" + documentId + "' is the id of a row from the source documents in this"
                            + " OfferBench; rename the row in the file and import it again");
            assertThat(a.offers().findAll()).isEqualTo(before);
            assertThat(a.profiles().findAll()).isEqualTo(profilesBefore);
            assertThat(a.rates().findAll()).isEqualTo(ratesBefore);
            assertThat(a.settings().get("scoring.active_profile")).isEmpty();
        }
        Path fresh = dir.resolve("advisor/new.db");
        Comparison bad = new Comparison(List.of(), List.of(), List.of(new Benchmark(firstDocumentId(), "", "", "", "",
                Segment.AI_MARKET, null, Metric.MARKET_SIGNAL, null, null, null, null, 2025, "", "", Benchmark.Origin.USER, false)),
                Set.of(), List.of(), List.of(), Map.of());
        assertThatThrownBy(() -> ComparisonImporter.intoNewDatabase(fresh, bad, Clock.systemDefaultZone())).hasMessageContaining("is the id of a row");
        assertThat(Files.exists(fresh)).as("a failed separate import leaves no new database behind").isFalse();
    }

    private String firstDocumentId() throws Exception {
        try (Database a = SharingFixtures.open(dir.resolve("other/o.db"))) {
            return a.benchmarks().findAll().stream().filter(Benchmark::isFromDocument).findFirst().orElseThrow().id();
        }
    }

    @Test
    void csvFileIsAComparisonWithOffersOnly() throws Exception {
        Path csv = Path.of("docs/import-template.csv");
        ExchangeFiles.Loaded loaded = ExchangeFiles.load(csv);
        assertThat(loaded.kind()).isEqualTo(ExchangeFiles.Kind.CSV);
        try (Database a = advisor()) {
            ImportSummary summary = ComparisonImporter.merge(a, loaded.comparison());
            assertThat(summary.oneLine("import-template.csv")).isEqualTo("Imported 3 offers from import-template.csv");
            assertThat(new ArrayList<>(a.offers().findAll())).hasSize(4);
        }
    }
}
