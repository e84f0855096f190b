package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Benchmark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BenchmarkDocWriterTest {

    private final BenchmarkDataset dataset = BenchmarkDataset.bundled();
    private final String rendered = BenchmarkDocWriter.render(dataset);

    /** Both generated documents, docs/benchmarks.md and docs/benchmarks.zh-CN.md, are what the dataset renders to. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void committedDocumentMatchesTheDataset(Language language) throws IOException {
        Path committed = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve(BenchmarkDocWriter.output(language));
        assertThat(committed).as(committed.toString()).exists();

        String rendered = BenchmarkDocWriter.render(dataset, language);
        if (Boolean.getBoolean("offerbench.regenerateDocs")) {
            Files.writeString(committed, rendered, StandardCharsets.UTF_8);
        }
        String onDisk = Files.readString(committed, StandardCharsets.UTF_8);

        assertThat(onDisk.equals(rendered))
                .as("%s is stale. Regenerate both documents from the project root with:%n  %s%nand commit them",
                        BenchmarkDocWriter.output(language), BenchmarkDocWriter.REGENERATE_COMMAND)
                .isTrue();
    }

    @Test
    void theChineseDocumentIsInChineseAndLeavesTheLanguageShownAlone() {
        Texts.use(Language.ENGLISH);
        String chinese = BenchmarkDocWriter.render(dataset, Language.SIMPLIFIED_CHINESE);
        assertThat(Texts.language()).isEqualTo(Language.ENGLISH);
        assertThat(chinese).startsWith("# 市场基准数据\n")
                .contains("## 如何阅读一行", "## 来源", "| 文档 | 媒体 | 发表日期 | 行数 |", "- **评分如何使用：** ",
                        "数据集版本 `" + dataset.version() + "`，共 " + dataset.benchmarks().size() + " 行。",
                        "在你输入自己的汇率之前，货币表以 1 美元兑 7.16 CNY 作为初始汇率。", "2023年12月15日")
                .doesNotContain("How scoring uses it", "Figure:", "Top of the market", "2023-12-15");
        for (Benchmark b : dataset.benchmarks()) {
            assertThat(chinese.split("`" + b.id() + "`", -1)).as(b.id()).hasSize(2);
        }
        // Only the documents' own words (subjects, quotes, caveats, outlets) stay English; every line OfferBench writes is Chinese.
        for (String line : chinese.split("\n")) {
            if (line.startsWith("- **") && !line.startsWith("- **引语") && !line.startsWith("- **注意事项")
                    && !line.startsWith("- **来源") && !line.startsWith("- **编号") && !line.startsWith("- **类型")
                    && !line.startsWith("- **提示评价项")) {
                assertThat(line).as(line).matches(".*\\p{IsHan}.*");
            }
        }
    }

    @Test
    void everyRowAppearsOnceWithItsFigureAndSource() {
        for (Benchmark b : dataset.benchmarks()) {
            assertThat(rendered.split("`" + b.id() + "`", -1)).as(b.id()).hasSize(2);
            assertThat(rendered).contains(b.seedFile()).contains(escapedDollars(BenchmarkWording.figure(b)));
        }
        assertThat(rendered).contains("Dataset version `" + dataset.version() + "`");
    }

    @Test
    void scoringUseFollowsTheKindAndTheMetric() {
        assertThat(rendered).contains("Seeds the currency table with 7.16 CNY per US dollar")
                .contains("Not used for any verdict: dividing a top-of-market figure by a remembered ratio")
                .contains("A one-off: listed here only; never compared with an offer.")
                .contains("Top of the market: shown beside the verdict of `ai_market` offers (new-grad PhD) of any US industry segment")
                .contains("One company's figure: shown beside the verdict of `china_lab` offers")
                .doesNotContain("Typical figure:");
        for (Benchmark b : dataset.benchmarks()) {
            assertThat(BenchmarkDocWriter.scoringUse(b)).as(b.id()).isNotBlank();
        }
    }

    private static String escapedDollars(String text) {
        return text.replace("$", "\\$");
    }
}
