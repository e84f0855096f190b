package io.offerbench.ui.currencies;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.money.MoneyData;
import io.offerbench.exchange.money.MoneyDataset;
import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import io.offerbench.ui.currencies.ShippedFigures.Kind;
import io.offerbench.ui.currencies.ShippedFigures.Line;
import io.offerbench.ui.currencies.ShippedFigures.Place;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tax and cost-of-living sections without a window: a place is chosen from the list, and what shows beside it
 * is that place's figures only, each followed by its source, year and date read; places left out are in the list
 * and say why.
 */
class ShippedPlacesViewModelTest {

    private static final MoneyData DATA = MoneyDataset.bundled();

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    private static Place named(ShippedPlacesViewModel model, String name) {
        return model.places().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> texts(ShippedPlacesViewModel model) {
        return model.detail().stream().map(Line::text).toList();
    }

    @Test
    void choosingBeijingShowsItsTablesEachWithItsSourceYearAndDateReadAndNoOtherPlace() {
        ShippedPlacesViewModel tax = new ShippedPlacesViewModel(ShippedFigures.taxPlaces(DATA));
        assertThat(tax.chosenProperty().get()).as("the first place until the user picks one").isEqualTo(tax.places().get(0));

        tax.choose(named(tax, "Beijing"));
        List<String> lines = texts(tax);
        assertThat(tax.detail().get(0)).isEqualTo(new Line(Kind.HEADING, "Beijing"));
        assertThat(lines).contains("Beijing: individual income tax 2026, social insurance 2025/26, housing fund 2025/26.");
        List<String> tables = lines.stream().filter(l -> l.contains(", tax year ")).toList();
        assertThat(tables).as("one line per table, with its year and the day it was read").hasSize(3)
                .allMatch(l -> l.matches(".*, tax year \\S+ \\(read on \\d{4}-\\d{2}-\\d{2}\\)"));
        for (String table : tables) {
            Line next = tax.detail().get(lines.indexOf(table) + 1);
            assertThat(next.kind()).as("a source right under " + table).isEqualTo(Kind.SOURCE);
        }
        assertThat(lines).noneMatch(l -> l.contains("Shanghai") || l.contains("California"));
    }

    @Test
    void placesLeftOutAreListedAfterThePlacesWithTheReason() {
        ShippedPlacesViewModel tax = new ShippedPlacesViewModel(ShippedFigures.taxPlaces(DATA));
        Place hangzhou = named(tax, "Hangzhou and Shenzhen");
        assertThat(hangzhou.leftOut()).isTrue();
        assertThat(hangzhou.label()).isEqualTo("Hangzhou and Shenzhen (left out)");
        assertThat(tax.places().indexOf(hangzhou)).isGreaterThan(tax.places().indexOf(named(tax, "Beijing")));
        tax.choose(hangzhou);
        assertThat(texts(tax)).contains("Left out: Hangzhou and Shenzhen");
        assertThat(tax.detail()).anyMatch(l -> l.kind() == Kind.SOURCE && !l.text().isBlank());
    }

    @Test
    void anIndexShowsItsAreaYearDateReadAndSourceAndWhatItMisses() {
        ShippedPlacesViewModel living = new ShippedPlacesViewModel(ShippedFigures.livingPlaces(DATA));
        living.choose(named(living, "Switzerland (national)"));
        List<String> lines = texts(living);
        assertThat(lines.get(1)).startsWith("Switzerland (national): index 107.54 (").contains("read on ");
        assertThat(living.detail().get(2).kind()).isEqualTo(Kind.SOURCE);
        assertThat(lines).anyMatch(l -> l.contains("about 17% higher") && l.contains("Zurich"));
    }

    @Test
    void inChineseTheListAndTheDatesReadInChinese() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        ShippedPlacesViewModel tax = new ShippedPlacesViewModel(ShippedFigures.taxPlaces(DATA));
        Place hangzhou = named(tax, "Hangzhou and Shenzhen");
        assertThat(hangzhou.label()).isEqualTo("Hangzhou and Shenzhen（未收录）");
        tax.choose(named(tax, "Beijing"));
        assertThat(texts(tax)).anyMatch(l -> l.contains("税务年度 2026（读取于 ") && l.contains("年") && l.contains("日）"));
    }
}
