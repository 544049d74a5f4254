package congkhai.render;

import congkhai.base.PartialDate;

import java.time.LocalDate;

/** Short helpers for dates in Vietnamese page text. */
final class PartialDates {

    private PartialDates() {
    }

    static String day(LocalDate day) {
        return PartialDate.ofDay(day).display();
    }
}
