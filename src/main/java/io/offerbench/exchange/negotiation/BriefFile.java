package io.offerbench.exchange.negotiation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a brief as UTF-8 to {@code FILE.partial} and moves it into place, so an interrupted write never
 * leaves half a letter under the chosen name. The command line and the window both write through here.
 */
public final class BriefFile {

    private BriefFile() {
    }

    public static void write(Path file, String markdown) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path partial = folder.resolve(file.getFileName() + ".partial");
        try {
            Files.writeString(partial, markdown, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** "northwind-research-brief.md": the company in lower case, letters and digits only, for the save dialog. */
    public static String suggestedName(String company) {
        String slug = company.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "offer" : slug) + "-brief.md";
    }
}
