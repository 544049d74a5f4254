package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.base.Recurrence;
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
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How tasks stood month by month: what a reader saw at each month's end, with the updates known by then. */
class StatusHistoryTest {

    private static final Agency SO_A = new Agency("so-a", "Sở A", Optional.empty());
    private static final Topic DAT_DAI = new Topic("dat-dai", "Đất đai");

    private static Task task(LocalDate issued, Deadline deadline, List<Update> updates, List<Task> subtasks) {
        TaskStatus status = TaskStatuses.compute(deadline, issued, updates, issued);
        return new Task("r#t", "t", "r/t/", "r/#t", new DocLink("r/", "", "R", "Kế hoạch", "01/01/2025", false, ""),
                issued, "t", List.of(SO_A), List.of(), deadline.date(), "", "", updates, status, Optional.empty(), Optional.empty(),
                deadline, List.of(), Optional.<TaskLink>empty(), subtasks, List.of(DAT_DAI));
    }

    private static Update update(LocalDate day, ProgressState state) {
        return new Update(day, state, Optional.empty(), "", Optional.empty(), "p.yml");
    }

    @Test
    void eachMonthCountsOnlyTheUpdatesKnownAtItsEnd() {
        LocalDate issued = LocalDate.of(2025, 1, 10);
        Deadline due = Deadline.fixed(PartialDate.parse("2025-02-28", true));
        Task silent = task(issued, due, List.of(), List.of());
        Task reported = task(issued, due, List.of(update(LocalDate.of(2025, 3, 10), ProgressState.IN_PROGRESS),
                update(LocalDate.of(2025, 4, 2), ProgressState.DONE)), List.of());
        Task parent = task(issued, due, List.of(), List.of(silent));

        List<StatusHistory.Month> months = StatusHistory.monthly(List.of(silent, reported, parent), LocalDate.of(2025, 4, 15), issued, 36);

        assertEquals(List.of(
                new StatusHistory.Month(YearMonth.of(2025, 1), 0, 0, 0, 2),
                new StatusHistory.Month(YearMonth.of(2025, 2), 0, 0, 0, 2),
                // past the deadline: one reported not done, one never reported; the parent counts through its sub-task
                new StatusHistory.Month(YearMonth.of(2025, 3), 0, 1, 1, 0),
                new StatusHistory.Month(YearMonth.of(2025, 4), 1, 0, 1, 0)), months);
    }

    @Test
    void aLongHistoryKeepsTheLastMonthsEndingOnTheAsOfDay() {
        LocalDate issued = LocalDate.of(2019, 5, 1);
        Task open = task(issued, Deadline.NONE, List.of(), List.of());
        List<StatusHistory.Month> months = StatusHistory.monthly(List.of(open), LocalDate.of(2025, 6, 30), issued, 36);
        assertEquals(36, months.size());
        assertEquals(YearMonth.of(2022, 7), months.get(0).month());
        assertEquals(YearMonth.of(2025, 6), months.get(35).month());
        assertEquals(List.of(), StatusHistory.monthly(List.of(open), LocalDate.of(2019, 4, 30), issued, 36));
    }

    /** Many tasks of every kind of deadline, against the rule stated the plain way: each month, filter each task's updates. */
    @Test
    void agreesWithFilteringTheUpdatesAgainForEveryMonth() {
        Random random = new Random(20251203);
        for (int round = 0; round < 40; round++) {
            LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2200));
            List<Task> tasks = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                LocalDate issued = asOf.minusDays(random.nextInt(1600));
                List<Update> updates = new ArrayList<>();
                int reports = random.nextInt(5);
                for (int u = 0; u < reports; u++) {
                    LocalDate day = issued.plusDays(random.nextInt(1700));
                    updates.add(update(day, ProgressState.values()[random.nextInt(ProgressState.values().length)]));
                }
                if (random.nextInt(5) > 0) {
                    // as assembly hands them over, oldest first; otherwise in the order written
                    updates.sort(Comparator.comparing(Update::date));
                }
                if (reports > 1 && random.nextBoolean()) {
                    updates.add(update(updates.get(updates.size() - 1).date(), ProgressState.DONE));
                }
                Deadline deadline = switch (random.nextInt(5)) {
                    case 0 -> Deadline.NONE;
                    case 1 -> new Deadline(Optional.of(PartialDate.parse(issued.plusDays(random.nextInt(900)).toString(), true)), true,
                            Optional.empty());
                    case 2 -> new Deadline(Optional.empty(), false, Optional.of(new Recurrence(Recurrence.Every.QUARTER, Optional.empty(),
                            Optional.of(1 + random.nextInt(28)), Optional.empty(), Optional.empty())));
                    case 3 -> new Deadline(Optional.empty(), false, Optional.of(new Recurrence(Recurrence.Every.YEAR,
                            Optional.of(MonthDay.of(12, 15)), Optional.empty(), Optional.empty(), Optional.empty())));
                    default -> Deadline.fixed(PartialDate.parse(issued.plusDays(random.nextInt(900)).toString(), true));
                };
                Task t = task(issued, deadline, List.copyOf(updates), List.of());
                tasks.add(random.nextInt(10) == 0 ? task(issued, deadline, List.of(), List.of(t)) : t);
            }
            LocalDate first = tasks.stream().map(Task::issued).min(Comparator.naturalOrder()).orElseThrow();
            int maxMonths = random.nextBoolean() ? 36 : 1 + random.nextInt(80);
            assertEquals(filteredEachMonth(tasks, asOf, first, maxMonths), StatusHistory.monthly(tasks, asOf, first, maxMonths),
                    "round " + round);
        }
    }

    private static List<StatusHistory.Month> filteredEachMonth(List<Task> tasks, LocalDate asOf, LocalDate firstIssued, int maxMonths) {
        List<StatusHistory.Month> months = new ArrayList<>();
        YearMonth last = YearMonth.from(asOf);
        YearMonth first = YearMonth.from(firstIssued);
        if (first.plusMonths(maxMonths - 1).isBefore(last)) {
            first = last.minusMonths(maxMonths - 1);
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            LocalDate day = m.equals(last) ? asOf : m.atEndOfMonth();
            int[] counts = new int[4];
            for (Task t : tasks) {
                if (t.issued().isAfter(day) || !t.counted()) {
                    continue;
                }
                TaskStatus s = TaskStatuses.compute(t.deadline(), t.issued(), t.updates().stream().filter(u -> !u.date().isAfter(day)).toList(), day);
                if (s.isDone()) {
                    counts[0]++;
                } else if (s == TaskStatus.OVERDUE) {
                    counts[1]++;
                } else if (s == TaskStatus.OVERDUE_NO_REPORT) {
                    counts[2]++;
                } else if (s.isOpen()) {
                    counts[3]++;
                }
            }
            months.add(new StatusHistory.Month(m, counts[0], counts[1], counts[2], counts[3]));
        }
        return months;
    }
}
