package io.offerbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Criterion;
import io.offerbench.scoring.MarketPosition;
import io.offerbench.ui.common.EnumLabelsCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundle family against the code and against itself, after JabRef's LocalizationConsistencyTest (one file per
 * language, no duplicates, no missing and no obsolete keys), and more: placeholders agree between languages, every
 * enum the program shows has a label in every language, and a Chinese text is not English left untranslated.
 * A failure lists every offending key, so one run tells a translator everything to fix.
 */
class LocalizationConsistencyTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path MAIN_RESOURCES = Path.of("src/main/resources");
    private static final Path BUNDLE_DIR = MAIN_RESOURCES.resolve("io/offerbench/text");

    /**
     * Where code asks the text layer for a key with a literal: Messages.get("…"), Texts.get("…"), texts.get("…"), and
     * the facts worded later, Message.of("…").
     */
    private static final Pattern KEY_ASKED = Pattern.compile(
            "\\b(?:Messages\\.get|Texts\\.get|texts\\.get|words\\.get|ChartTexts\\.standard\\(\\)\\.get|Message\\.of)"
                    + "\\(\\s*\"([A-Za-z0-9_.-]+)\"\\s*[,)]");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_.-]*)\"");
    /** "criterion." + c.name(): keys built from a literal prefix and a name. */
    private static final Pattern PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9_.-]*\\.)\"\\s*\\+");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /** Enum families shown under other prefixes than "enum.Type.". */
    private static final Map<String, Class<? extends Enum<?>>> OTHER_FAMILIES = Map.of(
            "criterion.", Criterion.class,
            "chart.short.", Criterion.class,
            "verdict.", MarketPosition.Verdict.class,
            "chart.market.verdict.", MarketPosition.Verdict.class);

    /** Texts that read the same in Chinese: names, codes, examples of what to type. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "app.title", "enum.Language.ENGLISH", "enum.Language.SIMPLIFIED_CHINESE",
            // "Offer" is the word Chinese students use for a job offer.
            "section.basics", "ranking.col.offer", "chart.market.offer", "report.ranking.col.offer", "report.market.col.offer",
            "report.chart.alias");

    @Test
    void everyLanguageHasItsFileAndEveryFileALanguage() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(BUNDLE_DIR)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("messages") && n.endsWith(".properties"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = Stream.of(Language.values()).map(LocalizationConsistencyTest::fileName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(files).isEqualTo(expected);
        for (Language language : Language.values()) {
            assertThat(Texts.bundle(language).getLocale()).as(language.name())
                    .isEqualTo(language == Language.ENGLISH ? java.util.Locale.ROOT : language.locale());
        }
    }

    @Test
    void noKeyIsDefinedTwiceInAnyLanguage() throws IOException {
        Map<Language, List<String>> duplicates = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            DuplicateCatcher catcher = new DuplicateCatcher();
            load(language, catcher);
            if (!catcher.duplicates.isEmpty()) {
                duplicates.put(language, catcher.duplicates);
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglish() throws IOException {
        Set<String> english = texts(Language.ENGLISH).keySet();
        for (Language language : Language.values()) {
            Set<String> keys = texts(language).keySet();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            assertThat(missing).as("keys of messages.properties missing from " + fileName(language)).isEmpty();
            assertThat(extra).as("keys in " + fileName(language) + " that English does not have").isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> asked = new TreeSet<>();
        for (Path file : sources(MAIN_JAVA, ".java")) {
            collect(KEY_ASKED, Files.readString(file), asked);
        }
        for (Path file : sources(MAIN_RESOURCES, ".fxml")) {
            collect(FXML_KEY, Files.readString(file), asked);
        }
        assertThat(asked).hasSizeGreaterThan(300);
        for (Language language : Language.values()) {
            Set<String> missing = new TreeSet<>(asked);
            missing.removeAll(texts(language).keySet());
            assertThat(missing).as("keys used in the code but not in " + fileName(language)).isEmpty();
        }
    }

    @Test
    void noKeyIsObsolete() throws IOException {
        Set<String> literals = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (Path file : sources(MAIN_JAVA, ".java")) {
            String code = Files.readString(file);
            collect(LITERAL, code, literals);
            collect(PREFIX, code, prefixes);
            reportKeys(code, literals, prefixes);
        }
        for (Path file : sources(MAIN_RESOURCES, ".fxml")) {
            collect(FXML_KEY, Files.readString(file), literals);
        }
        // ReportWords.text(key) reads "report." + key: that helper's own prefix would excuse every report.* key, so the
        // report's keys are the literals its callers pass (reportKeys), and "report." alone is no prefix.
        prefixes.remove(REPORT_PREFIX);
        Map<String, Set<String>> enums = enumConstantsBySimpleName();
        Set<String> obsolete = new TreeSet<>();
        for (String key : texts(Language.ENGLISH).keySet()) {
            boolean used;
            if (key.startsWith("enum.")) {
                String[] parts = key.split("\\.", 3);
                used = parts.length == 3 && enums.getOrDefault(parts[1], Set.of()).contains(parts[2]);
            } else {
                used = literals.contains(key) || prefixes.stream().anyMatch(key::startsWith);
            }
            if (!used) {
                obsolete.add(key);
            }
        }
        assertThat(obsolete).as("keys no code uses: remove them from every messages*.properties").isEmpty();
    }

    @Test
    void placeholdersAgreeBetweenLanguagesAndEveryTextParses() throws IOException {
        Map<String, String> english = texts(Language.ENGLISH);
        Map<String, String> wrong = new TreeMap<>();
        for (Language language : Language.values()) {
            for (Map.Entry<String, String> e : texts(language).entrySet()) {
                String text = e.getValue();
                try {
                    new MessageFormat(text, language.locale());
                } catch (IllegalArgumentException bad) {
                    wrong.put(language.code() + " " + e.getKey(), "does not parse: " + bad.getMessage());
                    continue;
                }
                String en = english.get(e.getKey());
                if (en != null && !arguments(en).equals(arguments(text))) {
                    wrong.put(language.code() + " " + e.getKey(), "arguments " + arguments(text) + ", English has " + arguments(en));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A doubled apostrophe is only right where MessageFormat reads the text, i.e. where it takes arguments. */
    @Test
    void doubledApostrophesOnlyInTextsWithArguments() throws IOException {
        Set<String> wrong = new TreeSet<>();
        for (Language language : Language.values()) {
            texts(language).forEach((key, text) -> {
                if (text.contains("''") && !text.contains("{0")) {
                    wrong.add(language.code() + " " + key);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyEnumShownHasALabelInEveryLanguage() throws IOException {
        Map<String, Class<? extends Enum<?>>> families = new LinkedHashMap<>(OTHER_FAMILIES);
        for (Class<? extends Enum<?>> type : EnumLabelsCatalog.LABELLED) {
            families.put("enum." + type.getSimpleName() + ".", type);
        }
        families.put("enum.Language.", Language.class);
        // An enum with one label anywhere is shown somewhere: it needs them all.
        Map<String, Set<String>> enums = enumConstantsBySimpleName();
        for (String key : texts(Language.ENGLISH).keySet()) {
            String[] parts = key.split("\\.", 3);
            if (key.startsWith("enum.") && parts.length == 3 && enums.containsKey(parts[1])) {
                families.putIfAbsent("enum." + parts[1] + ".", null);
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Language language : Language.values()) {
            Map<String, String> texts = texts(language);
            families.forEach((prefix, type) -> {
                Set<String> constants = type != null
                        ? Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet())
                        : enums.get(prefix.split("\\.")[1]);
                for (String constant : constants) {
                    if (!texts.containsKey(prefix + constant)) {
                        missing.add(language.code() + " " + prefix + constant);
                    }
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void chineseTextsAreNotEnglishLeftUntranslated() throws IOException {
        Map<String, String> english = texts(Language.ENGLISH);
        Set<String> untranslated = new TreeSet<>();
        texts(Language.SIMPLIFIED_CHINESE).forEach((key, text) -> {
            boolean hasHan = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            boolean englishWords = Pattern.compile("[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}").matcher(text).find();
            boolean sameAsEnglish = text.equals(english.get(key)) && text.matches(".*[a-z]{4,}.*");
            if (!SAME_IN_EVERY_LANGUAGE.contains(key) && ((!hasHan && englishWords) || sameAsEnglish)) {
                untranslated.add(key + "=" + text);
            }
        });
        assertThat(untranslated).as("Chinese texts still in English").isEmpty();
    }

    private static final String REPORT_PREFIX = "report.";
    private static final Pattern REPORT_CALL = Pattern.compile("ReportWords\\.text\\(|(?<![.\\w])text\\(\"");

    /**
     * The keys a line calling ReportWords.text (or, inside ReportWords, text) names: every literal on it as
     * "report." + literal, and every literal prefix ("caption." + kind) as "report." + prefix.
     */
    private static void reportKeys(String code, Set<String> literals, Set<String> prefixes) {
        for (String line : code.split("\\R")) {
            if (!REPORT_CALL.matcher(line).find()) {
                continue;
            }
            Set<String> found = new TreeSet<>();
            collect(LITERAL, line, found);
            found.forEach(k -> literals.add(REPORT_PREFIX + k));
            Set<String> starts = new TreeSet<>();
            collect(PREFIX, line, starts);
            starts.forEach(k -> prefixes.add(REPORT_PREFIX + k));
        }
    }

    private static Set<Integer> arguments(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static String fileName(Language language) {
        return language == Language.ENGLISH ? "messages.properties" : "messages_" + language.locale() + ".properties";
    }

    static Map<String, String> texts(Language language) throws IOException {
        Properties p = new Properties();
        load(language, p);
        Map<String, String> out = new TreeMap<>();
        p.forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    private static void load(Language language, Properties into) throws IOException {
        try (InputStream in = Files.newInputStream(BUNDLE_DIR.resolve(fileName(language)));
                InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            into.load(reader);
        }
    }

    /** Every enum of the program (compiled to target/classes), by simple name: "Verdict" → BELOW, WITHIN… */
    private static Map<String, Set<String>> enumConstantsBySimpleName() throws IOException {
        Path classes = Path.of("target/classes");
        Map<String, Set<String>> out = new HashMap<>();
        for (Path file : sources(classes, ".class")) {
            String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
            try {
                Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        LocalizationConsistencyTest.class.getClassLoader());
                if (c.isEnum()) {
                    out.computeIfAbsent(c.getSimpleName(), n -> new TreeSet<>()).addAll(
                            Stream.of(c.getEnumConstants()).map(k -> ((Enum<?>) k).name()).toList());
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AssertionError("cannot load " + name, e);
            }
        }
        return out;
    }

    private static List<Path> sources(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).toList();
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /** Properties that remember a key put twice (the second silently wins in a plain Properties). */
    private static final class DuplicateCatcher extends Properties {
        @Serial
        private static final long serialVersionUID = 1L;
        private final List<String> duplicates = new ArrayList<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            if (containsKey(key)) {
                duplicates.add(String.valueOf(key));
            }
            return super.put(key, value);
        }
    }
}
