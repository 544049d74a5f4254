package congkhai.render;

import congkhai.assemble.DocLink;
import congkhai.assemble.Task;
import congkhai.assemble.TaskStatus;
import congkhai.assemble.TaskStatuses;
import congkhai.assemble.Update;
import congkhai.base.PartialDate;
import congkhai.config.Agency;
import congkhai.load.ProgressState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusEventsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static Task task(String due, Update... updates) {
        Optional<PartialDate> d = due == null ? Optional.empty() : Optional.of(PartialDate.parse(due, true));
        List<Update> list = List.of(updates);
        TaskStatus status = TaskStatuses.compute(d, list, AS_OF);
        return new Task("r#t", "t", "r/t/", "r/#t", new DocLink("r/", "", "R", "Kế hoạch", "01/01/2025", false),
                LocalDate.of(2025, 1, 1), "T", List.of(new Agency("a", "A", Optional.empty())), List.of(), d, "", "", list,
                status, Optional.empty(), Optional.empty());
    }

    private static Update update(String day, ProgressState state) {
        return new Update(LocalDate.parse(day), state, Optional.empty(), "", Optional.empty(), "p.yml");
    }

    private static List<String> events(Task t) {
        return StatusEvents.of(List.of(t), AS_OF).stream().map(e -> e.date() + " " + e.kind().code()).toList();
    }

    @Test
    void doneAfterTheDueDayIsOverdueFirstThenDoneLate() {
        assertEquals(List.of("2025-04-02 done_late", "2025-03-31 overdue"),
                events(task("2025-03-31", update("2025-04-02", ProgressState.DONE))));
    }

    @Test
    void doneOnTheDueDayNeverBecameOverdue() {
        assertEquals(List.of("2025-03-31 done_on_time"), events(task("2025-03-31", update("2025-03-31", ProgressState.DONE))));
    }

    @Test
    void aTaskDueOnTheAsOfDayHasNotBecomeOverdueYet() {
        assertEquals(List.of(), events(task("2025-06-30")));
        assertEquals(List.of("2025-06-29 overdue"), events(task("2025-06-29")));
    }

    @Test
    void ongoingWorkIsNeverOverdueButCanBeCancelled() {
        assertEquals(List.of("2025-02-01 cancelled"), events(task(null, update("2025-02-01", ProgressState.CANCELLED))));
    }
}
