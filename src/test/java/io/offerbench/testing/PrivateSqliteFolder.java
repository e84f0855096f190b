package io.offerbench.testing;

import io.offerbench.store.SqliteNative;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before the first test of a test JVM, points sqlite-jdbc at a private folder under {@code target/}
 * as the launcher does for the app and the command line, so the tests leave no native library in
 * {@code /tmp} either. Registered in {@code META-INF/services}.
 */
public final class PrivateSqliteFolder implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        SqliteNative.useFolderUnder(Path.of(System.getProperty("user.dir"), "target", "test-data"));
    }
}
