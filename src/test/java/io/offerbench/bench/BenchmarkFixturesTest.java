package io.offerbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.app.ScoringInputs;
import io.offerbench.charts.ChartKind;
import io.offerbench.charts.ChartStyle;
import io.offerbench.charts.ChartTexts;
import io.offerbench.charts.ComparedOffers;
import io.offerbench.charts.PayBasis;
import io.offerbench.domain.Offer;
import io.offerbench.exchange.CsvImportResult;
import io.offerbench.exchange.ExchangeFiles;
import io.offerbench.exchange.OfferCsvImporter;
import io.offerbench.scoring.OfferScore;
import io.offerbench.scoring.Ranking;
import io.offerbench.scoring.Sensitivity;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.store.BackupService;
import io.offerbench.store.Database;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data the JMH benchmarks (mvn -Pbench) run on is what docs/performance.md says it is. Behaviour
 * only: how long anything takes is measured by the benchmarks, never asserted here.
 */
class BenchmarkFixturesTest {

    @TempDir
    Path dir;

    @Test
    void thousandGeneratedOffersAreDistinctValidAndScore() throws Exception {
        List<Offer> offers = OfferVariants.offers(1000);
        List<Offer> samples = OfferVariants.samples();

        assertThat(offers).hasSize(1000);
        assertThat(offers.subList(0, 5)).isEqualTo(samples);
        assertThat(offers.stream().map(Offer::company).collect(Collectors.toSet())).hasSize(1000);
        for (int i = 5; i < offers.size(); i++) {
            Offer sample = samples.get((i - 5) % 5);
            BigDecimal ratio = offers.get(i).pay().baseSalary().divide(sample.pay().baseSalary(), 4, RoundingMode.HALF_UP);
            assertThat(ratio).as("base salary of %s against its sample", offers.get(i).company())
                    .isBetween(new BigDecimal("0.84"), new BigDecimal("1.16"));
            assertThat(offers.get(i).type()).isEqualTo(sample.type());
        }
    }

    @Test
    void benchmarkDatabaseHoldsTheOffersAndRanksThemAll() throws Exception {
        Path file = BenchDatabase.create(dir.resolve("offerbench.db"), 1000);
        ScoringInputs inputs;
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            inputs = ScoringInputs.load(db);
        }

        Ranking ranking = inputs.rank(WeightPresets.balanced());

        assertThat(inputs.offers()).hasSize(1000);
        assertThat(inputs.context().benchmarks()).isNotEmpty();
        assertThat(ranking.scores()).hasSize(1000);
        assertThat(ranking.scores()).allSatisfy(s -> assertThat(s.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        assertThat(ranking.scores().stream().map(OfferScore::total).distinct().count())
                .as("variants spread out rather than tying").isGreaterThan(100);
    }

    @Test
    void sensitivitySearchFindsASwapForTheSamplesAndRunsToTheEndForLongLists() throws Exception {
        // docs/performance.md reads the ranking figures this way: 5 offers is the search's short
        // case, 100 and 1,000 its longest (every trial tried, because no single weight swaps the top two).
        assertThat(rankedSensitivity(5).criterion()).isNotNull();
        assertThat(rankedSensitivity(100).criterion()).isNull();
        assertThat(rankedSensitivity(1000).criterion()).isNull();
    }

    @Test
    void reopeningTheBenchmarkDatabaseFindsItUnchangedAndTakesNoBackup() throws Exception {
        Path file = BenchDatabase.create(dir.resolve("offerbench.db"), 5);
        Set<Path> before = backups(file);

        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            assertThat(db.startupBackupProblem()).isEmpty();
        }

        assertThat(before).isNotEmpty();
        assertThat(backups(file)).isEqualTo(before);
    }

    @Test
    void importCsvReadsBackAsTheThousandGeneratedOffers() throws Exception {
        CsvImportResult result = OfferCsvImporter.parse(new ByteArrayInputStream(ImportCsv.bytes(ImportCsv.ROWS)), ImportCsv.NAME);

        assertThat(result.offers()).isEqualTo(OfferVariants.offers(ImportCsv.ROWS));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void comparisonFileCarriesAHundredOffersAndReadsBack() throws Exception {
        Path file = dir.resolve("c.offerbench.json");
        try (Database db = Database.open(BenchDatabase.create(dir.resolve("offerbench.db"), ComparisonFileBench.OFFERS), Clock.systemDefaultZone())) {
            assertThat(ComparisonFileBench.exportTo(db, file)).isEqualTo(100);
        }

        ExchangeFiles.Loaded loaded = ExchangeFiles.load(file);

        assertThat(loaded.kind()).isEqualTo(ExchangeFiles.Kind.COMPARISON);
        assertThat(loaded.comparison().offers()).hasSize(100);
    }

    @Test
    void chartsAreBuiltForEightDistinctOffers() throws Exception {
        ComparedOffers offers = EightComparedOffers.load(dir);

        assertThat(offers.size()).isEqualTo(8);
        assertThat(offers.scores().stream().map(s -> s.offer().id()).distinct()).hasSize(8);
        for (ChartKind kind : ChartKind.values()) {
            assertThat(kind.build(offers, PayBasis.YEAR_1, ChartStyle.light(), ChartTexts.standard())).as(kind.name()).isNotNull();
        }
    }

    @Test
    void savingAnEditedOfferUpdatesItInPlace() throws Exception {
        try (Database db = Database.open(BenchDatabase.create(dir.resolve("offerbench.db"), 5), Clock.systemDefaultZone())) {
            Offer first = db.offers().findAll().get(0);
            db.offers().save(SaveOfferBench.withBase(first, 300_001));

            assertThat(db.offers().findAll()).hasSize(5);
            assertThat(db.offers().find(first.id()).orElseThrow().pay().baseSalary()).isEqualByComparingTo("300001");
        }
    }

    private Sensitivity rankedSensitivity(int offers) throws Exception {
        try (Database db = Database.open(BenchDatabase.create(dir.resolve("sensitivity-" + offers + ".db"), offers), Clock.systemDefaultZone())) {
            return ScoringInputs.load(db).rank(WeightPresets.balanced()).sensitivity();
        }
    }

    private static Set<Path> backups(Path file) {
        return BackupService.findBackups(file, Clock.systemDefaultZone()).stream().map(b -> b.file()).collect(Collectors.toSet());
    }
}
