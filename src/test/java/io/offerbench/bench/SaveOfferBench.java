package io.offerbench.bench;

import io.offerbench.domain.Compensation;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The editor's autosave: one edited offer written in one transaction (BEGIN IMMEDIATE … COMMIT,
 * WAL, synchronous=FULL, so each save waits for the disk), on the sample database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SaveOfferBench {

    private Path dir;
    private Database db;
    private Offer offer;
    private int edit;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = BenchFolder.create("save");
        db = Database.open(BenchDatabase.create(dir.resolve("offerbench.db"), 5), Clock.systemDefaultZone());
        offer = db.offers().findAll().get(0);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
        BenchFolder.delete(dir);
    }

    /** Each save changes the base salary, as a keystroke in the pay field would, so the row really changes. */
    @Benchmark
    public Offer saveEditedOffer() {
        edit = (edit + 1) % 1000;
        return db.offers().save(withBase(offer, 300_000L + edit));
    }

    static Offer withBase(Offer offer, long base) {
        Compensation p = offer.pay();
        return offer.toBuilder().pay(new Compensation(BigDecimal.valueOf(base), p.bonusAmount(), p.bonusPercentOfBase(),
                p.signOnBonus(), p.signOnYears(), p.relocation())).build();
    }
}
