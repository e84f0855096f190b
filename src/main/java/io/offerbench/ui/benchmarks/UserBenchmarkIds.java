package io.offerbench.ui.benchmarks;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * Ids for the user's own rows: "user-" (so they can never clash with, or be mistaken for, a document
 * row), a few words of the subject so the id means something in exports, and a random suffix so two
 * rows about the same subject stay apart.
 */
final class UserBenchmarkIds {

    static final String PREFIX = "user-";
    private static final int MAX_WORDS_LENGTH = 40;

    private UserBenchmarkIds() {
    }

    static String newId(String subject) {
        return newId(subject, UUID.randomUUID());
    }

    static String newId(String subject, UUID random) {
        String ascii = Normalizer.normalize(subject == null ? "" : subject, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String words = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (words.length() > MAX_WORDS_LENGTH) {
            words = words.substring(0, MAX_WORDS_LENGTH).replaceAll("-+$", "");
        }
        String suffix = random.toString().substring(0, 8);
        return PREFIX + (words.isEmpty() ? "" : words + "-") + suffix;
    }
}
