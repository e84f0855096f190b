import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * bench/SqliteFloor.java (compiled and run by bench/startup.sh against the jar): the least any program reading
 * OfferBench's offers can do. It opens the database with the jar's sqlite-jdbc (which unpacks and loads its native
 * library on the first open in a process, as OfferBench's does), reads every column of every offer row as text
 * ({@code SELECT * FROM offer ORDER BY id}, as {@code OfferRows.readAll} does, without making offers of them),
 * closes, and prints the rows, the milliseconds the open and the read took, and the milliseconds since the JVM
 * started. No migration check, no backup, no parsing, no scoring.
 *
 * Run as a whole process on 20 and on 10,000 offers, the difference is what reading 10,000 offers costs before
 * anything is made of them: OfferBench's `score` of 10,000 offers and its start-up with 10,000 offers pay at least
 * that on top of what they pay with 20.
 */
public final class SqliteFloor {

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        long rows = 0;
        long cells = 0;
        long openNs;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
            openNs = System.nanoTime() - t0;
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM offer ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= columns; i++) {
                        if (rs.getString(i) != null) {
                            cells++;
                        }
                    }
                }
            }
        }
        long readNs = System.nanoTime() - t0 - openNs;
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("sqlite floor: %d rows (%d cells), open %d ms, read %d ms, %d ms since the Java VM started%n",
                rows, cells, openNs / 1_000_000, readNs / 1_000_000, sinceStart);
    }
}
