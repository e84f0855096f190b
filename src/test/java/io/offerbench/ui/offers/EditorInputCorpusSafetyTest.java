package io.offerbench.ui.offers;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offer editor's own form ({@link OfferForm}, i.e. FieldParsers over domain.input) against the bad-input
 * corpora, end to end: every naughty string is refused with a message naming the field, or the offer the
 * editor builds from it is saved and read back with that text exactly, in company, role, city, country
 * and notes; every tricky number is accepted or refused by every amount field without an exception.
 */
class EditorInputCorpusSafetyTest {

    @TempDir
    Path dir;

    private static final Map<String, Function<OfferForm, FormField<String>>> TEXT_FIELDS = new LinkedHashMap<>();

    static {
        TEXT_FIELDS.put("company", f -> f.company);
        TEXT_FIELDS.put("role", f -> f.role);
        TEXT_FIELDS.put("city", f -> f.city);
        TEXT_FIELDS.put("country", f -> f.country);
        TEXT_FIELDS.put("notes", f -> f.notes);
    }

    private static final Map<String, Function<Offer, String>> STORED = Map.of("company", Offer::company, "role", Offer::roleTitle,
            "city", o -> o.location().city(), "country", o -> o.location().country(), "notes", Offer::notes);

    @Test
    void everyNaughtyStringIsRefusedWithAMessageOrStoredAndReturnedExactlyInEveryTextField() throws Exception {
        List<String> lines = corpus("blns.txt").stream().filter(l -> !l.startsWith("#") && !l.isEmpty()).toList();
        assertThat(lines).hasSizeGreaterThan(500);
        List<Offer> built = new ArrayList<>();
        List<Map<String, String>> expected = new ArrayList<>();
        Map<String, int[]> acceptedRefused = new LinkedHashMap<>();
        for (String s : lines) {
            OfferForm form = new OfferForm();
            form.currency.set("USD");
            form.baseSalary.set("150000");
            Map<String, String> want = new LinkedHashMap<>();
            for (var field : TEXT_FIELDS.entrySet()) {
                FormField<String> f = field.getValue().apply(form);
                f.set(s);
                var parsed = f.parse();
                int[] counts = acceptedRefused.computeIfAbsent(field.getKey(), k -> new int[2]);
                if (parsed.isOk()) {
                    counts[0]++;
                    assertThat(parsed.value()).isEqualTo(s);
                    want.put(field.getKey(), s);
                } else {
                    counts[1]++;
                    assertThat(parsed.error()).as("refusal of %s", s).startsWith(f.label() + " ");
                    f.set(field.getKey().equals("company") ? "Refused Inc" : "");
                    want.put(field.getKey(), field.getKey().equals("company") ? "Refused Inc" : "");
                }
            }
            FormResult result = form.build(0);
            assertThat(result.errors()).as("form built from %s", s).isEmpty();
            built.add(result.offer());
            expected.add(want);
        }
        Path file = dir.resolve("blns.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            db.offers().saveAll(built);
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            List<Offer> back = db.offers().findAll();
            assertThat(back).hasSize(lines.size());
            for (int i = 0; i < back.size(); i++) {
                for (var field : STORED.entrySet()) {
                    assertThat(field.getValue().apply(back.get(i)).getBytes(StandardCharsets.UTF_8)).as("%s of line %d", field.getKey(), i)
                            .isEqualTo(expected.get(i).get(field.getKey()).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        StringBuilder figures = new StringBuilder("blns-figures: strings=" + lines.size());
        acceptedRefused.forEach((k, v) -> figures.append(' ').append(k).append('=').append(v[0]).append('/').append(v[1]));
        System.out.println(figures);
        // Nearly all of the list is odd but legitimate text a person may type into a company name.
        assertThat(acceptedRefused.get("company")[0]).isGreaterThan(lines.size() - 15);
    }

    @Test
    void everyTrickyNumberIsAcceptedOrRefusedByEveryAmountFieldWithoutAnException() throws Exception {
        List<String> numbers = corpus("numbers.txt");
        if (numbers.get(numbers.size() - 1).isEmpty()) {
            numbers = numbers.subList(0, numbers.size() - 1); // the newline that ends the file is not a line
        }
        assertThat(numbers).hasSize(96);
        int accepted = 0;
        List<Offer> savedBases = new ArrayList<>();
        for (String n : numbers) {
            OfferForm form = new OfferForm();
            List<FormField<?>> amounts = List.of(form.baseSalary, form.annualBonus, form.signOnBonus, form.relocation, form.equityValue,
                    form.refresher, form.nineMonthSalary, form.startupPackage, form.teachingLoad);
            for (FormField<?> f : amounts) {
                f.set(n);
                var parsed = f.parse();
                if (parsed.isOk()) {
                    assertThat(parsed.value() == null).as("%s: only blank input reads as not entered (%s)", f.label(), n).isEqualTo(n.isBlank());
                } else {
                    assertThat(parsed.error()).as("%s refusing %s", f.label(), n).startsWith(f.label());
                }
            }
            accepted += form.baseSalary.parse().isOk() && !n.isBlank() ? 1 : 0;
            amounts.stream().filter(f -> f != form.baseSalary).forEach(f -> f.set("")); // the build below is about base salary
            form.currency.set("USD");
            form.company.set("Numbers Inc");
            form.schedule.set("even");
            FormResult result = form.build(0); // cross-field rules run too, and must not throw either
            if (result.isValid()) {
                savedBases.add(result.offer());
            } else {
                assertThat(result.errors()).allSatisfy(e -> assertThat(e).isNotBlank());
            }
        }
        Path file = dir.resolve("numbers.db");
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            db.offers().saveAll(savedBases);
        }
        try (Database db = Database.open(file, Clock.systemDefaultZone())) {
            List<Offer> back = db.offers().findAll();
            for (int i = 0; i < back.size(); i++) {
                assertThat(back.get(i).pay()).isEqualTo(savedBases.get(i).pay());
                assertThat(back.get(i).pay().baseSalary().toPlainString()).isEqualTo(savedBases.get(i).pay().baseSalary().toPlainString());
            }
        }
        System.out.println("numbers-figures: lines=" + numbers.size() + " base-accepted=" + accepted + " offers-built=" + savedBases.size());
        assertThat(savedBases).as("every accepted base salary builds an offer").hasSize(accepted);
    }

    private static List<String> corpus(String name) throws IOException {
        Path file = Path.of(System.getProperty("offerbench.corpora", "../shared/corpora"), name);
        return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1));
    }
}
