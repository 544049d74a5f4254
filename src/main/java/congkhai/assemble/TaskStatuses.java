package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.load.ProgressState;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The status rules of the content contract, as one pure function. */
public final class TaskStatuses {

    private TaskStatuses() {
    }

    /**
     * @param due     absent for ongoing work; a period is due on its last day
     * @param updates the updates dated on or before {@code asOf}, oldest first
     */
    public static TaskStatus compute(Optional<PartialDate> due, List<Update> updates, LocalDate asOf) {
        Optional<Update> latest = updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
        ProgressState state = latest.map(Update::state).orElse(ProgressState.NOT_STARTED);
        if (state == ProgressState.DONE) {
            boolean late = due.isPresent() && latest.get().date().isAfter(due.get().last());
            return late ? TaskStatus.DONE_LATE : TaskStatus.DONE_ON_TIME;
        }
        if (state == ProgressState.CANCELLED) {
            return TaskStatus.CANCELLED;
        }
        if (due.isEmpty()) {
            return TaskStatus.ONGOING;
        }
        if (due.get().last().isBefore(asOf)) {
            return TaskStatus.OVERDUE;
        }
        return state == ProgressState.IN_PROGRESS ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
    }
}
