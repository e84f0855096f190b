package io.offerbench.privacy;

import io.offerbench.cli.Cli;
import io.offerbench.domain.Compensation;
import io.offerbench.domain.CurrencyCode;
import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketPermission;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.security.Permission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Run in its own JVM by {@link PrivacySafetyTest}: installs a security manager that records and refuses
 * every socket permission the JDK asks for (connect, resolve, listen, accept — for java.net sockets,
 * NIO channels, URL connections and DNS look-ups alike), then does what a user does: opens and closes
 * the database, runs {@code list}, {@code backups} and {@code restore}. Finally it checks that the guard
 * really catches a socket, so a silent guard cannot pass the test.
 */
public final class NetworkGuardMain {

    private static final List<String> ATTEMPTS = Collections.synchronizedList(new ArrayList<>());

    private NetworkGuardMain() {
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission p) {
                if (p instanceof SocketPermission) {
                    ATTEMPTS.add(p.getName() + " " + p.getActions());
                    throw new SecurityException("network use refused by the test: " + p);
                }
            }

            @Override
            public void checkPermission(Permission p, Object context) {
                checkPermission(p);
            }
        });
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            d.offers().save(Offer.builder().company("Guarded Labs").currency(CurrencyCode.USD)
                    .pay(Compensation.ofBase(new BigDecimal("150000"))).build());
            d.backups().backupNow();
        }
        StringWriter out = new StringWriter();
        int exits = 0;
        for (String[] command : List.of(new String[] {"list", "--db", db.toString()}, new String[] {"backups", "--db", db.toString()},
                new String[] {"restore", "--newest", "--db", db.toString()}, new String[] {"list", "--db", db.toString()})) {
            exits += Cli.run(command, new PrintWriter(out, true), new PrintWriter(out, true));
        }
        System.out.println("cli-output-begin");
        System.out.print(out);
        System.out.println("cli-output-end");
        System.out.println("cli-exit-sum=" + exits);
        System.out.println("attempts-during-work=" + ATTEMPTS.size() + " " + ATTEMPTS);
        int before = ATTEMPTS.size();
        try (Socket s = new Socket("127.0.0.1", 9)) {
            System.out.println("self-check: socket connected, guard did not stop it");
        } catch (SecurityException expected) {
            // the guard refused it, as it must
        }
        try (SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", 9))) {
            System.out.println("self-check: channel connected, guard did not stop it");
        } catch (SecurityException expected) {
            // the guard refused it, as it must
        }
        System.out.println("self-check-detected=" + (ATTEMPTS.size() - before));
    }
}
