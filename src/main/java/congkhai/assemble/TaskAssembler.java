package congkhai.assemble;

import congkhai.base.Located;
import congkhai.base.PartialDate;
import congkhai.base.Recurrence;
import congkhai.base.Suggestions;
import congkhai.load.DocumentSource;
import congkhai.load.ProgressSource;
import congkhai.load.TaskSource;
import congkhai.model.Agency;
import congkhai.model.DocLink;
import congkhai.model.PeriodStatus;
import congkhai.model.ProgressState;
import congkhai.model.Task;
import congkhai.model.TaskLink;
import congkhai.model.TaskStatus;
import congkhai.model.Update;
import congkhai.model.Urls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A document's tasks as assembled: their progress updates attached in date order (each with the period
 * it reports on, for a recurring deadline), sub-tasks under their parents, and each status computed
 * against the as-of day ({@link TaskStatuses}). Part of one assembly ({@link Assembler}).
 */
final class TaskAssembler {

    private final Assembly assembly;
    private final References references;
    /** Each document's tasks as an earlier assembly with the same setting made them ({@link AssemblyMemo}). */
    private final Map<String, AssemblyMemo.MadeTasks> kept;
    /** Filled only when {@code keep}: what a later assembly may take. */
    private final Map<String, AssemblyMemo.MadeTasks> made = new HashMap<>();
    private final boolean keep;

    TaskAssembler(Assembly assembly, References references, Map<String, AssemblyMemo.MadeTasks> kept, boolean keep) {
        this.assembly = assembly;
        this.references = references;
        this.kept = kept;
        this.keep = keep;
    }

    /** Each document's tasks as this assembly made them, by document id. */
    Map<String, AssemblyMemo.MadeTasks> made() {
        return made;
    }

    /** Every task's updates dated up to the as-of day, oldest first, by task id; an update of an unknown task is an error. */
    Map<String, List<Update>> updatesByTask(List<ProgressSource> progress, List<DocumentSource> all,
                                            Map<String, DocumentSource> byId, NumberIndex numbers) {
        // in the order written, for the suggestions of an unknown task
        Map<String, TaskSource> tasksById = new LinkedHashMap<>();
        for (DocumentSource d : all) {
            for (TaskSource t : d.tasks()) {
                tasksById.put(d.id() + "#" + t.id().value(), t);
            }
        }
        Set<String> taskIds = tasksById.keySet();
        Map<String, List<Update>> updates = new HashMap<>();
        for (ProgressSource p : progress) {
            String taskId = p.taskId();
            if (!taskIds.contains(taskId)) {
                String recordId = p.recordId();
                String hint = byId.containsKey(recordId)
                        ? Suggestions.didYouMean(taskId, taskIds)
                        : " (no record '" + recordId + "'" + Suggestions.closest(recordId, byId.keySet()).map(s -> "; did you mean '" + s + "'?").orElse("") + ")";
                assembly.error(p.task().pos(), "progress for unknown task '" + taskId + "'" + hint);
                continue;
            }
            DocumentSource taskDocument = byId.get(taskId.substring(0, taskId.indexOf('#')));
            Optional<Recurrence.Period> period = periodOf(p, taskId, tasksById.get(taskId), taskDocument);
            if (p.date().isAfter(assembly.asOf())) {
                continue;
            }
            Optional<DocLink> evidence = p.evidence().flatMap(e -> references.resolveEvidence(e, taskDocument, numbers));
            updates.computeIfAbsent(taskId, k -> new ArrayList<>())
                    .add(new Update(p.date(), p.status(), p.percent(), p.note(), evidence, p.pos().path(), period));
        }
        // latest is by update date, not by file order; the sort is stable, so same-day updates keep path order
        updates.values().forEach(list -> list.sort(Comparator.comparing(Update::date)));
        return updates;
    }

    /**
     * The period a progress update reports on, for a task with a recurring deadline: the one it names
     * in {@code period}, or else the one its date falls in (before the first period: the first; after
     * the last: the last).
     */
    private Optional<Recurrence.Period> periodOf(ProgressSource p, String taskId, TaskSource task, DocumentSource document) {
        Optional<Recurrence> recurrence = task.deadline().recurrence().filter(Recurrence::hasPeriods);
        LocalDate issued = document.date().first();
        if (p.period().isEmpty()) {
            return recurrence.map(r -> r.periodFor(p.date(), issued));
        }
        Located<PartialDate> written = p.period().get();
        if (recurrence.isEmpty()) {
            assembly.error(written.pos(), "field 'period': task '" + taskId + "' has no recurring deadline, so its updates name no period");
            return Optional.empty();
        }
        Recurrence r = recurrence.get();
        PartialDate.Precision wanted = switch (r.every()) {
            case YEAR -> PartialDate.Precision.YEAR;
            case QUARTER -> PartialDate.Precision.QUARTER;
            default -> PartialDate.Precision.MONTH;
        };
        if (written.value().precision() != wanted) {
            String form = switch (r.every()) {
                case YEAR -> "a year (YYYY)";
                case QUARTER -> "a quarter (YYYY-Qn)";
                default -> "a month (YYYY-MM)";
            };
            assembly.error(written.pos(), "field 'period': task '" + taskId + "' recurs every " + r.every().code()
                    + ", so its period is " + form + ", not '" + written.value().iso() + "'");
            return Optional.empty();
        }
        Recurrence.Period period = r.periodOf(written.value().first());
        Recurrence.Period first = r.first(issued);
        if (period.span().first().isBefore(first.span().first())) {
            assembly.error(written.pos(), "field 'period': '" + period.key() + "' is before the task's first period (" + first.key() + ")");
            return Optional.empty();
        }
        Optional<Recurrence.Period> last = r.last();
        if (last.isPresent() && period.span().first().isAfter(last.get().span().first())) {
            assembly.error(written.pos(), "field 'period': '" + period.key() + "' is after the task's last period (" + last.get().key() + ")");
            return Optional.empty();
        }
        return Optional.of(period);
    }

