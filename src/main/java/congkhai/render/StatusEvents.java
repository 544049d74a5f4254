package congkhai.render;

import congkhai.assemble.Task;
import congkhai.assemble.TaskStatus;
import congkhai.assemble.TaskStatuses;
import congkhai.assemble.Update;
import congkhai.load.ProgressState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The moments a task's status changed in a way readers follow: it became overdue (dated by its due
 * day), it was reported done or cancelled (dated by that progress update). Only what is known on the
 * as-of day counts.
 */
public final class StatusEvents {

    public enum Kind {
        OVERDUE("Quá hạn"), DONE_ON_TIME("Hoàn thành đúng hạn"), DONE_LATE("Hoàn thành quá hạn"), CANCELLED("Đã hủy bỏ");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Event(LocalDate date, Kind kind, Task task) {
    }

    private static final Comparator<Event> NEWEST_FIRST = Comparator.comparing(Event::date).reversed()
            .thenComparing(e -> e.task().id()).thenComparing(Event::kind);

    private StatusEvents() {
    }

    public static List<Event> of(List<Task> tasks, LocalDate asOf) {
        List<Event> events = new ArrayList<>();
        for (Task t : tasks) {
            for (Update u : t.updates()) {
                if (u.state() == ProgressState.DONE) {
                    boolean late = t.due().isPresent() && u.date().isAfter(t.due().get().last());
                    events.add(new Event(u.date(), late ? Kind.DONE_LATE : Kind.DONE_ON_TIME, t));
                } else if (u.state() == ProgressState.CANCELLED) {
                    events.add(new Event(u.date(), Kind.CANCELLED, t));
                }
            }
            if (t.due().isPresent()) {
                LocalDate dueDay = t.due().get().last();
                LocalDate dayAfter = dueDay.plusDays(1);
                if (!dayAfter.isAfter(asOf)) {
                    // overdue if nothing closed it by the end of its due day
                    List<Update> knownThen = t.updates().stream().filter(u -> !u.date().isAfter(dueDay)).toList();
                    if (TaskStatuses.compute(t.due(), knownThen, dayAfter) == TaskStatus.OVERDUE) {
                        events.add(new Event(dueDay, Kind.OVERDUE, t));
                    }
                }
            }
        }
        events.sort(NEWEST_FIRST);
        return events;
    }
}
