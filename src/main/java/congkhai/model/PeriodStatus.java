package congkhai.model;

import congkhai.base.Recurrence;

import java.util.List;

/**
 * One period of a task with a recurring deadline, as it stood on the as-of day.
 *
 * @param updates the updates that report on this period, oldest first
 * @param current the period the as-of day belongs to: the task's status is this one's
 */
public record PeriodStatus(Recurrence.Period period, TaskStatus status, List<Update> updates, boolean current) {

    public PeriodStatus {
        updates = List.copyOf(updates);
    }
}
