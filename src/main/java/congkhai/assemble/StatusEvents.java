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
import java.util.PriorityQueue;
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

    /** The status changes of counted tasks, newest first; a task divided into sub-tasks changes through them. */
    public static List<Event> of(List<Task> tasks, LocalDate asOf) {
        return newest(tasks, asOf, Integer.MAX_VALUE);
    }

    /**
     * The {@code limit} newest of {@link #of}, in its order, which a feed shows: found without sorting
     * every change of the site (tens of thousands at ten thousand records, planned again at every preview
     * edit), and a task whose checkpoints all come before the oldest change kept so far is not followed.
     */
    public static List<Event> newest(List<Task> tasks, LocalDate asOf, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Newest kept = new Newest(limit);
        for (Task t : tasks) {
            if (!t.counted()) {
                continue;
            }
            if (t.periods().isEmpty()) {
                Deadline deadline = t.deadline();
                Optional<LocalDate> firmDueDay = deadline.isFirm() ? deadline.date().map(PartialDate::last) : Optional.empty();
                if (kept.mayTake(firmDueDay, t.updates())) {
                    follow(t, firmDueDay, t.updates(), Optional.empty(),
                            (known, day) -> TaskStatuses.compute(deadline, t.issued(), known, day), asOf, kept);
                }
            } else {
                for (PeriodStatus p : t.periods()) {
                    Optional<LocalDate> dueDay = Optional.of(p.period().due());
                    if (kept.mayTake(dueDay, p.updates())) {
                        follow(t, dueDay, p.updates(), Optional.of(p.period()),
                                (known, day) -> TaskStatuses.forPeriod(p.period(), known, day), asOf, kept);
                    }
                }
            }
        }
        return kept.inOrder();
    }

    /**
     * The newest events seen so far, at most {@code limit}, oldest at the head. Events that compare equal
     * keep the order they came in, as the sort of every event kept them.
     */
    private static final class Newest {
        private record Seen(Event event, long order) {
        }

        private static final Comparator<Seen> NEWEST_FIRST_IN_ORDER = Comparator.<Seen, Event>comparing(Seen::event, NEWEST_FIRST)
                .thenComparingLong(Seen::order);

        private final int limit;
        private final PriorityQueue<Seen> oldestFirst = new PriorityQueue<>(NEWEST_FIRST_IN_ORDER.reversed());
        private long seen;

        Newest(int limit) {
            this.limit = limit;
        }

        void add(Event e) {
            Seen s = new Seen(e, seen++);
            if (oldestFirst.size() < limit) {
                oldestFirst.add(s);
            } else if (NEWEST_FIRST_IN_ORDER.compare(s, oldestFirst.peek()) < 0) {
                oldestFirst.poll();
                oldestFirst.add(s);
            }
        }

        /** Whether a deadline with these checkpoints can give an event newer than the oldest kept: events are dated by them. */
        boolean mayTake(Optional<LocalDate> dueDay, List<Update> updates) {
            if (oldestFirst.size() < limit) {
                return true;
            }
            LocalDate oldestKept = oldestFirst.peek().event().date();
            if (dueDay.isPresent() && !dueDay.get().isBefore(oldestKept)) {
                return true;
            }
            for (Update u : updates) {
                if (!u.date().isBefore(oldestKept)) {
                    return true;
                }
            }
            return false;
        }

        List<Event> inOrder() {
            List<Seen> sorted = new ArrayList<>(oldestFirst);
            sorted.sort(NEWEST_FIRST_IN_ORDER);
            return sorted.stream().map(Seen::event).toList();
        }
    }

    /**
     * Walks one deadline's checkpoints in order: each update (with what was known that day) and the day
     * after a firm due day (with what was known by the end of it), and records each entry into a followed
     * status. The status at each checkpoint is {@code statusOn}, the rule of {@link TaskStatuses} for
     * that deadline: the task's own, or its period's.
     */
    private static void follow(Task t, Optional<LocalDate> firmDueDay, List<Update> updates, Optional<Recurrence.Period> period,
                               BiFunction<List<Update>, LocalDate, TaskStatus> statusOn, LocalDate asOf, Newest events) {
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
