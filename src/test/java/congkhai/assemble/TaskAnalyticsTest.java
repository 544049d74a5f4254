package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.model.Agency;
import congkhai.model.Deadline;
import congkhai.model.DocLink;
import congkhai.model.ProgressState;
import congkhai.model.Task;
import congkhai.model.TaskLink;
import congkhai.model.TaskStatus;
import congkhai.model.Topic;
import congkhai.model.Update;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskAnalyticsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final LocalDate ISSUED = LocalDate.of(2025, 1, 1);
    private static final Agency SO_A = new Agency("so-a", "Sở A", Optional.empty());
    private static final Agency SO_B = new Agency("so-b", "Sở B", Optional.empty());
    private static final Agency SO_C = new Agency("so-c", "Sở C", Optional.empty());
    private static final Agency KHOI = new Agency("khoi", "Khối", Optional.empty(), List.of(), true);
    private static final Topic DAT_DAI = new Topic("dat-dai", "Đất đai");

    private static Task task(String id, Agency lead, String due, List<Task> subtasks, Update... updates) {
        Deadline deadline = due == null ? Deadline.NONE : Deadline.fixed(PartialDate.parse(due, true));
        List<Update> known = Arrays.asList(updates);
        TaskStatus status = subtasks.isEmpty() || !known.isEmpty()
                ? TaskStatuses.compute(deadline, ISSUED, known, AS_OF)
                : TaskStatuses.combine(subtasks.stream().map(Task::status).toList());
        return new Task("r#" + id, id, "r/" + id + "/", "r/#" + id, new DocLink("r/", "", "R", "Kế hoạch", "01/01/2025", false, ""),
                ISSUED, id, List.of(lead), List.of(), deadline.date(), "", "", known, status, Optional.empty(), Optional.empty(),
                deadline, List.of(), Optional.<TaskLink>empty(), subtasks, List.of(DAT_DAI));
    }

    private static Update update(String day, ProgressState state) {
        return new Update(LocalDate.parse(day), state, Optional.empty(), "", Optional.empty(), "p.yml");
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::localId).toList();
    }

    /**
     * A view's counts are compared with the last plan's by what they are counted from: lists said alike
     * have the same counts, and a task whose status, deadline or reports changed makes them differ
     * even where its counts end up the same.
     */
    @Test
    void viewsCountedAlikeHaveTheSameCounts() {
        Task late = task("late", SO_A, "2025-03-31", List.of(), update("2025-03-01", ProgressState.IN_PROGRESS));
        Task soon = task("soon", SO_A, "2025-07-10", List.of());
        Task open = task("open", SO_A, null, List.of());
        List<List<Task>> views = List.of(
                List.of(late, soon, open),
                // the same tasks made again: another title, the same statuses
                List.of(task("late", SO_A, "2025-03-31", List.of(), update("2025-03-01", ProgressState.IN_PROGRESS)),
                        task("soon", SO_B, "2025-07-10", List.of()), open),
                // reported done: only the status changed (a report was there already)
                List.of(task("late", SO_A, "2025-03-31", List.of(), update("2025-03-01", ProgressState.DONE)), soon, open),
                // another deadline, the same status
                List.of(late, task("soon", SO_A, "2025-07-20", List.of()), open),
                // a first report, the same status
                List.of(late, soon, task("open", SO_A, null, List.of(), update("2025-06-01", ProgressState.IN_PROGRESS))),
                List.of(late, soon),
                List.of(soon, late, open));
        for (List<Task> a : views) {
            for (List<Task> b : views) {
                boolean alike = new TaskCounts.Counted(AS_OF, a).equals(new TaskCounts.Counted(AS_OF, b));
                if (alike) {
                    assertEquals(TaskCounts.of(a, AS_OF), TaskCounts.of(b, AS_OF), a + " and " + b);
                }
                assertEquals(a == b || views.indexOf(a) + views.indexOf(b) == 1, alike, views.indexOf(a) + " and " + views.indexOf(b));
            }
        }
        assertTrue(!new TaskCounts.Counted(AS_OF, views.get(0)).equals(new TaskCounts.Counted(AS_OF.plusDays(1), views.get(0))));
    }

    @Test
    void aTaskDividedIntoSubTasksIsListedThroughThemMostUrgentFirst() {
        Task soon = task("soon", SO_A, "2025-07-10", List.of());
        Task late = task("late", SO_A, "2025-03-31", List.of());
        Task parent = task("parent", SO_A, "2025-12-31", List.of(soon, late));
        Task done = task("done", SO_A, "2025-05-31", List.of(), update("2025-05-01", ProgressState.DONE));
        Task ongoing = task("ongoing", SO_A, null, List.of());
        TaskAnalytics a = new TaskAnalytics(List.of(parent, soon, late, done, ongoing), AS_OF, List.of(SO_A));

        assertEquals(List.of("late", "soon", "ongoing", "done"), ids(a.byUrgency()));
        assertEquals(List.of("late"), ids(a.overdue()));
        assertEquals(List.of("soon"), ids(a.dueSoon()));
        assertEquals(List.of("late", "soon", "ongoing"), ids(a.open()));
        assertEquals(List.of("ongoing"), ids(a.withoutDue()));
        assertEquals(List.of("2025-03", "2025-05", "2025-07"), a.byDueMonth().keySet().stream().map(Object::toString).toList());
        assertEquals(4, a.ledBy(SO_A).size());
        assertEquals(4, a.ofTopic(DAT_DAI).size());
        assertEquals(4, a.counts(List.of(parent, soon, late, done, ongoing)).total());
    }

    @Test
    void equalRatesShareARankAndNeitherGroupsNorAgenciesWithNothingReportedAreRanked() {
        Task aDone = task("a1", SO_A, "2025-03-31", List.of(), update("2025-03-01", ProgressState.DONE));
        Task bDone = task("b1", SO_B, "2025-03-31", List.of(), update("2025-03-02", ProgressState.DONE));
        Task cOpen = task("c1", SO_C, "2025-12-31", List.of());
        Task groupDone = task("k1", KHOI, "2025-03-31", List.of(), update("2025-03-01", ProgressState.DONE));
        TaskAnalytics a = new TaskAnalytics(List.of(aDone, bDone, cOpen, groupDone), AS_OF, List.of(SO_A, SO_B, SO_C, KHOI));

        TaskAnalytics.Ranking ranking = a.ranking();
        assertEquals(List.of("1 so-a", "1 so-b"),
                ranking.ranked().stream().map(r -> r.rank() + " " + r.card().agency().id()).toList());
        assertEquals(List.of("so-c"), ranking.unreported().stream().map(c -> c.agency().id()).toList());
        assertEquals(List.of("khoi"), ranking.groups().stream().map(c -> c.agency().id()).toList());
        assertTrue(a.scorecard(SO_A).onTimeRate().isPresent());
    }

    private static Task retitled(Task t, String title) {
        return new Task(t.id(), t.localId(), t.path(), t.anchor(), t.document(), t.issued(), title, t.leads(), t.support(), t.due(),
                t.dueText(), t.note(), t.updates(), t.status(), t.percent(), t.updated(), t.deadline(), t.periods(), t.parent(),
                t.subtasks(), t.topics());
    }

    /** {@code t} with its updates' notes and evidence in other words, as when the record an update names is retitled. */
    private static Task reworded(Task t) {
        List<Update> updates = t.updates().stream().map(u -> new Update(u.date(), u.state(), u.percent(), u.note() + " (sửa)",
                Optional.of(new DocLink("r/bc/", "", "Báo cáo mới", "Báo cáo", "02/02/2025", false, "")), u.sourcePath(), u.period())).toList();
        return new Task(t.id(), t.localId(), t.path(), t.anchor(), t.document(), t.issued(), t.title(), t.leads(), t.support(), t.due(),
                t.dueText(), t.note(), updates, t.status(), t.percent(), t.updated(), t.deadline(), t.periods(), t.parent(),
                t.subtasks(), t.topics());
    }

    /** The lists a view is made of, in the same order for any analytics. */
    private static List<List<Task>> views(TaskAnalytics a, List<Agency> agencies) {
        List<List<Task>> all = new java.util.ArrayList<>(List.of(a.byUrgency(), a.open(), a.done(), a.overdue(), a.dueSoon(),
                a.withoutDue(), a.ofTopic(DAT_DAI)));
        for (TaskStatus status : TaskStatus.values()) {
            all.add(a.withStatus(status));
        }
        for (Agency agency : agencies) {
            all.addAll(List.of(a.ledBy(agency), a.supportedBy(agency), a.involving(agency)));
        }
        return all;
    }

    /** Every list of the analytics, each task named by its identity: equal lists hold the same objects. */
    private static List<Object> lists(TaskAnalytics a, List<Agency> agencies) {
        List<Object> all = new java.util.ArrayList<>();
        java.util.function.Function<List<Task>, List<Integer>> identities =
                tasks -> tasks.stream().map(System::identityHashCode).toList();
        all.add(identities.apply(a.byUrgency()));
        all.add(identities.apply(a.open()));
        all.add(identities.apply(a.done()));
        all.add(identities.apply(a.overdue()));
        all.add(identities.apply(a.dueSoon()));
        all.add(identities.apply(a.withoutDue()));
        a.byDueMonth().forEach((month, tasks) -> all.add(month + " " + identities.apply(tasks)));
        for (TaskStatus status : TaskStatus.values()) {
            all.add(status + " " + identities.apply(a.withStatus(status)));
        }
        for (Agency agency : agencies) {
            all.add(agency.id() + " " + identities.apply(a.ledBy(agency)) + identities.apply(a.supportedBy(agency))
                    + identities.apply(a.involving(agency)));
        }
        all.add(identities.apply(a.ofTopic(DAT_DAI)));
        return all;
    }

    /** What pages ask of the statuses, each change named with its task's identity. */
    private static List<Object> derived(TaskAnalytics a, List<Agency> agencies) {
        List<Object> all = new java.util.ArrayList<>();
        java.util.function.Function<List<StatusEvents.Event>, List<String>> events = list -> list.stream()
                .map(e -> e.date() + " " + e.status() + " " + e.period() + " " + System.identityHashCode(e.task())).toList();
        all.add(a.ranking());
        all.add(events.apply(a.newestStatusEvents(100)));
        all.add(events.apply(a.newestStatusEvents(1)));
        for (Agency agency : agencies) {
            all.add(a.scorecard(agency));
            all.add(a.history(agency, 12));
            all.add(events.apply(a.newestStatusEvents(agency, 100)));
        }
        return all;
    }

    /** Whatever changed, the analytics taken over from the last ones are those worked out afresh, the same objects in the same places. */
    @Test
    void analyticsFollowingTheLastOnesAreThoseWorkedOutAfresh() {
        List<Agency> agencies = List.of(SO_A, SO_B);
        Task soon = task("soon", SO_A, "2025-07-10", List.of());
        Task late = task("late", SO_B, "2025-03-31", List.of());
        Task parent = task("parent", SO_A, "2025-12-31", List.of(soon, late));
        Task done = task("done", SO_A, "2025-05-31", List.of(), update("2025-05-01", ProgressState.DONE));
        Task ongoing = task("ongoing", SO_B, null, List.of());
        Task reported = task("reported", SO_B, "2025-04-30", List.of(), update("2025-02-01", ProgressState.IN_PROGRESS),
                update("2025-05-02", ProgressState.DONE));
        List<Task> tasks = List.of(parent, soon, late, done, ongoing, reported);
        TaskAnalytics first = new TaskAnalytics(tasks, AS_OF, agencies);
        // worked out before the analytics that follow take them over
        derived(first, agencies);

        assertTrue(first == TaskAnalytics.following(first, List.copyOf(tasks), AS_OF, agencies), "the same tasks: the same analytics");

        List<List<Task>> edits = List.of(
                // a title: the lists keep their order, with the new objects in them
                List.of(parent, retitled(soon, "mới"), late, retitled(done, "mới"), ongoing, retitled(reported, "mới")),
                // a report that finishes a task, a lead agency, a deadline: sorted or grouped otherwise
                List.of(parent, soon, task("late", SO_B, "2025-03-31", List.of(), update("2025-04-01", ProgressState.DONE)), done, ongoing, reported),
                List.of(parent, soon, late, done, task("ongoing", SO_A, null, List.of()), reported),
                List.of(parent, soon, late, task("done", SO_A, "2025-06-30", List.of(), update("2025-05-01", ProgressState.DONE)), ongoing, reported),
                // finished later, late all the same: sorted and grouped alike, its changes not
                List.of(parent, soon, late, done, ongoing, task("reported", SO_B, "2025-04-30", List.of(),
                        update("2025-02-01", ProgressState.IN_PROGRESS), update("2025-05-20", ProgressState.DONE))),
                // what an update says and the evidence it names, or the state it was in on the same day: its statuses alike, or its changes not
                List.of(parent, soon, late, done, ongoing, reworded(reported)),
                List.of(parent, soon, late, done, ongoing, task("reported", SO_B, "2025-04-30", List.of(),
                        update("2025-02-01", ProgressState.CANCELLED), update("2025-05-02", ProgressState.DONE))),
                // the first report on a task without a deadline: its status alike, its counts not
                List.of(parent, soon, late, done, task("ongoing", SO_B, null, List.of(), update("2025-03-01", ProgressState.IN_PROGRESS)),
                        reported),
                // a task more, and tasks in another order
                List.of(parent, soon, late, done, ongoing, reported, task("more", SO_A, "2025-08-01", List.of())),
                List.of(parent, late, soon, done, ongoing, reported));
        for (List<Task> edited : edits) {
            TaskAnalytics followed = TaskAnalytics.following(first, edited, AS_OF, agencies);
            TaskAnalytics fresh = new TaskAnalytics(edited, AS_OF, agencies);
            assertEquals(lists(fresh, agencies), lists(followed, agencies), ids(edited).toString());
            assertEquals(derived(fresh, agencies), derived(followed, agencies), ids(edited).toString());
            // a view's counts compared with the first analytics' as a preview compares them: equal only when counted alike
            List<List<Task>> before = views(first, agencies);
            List<List<Task>> after = views(followed, agencies);
            for (int i = 0; i < before.size(); i++) {
                if (followed.counted(after.get(i)).equals(first.counted(before.get(i)))) {
                    assertEquals(first.counts(before.get(i)), followed.counts(after.get(i)), ids(edited) + ", view " + i);
                }
            }
        }
        // a title edit: every view's counts are the first analytics', known without looking through them
        TaskAnalytics retitled = TaskAnalytics.following(first, List.of(parent, retitled(soon, "mới"), late, retitled(done, "mới"),
                ongoing, retitled(reported, "mới")), AS_OF, agencies);
        List<List<Task>> before = views(first, agencies);
        List<List<Task>> after = views(retitled, agencies);
        for (int i = 0; i < before.size(); i++) {
            assertSame(first.counted(before.get(i)).lineage(), retitled.counted(after.get(i)).lineage(), "view " + i);
        }
        assertSame(first.ranking(), TaskAnalytics.following(first, List.of(parent, soon, late, done, ongoing, reworded(reported)), AS_OF, agencies)
                .ranking(), "an update's words count for no status: what the statuses make is taken over");
        TaskAnalytics later = TaskAnalytics.following(first, tasks, AS_OF.plusMonths(1), agencies);
        assertEquals(lists(new TaskAnalytics(tasks, AS_OF.plusMonths(1), agencies), agencies), lists(later, agencies), "another as-of day");
        assertEquals(AS_OF.plusMonths(1), later.asOf());
    }
}
