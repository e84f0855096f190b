package io.offerbench.ui.common;

import java.nio.file.Path;
import java.util.Locale;

/** Save dialogs do not add the extension everywhere: a name typed without one gets it. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * {@code file} as it is when its name ends (in any case) with {@code added} or one of {@code accepted}, else with
     * {@code added} appended.
     */
    public static Path withExtension(Path file, String added, String... accepted) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(added.toLowerCase(Locale.ROOT))) {
            return file;
        }
        for (String other : accepted) {
            if (name.endsWith(other.toLowerCase(Locale.ROOT))) {
                return file;
            }
        }
        return file.resolveSibling(file.getFileName() + added);
    }
}
