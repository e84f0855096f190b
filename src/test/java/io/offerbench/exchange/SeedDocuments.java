package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the shared source documents the dataset was extracted from, as surefire points to them. */
final class SeedDocuments {

    private SeedDocuments() {
    }

    static Path directory() {
        String location = System.getProperty("offerbench.seeds");
        assertThat(location).as("system property offerbench.seeds (set by surefire in pom.xml)").isNotBlank();
        Path dir = Path.of(location);
        assertThat(dir).as("seed directory").isDirectory();
        return dir;
    }

    static String normalisedText(String seedFile) throws IOException {
        return normalise(Files.readString(directory().resolve(seedFile), StandardCharsets.UTF_8));
    }

    /**
     * Removes the documents' Markdown backslash escapes (\' \$ \\ ...) and collapses every whitespace run,
     * including the no-break spaces some documents contain, to one space.
     */
    static String normalise(String text) {
        String unescaped = text.replaceAll("\\\\(\\p{Punct})", "$1");
        return unescaped.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
