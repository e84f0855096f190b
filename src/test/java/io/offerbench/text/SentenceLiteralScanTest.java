package io.offerbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No sentence a user reads outside the bundles: a source scan for English sentences in string literals
 * ("Three words or more"). Code written before the text layer still has some; {@code sentence-literals.txt}
 * lists how many each such file has, and this test is a ratchet: a file may not gain one, a file not listed may not
 * have any, and when a file loses some its number must come down with it, so the list only shrinks.
 * Technical strings (exception messages for programmers, SQL, log lines) are skipped by the patterns below.
 */
class SentenceLiteralScanTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path BASELINE = Path.of("src/test/resources/io/offerbench/text/sentence-literals.txt");
    private static final Pattern SENTENCE = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}(?:[^\"\\\\]|\\\\.)*)\"");
    /** Lines whose literals are not for users: programmer exceptions, SQL, annotations' own help (picocli). */
    private static final Pattern TECHNICAL = Pattern.compile(
            "IllegalStateException|IllegalArgumentException\\(\"[a-z]|AssertionError|UnsupportedOperationException|"
                    + "\\b(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|PRAGMA)\\b|LOG\\.|logger\\.|^\\s*//|^\\s*\\*|^\\s*/\\*");
    /**
     * A line whose literal is not for users says why at its end, in words a reviewer can check ("// not user text:
     * bench/startup.sh reads this line"): a line parsed by a script, a value written into a file, names a user may type.
     */
    private static final Pattern NOT_USER_TEXT = Pattern.compile("// not user text: \\S.{9,}$");
    /** A command a --help footer shows as an example ("  offerbench import offers.csv"): typed the same in every language. */
    private static final Pattern EXAMPLE_COMMAND = Pattern.compile("^\\s+offerbench ");

    @Test
    void noFileGainsSentencesOutsideTheBundles() throws IOException {
        Map<String, Integer> now = count();
        Map<String, Integer> allowed = baseline();
        Map<String, String> problems = new TreeMap<>();
        now.forEach((file, n) -> {
            int max = allowed.getOrDefault(file, 0);
            if (n > max) {
                problems.put(file, n + " sentences in string literals, at most " + max
                        + ": put the new ones in messages.properties (and messages_zh_CN.properties)");
            }
        });
        allowed.forEach((file, max) -> {
            int n = now.getOrDefault(file, 0);
            if (n < max) {
                problems.put(file, "now " + n + " (was " + max + "): lower its number in " + BASELINE.getFileName());
            }
        });
        assertThat(problems).isEmpty();
    }

    static Map<String, Integer> count() throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                int n = 0;
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (TECHNICAL.matcher(line).find() || NOT_USER_TEXT.matcher(line).find()) {
                        continue;
                    }
                    Matcher m = SENTENCE.matcher(line);
                    while (m.find()) {
                        if (!EXAMPLE_COMMAND.matcher(m.group(1)).find()) {
                            n++;
                        }
                    }
                }
                if (n > 0) {
                    out.put(MAIN.relativize(f).toString().replace('\\', '/'), n);
                }
            }
        }
        return out;
    }

    private static Map<String, Integer> baseline() throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        for (String line : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            out.put(parts[0], Integer.parseInt(parts[1]));
        }
        return out;
    }
}
