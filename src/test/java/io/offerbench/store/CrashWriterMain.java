package io.offerbench.store;

import io.offerbench.domain.Offer;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Writer process for {@link CrashSafetyTest}: opens the database given as the first argument and
 * saves offers until killed, printing "committed &lt;id&gt; end" only after each commit returned.
 */
public final class CrashWriterMain {

    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            System.out.println("ready");
            System.out.flush();
            for (int i = 0;; i++) {
                Offer saved = db.offers().save(TestData.fullOffer("Crash " + ProcessHandle.current().pid() + " #" + i));
                System.out.println("committed " + saved.id() + " end");
                System.out.flush();
            }
        }
    }
}
