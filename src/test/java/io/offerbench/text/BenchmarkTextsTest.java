package io.offerbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import io.offerbench.exchange.BenchmarkDataset;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A shipped benchmark row's subject and caveat: the English bundle holds the dataset's words exactly (so the two
 * cannot drift apart), every shipped row has its Chinese subject and caveat, and a user's own row keeps its text as typed.
 */
class BenchmarkTextsTest {

    private static final List<Benchmark> SHIPPED = BenchmarkDataset.bundled().benchmarks();

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void theEnglishBundleHoldsEachRowsWordsExactlyAndChineseHasItsOwn() {
        ResourceBundle en = Texts.bundle(Language.ENGLISH);
        ResourceBundle zh = Texts.bundle(Language.SIMPLIFIED_CHINESE);
        List<String[]> keyed = SHIPPED.stream()
                .flatMap(b -> java.util.stream.Stream.of(new String[] {BenchmarkTexts.subjectKey(b.id()), b.subject()},
                        new String[] {BenchmarkTexts.caveatKey(b.id()), b.caveat()}))
                .filter(k -> !k[1].isBlank()).toList();
        assertThat(SHIPPED).hasSize(82);
        assertThat(keyed).hasSize(2 * SHIPPED.size()).allSatisfy(k -> {
            assertThat(en.containsKey(k[0])).as("English " + k[0]).isTrue();
            assertThat(zh.containsKey(k[0])).as("Chinese " + k[0]).isTrue();
            assertThat(en.getString(k[0])).as(k[0]).isEqualTo(k[1]);
            assertThat(zh.getString(k[0])).as(k[0]).isNotEqualTo(k[1]).containsPattern("\\p{IsHan}");
        });
    }

    @Test
    void aShippedRowReadsInTheChosenLanguageAndAUsersRowAsTyped() {
        Benchmark cho = SHIPPED.stream().filter(b -> b.id().equals("cho-2024-academia-burdens")).findFirst().orElseThrow();
        assertThat(BenchmarkTexts.subject(cho)).isEqualTo("Academic burdens industry research did not carry");
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThat(BenchmarkTexts.subject(cho)).isEqualTo("业界研究没有的学界负担");
        assertThat(BenchmarkTexts.caveat(cho)).contains("教学、行政事务").contains("Kyunghyun Cho");

        Benchmark mine = new Benchmark(cho.id(), "", "my advisor", "2026", "What my lab pays", cho.segment(), cho.seniority(),
                cho.metric(), cho.low(), cho.high(), cho.unit(), cho.currency(), 2026, "", "heard at lunch", Benchmark.Origin.USER,
                false, cho.kind());
        assertThat(BenchmarkTexts.subject(mine)).isEqualTo("What my lab pays");
        assertThat(BenchmarkTexts.caveat(mine)).isEqualTo("heard at lunch");
    }
}
