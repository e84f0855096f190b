package io.offerbench.exchange.money;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A broken build's data file is named with its field and what it must be, in the language shown. */
class MoneyDatasetProblemTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void aMissingFieldIsNamedInEnglishAndInChinese() throws Exception {
        JsonNode empty = JSON.readTree("{}");
        Texts.use(Language.ENGLISH);
        assertThatThrownBy(() -> MoneyDataset.parse(empty, empty, empty)).isInstanceOf(IllegalStateException.class)
                .hasMessage("The bundled data file /io/offerbench/money/tax-tables.json is malformed: \"read\" must be text."
                        + " Reinstall OfferBench.");
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> MoneyDataset.parse(empty, empty, empty))
                .hasMessage("随附的数据文件 /io/offerbench/money/tax-tables.json 格式有误：“read” 应为文本。请重新安装 OfferBench。");
    }

    @Test
    void ratesWithoutTheirTableSayWhatTheyMustBe() throws Exception {
        JsonNode taxes = JSON.readTree(MoneyDataset.class.getResourceAsStream(MoneyDataset.TAXES));
        JsonNode living = JSON.readTree(MoneyDataset.class.getResourceAsStream(MoneyDataset.COST_OF_LIVING));
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> MoneyDataset.parse(taxes, living, JSON.readTree("{\"per_euro\": 1}")))
                .hasMessageContaining("exchange-rates.json").hasMessageContaining("“per_euro” 应为由货币代码到汇率的对象");
    }
}
