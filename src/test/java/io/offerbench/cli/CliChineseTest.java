package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.domain.Offer;
import io.offerbench.store.Database;
import io.offerbench.testing.SampleDatabase;
import io.offerbench.text.DisplayWidth;
import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in Chinese: --lang, headers and labels in Chinese, and columns that line up past a Chinese name. */
class CliChineseTest {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void sampleWithAChineseCompany() throws Exception {
        db = dir.resolve("sample.db");
        List<Offer> saved = SampleDatabase.create(db);
        try (Database d = Database.open(db, Clock.systemDefaultZone())) {
            Offer first = saved.get(0);
            d.offers().save(first.toBuilder().id(0).company("深度求索").roleTitle("研究员").build());
        }
    }

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void scoreInChineseLinesUpEveryColumnAfterAChineseName() {
        String[] out = run("score", "--db", db.toString(), "--lang", "zh-CN").split("\\R");
        assertThat(out[0]).startsWith("排名").contains("得分", "第 1 年", "年均", "市场");
        assertThat(String.join("\n", out)).contains("深度求索 — 研究员");
        int scoreColumn = DisplayWidth.of(out[0].substring(0, out[0].indexOf("得分")));
        for (int i = 1; i < out.length; i++) {
            String line = out[i];
            String beforeScore = line.substring(0, line.indexOf(scoreOf(line)));
            assertThat(DisplayWidth.of(beforeScore)).as(line).isEqualTo(scoreColumn);
        }
    }

    @Test
    void listInChineseShowsLabelsAndChineseMoneyAndDates() {
        String out = run("list", "--db", db.toString(), "--lang=zh");
        assertThat(out).contains("公司", "截止日期", "前沿 AI 实验室", "谈判中", "2026年12月2日", "US$310,000");
        assertThat(out).doesNotContain("frontier_lab", "negotiating");
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsExplainedInChinese() throws Exception {
        Path empty = java.nio.file.Files.createFile(dir.resolve("empty.db"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"list", "--db", empty.toString(), "--lang", "zh"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("无法打开", "数据库文件是空的", "文件没有被改动").doesNotContain("cannot open", "The file was not changed");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorNamingIt() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"list", "--db", db.toString(), "--lang", "klingon"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--lang klingon", "--lang en", "--lang zh-CN");
    }

    @Test
    void helpIsInChineseForTheToolAndEachCommand() {
        String root = run("--help", "--lang", "zh-CN");
        assertThat(root).contains("用法：", "对照公开报道中的市场基准", "显示本帮助并退出。", "命令：");
        String score = run("score", "--help", "--lang", "zh-CN");
        assertThat(score).contains("给 Offer 打分并排名", "权重方案", "数据库文件", "--[no-]after-tax", "税后薪酬")
                .doesNotContain("Show this help", "Weight profile", "Database file");
        String report = run("report", "--help", "--lang", "zh-CN");
        assertThat(report).contains("示例：", "offerbench report meeting.pdf", "批量审阅");
    }

    @Test
    void helpStaysEnglishInEnglish() {
        String score = run("score", "--help", "--lang", "en");
        assertThat(score).contains("Usage: ", "Score and rank the offers", "Weight profile", "Show this help message and exit.",
                "(default: table)");
    }

    @Test
    void commandLinesOwnRefusalsAndReportsAreInChinese() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"import", "--merge", "--separate", "--db", db.toString(), "x.csv", "--lang", "zh-CN"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--merge 和 --separate 不能同时使用").doesNotContain("cannot be used together");
        assertThat(run("backups", "--db", dir.resolve("other.db").toString(), "--lang", "zh-CN")).contains("还没有备份");
    }

    @Test
    void picocliUsageErrorsAreInChinese() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"list", "--colour", "--lang", "zh-CN"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("未知的选项：“--colour”", "用“offerbench list --help”查看用法").doesNotContain("Unknown option");
        err.getBuffer().setLength(0);
        code = Cli.run(new String[] {"brief", "--db", db.toString(), "--lang", "zh-CN"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("缺少必需的参数：").contains("--offer").doesNotContain("Missing required");
    }

    /** The rarer picocli errors too: a value it does not take, an option twice, two that exclude each other. */
    @Test
    void everyKindOfUsageErrorIsInChineseAndNamesTheArgumentAndTheValue() {
        assertThat(usageError("score", "--db", db.toString(), "--format", "xml"))
                .contains("--format FORMAT 不接受“xml”这个值，可用的值：table、json、csv");
        assertThat(usageError("score", "--db", db.toString(), "--certainty", "maybe"))
                .contains("--certainty", "不接受“maybe”这个值");
        assertThat(usageError("list", "--db", db.toString(), "--db", db.toString())).contains("只能给一次：--db");
        assertThat(usageError("restore", "--db", db.toString(), "x.db", "--newest")).contains("只能给其中一个：--newest、FILE");
    }

    private static String usageError(String... args) {
        String[] withLang = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--lang", "zh-CN"))
                .toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Cli.run(withLang, new PrintWriter(out, true), new PrintWriter(err, true))).isEqualTo(2);
        String said = err.toString();
        assertThat(said).as(said).contains("查看用法").doesNotContainPattern("[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}");
        return said;
    }

    @Test
    void aBuiltInProfileIsTakenByItsChineseNameAndJsonKeepsItsId() throws Exception {
        String json = run("score", "--db", db.toString(), "--profile", "科研优先", "--format", "json", "--lang", "zh-CN");
        com.fasterxml.jackson.databind.JsonNode first = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(0);
        assertThat(first.get("profile").asText()).isEqualTo("Research first");
        assertThat(first.get("profile_name").asText()).isEqualTo("科研优先");
    }

    /** The score cell: the first run of digits with two decimals after the offer name. */
    private static String scoreOf(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s(\\d+\\.\\d\\d)\\s").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return m.group(1);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

}
