package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.base.Recurrence;
import congkhai.model.Deadline;
import congkhai.model.PeriodStatus;
import congkhai.model.ProgressState;
import congkhai.model.TaskStatus;
import congkhai.model.Update;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
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
        assertEquals(TaskStatus.NO_REPORT, TaskStatuses.compute(due("2025-06-30"), List.of(), AS_OF));
        assertEquals(TaskStatus.OVERDUE_NO_REPORT, TaskStatuses.compute(due("2025-06-29"), List.of(), AS_OF));
    }

    @Test
    void aDueMonthOrQuarterMeansItsLastDay() {
        assertEquals(TaskStatus.NO_REPORT, TaskStatuses.compute(due("2025-06"), List.of(), AS_OF));
        assertEquals(TaskStatus.NO_REPORT, TaskStatuses.compute(due("2025-Q2"), List.of(), AS_OF));
        assertEquals(TaskStatus.OVERDUE_NO_REPORT, TaskStatuses.compute(due("2025-06"), List.of(), AS_OF.plusDays(1)));
        assertEquals(TaskStatus.OVERDUE_NO_REPORT, TaskStatuses.compute(due("2025-05"), List.of(), AS_OF));
    }

    @Test
    void noReportIsNotTheSameAsReportedNotDoneNorAsDoneLate() {
        assertEquals(TaskStatus.OVERDUE_NO_REPORT, TaskStatuses.compute(due("2022-04-30"), List.of(), AS_OF),
                "past the deadline with nothing reported");
        assertEquals(TaskStatus.OVERDUE, TaskStatuses.compute(due("2022-04-30"), List.of(update("2022-03-01", ProgressState.NOT_STARTED)), AS_OF),
                "past the deadline, reported not started");
        assertEquals(TaskStatus.DONE_LATE, TaskStatuses.compute(due("2022-04-30"), List.of(update("2022-05-02", ProgressState.DONE)), AS_OF),
                "reported done after the deadline");
    }

    @Test
    void withinTheDeadlineAReportSaysWhereTheWorkStandsAndNoReportSaysNothing() {
        assertEquals(TaskStatus.NOT_STARTED, TaskStatuses.compute(due("2025-12-31"), List.of(update("2025-03-01", ProgressState.NOT_STARTED)), AS_OF));
        assertEquals(TaskStatus.NO_REPORT, TaskStatuses.compute(due("2025-12-31"), List.of(), AS_OF));
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
    void withoutADueDateOpenWorkIsOngoingAndDoneIsNotJudgedOnTime() {
        assertEquals(TaskStatus.ONGOING, TaskStatuses.compute(Optional.empty(), List.of(), AS_OF));
        assertEquals(TaskStatus.ONGOING, TaskStatuses.compute(Optional.empty(), List.of(update("2025-01-01", ProgressState.IN_PROGRESS)), AS_OF));
        assertEquals(TaskStatus.DONE, TaskStatuses.compute(Optional.empty(), List.of(update("2025-01-01", ProgressState.DONE)), AS_OF));
        assertEquals(TaskStatus.CANCELLED, TaskStatuses.compute(due("2020-01-01"), List.of(update("2025-01-01", ProgressState.CANCELLED)), AS_OF));
    }

    @Test
    void anExpectedDateNeverMakesATaskOverdueNorADoneOneLate() {
        Deadline expected = new Deadline(due("2023"), true, Optional.empty());
        LocalDate issued = LocalDate.of(2023, 5, 27);
        assertEquals(TaskStatus.NO_REPORT, TaskStatuses.compute(expected, issued, List.of(), AS_OF));
        assertEquals(TaskStatus.IN_PROGRESS, TaskStatuses.compute(expected, issued, List.of(update("2024-02-01", ProgressState.IN_PROGRESS)), AS_OF));
        assertEquals(TaskStatus.DONE, TaskStatuses.compute(expected, issued, List.of(update("2024-02-01", ProgressState.DONE)), AS_OF));
    }

    @Test
    void aYearlyDeadlineIsJudgedForTheCurrentYearAndKeepsEachPastYear() {
        Recurrence yearly = new Recurrence(Recurrence.Every.YEAR, Optional.of(MonthDay.of(12, 15)), Optional.empty(),
                Optional.empty(), Optional.empty());
        Deadline deadline = new Deadline(Optional.empty(), false, Optional.of(yearly));
        LocalDate issued = LocalDate.of(2023, 5, 27);
        List<Update> updates = List.of(
                periodic(yearly, issued, "2023-12-10", ProgressState.DONE, Optional.empty()),
                // a report for 2024 sent in January 2025 names its period
                periodic(yearly, issued, "2025-01-10", ProgressState.DONE, Optional.of("2024")));
        List<PeriodStatus> periods = TaskStatuses.periods(deadline, issued, updates, AS_OF);
        assertEquals(List.of("2023 done_on_time", "2024 done_late", "2025 no_report"),
                periods.stream().map(p -> p.period().key() + " " + p.status().code()).toList());
        assertEquals(TaskStatus.NO_REPORT, TaskStatuses.compute(deadline, issued, updates, AS_OF));
        assertEquals(TaskStatus.OVERDUE_NO_REPORT, TaskStatuses.compute(deadline, issued, updates, LocalDate.of(2025, 12, 16)),
                "the current year's deadline has passed with nothing reported for it");
        assertEquals(TaskStatus.NO_REPORT, TaskStatuses.compute(deadline, issued, updates, LocalDate.of(2026, 1, 1)),
                "a new year is a new period");
    }

    @Test
    void aPeriodStartsWhereTheTaskIsIssuedAndEndsWithUntil() {
        Recurrence yearly = new Recurrence(Recurrence.Every.YEAR, Optional.of(MonthDay.of(12, 15)), Optional.empty(),
                Optional.empty(), Optional.of(PartialDate.parse("2024", false)));
        assertEquals("2024", yearly.first(LocalDate.of(2023, 12, 20)).key(), "issued after the 2023 deadline: 2024 is the first period");
        assertEquals(List.of("2024"), yearly.periodsUpTo(AS_OF, LocalDate.of(2023, 12, 20)).stream().map(Recurrence.Period::key).toList(),
                "no period after 'until'");
        Recurrence quarterly = new Recurrence(Recurrence.Every.QUARTER, Optional.empty(), Optional.of(31), Optional.empty(), Optional.empty());
        assertEquals(LocalDate.of(2025, 6, 30), quarterly.periodOf(LocalDate.of(2025, 4, 2)).due(), "day 31 of a 30-day month is its last day");
        Recurrence monthly = new Recurrence(Recurrence.Every.MONTH, Optional.empty(), Optional.of(25), Optional.empty(), Optional.empty());
        assertEquals(LocalDate.of(2025, 2, 25), monthly.periodOf(LocalDate.of(2025, 2, 3)).due());
    }

    @Test
    void aParentWithoutItsOwnReportsFollowsItsSubtasks() {
        assertEquals(TaskStatus.OVERDUE, TaskStatuses.combine(List.of(TaskStatus.DONE_ON_TIME, TaskStatus.OVERDUE, TaskStatus.OVERDUE_NO_REPORT)));
        assertEquals(TaskStatus.OVERDUE_NO_REPORT, TaskStatuses.combine(List.of(TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE_NO_REPORT)));
        assertEquals(TaskStatus.DONE_LATE, TaskStatuses.combine(List.of(TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE, TaskStatus.CANCELLED)));
        assertEquals(TaskStatus.DONE_ON_TIME, TaskStatuses.combine(List.of(TaskStatus.DONE_ON_TIME, TaskStatus.CANCELLED)));
        assertEquals(TaskStatus.CANCELLED, TaskStatuses.combine(List.of(TaskStatus.CANCELLED, TaskStatus.CANCELLED)));
    }

    private static Update periodic(Recurrence r, LocalDate issued, String day, ProgressState state, Optional<String> period) {
        LocalDate date = LocalDate.parse(day);
        Recurrence.Period p = period.map(key -> r.periodOf(PartialDate.parse(key, true).first())).orElse(r.periodFor(date, issued));
        return new Update(date, state, Optional.empty(), "", Optional.empty(), "p.yml", Optional.of(p));
    }
}
