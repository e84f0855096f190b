package io.offerbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Numbered forward migrations, one SQL resource per schema version: {@code migrations/V1.sql}, {@code V2.sql}, ...
 * (each file says in its first lines what it changes). Migration N brings a database from user_version N-1 to N; it
 * runs in one transaction together with the user_version bump, so a crash or error leaves the file at the previous
 * version, never half-migrated. The migrations are found by their numbers, V1 upwards until the first number with no
 * file, from the jar or from the class folder alike; so a new migration is only its file, named by the next number.
 * Append, never edit.
 */
final class Migrations {

    /** The schema version this program writes: the number of the last migration; a file with a higher user_version is refused. */
    static final int LATEST = count(Migrations.class::getResource);

    /** Marks a file as OfferBench's: "OFBR". */
    static final int APPLICATION_ID = 0x4F464252;

    private Migrations() {
    }

    /** Applies every migration above {@code fromVersion}; returns the version reached. */
    static int migrate(Connection c, int fromVersion) throws SQLException {
        for (int v = fromVersion + 1; v <= LATEST; v++) {
            List<String> statements = statements(v);
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

    /** The resource name, relative to this class, of the migration to {@code version}. */
    static String resource(int version) {
        return "migrations/V" + version + ".sql";
    }

    /**
     * How many migrations {@code lookup} finds (it resolves a name relative to this class's package): V1, V2, ... up
     * to the first number it finds no file for.
     */
    static int count(Function<String, URL> lookup) {
        int n = 0;
        while (lookup.apply(resource(n + 1)) != null) {
            n++;
        }
        if (n == 0) {
            throw new IllegalStateException("Migration " + resource(1) + " is missing from the application; reinstall OfferBench");
        }
        return n;
    }

    /** Splits the migration to {@code version} into statements: each ends with ';' at the end of a line; "--" lines are comments. */
    static List<String> statements(int version) {
        String resource = resource(version);
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
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
