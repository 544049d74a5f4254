package congkhai.render;

import congkhai.assemble.Task;
import congkhai.assemble.TaskStatus;
import congkhai.config.Agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How an agency does with the tasks it leads, on the as-of day.
 *
 * @param due        tasks whose outcome can be judged: done, or past their due day
 * @param onTimeRate done on time as a share of {@code due}, in whole percent; empty when nothing is due yet
 */
public record Scorecard(
        Agency agency,
        String path,
        int led,
        int supported,
        int doneOnTime,
        int doneLate,
        int overdue,
        int open,
        int cancelled,
        int noReport,
        int due,
        Optional<Integer> onTimeRate,
        Optional<Integer> lateRate,
        Optional<Integer> overdueRate) {

    public static Scorecard of(Agency agency, String path, List<Task> led, int supported) {
        int onTime = count(led, TaskStatus.DONE_ON_TIME);
        int late = count(led, TaskStatus.DONE_LATE);
        int overdue = count(led, TaskStatus.OVERDUE);
        int cancelled = count(led, TaskStatus.CANCELLED);
        int open = (int) led.stream().filter(t -> t.status().isOpen() && t.status() != TaskStatus.OVERDUE).count();
        int noReport = (int) led.stream().filter(t -> !t.hasReport()).count();
        int due = onTime + late + overdue;
        return new Scorecard(agency, path, led.size(), supported, onTime, late, overdue, open, cancelled, noReport, due,
                percent(onTime, due), percent(late, due), percent(overdue, due));
    }

    private static int count(List<Task> tasks, TaskStatus status) {
        return (int) tasks.stream().filter(t -> t.status() == status).count();
    }

    private static Optional<Integer> percent(int part, int whole) {
        return whole == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * part / whole));
    }

    /** The day a task's outcome is judged by, for sorting lists: its due day, or far away when it has none. */
    static LocalDate dueOrLast(Task t) {
        return t.due().map(d -> d.last()).orElse(LocalDate.MAX);
    }
}
