package congkhai.render;

import congkhai.assemble.Task;
import congkhai.assemble.TaskStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * Headline numbers about tasks on the as-of day.
 *
 * @param dueSoon open tasks due within {@link #DUE_SOON_DAYS} days from the as-of day, not yet overdue
 */
public record TaskCounts(int total, int overdue, int dueSoon, int open, int done, int doneLate, int noReport) {

    public static final int DUE_SOON_DAYS = 30;

    public static TaskCounts of(List<Task> tasks, LocalDate asOf) {
        int overdue = 0;
        int dueSoon = 0;
        int open = 0;
        int done = 0;
        int doneLate = 0;
        int noReport = 0;
        for (Task t : tasks) {
            if (t.status() == TaskStatus.OVERDUE) {
                overdue++;
            }
            if (isDueSoon(t, asOf)) {
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
            if (!t.hasReport()) {
                noReport++;
            }
        }
        return new TaskCounts(tasks.size(), overdue, dueSoon, open, done, doneLate, noReport);
    }

    public static boolean isDueSoon(Task t, LocalDate asOf) {
        return t.status().isOpen() && t.status() != TaskStatus.OVERDUE && t.due().isPresent()
                && !t.due().get().last().isAfter(asOf.plusDays(DUE_SOON_DAYS));
    }
}
