package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import io.offerbench.domain.BenchmarkKind;
import io.offerbench.exchange.DatasetInstaller;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database from before benchmark kinds keeps the user's rows, each with a kind from its metric. */
class BenchmarkKindMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneDatabaseKeepsItsOwnRowsAndGetsKinds() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : Migrations.statements(1)) {
                s.execute(sql);
            }
            s.execute("INSERT INTO benchmark VALUES ('my-friends', '', 'friends', '', 'Friends'' offers', 'frontier_lab', 'new_grad_phd',"
                    + " 'total_package', '300000', '400000', 'per_year', 'USD', 2025, '', 'three offers', 'user', 0)");
            s.execute("INSERT INTO benchmark VALUES ('my-signal', '', 'me', '', 'Hiring is slow', 'ai_market', NULL,"
                    + " 'market_signal', NULL, NULL, '', NULL, 2025, '', '', 'user', 1)");
            s.execute("INSERT INTO benchmark VALUES ('lambert-2023-newgrad-best', '002_7c699d560a1da2dc.txt', 'Interconnects', '2023-10-11',"
                    + " 'old', 'ai_market', 'new_grad_phd', 'total_package', '850000', '850000', 'per_year', 'USD', 2023, 'q', 'c', 'document', 1)");
            OldSchema.stamp(s, 1);
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            DatasetInstaller.install(db);
            Map<String, Benchmark> rows = db.benchmarks().findAll().stream().collect(Collectors.toMap(Benchmark::id, Function.identity()));
            Benchmark friends = rows.get("my-friends");
            assertThat(friends.kind()).isEqualTo(BenchmarkKind.TYPICAL);
            assertThat(friends.low()).isEqualByComparingTo("300000");
            assertThat(friends.caveat()).isEqualTo("three offers");
            assertThat(rows.get("my-signal").kind()).isEqualTo(BenchmarkKind.QUALITATIVE);
            assertThat(rows.get("my-signal").hidden()).isTrue();
            // The document row is replaced by the classified dataset row, keeping the user's hidden flag.
            Benchmark best = rows.get("lambert-2023-newgrad-best");
            assertThat(best.kind()).isEqualTo(BenchmarkKind.TOP_OF_MARKET);
            assertThat(best.hidden()).isTrue();
            assertThat(best.caveat()).contains("Kind: top of market");
        }
    }
}
