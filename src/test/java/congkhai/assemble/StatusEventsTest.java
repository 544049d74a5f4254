package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.base.Recurrence;
import congkhai.model.Agency;
import congkhai.model.Deadline;
import congkhai.model.DocLink;
import congkhai.model.PeriodStatus;
import congkhai.model.ProgressState;
import congkhai.model.Task;
import congkhai.model.TaskStatus;
import congkhai.model.Update;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusEventsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final LocalDate ISSUED = LocalDate.of(2025, 1, 1);

    private static Task task(Deadline deadline, LocalDate issued, List<Update> updates) {
        return task("r#t", deadline, issued, updates);
    }

    private static Task task(String id, Deadline deadline, LocalDate issued, List<Update> updates) {
        TaskStatus status = TaskStatuses.compute(deadline, issued, updates, AS_OF);
        List<PeriodStatus> periods = TaskStatuses.periods(deadline, issued, updates, AS_OF);
        return new Task(id, "t", "r/t/", "r/#t", new DocLink("r/", "", "R", "doctype.plan.singular", "01/01/2025", false),
                issued, "T", List.of(new Agency("a", "A", Optional.empty())), List.of(), deadline.date(), "", "", updates,
                status, Optional.empty(), Optional.empty(), deadline, periods, Optional.empty(), List.of(), List.of());
    }

    private static Task task(String due, Update... updates) {
        Deadline d = due == null ? Deadline.NONE : Deadline.fixed(PartialDate.parse(due, true));
        return task(d, ISSUED, List.of(updates));
    }

    private static Update update(String day, ProgressState state) {
        return new Update(LocalDate.parse(day), state, Optional.empty(), "", Optional.empty(), "p.yml");
    }

    private static List<String> events(Task t) {
        return StatusEvents.of(List.of(t), AS_OF).stream()
                .map(e -> e.date() + " " + e.status().code() + e.period().map(p -> " " + p.key()).orElse("")).toList();
    }

    @Test
    void doneAfterTheDueDayFirstPassedItWithNoReportThenWasDoneLate() {
        assertEquals(List.of("2025-04-02 done_late", "2025-03-31 overdue_no_report"),
                events(task("2025-03-31", update("2025-04-02", ProgressState.DONE))));
    }

    @Test
    void aReportThatSaysNotDoneMakesThePassedDeadlineKnownOverdue() {
        assertEquals(List.of("2025-03-31 overdue"), events(task("2025-03-31", update("2025-03-01", ProgressState.IN_PROGRESS))));
        assertEquals(List.of("2025-04-10 overdue", "2025-03-31 overdue_no_report"),
                events(task("2025-03-31", update("2025-04-10", ProgressState.IN_PROGRESS))),
                "a first report after the deadline turns 'no report' into 'reported not done'");
    }

    @Test
    void doneOnTheDueDayNeverBecameOverdue() {
        assertEquals(List.of("2025-03-31 done_on_time"), events(task("2025-03-31", update("2025-03-31", ProgressState.DONE))));
    }

    @Test
    void aTaskDueOnTheAsOfDayHasNotBecomeOverdueYet() {
        assertEquals(List.of(), events(task("2025-06-30")));
        assertEquals(List.of("2025-06-29 overdue_no_report"), events(task("2025-06-29")));
    }

    @Test
    void ongoingWorkIsNeverOverdueButCanBeCancelledOrDone() {
        assertEquals(List.of("2025-02-01 cancelled"), events(task(null, update("2025-02-01", ProgressState.CANCELLED))));
        assertEquals(List.of("2025-02-01 done"), events(task(null, update("2025-02-01", ProgressState.DONE))));
    }

    @Test
    void anExpectedDateNeverMakesAnEvent() {
        Deadline expected = new Deadline(Optional.of(PartialDate.parse("2025-03", false)), true, Optional.empty());
        assertEquals(List.of(), events(task(expected, ISSUED, List.of())));
    }

    @Test
    void aYearlyDeadlineIsFollowedPeriodByPeriod() {
        Recurrence yearly = new Recurrence(Recurrence.Every.YEAR, Optional.of(MonthDay.of(12, 15)), Optional.empty(),
                Optional.empty(), Optional.empty());
        LocalDate issued = LocalDate.of(2023, 5, 27);
        Update late2023 = new Update(LocalDate.of(2023, 12, 20), ProgressState.DONE, Optional.empty(), "", Optional.empty(), "p.yml",
                Optional.of(yearly.periodFor(LocalDate.of(2023, 12, 20), issued)));
        Task t = task(new Deadline(Optional.empty(), false, Optional.of(yearly)), issued, List.of(late2023));
        assertEquals(List.of("2024-12-15 overdue_no_report 2024", "2023-12-20 done_late 2023", "2023-12-15 overdue_no_report 2023"),
                events(t), "2025 is not yet due on 30/06/2025");
    }

    @Test
    void theNewestChangesAreTheFirstOfAllInTheSameOrder() {
        // dates repeat across tasks and tasks repeat ids, so ties of every kind are there to keep in order
        List<Task> tasks = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        ProgressState[] states = {ProgressState.IN_PROGRESS, ProgressState.DONE, ProgressState.CANCELLED};
        for (int i = 0; i < 60; i++) {
            LocalDate due = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(12) * 15L);
            List<Update> updates = new java.util.ArrayList<>();
            for (int u = random.nextInt(3); u > 0; u--) {
                updates.add(update(due.plusDays(random.nextInt(5) * 15L - 30).toString(), states[random.nextInt(states.length)]));
            }
            updates.sort(java.util.Comparator.comparing(Update::date));
            Deadline deadline = i % 7 == 0 ? Deadline.NONE : Deadline.fixed(PartialDate.parse(due.toString(), true));
            tasks.add(task("r" + (i % 20) + "#t", deadline, ISSUED, updates));
        }
        // every task's changes in the order of the tasks, then one stable sort: newest first, by task, by status
        List<StatusEvents.Event> all = new java.util.ArrayList<>();
        tasks.forEach(t -> all.addAll(StatusEvents.of(List.of(t), AS_OF)));
        all.sort(java.util.Comparator.comparing(StatusEvents.Event::date).reversed()
                .thenComparing(e -> e.task().id()).thenComparing(StatusEvents.Event::status));
        assertEquals(all, StatusEvents.of(tasks, AS_OF));
        assertEquals(true, all.size() > 60, "enough changes to choose from: " + all.size());
        for (int limit : new int[] {0, 1, 5, 17, 40, all.size(), all.size() + 3}) {
            assertEquals(all.subList(0, Math.min(limit, all.size())), StatusEvents.newest(tasks, AS_OF, limit), "the " + limit + " newest");
        }
    }
}
