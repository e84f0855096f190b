package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.offerbench.store.DatabaseOpenException.Problem;
import io.offerbench.text.Language;
import io.offerbench.text.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Chinese user whose file cannot be opened reads why, the file and what to do in Chinese, with no English sentence. */
class DatabaseOpenChineseTest {

    /** Three English words in a row: a sentence left untranslated (paths and "--db PATH" are not). */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}");

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void anEmptyAForeignAndAFolderPathAreRefusedInChinese() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Path text = Files.writeString(dir.resolve("notes.db"), "not a database, just notes", StandardCharsets.UTF_8);
        Path folder = Files.createDirectory(dir.resolve("folder.db"));
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertRefusedInChinese(empty, Problem.EMPTY_FILE, "数据库文件是空的");
        assertRefusedInChinese(text, Problem.NOT_SQLITE, "不是 OfferBench 数据库");
        assertRefusedInChinese(folder, Problem.NOT_SQLITE, "是文件夹");
    }

    private static void assertRefusedInChinese(Path file, Problem problem, String why) throws Exception {
        DatabaseOpenException e = catchThrowableOfType(() -> Database.open(file, java.time.Clock.systemDefaultZone()), DatabaseOpenException.class);
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.whatIsWrong()).contains(why);
        assertThat(e.getMessage()).contains("文件：" + file.toRealPath(), "没有修改、移动或删除");
        assertThat(ENGLISH.matcher(e.getMessage().replace(file.toString(), "")).find()).as(e.getMessage()).isFalse();
    }
}
