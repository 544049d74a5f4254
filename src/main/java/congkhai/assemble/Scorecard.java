package congkhai.assemble;

import congkhai.model.Agency;
import congkhai.model.Task;
import congkhai.model.TaskStatus;

import java.util.List;
import java.util.Optional;

/**
 * How an agency does with the tasks it leads, on the as-of day, counting only what was reported.
 * Each counted task gives one outcome; a task with a recurring deadline gives one per period, from
 * the first to the current one.
 *
 * @param led             counted tasks it leads
 * @param assessed        outcomes judged from reports against a firm deadline: done on time, done late,
 *                        or past the deadline with reports that say it is not done
 * @param overdueNoReport outcomes past the deadline with no report at all: shown, never rated
 * @param done            reported done where there was no firm deadline to judge it by
 * @param open            outcomes still within their deadline, or with none
 * @param noReport        led tasks with no progress report at all
 * @param onTimeRate      done on time as a share of {@code assessed}, in whole percent; empty when nothing was assessed
 */
public record Scorecard(
        Agency agency,
        String path,
        int led,
        int supported,
        int doneOnTime,
        int doneLate,
        int overdue,
        int overdueNoReport,
        int done,
        int open,
        int cancelled,
        int noReport,
        int assessed,
        Optional<Integer> onTimeRate,
        Optional<Integer> lateRate,
        Optional<Integer> overdueRate) {

    public static Scorecard of(Agency agency, String path, List<Task> led, int supported) {
        List<Task> counted = led.stream().filter(Task::counted).toList();
        List<TaskStatus> outcomes = counted.stream().flatMap(t -> t.outcomes().stream()).toList();
        int onTime = count(outcomes, TaskStatus.DONE_ON_TIME);
        int late = count(outcomes, TaskStatus.DONE_LATE);
        int overdue = count(outcomes, TaskStatus.OVERDUE);
        int overdueNoReport = count(outcomes, TaskStatus.OVERDUE_NO_REPORT);
        int done = count(outcomes, TaskStatus.DONE);
        int cancelled = count(outcomes, TaskStatus.CANCELLED);
        int open = (int) outcomes.stream().filter(s -> s.isOpen() && !s.isOverdue()).count();
        int noReport = (int) counted.stream().filter(t -> !t.hasReport()).count();
        int assessed = onTime + late + overdue;
        return new Scorecard(agency, path, counted.size(), supported, onTime, late, overdue, overdueNoReport, done, open,
                cancelled, noReport, assessed, percent(onTime, assessed), percent(late, assessed), percent(overdue, assessed));
    }

    /** Whether it can be ranked: one body, not a group, with at least one outcome judged from reports. */
    public boolean ranked() {
        return !agency.group() && assessed > 0;
    }

    private static int count(List<TaskStatus> outcomes, TaskStatus status) {
        return (int) outcomes.stream().filter(s -> s == status).count();
    }

    private static Optional<Integer> percent(int part, int whole) {
        return whole == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * part / whole));
    }
}
