package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code offerbench import … --lang zh-CN}: a refused file's problem in Chinese, with its line, column and value. */
class CliChineseImportTest {

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void theCorpusLatin1FileIsRefusedInChineseNamingItsLine() {
        Path file = Path.of(System.getProperty("offerbench.corpora"), "csv", "csvparser__bench-latin1.csv");
        CliRun r = CliRun.of("import", "--db", dir.resolve("offers.db").toString(), "--lang", "zh-CN", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString()
                .contains(file.toString(), "第 3 行：文件不是 UTF-8 编码", "“CSV UTF-8”")
                .doesNotContain("line 3", "file is not UTF-8", "Exception");
    }

    @Test
    void aBadCellIsRefusedInChineseNamingLineColumnValueAndWhatWouldWork() throws Exception {
        Path file = Files.writeString(dir.resolve("offers.csv"), """
                company,currency,base_salary,equity_type
                深度求索,CNY,900000,public_rsu
                月之暗面,CNY,800000,stock
                """, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("import", "--db", dir.resolve("offers.db").toString(), "--lang", "zh-CN", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString()
                .contains("第 3 行，“equity_type”列：equity_type 必须是以下之一：public_rsu, private_options, none", "而不是“stock”",
                        "上市公司 RSU")
                .doesNotContain("must be one of", "line 3");
        assertThat(Files.exists(dir.resolve("offers.db")) ? CliRun.of("list", "--db", dir.resolve("offers.db").toString()).out()
                : "").doesNotContain("深度求索");
    }

    @Test
    void aBadCellInEnglishStillReadsAsBefore() throws Exception {
        Path file = Files.writeString(dir.resolve("offers.csv"), "company,currency,base_salary,equity_type\nAcme,USD,1,stock\n",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("import", "--db", dir.resolve("offers.db").toString(), "--lang", "en", file.toString());
        assertThat(r.errLines()).singleElement().asString().contains("line 2, column 'equity_type': equity_type must be one of "
                + "public_rsu, private_options, none (or the words the window shows, such as 'Public company RSUs'), not 'stock'");
    }
}
