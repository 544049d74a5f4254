package congkhai.model;

import congkhai.base.PartialDate;
import congkhai.base.Recurrence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A task a document assigns, with its status on the as-of day.
 *
 * @param id       {@code <record-id>#<task-id>}
 * @param path     its own page, under its document's: {@code plans/kh-122/t1/}
 * @param anchor   its place on the document's page: {@code plans/kh-122/#t1}
 * @param issued   the first day of its document's date: a task exists from then on
 * @param due      the fixed deadline, or for a recurring one the due day of the current period
 * @param updates  every update up to the as-of day, oldest first (its own, not its sub-tasks')
 * @param updated  the day of the latest update counted, its sub-tasks' included
 * @param deadline the deadline as the record gives it
 * @param periods  for a recurring deadline, each period from the first to the current one, oldest first
 * @param parent   the task this one is a part of
 * @param subtasks the tasks it is divided into; a task with sub-tasks is counted through them
 * @param topics   its subject areas: its own when the record gives them, else its document's
 */
public record Task(
        String id,
        String localId,
        String path,
        String anchor,
        DocLink document,
        LocalDate issued,
        String title,
        List<Agency> leads,
        List<Agency> support,
        Optional<PartialDate> due,
        String dueText,
        String note,
        List<Update> updates,
        TaskStatus status,
        Optional<Integer> percent,
        Optional<LocalDate> updated,
        Deadline deadline,
        List<PeriodStatus> periods,
        Optional<TaskLink> parent,
        List<Task> subtasks,
        List<Topic> topics) {

    public Task {
        leads = List.copyOf(leads);
        support = List.copyOf(support);
        updates = List.copyOf(updates);
        periods = List.copyOf(periods);
        subtasks = List.copyOf(subtasks);
        topics = List.copyOf(topics);
    }

    public String recordId() {
        return id.substring(0, id.indexOf('#'));
    }

    /** Anything reported on it or on its sub-tasks. */
    public boolean hasReport() {
        if (!updates.isEmpty()) {
            return true;
        }
        // a loop, not a stream: counts ask this of every task of the site at each preview edit
        for (Task s : subtasks) {
            if (s.hasReport()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counted in totals, views and rankings: a task divided into sub-tasks is counted through them,
     * so the same work is never counted twice.
     */
    public boolean counted() {
        return subtasks.isEmpty();
    }

    /** Its status follows its sub-tasks: it has some, and no report of its own. */
    public boolean statusFromSubtasks() {
        return !subtasks.isEmpty() && updates.isEmpty();
    }

    /** The document only expects or hints at the date: passing it does not make the task overdue. */
    public boolean dueExpected() {
        return deadline.expected();
    }

    public Optional<Recurrence> recurrence() {
        return deadline.recurrence();
    }

    /** For a recurring deadline, the period the as-of day belongs to. */
    public Optional<PeriodStatus> currentPeriod() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }

    /** The outcomes a scorecard counts: one per period for a recurring deadline, else the task's status. */
    public List<TaskStatus> outcomes() {
        return periods.isEmpty() ? List.of(status) : periods.stream().map(PeriodStatus::status).toList();
    }
}
