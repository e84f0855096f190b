package io.offerbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** A stored date reads back as the date written, and a damaged one is refused as LocalDate.parse refuses it. */
class ColumnsTest {

    @Test
    void storedDatesReadBackAsTheDatesWritten() {
        for (LocalDate d : new LocalDate[] {LocalDate.of(2026, 3, 1), LocalDate.of(2024, 2, 29), LocalDate.of(1999, 12, 31),
                LocalDate.of(0, 1, 1), LocalDate.of(10000, 1, 1), LocalDate.of(-5, 6, 7)}) {
            assertThat(Columns.date(d.toString())).as(d.toString()).isEqualTo(d);
        }
        assertThat(Columns.date((String) null)).isNull();
    }

    @Test
    void aDamagedDateIsRefusedAsTheIsoParserRefusesIt() {
        for (String bad : new String[] {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "2026/03/01", "2026-03-0x",
                "", "tomorrow"}) {
            assertThatThrownBy(() -> Columns.date(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
