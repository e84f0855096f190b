package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Chinese user's refused import, read the way the window shows it (File > Import offers: the problems of
 * {@link OfferCsvImporter#parse(InputStream, String)}, one {@link CsvProblem#toString()} a line): each problem in
 * Chinese, naming its line, its column, the value and what would work, with no English sentence and no library text.
 */
class ChineseImportMessagesTest {

    /** Three English words in a row: a sentence left untranslated. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}");

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    private static CsvImportException refused(String csv) {
        return catchThrowableOfType(CsvImportException.class,
                () -> OfferCsvImporter.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "offers.csv"));
    }

    /** The dialog's details: one problem a line, as SharingActions shows them. */
    private static List<String> dialogLines(CsvImportException e) {
        return e.errors().stream().map(CsvProblem::toString).toList();
    }

    private static String line(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start + " in " + lines));
    }

    @Test
    void aBadCellIsNamedByLineColumnAndValueInChinese() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        CsvImportException e = refused("""
                company,currency,base_salary,remote,equity_type
                Acme,USD,185000,yes,
                Beta,USD,£90000,maybe,stock
                """);
        List<String> lines = dialogLines(e);
        assertThat(lines).hasSize(3);
        assertThat(line(lines, "第 3 行，“base_salary”列：")).contains("“£”", "currency 列是 USD", "以 USD 填写金额");
        assertThat(line(lines, "第 3 行，“remote”列：")).contains("“maybe”", "yes 或 no");
        assertThat(line(lines, "第 3 行，“equity_type”列：")).contains("“stock”", "public_rsu", "private_options",
                "上市公司 RSU");
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContainPattern(ENGLISH).doesNotContain("Exception", "java."));
        assertThat(e.getMessage()).startsWith("offers.csv 未导入（没有保存任何内容）：共 3 个问题\n第 3 行");
    }

    @Test
    void theSameProblemsReadInEnglishWithTheSameFacts() {
        CsvImportException e = refused("""
                company,currency,base_salary,remote
                Beta,USD,£90000,maybe
                """);
        assertThat(dialogLines(e)).containsExactlyInAnyOrder(
                "line 2, column 'base_salary': base_salary is written with '£' but the currency column says USD;"
                        + " enter the amount in USD or change the offer's currency",
                "line 2, column 'remote': remote must be yes or no (also true/false), not 'maybe'");
        assertThat(e.getMessage()).startsWith("offers.csv was not imported (nothing was saved): 2 problems\nline 2");
    }

    /** The problems are facts: worded when shown, so a language switched after the import is the one they read in. */
    @Test
    void problemsAreWordedInTheLanguageShownNotTheOneParsedIn() {
        CsvImportException e = refused("company,currency\nAcme,USD\n");
        assertThat(e.errors().get(0).toString()).startsWith("line 1: the header has no base_salary column;");
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertThat(e.errors().get(0).toString()).startsWith("第 1 行：列名行中没有 base_salary 列；")
                .contains("company、currency 和 base_salary");
    }

    @Test
    void theCorpusLatin1FileIsRefusedInChineseAtItsLine() throws IOException {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        Path file = Path.of(System.getProperty("offerbench.corpora"), "csv", "csvparser__bench-latin1.csv");
        CsvImportException e;
        try (InputStream in = Files.newInputStream(file)) {
            e = catchThrowableOfType(CsvImportException.class, () -> OfferCsvImporter.parse(in, file.getFileName().toString()));
        }
        assertThat(dialogLines(e)).singleElement().asString()
                .startsWith("第 3 行：文件不是 UTF-8 编码").contains("“CSV UTF-8”").doesNotContainPattern(ENGLISH);
    }

    @Test
    void everyCorpusFileIsRefusedInChinese() throws IOException {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        try (var files = Files.list(Path.of(System.getProperty("offerbench.corpora"), "csv"))) {
            for (Path file : files.sorted().toList()) {
                CsvImportException e;
                try (InputStream in = Files.newInputStream(file)) {
                    e = catchThrowableOfType(CsvImportException.class, () -> OfferCsvImporter.parse(in, file.getFileName().toString()));
                }
                assertThat(e).as(file.toString()).isNotNull();
                assertThat(dialogLines(e)).as(file.toString())
                        .allSatisfy(l -> assertThat(l).matches("第 \\d+ 行[：，].*").doesNotContainPattern(ENGLISH));
            }
        }
    }

    @Test
    void aBadBenchmarkRowIsNamedByLineColumnAndValueInChinese() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        String header = String.join(",", BenchmarkCsvReader.HEADER);
        String row = "lambert-2023,004.txt,Outlet,2023-02-30,New grads,frontier_lab,new_grad,base_salary,1,2,usd_per_year,USD,2023,"
                + "q,c,typical,pay";
        BenchmarkFormatException e = catchThrowableOfType(BenchmarkFormatException.class,
                () -> BenchmarkCsvReader.read(new StringReader(header + "\n" + row + "\n"), "benchmarks.csv"));
        assertThat(e.getMessage()).startsWith("benchmarks.csv 第 2 行第 4 列（published）：“2023-02-30”不是实际存在的日期")
                .contains("2023-10-11").doesNotContainPattern(ENGLISH).doesNotContain("Invalid date");
        Texts.use(Language.ENGLISH);
        assertThat(e.getMessage()).startsWith("benchmarks.csv, line 2, column 4 (published): '2023-02-30' is not a real date");
    }

    private static ComparisonFormatException refusedComparison(String json) {
        return catchThrowableOfType(ComparisonFormatException.class,
                () -> ComparisonJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "ada.offerbench.json"));
    }

    @Test
    void aComparisonFileIsRefusedInChineseNamingTheFieldAndTheValue() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        ComparisonFormatException e = refusedComparison("""
                {"format": "offerbench", "version": 1,
                 "offers": [{"company": "深度求索", "currency": "CNY", "pay": {"base_salary": "-5"}}]}
                """);
        assertThat(e.path()).isEqualTo("offers[0].pay.base_salary");
        assertThat(e.getMessage()).isEqualTo("ada.offerbench.json 未导入（没有保存任何内容）：offers[0].pay.base_salary：不能为负数，而这里是 -5");
        Texts.use(Language.ENGLISH);
        assertThat(e.getMessage()).isEqualTo("ada.offerbench.json was not imported (nothing was saved): offers[0].pay.base_salary:"
                + " cannot be negative, not -5");
    }

    @Test
    void aComparisonFileThatIsNotJsonIsRefusedInChineseAtItsLineAndColumn() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        ComparisonFormatException e = refusedComparison("{\"format\": \"offerbench\",\n \"version\": 1,\n \"offers\": [}\n");
        assertThat(e.getMessage()).startsWith("ada.offerbench.json 未导入（没有保存任何内容）：该文件不是有效的 JSON（第 3 行第 ")
                .doesNotContainPattern(ENGLISH).doesNotContain("Source", "code");
    }

    @Test
    void aNewerComparisonFormatIsRefusedInChineseSayingWhatToDo() {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        ComparisonFormatException e = refusedComparison("{\"format\": \"offerbench\", \"version\": 99}");
        assertThat(e.where()).isEqualTo("version：该文件由更新版本的 OfferBench 生成（格式版本 99；此版本只能读取版本 1）；请先更新 OfferBench 再导入");
    }
}
