package congkhai.assemble;

import congkhai.model.Task;
import congkhai.model.TaskStatus;
import congkhai.model.Update;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
        YearMonth last = YearMonth.from(asOf);
        YearMonth first = YearMonth.from(firstIssued);
        if (first.plusMonths(maxMonths - 1).isBefore(last)) {
            first = last.minusMonths(maxMonths - 1);
        }
        int count = Math.max(0, (int) first.until(last, ChronoUnit.MONTHS) + 1);
        LocalDate[] days = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            YearMonth m = first.plusMonths(i);
            days[i] = m.equals(last) ? asOf : m.atEndOfMonth();
        }
        int[] done = new int[count];
        int[] overdue = new int[count];
        int[] overdueNoReport = new int[count];
        int[] open = new int[count];
        // task by task, its months in order: the updates known at a month's end are then a prefix of
        // its updates (oldest first), which grows as the months go, instead of a list filtered again
        // for each month and task (that was an eighth of a preview's rebuild at ten thousand records)
        for (Task t : tasks) {
            if (!t.counted()) {
                continue;
            }
            List<Update> updates = t.updates();
            boolean oldestFirst = isOldestFirst(updates);
            int known = 0;
            for (int i = 0; i < count; i++) {
                LocalDate day = days[i];
                if (t.issued().isAfter(day)) {
                    continue;
                }
                List<Update> knownThen;
                if (oldestFirst) {
                    while (known < updates.size() && !updates.get(known).date().isAfter(day)) {
                        known++;
                    }
                    knownThen = updates.subList(0, known);
                } else {
                    knownThen = updates.stream().filter(u -> !u.date().isAfter(day)).toList();
                }
                TaskStatus s = TaskStatuses.compute(t.deadline(), t.issued(), knownThen, day);
                if (s.isDone()) {
                    done[i]++;
                } else if (s == TaskStatus.OVERDUE) {
                    overdue[i]++;
                } else if (s == TaskStatus.OVERDUE_NO_REPORT) {
                    overdueNoReport[i]++;
                } else if (s.isOpen()) {
                    open[i]++;
                }
            }
        }
        List<Month> months = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            months.add(new Month(first.plusMonths(i), done[i], overdue[i], overdueNoReport[i], open[i]));
        }
        return months;
    }

    private static boolean isOldestFirst(List<Update> updates) {
        for (int i = 1; i < updates.size(); i++) {
            if (updates.get(i).date().isBefore(updates.get(i - 1).date())) {
                return false;
            }
        }
        return true;
    }
}
