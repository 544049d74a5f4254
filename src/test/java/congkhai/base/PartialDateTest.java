package congkhai.base;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDateTest {

    @Test
    void aDayDisplaysAsDayMonthYear() {
        PartialDate d = PartialDate.parse("2025-03-08", false);
        assertEquals("08/03/2025", d.display());
        assertEquals("2025-03-08", d.iso());
        assertEquals(d.first(), d.last());
    }

    @Test
    void aMonthLeftBlankDisplaysAsTheDocumentWritesItAndEndsOnItsLastDay() {
        PartialDate d = PartialDate.parse("2024-02", false);
        assertEquals("tháng 2/2024", d.display());
        assertEquals(LocalDate.of(2024, 2, 29), d.last(), "2024 is a leap year");
        assertEquals(LocalDate.of(2024, 2, 1), d.first());
    }

    @Test
    void quartersAndYearsEndOnTheirLastDay() {
        assertEquals(LocalDate.of(2025, 6, 30), PartialDate.parse("2025-Q2", true).last());
        assertEquals("quý II/2025", PartialDate.parse("2025-Q2", true).display());
        assertEquals(LocalDate.of(2025, 12, 31), PartialDate.parse("2025", false).last());
        assertEquals("năm 2025", PartialDate.parse("2025", false).display());
    }

    @Test
    void impossibleDaysAreRejectedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2025-02-29", false));
        assertTrue(e.getMessage().contains("2/2025 has 28 days"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2025-13", false));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("31/02/2025", false));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2025-Q1", false), "quarters only for due dates");
    }

    @Test
    void ordersByFirstDay() {
        assertTrue(PartialDate.parse("2025-03", false).compareTo(PartialDate.parse("2025-03-18", false)) < 0);
        assertTrue(PartialDate.parse("2025-04-01", false).compareTo(PartialDate.parse("2025-03", false)) > 0);
    }

    @Test
    void aDateWrittenDayFirstIsExplainedAndItsDayChecked() {
        assertEquals("'18/03/2025' is written day first; write dates as YYYY-MM-DD, here '2025-03-18'",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("18/03/2025", false)).getMessage());
        assertEquals("'31/02/2025' is written day first; write dates as YYYY-MM-DD (and it is not a real day: 2/2025 has 28 days)",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("31/02/2025", false)).getMessage());
        assertEquals("'1.13.2025' is written day first; write dates as YYYY-MM-DD (and there is no month 13)",
                assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1.13.2025", false)).getMessage());
    }
}
