package io.offerbench.exchange;

import io.offerbench.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A run killed while it writes an export: opens the database, starts writing {@code args[1]} the
 * way every export and report does, says so on stdout, and waits to be killed.
 */
public final class PendingWriteMain {

    private PendingWriteMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            ExchangeFiles.writeAtomically(Path.of(args[1]), db.pendingFiles(), out -> {
                out.write("company,currency,base_salary\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
