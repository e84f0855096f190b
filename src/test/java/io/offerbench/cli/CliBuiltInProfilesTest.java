package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerbench.domain.Criterion;
import io.offerbench.domain.WeightProfile;
import io.offerbench.scoring.WeightPresets;
import io.offerbench.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 5 at the command line: a database where an earlier version let "Save as profile…" overwrite
 * "Balanced" (all weight on pay), made active. At the next open the user's weights are kept as
 * "Balanced (my copy)", still active (the ranking they saw does not change), and "Balanced" means the
 * documented weights again in `score` and `report`; saving a built-in's name is refused.
 */
class CliBuiltInProfilesTest {

    @TempDir
    Path dir;

    @Test
    void anOverwrittenBuiltInIsKeptAsACopyAndRestored() throws Exception {
        Path csv = Files.writeString(dir.resolve("o.csv"), "company,currency,base_salary,research_freedom\n"
                + "Paywell,USD,400000,10\nFreedom Lab,USD,200000,95\n", StandardCharsets.UTF_8);
        Path clean = dir.resolve("clean.db");
        Path old = dir.resolve("old.db");
        assertThat(CliRun.of("import", "--db", clean.toString(), csv.toString()).exit()).isZero();
        assertThat(CliRun.of("import", "--db", old.toString(), csv.toString()).exit()).isZero();
        try (Database db = Database.open(old, Clock.systemDefaultZone())) {
            db.inTransaction(c -> {
                // As an earlier version stored it: a saved profile named "Balanced", pay only.
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO weight_profile (name) VALUES ('Balanced')")) {
                    ps.executeUpdate();
                }
                for (Criterion k : Criterion.values()) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO weight_profile_weight (profile_name, criterion, weight) VALUES ('Balanced', ?, ?)")) {
                        ps.setString(1, k.code());
                        ps.setString(2, k == Criterion.PAY ? "100" : "0");
                        ps.executeUpdate();
                    }
                }
                return null;
            });
            db.settings().put("scoring.active_profile", "Balanced");
        }

        CliRun active = CliRun.of("score", "--db", old.toString(), "--format", "json");
        assertThat(active.exit()).as(active.err()).isZero();
        JsonNode ranked = new ObjectMapper().readTree(active.out());
        assertThat(ranked.get(0).get("profile").asText()).isEqualTo("Balanced (my copy)");
        assertThat(ranked.get(0).get("company").asText()).as("the user's pay-only weights still rank").isEqualTo("Paywell");

        CliRun builtIn = CliRun.of("score", "--db", old.toString(), "--profile", "Balanced", "--format", "json");
        CliRun reference = CliRun.of("score", "--db", clean.toString(), "--profile", "Balanced", "--format", "json");
        assertThat(builtIn.exit()).isZero();
        assertThat(builtIn.out()).as("Balanced means the documented weights again").isEqualTo(reference.out());
        assertThat(new ObjectMapper().readTree(builtIn.out()).get(0).get("profile").asText()).isEqualTo("Balanced");

        try (Database db = Database.open(old, Clock.systemDefaultZone())) {
            assertThat(db.profiles().findAll()).extracting(WeightProfile::name).containsExactly("Balanced (my copy)");
            assertThat(db.profiles().findAll().get(0).weight(Criterion.PAY)).isEqualByComparingTo("100");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.profiles().save(WeightPresets.balanced().with(Criterion.PAY,
                    java.math.BigDecimal.ONE))).hasMessageContaining("built-in profile");
        }
        Path pdf = dir.resolve("r.html");
        CliRun report = CliRun.of("report", "--db", old.toString(), "--profile", "Balanced", pdf.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(Files.readString(pdf)).contains("Balanced");
    }
}
