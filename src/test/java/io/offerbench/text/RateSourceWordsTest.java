package io.offerbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.ExchangeRate;
import io.offerbench.domain.money.MoneyData;
import io.offerbench.exchange.money.MoneyDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OfferBench's own rate sources are worded in the reader's language; a user's typed source is shown as typed. */
class RateSourceWordsTest {

    private static final String DOCUMENT = "benchmark cn-deepseek-2025 (Caixin, 2025-03; implied by the document)";

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void theShippedReferenceRateIsNamedInChinese() {
        MoneyData data = MoneyDataset.bundled();
        ExchangeRate eur = data.rates().perUsd().get(0);
        Texts.use(Language.SIMPLIFIED_CHINESE);
        String words = RateSourceWords.of(eur.source());
        assertThat(words).startsWith("欧洲中央银行公布的").contains("欧元参考汇率").contains("年").doesNotContain("European", "reference");
        Texts.use(Language.ENGLISH);
        assertThat(RateSourceWords.of(eur.source())).startsWith("European Central Bank euro reference rates of ");
    }

    @Test
    void aDocumentsRateNamesItsRowOutletAndDate() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThat(RateSourceWords.of(DOCUMENT)).startsWith("根据基准 cn-deepseek-2025（Caixin，").endsWith("推算").doesNotContain("implied", "benchmark");
        Texts.use(Language.ENGLISH);
        assertThat(RateSourceWords.of(DOCUMENT)).startsWith("implied by benchmark cn-deepseek-2025 (Caixin, ").doesNotContain("the document)");
    }

    @Test
    void everyRateTheShippedDocumentsImplyIsWordedSoTheStoredFormCannotDriftFromTheWords() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThat(io.offerbench.exchange.BenchmarkDataset.bundled().defaultExchangeRates()).isNotEmpty()
                .allSatisfy(r -> assertThat(RateSourceWords.of(r.source())).startsWith("根据基准 ").doesNotContain("benchmark", "implied"));
    }

    @Test
    void aFigureThatReplacedADocumentsRateIsWordedInTheReadersLanguageWhicheverItWasSavedIn() {
        String savedInEnglish = Texts.get("currencies.source.replacesDocument", DOCUMENT);
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThat(RateSourceWords.of(savedInEnglish)).startsWith("你自己的数字（替代了根据基准 cn-deepseek-2025（Caixin，").doesNotContain("benchmark", "Your own");
    }

    @Test
    void theUsersOwnSourceStaysAsTyped() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThat(RateSourceWords.of("my bank's rate, 1 Dec")).isEqualTo("my bank's rate, 1 Dec");
        assertThat(RateSourceWords.of("Some Bank, a page, 2026-01-02")).isEqualTo("Some Bank, a page, 2026-01-02");
        assertThat(RateSourceWords.of("")).isEmpty();
        assertThat(RateSourceWords.of("identity")).isEqualTo("美元本身（恒为 1）");
    }
}
