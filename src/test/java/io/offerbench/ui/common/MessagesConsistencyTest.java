package io.offerbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the UI asks for exists in the bundle, so no screen ever shows a raw key or throws. */
class MessagesConsistencyTest {

    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("Messages\\.get\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]|\\bget\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");

    @Test
    void everyKeyUsedInFxmlAndCodeIsDefined() throws IOException {
        ResourceBundle bundle = Messages.bundle();
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources"), ".fxml", FXML_KEY, used);
        collect(Path.of("src/main/java/io/offerbench/ui"), ".java", CODE_KEY, used);
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(missing).as("keys used but not in messages.properties").isEmpty();
    }

    @Test
    void everyEnumConstantHasALabel() {
        ResourceBundle bundle = Messages.bundle();
        Set<String> missing = new HashSet<>();
        for (Class<? extends Enum<?>> type : io.offerbench.ui.common.EnumLabelsCatalog.LABELLED) {
            for (Enum<?> e : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + e.name();
                if (!bundle.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A doubled apostrophe is only right where MessageFormat reads the text, i.e. where it takes arguments. */
    @Test
    void doubledApostrophesOnlyInTextsWithArguments() {
        ResourceBundle bundle = Messages.bundle();
        Set<String> wrong = new TreeSet<>();
        for (String key : bundle.keySet()) {
            String text = bundle.getString(key);
            if (text.contains("''") && !text.contains("{0")) {
                wrong.add(key);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(suffix))::iterator) {
                Matcher m = pattern.matcher(Files.readString(p));
                while (m.find()) {
                    into.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
    }
}
