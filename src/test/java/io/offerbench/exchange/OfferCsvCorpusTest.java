package io.offerbench.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * None of the shared CSV corpus files is an offer file, so each must be refused as a whole with the
 * line (and, where one cell is at fault, the column) and a reason; none may throw anything else.
 */
class OfferCsvCorpusTest {

    static Stream<Path> corpusFiles() throws IOException {
        Path dir = Path.of(System.getProperty("offerbench.corpora"), "csv");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(14);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void eachFileIsRefusedWithLineAndReason(Path file) {
        CsvImportException refused;
        try (InputStream in = Files.newInputStream(file)) {
            refused = catchThrowableOfType(CsvImportException.class,
                    () -> OfferCsvImporter.parse(in, file.getFileName().toString()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(refused).as(file.getFileName().toString()).isNotNull();
        assertThat(refused.errors()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.message()).isNotBlank();
        });
        assertThat(refused.getMessage()).startsWith(file.getFileName() + " was not imported (nothing was saved)")
                .contains("line ");
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void specificReasons(Path file) throws IOException {
        String name = file.getFileName().toString();
        CsvImportException refused;
        try (InputStream in = Files.newInputStream(file)) {
            refused = catchThrowableOfType(CsvImportException.class, () -> OfferCsvImporter.parse(in, name));
        }
        CsvProblem first = refused.errors().get(0);
        if (name.contains("latin1")) {
            assertThat(first.line()).isEqualTo(3);
            assertThat(first.message()).startsWith("file is not UTF-8").contains("CSV UTF-8");
        } else {
            assertThat(first.line()).isEqualTo(1);
            assertThat(first.message()).contains("the header has no company, currency, base_salary columns");
        }
    }
}
