package io.offerbench.ui.session;

import io.offerbench.store.Database;
import io.offerbench.text.LanguageChoice;
import io.offerbench.ui.common.BackgroundWork;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The window's preferences kept with the data (settings under {@code ui.}, which comparison files leave out), by
 * typed key instead of strings: read and written on the database lane, the result back on the FX thread.
 */
public final class WindowSettings {

    /** A window preference and the setting it is stored under (never renamed: files keep it). */
    public enum Key {
        /** "dark" or "light". */
        THEME("ui.theme"),
        /** The language chosen, as {@link LanguageChoice#settingValue()} writes it. */
        LANGUAGE(LanguageChoice.SETTING);

        private final String setting;

        Key(String setting) {
            this.setting = setting;
        }

        public String setting() {
            return setting;
        }
    }

    private final Database database;
    private final BackgroundWork work;

    public WindowSettings(Database database, BackgroundWork work) {
        this.database = database;
        this.work = work;
    }

    /** Hands {@code key}'s stored value (empty when never set) to {@code then}, on the FX thread. */
    public void read(Key key, Consumer<Optional<String>> then) {
        work.run(() -> database.settings().get(key.setting()), then);
    }

    /** Stores {@code value} under {@code key} in the background. */
    public void write(Key key, String value) {
        work.run(() -> {
            database.settings().put(key.setting(), value);
            return value;
        }, done -> { });
    }

    /** Stores {@code value} under {@code key}, then runs {@code then} on the FX thread. */
    public void write(Key key, String value, Runnable then) {
        work.run(() -> {
            database.settings().put(key.setting(), value);
            return value;
        }, done -> then.run());
    }
}
