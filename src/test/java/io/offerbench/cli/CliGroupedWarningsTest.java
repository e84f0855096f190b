package io.offerbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding 11: a header of 1,000,000 unknown columns printed 1,000,000 warnings; now one line says it. */
class CliGroupedWarningsTest {

    @TempDir
    Path dir;

    @Test
    void aMillionUnknownColumnsGiveOneWarning() throws Exception {
        Path csv = dir.resolve("wide.csv");
        int extra = 1_000_000;
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("company,currency,base_salary");
            for (int i = 0; i < extra; i++) {
                w.write(",x" + i);
            }
            w.write(",,\nAcme,USD,100000");
            w.write(",".repeat(extra + 2));
            w.write("\n");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new String[] {"import", "--db", dir.resolve("o.db").toString(), csv.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Imported 1 offer");
        assertThat(err.toString().lines()).containsExactly(
                "offerbench: warning: " + csv + ": line 1: 1,000,000 unknown columns ignored: x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, \u2026",
                "offerbench: warning: " + csv + ": line 1: 2 columns have no name and were ignored: columns 1000004, 1000005");
    }
}
