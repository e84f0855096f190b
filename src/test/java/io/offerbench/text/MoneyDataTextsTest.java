package io.offerbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.money.LeftOutPlace;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.domain.money.TaxPlace;
import io.offerbench.domain.money.TaxTable;
import io.offerbench.exchange.money.MoneyDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of the shipped money data reads the same in English as in the data file (so the two
 * cannot drift apart) and has its own Chinese text, on the Currencies & estimates screen and in the CLI.
 */
class MoneyDataTextsTest {

    private static final MoneyData DATA = MoneyDataset.bundled();

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void theEnglishBundleHoldsEachDataSentenceWordForWordAndChineseTranslatesEachOne() {
        ResourceBundle en = Texts.bundle(Language.ENGLISH);
        ResourceBundle zh = Texts.bundle(Language.SIMPLIFIED_CHINESE);
        List<String[]> keyed = new ArrayList<>();
        keyed.add(new String[] {"money.data.filing", DATA.filing()});
        keyed.add(new String[] {"money.data.livingMethod", DATA.costOfLivingMethod()});
        for (TaxTable t : DATA.taxTables()) {
            List<String> keys = MoneyDataTexts.keys("money.data.table." + t.id() + ".", t.notes());
            for (int i = 0; i < keys.size(); i++) {
                keyed.add(new String[] {keys.get(i), t.notes().get(i)});
            }
        }
        for (TaxPlace p : DATA.taxPlaces()) {
            List<String> keys = MoneyDataTexts.keys("money.data.place." + p.id() + ".", p.notes());
            for (int i = 0; i < keys.size(); i++) {
                keyed.add(new String[] {keys.get(i), p.notes().get(i)});
            }
        }
        for (io.offerbench.domain.money.CostOfLivingIndex i : DATA.costOfLiving()) {
            List<String> keys = MoneyDataTexts.keys(MoneyDataTexts.livingPrefix(i), i.notes());
            for (int n = 0; n < keys.size(); n++) {
                keyed.add(new String[] {keys.get(n), i.notes().get(n)});
            }
        }
        List<LeftOutPlace> leftOut = new ArrayList<>(DATA.taxLeftOut());
        leftOut.addAll(DATA.costOfLivingLeftOut());
        leftOut.forEach(p -> keyed.add(new String[] {MoneyDataTexts.leftOutKey(p), p.reason()}));
        assertThat(keyed).hasSizeGreaterThan(40).allSatisfy(k -> {
            assertThat(en.getString(k[0])).as(k[0]).isEqualTo(k[1]);
            assertThat(zh.getString(k[0])).as(k[0]).isNotEqualTo(k[1]).containsPattern("\\p{IsHan}");
        });
    }

    @Test
    void theScreenAndTheCliSayWhyAPlaceIsLeftOutInTheChosenLanguage() {
        LeftOutPlace china = DATA.taxLeftOut().stream().filter(p -> p.cities().contains("Hangzhou")).findFirst().orElseThrow();
        assertThat(MoneyDataTexts.reason(china)).contains("not found in two agreeing publications");
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThat(MoneyDataTexts.reason(china)).contains("社保").contains("公积金");
        assertThat(MoneyDataTexts.filing(DATA)).contains("单身申报");
    }
}
