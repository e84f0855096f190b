package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.domain.Criterion;
import io.offerbench.exchange.DatasetInstaller;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database from before rows named the criterion they inform (schema 6) keeps the user's rows, which
 * inform none, and its document rows take their criterion from the dataset, keeping the hidden flag.
 */
class BenchmarkInformsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionSixDatabaseKeepsItsRowsAndItsDocumentSignalsNameTheirCriterion() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            OldSchema.migrateTo(s, 6);
            s.execute("INSERT INTO benchmark VALUES ('my-signal', '', 'me', '', 'Hiring is slow', 'ai_market', NULL,"
                    + " 'market_signal', NULL, NULL, '', NULL, 2025, '', 'my caveat', 'user', 1, 'qualitative')");
            s.execute("INSERT INTO benchmark VALUES ('semafor-2023-university-compute', '000_44b8c4e8b5c4cde9.txt', 'Semafor', '2023-12-15',"
                    + " 'old', 'academia', NULL, 'market_signal', NULL, NULL, '', NULL, 2023, 'q', 'c', 'document', 1, 'qualitative')");
            OldSchema.stamp(s, 6);
        }
        try (Database db = Database.open(file, java.time.Clock.systemDefaultZone())) {
            DatasetInstaller.install(db);
            Map<String, Benchmark> rows = db.benchmarks().findAll().stream().collect(Collectors.toMap(Benchmark::id, Function.identity()));
            Benchmark mine = rows.get("my-signal");
            assertThat(mine.informs()).isNull();
            assertThat(mine.caveat()).isEqualTo("my caveat");
            assertThat(mine.hidden()).isTrue();
            Benchmark compute = rows.get("semafor-2023-university-compute");
            assertThat(compute.informs()).isEqualTo(Criterion.COMPUTE);
            assertThat(compute.hidden()).isTrue();
            // Every qualitative document row came back from the dataset with its criterion or an explicit none.
            assertThat(rows.values()).filteredOn(b -> b.isFromDocument() && b.kind() == BenchmarkKind.QUALITATIVE).hasSize(61);
            assertThat(rows.values()).filteredOn(b -> b.isFromDocument() && b.informs() != null).hasSizeGreaterThan(40);
        }
    }
}
