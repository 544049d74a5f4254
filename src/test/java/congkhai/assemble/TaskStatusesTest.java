package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.load.ProgressState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The status rules of the content contract, at their boundaries. */
class TaskStatusesTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static Optional<PartialDate> due(String s) {
        return Optional.of(PartialDate.parse(s, true));
    }

    private static Update update(String day, ProgressState state) {
        return new Update(LocalDate.parse(day), state, Optional.empty(), "", Optional.empty(), "p.yml");
    }

    @Test
    void dueOnTheAsOfDayItselfIsNotYetOverdue() {
        assertEquals(TaskStatus.NOT_STARTED, TaskStatuses.compute(due("2025-06-30"), List.of(), AS_OF));
        assertEquals(TaskStatus.OVERDUE, TaskStatuses.compute(due("2025-06-29"), List.of(), AS_OF));
    }

    @Test
    void aDueMonthOrQuarterMeansItsLastDay() {
        assertEquals(TaskStatus.NOT_STARTED, TaskStatuses.compute(due("2025-06"), List.of(), AS_OF));
        assertEquals(TaskStatus.NOT_STARTED, TaskStatuses.compute(due("2025-Q2"), List.of(), AS_OF));
        assertEquals(TaskStatus.OVERDUE, TaskStatuses.compute(due("2025-06"), List.of(), AS_OF.plusDays(1)));
        assertEquals(TaskStatus.OVERDUE, TaskStatuses.compute(due("2025-05"), List.of(), AS_OF));
    }

    @Test
    void aTaskWithNoReportStillBecomesOverdue() {
        assertEquals(TaskStatus.OVERDUE, TaskStatuses.compute(due("2022-04-30"), List.of(), AS_OF));
    }

    @Test
    void doneOnOrBeforeTheDueDayIsOnTimeAfterItIsLate() {
        assertEquals(TaskStatus.DONE_ON_TIME, TaskStatuses.compute(due("2025-03-31"), List.of(update("2025-03-31", ProgressState.DONE)), AS_OF));
        assertEquals(TaskStatus.DONE_LATE, TaskStatuses.compute(due("2025-03-31"), List.of(update("2025-04-01", ProgressState.DONE)), AS_OF));
    }

    @Test
    void inProgressPastTheDueDayIsOverdue() {
        assertEquals(TaskStatus.OVERDUE, TaskStatuses.compute(due("2025-03-31"), List.of(update("2025-03-01", ProgressState.IN_PROGRESS)), AS_OF));
        assertEquals(TaskStatus.IN_PROGRESS, TaskStatuses.compute(due("2025-12-31"), List.of(update("2025-03-01", ProgressState.IN_PROGRESS)), AS_OF));
    }

    @Test
    void withoutADueDateOpenWorkIsOngoingAndCanStillBeDoneOrCancelled() {
        assertEquals(TaskStatus.ONGOING, TaskStatuses.compute(Optional.empty(), List.of(), AS_OF));
        assertEquals(TaskStatus.ONGOING, TaskStatuses.compute(Optional.empty(), List.of(update("2025-01-01", ProgressState.IN_PROGRESS)), AS_OF));
        assertEquals(TaskStatus.DONE_ON_TIME, TaskStatuses.compute(Optional.empty(), List.of(update("2025-01-01", ProgressState.DONE)), AS_OF));
        assertEquals(TaskStatus.CANCELLED, TaskStatuses.compute(due("2020-01-01"), List.of(update("2025-01-01", ProgressState.CANCELLED)), AS_OF));
    }
}
