package congkhai.model;

import congkhai.base.PartialDate;
import congkhai.base.Recurrence;

import java.util.Optional;

/**
 * When a task is due, as its record says: a fixed day or period, one that comes back every year,
 * quarter or month, or none (thường xuyên).
 *
 * @param date       a fixed deadline; a period falls due on its last day
 * @param expected   the document only expects or hints at the date ("dự kiến hoàn thành trong năm
 *                   2023"): it is shown, but passing it does not make the task overdue
 * @param recurrence a deadline that comes back; never together with {@code date}
 */
public record Deadline(Optional<PartialDate> date, boolean expected, Optional<Recurrence> recurrence) {

    public static final Deadline NONE = new Deadline(Optional.empty(), false, Optional.empty());

    public static Deadline fixed(PartialDate date) {
        return new Deadline(Optional.of(date), false, Optional.empty());
    }

    public static Deadline of(Optional<PartialDate> date) {
        return new Deadline(date, false, Optional.empty());
    }

    /** A date the task can be late against: fixed, not merely expected. */
    public boolean isFirm() {
        return date.isPresent() && !expected;
    }

    public boolean recurs() {
        return recurrence.isPresent();
    }

    /** Recurring with named periods (not only "định kỳ"). */
    public boolean hasPeriods() {
        return recurrence.map(Recurrence::hasPeriods).orElse(false);
    }
}
