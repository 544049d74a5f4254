package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.base.Recurrence;
import congkhai.model.Deadline;
import congkhai.model.PeriodStatus;
import congkhai.model.ProgressState;
import congkhai.model.TaskStatus;
import congkhai.model.Update;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The status rules of the content contract, as pure functions. Pages, feeds, charts, rankings and the
 * open data all call these; none restates them.
 */
final class TaskStatuses {

    /**
     * Open states, the one a parent shows first: reported not done past the deadline is the firmest
     * fact, then past it with no report, then what was reported within it.
     */
    private static final List<TaskStatus> MOST_PRESSING_FIRST = List.of(TaskStatus.OVERDUE, TaskStatus.OVERDUE_NO_REPORT,
            TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED, TaskStatus.NO_REPORT, TaskStatus.ONGOING);

    private TaskStatuses() {
    }

    /**
     * A task with a firm deadline, or none.
     *
     * @param due     absent for ongoing work; a period is due on its last day
     * @param updates the updates dated on or before {@code asOf}, oldest first
     */
    public static TaskStatus compute(Optional<PartialDate> due, List<Update> updates, LocalDate asOf) {
        return forDueDay(due.map(PartialDate::last), true, updates, asOf);
    }

    /**
     * A task's status on {@code asOf}: for a recurring deadline, that of the period {@code asOf} belongs to.
     *
     * @param issued  the day the task was given (its document's first day)
     * @param updates the updates known on {@code asOf}, oldest first, each with its period when it recurs
     */
    public static TaskStatus compute(Deadline deadline, LocalDate issued, List<Update> updates, LocalDate asOf) {
        if (deadline.hasPeriods()) {
            if (latest(updates).map(u -> u.state() == ProgressState.CANCELLED).orElse(false)) {
                return TaskStatus.CANCELLED;
            }
            Recurrence.Period current = deadline.recurrence().orElseThrow().periodFor(asOf, issued);
            return forDueDay(Optional.of(current.due()), true, reportingOn(current, updates), asOf);
        }
        return forDueDay(deadline.date().map(PartialDate::last), !deadline.expected(), updates, asOf);
    }

    /**
     * Each period of a recurring deadline from the first to the one {@code asOf} belongs to, with its
     * status from the updates that report on it. A cancellation ends the task: no period after it is listed.
     */
    public static List<PeriodStatus> periods(Deadline deadline, LocalDate issued, List<Update> updates, LocalDate asOf) {
        if (!deadline.hasPeriods()) {
            return List.of();
        }
        Recurrence recurrence = deadline.recurrence().orElseThrow();
        List<Recurrence.Period> periods = recurrence.periodsUpTo(asOf, issued);
        Optional<Update> cancelled = latest(updates).filter(u -> u.state() == ProgressState.CANCELLED);
        List<PeriodStatus> out = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Recurrence.Period p = periods.get(i);
            List<Update> own = reportingOn(p, updates);
            boolean current = i == periods.size() - 1;
            out.add(new PeriodStatus(p, forPeriod(p, own, asOf), own, current));
            if (cancelled.isPresent() && cancelled.get().period().map(p::equals).orElse(false)) {
                break;
            }
        }
        return out;
    }

    /**
     * One period of a recurring deadline on {@code asOf}: it falls due on its due day, firmly, so a
     * report of done after that day is done late.
     *
     * @param updates the updates that report on it and are known on {@code asOf}, oldest first
     */
    public static TaskStatus forPeriod(Recurrence.Period period, List<Update> updates, LocalDate asOf) {
        return forDueDay(Optional.of(period.due()), true, updates, asOf);
    }

    /** The updates that report on {@code period}. */
    public static List<Update> reportingOn(Recurrence.Period period, List<Update> updates) {
        return updates.stream().filter(u -> u.period().map(period::equals).orElse(false)).toList();
    }

    /**
     * A task divided into sub-tasks that has no report of its own: finished when every sub-task is
     * (late if any was late), cancelled when all were, otherwise the most pressing open sub-task's status.
     */
    public static TaskStatus combine(List<TaskStatus> parts) {
        if (parts.isEmpty()) {
            return TaskStatus.NO_REPORT;
        }
        for (TaskStatus s : MOST_PRESSING_FIRST) {
            if (parts.contains(s)) {
                return s;
            }
        }
        if (parts.stream().allMatch(s -> s == TaskStatus.CANCELLED)) {
            return TaskStatus.CANCELLED;
        }
        if (parts.contains(TaskStatus.DONE_LATE)) {
            return TaskStatus.DONE_LATE;
        }
        return parts.contains(TaskStatus.DONE_ON_TIME) ? TaskStatus.DONE_ON_TIME : TaskStatus.DONE;
    }

    /**
     * The rule itself, for one deadline.
     *
     * @param dueDay the day it falls due; empty when there is none
     * @param firm   false when the date is only expected: then it is never overdue, and done is not
     *               judged on time or late
     */
    private static TaskStatus forDueDay(Optional<LocalDate> dueDay, boolean firm, List<Update> updates, LocalDate asOf) {
        Optional<Update> latest = latest(updates);
        ProgressState state = latest.map(Update::state).orElse(ProgressState.NOT_STARTED);
        if (state == ProgressState.DONE) {
            if (dueDay.isEmpty() || !firm) {
                return TaskStatus.DONE;
            }
            return latest.get().date().isAfter(dueDay.get()) ? TaskStatus.DONE_LATE : TaskStatus.DONE_ON_TIME;
        }
        if (state == ProgressState.CANCELLED) {
            return TaskStatus.CANCELLED;
        }
        if (dueDay.isEmpty()) {
            return TaskStatus.ONGOING;
        }
        if (firm && dueDay.get().isBefore(asOf)) {
            return latest.isEmpty() ? TaskStatus.OVERDUE_NO_REPORT : TaskStatus.OVERDUE;
        }
        if (latest.isEmpty()) {
            return TaskStatus.NO_REPORT;
        }
        return state == ProgressState.IN_PROGRESS ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
    }

    private static Optional<Update> latest(List<Update> updates) {
        return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
    }
}
