package io.offerbench.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the robot-driven tests: a fresh folder for the database, and the app stopped after each test. */
public abstract class AppUITest {

    @TempDir
    protected Path dir;

    protected final AppDriver app = new AppDriver();

    @AfterEach
    void stopApp() throws Exception {
        app.stop();
    }
}
