package io.offerbench.domain.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every naughty string is stored exactly as typed or refused with a message; none breaks the check. */
class TextInputBlnsCorpusTest {

    private static List<String> naughtyStrings() throws IOException {
        Path file = Path.of(System.getProperty("offerbench.corpora"), "blns.txt");
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<String> strings = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#") && !line.isEmpty()) {
                strings.add(line);
            }
        }
        return strings;
    }

    @Test
    void eachStringIsKeptExactlyOrRefusedWithAMessage() throws IOException {
        List<String> strings = naughtyStrings();
        assertThat(strings).hasSizeGreaterThan(400);
        int accepted = 0;
        for (String s : strings) {
            ParseResult<String> single = TextInput.text(s, "Company", 1000, false);
            ParseResult<String> multi = TextInput.text(s, "Notes", 1000, true);
            for (ParseResult<String> r : List.of(single, multi)) {
                if (r.isOk()) {
                    assertThat(r.value()).isEqualTo(s);
                } else {
                    assertThat(r.message()).matches("(Company|Notes) (contains .* at position \\d+; .*|is too long.*)");
                }
            }
            accepted += single.isOk() ? 1 : 0;
        }
        // Nearly all of the list is ordinary, if odd, text that users may legitimately type.
        assertThat(accepted).isGreaterThan(strings.size() - 10);
    }

    @Test
    void scriptInjectionAndSqlAreJustText() {
        for (String s : List.of("<script>alert(123)</script>", "1'; DROP TABLE users--", "  leading and trailing  ",
                "ثم نفس سقطت", "👾 🙇 💁", "Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤")) {
            assertThat(TextInput.text(s, "Notes", 200, true).value()).isEqualTo(s);
        }
    }

    @Test
    void refusesControlCharactersWithTheirPosition() {
        assertThat(TextInput.text("Acme\u0007AI", "Company", 100, false).message())
                .isEqualTo("Company contains a control character (U+0007) at position 5; remove it"
                        + " (tabs are fine; line breaks only in notes)");
        assertThat(TextInput.text("Acme\nAI", "Company", 100, false).message())
                .startsWith("Company contains a line break at position 5");
        assertThat(TextInput.text("line one\r\nline two\ttabbed", "Notes", 100, true).isOk()).isTrue();
    }

    @Test
    void refusesLoneSurrogatesAndOverlongText() {
        assertThat(TextInput.text("ok \uD83D", "Role", 100, false).message())
                .isEqualTo("Role contains a broken character (half of a U+D83D surrogate pair) at position 4; retype or remove it");
        assertThat(TextInput.text("👾".repeat(5), "Role", 5, false).isOk()).isTrue();
        assertThat(TextInput.text("👾".repeat(6), "Role", 5, false).message())
                .isEqualTo("Role is too long: at most 5 characters, and this has 6; shorten it");
    }

    @Test
    void requiredTextMustNotBeBlank() {
        assertThat(TextInput.required(" \t", "Company", 100, false).message()).startsWith("Company is required");
        assertThat(TextInput.text(null, "Role", 100, false).value()).isEmpty();
    }
}