    /**
     * A document's tasks in the order written; each sub-task is made before its parent, whose status may
     * follow it. The tasks an earlier assembly made from the same inputs are taken as they are.
     */
    List<Task> tasksOf(DocumentSource d, Map<String, List<Update>> updatesByTask) {
        if (!keep) {
            // an assembly that keeps nothing was given nothing to take either: a build's
            return make(d, updatesByTask);
        }
        List<List<Update>> updates = new ArrayList<>(d.tasks().size());
        for (TaskSource ts : d.tasks()) {
            updates.add(updatesByTask.getOrDefault(d.id() + "#" + ts.id().value(), List.of()));
        }
        AssemblyMemo.TaskInputs inputs = new AssemblyMemo.TaskInputs(d, updates);
        AssemblyMemo.MadeTasks known = kept.get(d.id());
        List<Task> tasks = known != null && known.inputs().equals(inputs) ? known.tasks() : make(d, updatesByTask);
        made.put(d.id(), new AssemblyMemo.MadeTasks(inputs, tasks));
        return tasks;
    }

    private List<Task> make(DocumentSource d, Map<String, List<Update>> updatesByTask) {
        Map<String, TaskSource> byLocalId = new LinkedHashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (TaskSource ts : d.tasks()) {
            byLocalId.put(ts.id().value(), ts);
        }
        for (TaskSource ts : d.tasks()) {
            ts.parent().filter(p -> byLocalId.containsKey(p.value()))
                    .ifPresent(p -> children.computeIfAbsent(p.value(), k -> new ArrayList<>()).add(ts.id().value()));
        }
        Map<String, Task> made = new HashMap<>();
        List<Task> out = new ArrayList<>();
        for (TaskSource ts : d.tasks()) {
            out.add(task(d, ts, byLocalId, children, updatesByTask, made, new HashSet<>()));
        }
        return out;
    }

    private Task task(DocumentSource d, TaskSource ts, Map<String, TaskSource> byLocalId, Map<String, List<String>> children,
                      Map<String, List<Update>> updatesByTask, Map<String, Task> made, Set<String> visiting) {
        String localId = ts.id().value();
        Task done = made.get(localId);
        if (done != null) {
            return done;
        }
        List<Task> subtasks = new ArrayList<>();
        if (visiting.add(localId)) {
            // a loop through 'parent' is reported by the parser; its tasks are made without sub-tasks
            for (String child : children.getOrDefault(localId, List.of())) {
                if (!visiting.contains(child)) {
                    subtasks.add(task(d, byLocalId.get(child), byLocalId, children, updatesByTask, made, visiting));
                }
            }
        }
        List<Update> updates = updatesByTask.getOrDefault(d.id() + "#" + localId, List.of());
        List<Agency> leads = ts.leads().stream().map(l -> assembly.config().agencies().get(l.value())).filter(a -> a != null).toList();
        List<Agency> support = ts.support().stream().map(l -> assembly.config().agencies().get(l.value())).filter(a -> a != null).toList();
        LocalDate issued = d.date().first();
        List<PeriodStatus> periods = TaskStatuses.periods(ts.deadline(), issued, updates, assembly.asOf());
        TaskStatus status = !subtasks.isEmpty() && updates.isEmpty()
                ? TaskStatuses.combine(subtasks.stream().map(Task::status).toList())
                : TaskStatuses.compute(ts.deadline(), issued, updates, assembly.asOf());
        Optional<Update> latest = updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
        // a recurring task's percent is the current period's: last year's 100% says nothing about this year
        List<Update> current = periods.isEmpty() ? updates : periods.get(periods.size() - 1).updates();
        Optional<Update> latestCurrent = current.isEmpty() ? Optional.empty() : Optional.of(current.get(current.size() - 1));
        Optional<Integer> percent = latestCurrent.flatMap(u -> u.percent().isPresent() ? u.percent()
                : u.state() == ProgressState.DONE ? Optional.of(100) : Optional.empty());
        Optional<LocalDate> updated = Stream.concat(latest.map(Update::date).stream(),
                subtasks.stream().flatMap(s -> s.updated().stream())).max(Comparator.naturalOrder());
        Optional<PartialDate> due = periods.isEmpty() ? ts.due()
                : Optional.of(PartialDate.ofDay(periods.get(periods.size() - 1).period().due()));
        Optional<TaskLink> parent = ts.parent().map(Located::value).map(byLocalId::get)
                .map(p -> new TaskLink(p.id().value(), Urls.task(d.id(), p.id().value()), p.title()));
        Task task = new Task(d.id() + "#" + localId, localId, Urls.task(d.id(), localId),
                Urls.taskInDocument(d.id(), localId), assembly.linkOf(d), issued, ts.title(), leads, support, due, ts.dueText(), ts.note(), updates,
                status, percent, updated, ts.deadline(), periods, parent, subtasks,
                ts.topics().map(list -> list.stream().map(t -> assembly.config().topics().get(t.value())).filter(t -> t != null).distinct().toList())
                        .orElseGet(() -> assembly.topicsOf(d)));
        made.put(localId, task);
        return task;
    }
}
