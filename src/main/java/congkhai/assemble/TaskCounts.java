package congkhai.assemble;

import congkhai.base.Lists;
import congkhai.model.PeriodStatus;
import congkhai.model.Task;
import congkhai.model.TaskStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * Headline numbers about tasks on the as-of day. Only counted tasks enter them: a task divided into
 * sub-tasks is counted through its sub-tasks, so no work is counted twice.
 *
 * @param overdue         past a firm deadline and not reported done: {@code overdueNoReport + overdueReported}
 * @param overdueNoReport past the deadline with no report at all: nothing is known about them
 * @param overdueReported past the deadline, with reports that say the work is not done
 * @param dueSoon         open tasks due within {@link #DUE_SOON_DAYS} days from the as-of day, not yet overdue
 * @param open            neither done nor cancelled, overdue ones included
 * @param noReport        tasks with no progress report at all, whatever their deadline
 * @param pastPeriodsNoReport periods before the current one of recurring deadlines, passed with no report:
 *                        a task's status is its current period's, so these are said apart
 * @param pastPeriodsReported periods before the current one, passed with reports that say it was not done
 */
public record TaskCounts(int total, int overdue, int overdueNoReport, int overdueReported, int dueSoon, int open,
                         int done, int doneLate, int cancelled, int noReport, int pastPeriodsNoReport,
                         int pastPeriodsReported) {

    public static final int DUE_SOON_DAYS = 30;

    /**
     * What the counts of a list of tasks are made from, compared without counting: lists of the same length
     * whose tasks, place by place, are the same object or counted alike (the same status, deadline,
     * periods and whether any report came), counted on the same day, have the same counts. A preview
     * compares each view's counts with the last plan's after every edit, and a title or note edit
     * replaces a few tasks in views of thousands.
     *
     * @param lineage the list {@code tasks} was taken over from, through lists whose tasks were replaced
     *                only by tasks counted alike ({@link TaskAnalytics#counted}); else {@code tasks} itself.
     *                Two of the same lineage are counted alike without being looked through.
     */
    public record Counted(LocalDate asOf, List<Task> tasks, Object lineage) {

        public Counted(LocalDate asOf, List<Task> tasks) {
            this(asOf, tasks, tasks);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Counted other) || !asOf.equals(other.asOf) || tasks.size() != other.tasks.size()) {
                return false;
            }
            // a view no edit reached is the last plan's list itself, or that list with tasks replaced by ones counted
            // alike: thousands of places need not be asked
            return tasks == other.tasks || lineage == other.lineage || Lists.alikeInPlace(tasks, other.tasks, Counted::countedAlike);
        }

        private static boolean countedAlike(Task a, Task b) {
            return a == b || a.counted() == b.counted() && a.status() == b.status() && a.hasReport() == b.hasReport()
                    && a.due().equals(b.due()) && a.periods().equals(b.periods());
        }

        @Override
        public int hashCode() {
            return asOf.hashCode() * 31 + tasks.size();
        }
    }

    public static TaskCounts of(List<Task> tasks, LocalDate asOf) {
        return of(tasks, asOf, lastSoonDay(asOf));
    }

    /** With the last day that is soon worked out once for all the lists counted: the tracker counts one for each document. */
    static TaskCounts of(List<Task> tasks, LocalDate asOf, LocalDate lastSoonDay) {
        int total = 0;
        int overdueNoReport = 0;
        int overdueReported = 0;
        int dueSoon = 0;
        int open = 0;
        int done = 0;
        int doneLate = 0;
        int cancelled = 0;
        int noReport = 0;
        int pastPeriodsNoReport = 0;
        int pastPeriodsReported = 0;
        for (Task t : tasks) {
            if (!t.counted()) {
                continue;
            }
            total++;
            for (PeriodStatus p : t.periods()) {
                if (!p.current() && p.status() == TaskStatus.OVERDUE_NO_REPORT) {
                    pastPeriodsNoReport++;
                } else if (!p.current() && p.status() == TaskStatus.OVERDUE) {
                    pastPeriodsReported++;
                }
            }
            if (t.status() == TaskStatus.OVERDUE_NO_REPORT) {
                overdueNoReport++;
            }
            if (t.status() == TaskStatus.OVERDUE) {
                overdueReported++;
            }
            if (isDueSoon(t, asOf, lastSoonDay)) {
                dueSoon++;
            }
            if (t.status().isOpen()) {
                open++;
            }
            if (t.status().isDone()) {
                done++;
            }
            if (t.status() == TaskStatus.DONE_LATE) {
                doneLate++;
            }
            if (t.status() == TaskStatus.CANCELLED) {
                cancelled++;
            }
            if (!t.hasReport()) {
                noReport++;
            }
        }
        return new TaskCounts(total, overdueNoReport + overdueReported, overdueNoReport, overdueReported, dueSoon, open,
                done, doneLate, cancelled, noReport, pastPeriodsNoReport, pastPeriodsReported);
    }

    /** Open, not yet overdue, with a deadline (firm or expected) within the coming days. */
    public static boolean isDueSoon(Task t, LocalDate asOf) {
        return isDueSoon(t, asOf, lastSoonDay(asOf));
    }

    /** The last day a deadline counts as soon, seen from {@code asOf}. */
    static LocalDate lastSoonDay(LocalDate asOf) {
        return asOf.plusDays(DUE_SOON_DAYS);
    }

    /** With the last day that is soon worked out once for all the tasks looked at. */
    static boolean isDueSoon(Task t, LocalDate asOf, LocalDate lastSoonDay) {
        return t.counted() && t.status().isOpen() && !t.status().isOverdue() && t.due().isPresent()
                && !t.due().get().last().isBefore(asOf)
                && !t.due().get().last().isAfter(lastSoonDay);
    }

    /** Open and not overdue: within the deadline, or with none. */
    public int withinDeadline() {
        return open - overdue;
    }
}
