package congkhai.assemble;

import congkhai.model.Task;
import congkhai.model.TaskStatus;
import congkhai.model.Update;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How a set of tasks stood at the end of each month: done, past the deadline with reports that say it
 * is not done, past it with no report at all, still open. Each month is computed with the same rules
 * as the as-of day ({@link TaskStatuses}), using only the updates known by then, so it shows what a
 * reader would have seen that month. Only counted tasks enter it (sub-tasks, not their parent).
 */
public final class StatusHistory {

    private StatusHistory() {
    }

    /** Counts at the end of one month (or on the as-of day, for the last one). */
    public record Month(YearMonth month, int done, int overdue, int overdueNoReport, int open) {
        public int total() {
            return done + overdue + overdueNoReport + open;
        }
    }

    /** Each month from the first task's to the as-of day's, at most the last {@code maxMonths}. */
    public static List<Month> monthly(List<Task> tasks, LocalDate asOf, LocalDate firstIssued, int maxMonths) {
        List<Month> months = new ArrayList<>();
        YearMonth last = YearMonth.from(asOf);
        YearMonth first = YearMonth.from(firstIssued);
        if (first.plusMonths(maxMonths - 1).isBefore(last)) {
            first = last.minusMonths(maxMonths - 1);
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate day = m.equals(last) ? asOf : m.atEndOfMonth();
            int done = 0;
            int overdue = 0;
            int overdueNoReport = 0;
            int open = 0;
            for (Task t : tasks) {
                if (t.issued().isAfter(day) || !t.counted()) {
                    continue;
                }
                List<Update> known = t.updates().stream().filter(u -> !u.date().isAfter(day)).toList();
                TaskStatus s = TaskStatuses.compute(t.deadline(), t.issued(), known, day);
                if (s.isDone()) {
                    done++;
                } else if (s == TaskStatus.OVERDUE) {
                    overdue++;
                } else if (s == TaskStatus.OVERDUE_NO_REPORT) {
                    overdueNoReport++;
                } else if (s.isOpen()) {
                    open++;
                }
            }
            months.add(new Month(m, done, overdue, overdueNoReport, open));
        }
        return months;
    }
}
