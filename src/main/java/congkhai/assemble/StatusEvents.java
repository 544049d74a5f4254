package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.base.Recurrence;
import congkhai.model.Deadline;
import congkhai.model.PeriodStatus;
import congkhai.model.Task;
import congkhai.model.TaskStatus;
import congkhai.model.Update;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The moments a task's status changed in a way readers follow: it passed its deadline (dated by the
 * due day, and saying whether anything had been reported), a report said it was still not done past
 * the deadline, it was reported done or cancelled (dated by that report). The statuses come from
 * {@link TaskStatuses}, evaluated at each due day and each report, so a feed never says what a page
 * would not. A recurring deadline is followed period by period. Only what is known on the as-of day counts.
 */
public final class StatusEvents {

    /** The statuses a feed announces when a task enters them. */
    static final Set<TaskStatus> FOLLOWED = Set.of(TaskStatus.OVERDUE_NO_REPORT, TaskStatus.OVERDUE,
            TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE, TaskStatus.DONE, TaskStatus.CANCELLED);

    /** @param period the period of a recurring deadline the change concerns */
    public record Event(LocalDate date, TaskStatus status, Task task, Optional<Recurrence.Period> period) {
    }

    private static final Comparator<Event> NEWEST_FIRST = Comparator.comparing(Event::date).reversed()
            .thenComparing(e -> e.task().id()).thenComparing(Event::status);

    private StatusEvents() {
    }

    /** The status changes of counted tasks; a task divided into sub-tasks changes through them. */
    public static List<Event> of(List<Task> tasks, LocalDate asOf) {
        List<Event> events = new ArrayList<>();
        for (Task t : tasks) {
            if (!t.counted()) {
                continue;
            }
            if (t.periods().isEmpty()) {
                Deadline deadline = t.deadline();
                follow(t, deadline.isFirm() ? deadline.date().map(PartialDate::last) : Optional.empty(), t.updates(), Optional.empty(),
                        (known, day) -> TaskStatuses.compute(deadline, t.issued(), known, day), asOf, events);
            } else {
                for (PeriodStatus p : t.periods()) {
                    follow(t, Optional.of(p.period().due()), p.updates(), Optional.of(p.period()),
                            (known, day) -> TaskStatuses.forPeriod(p.period(), known, day), asOf, events);
                }
            }
        }
        events.sort(NEWEST_FIRST);
        return events;
    }

    /**
     * Walks one deadline's checkpoints in order: each update (with what was known that day) and the day
     * after a firm due day (with what was known by the end of it), and records each entry into a followed
     * status. The status at each checkpoint is {@code statusOn}, the rule of {@link TaskStatuses} for
     * that deadline: the task's own, or its period's.
     */
    private static void follow(Task t, Optional<LocalDate> firmDueDay, List<Update> updates, Optional<Recurrence.Period> period,
                               BiFunction<List<Update>, LocalDate, TaskStatus> statusOn, LocalDate asOf, List<Event> events) {
        record Checkpoint(LocalDate dated, LocalDate evaluated, LocalDate knownUntil) {
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (Update u : updates) {
            checkpoints.add(new Checkpoint(u.date(), u.date(), u.date()));
        }
        firmDueDay.filter(dueDay -> !dueDay.plusDays(1).isAfter(asOf))
                .ifPresent(dueDay -> checkpoints.add(new Checkpoint(dueDay, dueDay.plusDays(1), dueDay)));
        // by the day known up to; an update on the due day comes before the deadline passes
        checkpoints.sort(Comparator.comparing(Checkpoint::knownUntil).thenComparing(Checkpoint::evaluated));
        TaskStatus before = null;
        for (Checkpoint c : checkpoints) {
            List<Update> known = updates.stream().filter(u -> !u.date().isAfter(c.knownUntil())).toList();
            TaskStatus now = statusOn.apply(known, c.evaluated());
            if (now != before && FOLLOWED.contains(now)) {
                events.add(new Event(c.dated(), now, t, period));
            }
            before = now;
        }
    }
}
