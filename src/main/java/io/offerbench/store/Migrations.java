package io.offerbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered forward migrations, one SQL resource per schema version. Migration N brings a database
 * from user_version N-1 to N; it runs in one transaction together with the user_version bump, so a
 * crash or error leaves the file at the previous version, never half-migrated.
 */
final class Migrations {

    /** Resource names in order; index i holds the migration to version i+1. Append, never edit. */
    private static final List<String> FILES = List.of("V1__initial.sql", "V2__benchmark_kind.sql", "V3__offer_uid.sql",
            "V4__pending_file.sql", "V5__academic_and_interest.sql", "V6__equity_stage.sql", "V7__benchmark_informs.sql");

    /** The schema version this program writes; a file with a higher user_version is refused. */
    static final int LATEST = FILES.size();

    /** Marks a file as OfferBench's: "OFBR". */
    static final int APPLICATION_ID = 0x4F464252;

    private Migrations() {
    }

    /** Applies every migration above {@code fromVersion}; returns the version reached. */
    static int migrate(Connection c, int fromVersion) throws SQLException {
        for (int v = fromVersion + 1; v <= LATEST; v++) {
            List<String> statements = statements(FILES.get(v - 1));
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    for (String sql : statements) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + v);
                    s.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    s.execute("ROLLBACK");
                    throw e;
                }
            }
        }
        return LATEST;
    }

    /** Splits a migration file into statements: each ends with ';' at the end of a line; "--" lines are comments. */
    static List<String> statements(String resource) {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + resource + " is missing from the application; reinstall OfferBench");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("Migration " + resource + " ends without ';'");
        }
        return out;
    }
}
