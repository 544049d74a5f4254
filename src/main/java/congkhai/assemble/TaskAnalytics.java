package congkhai.assemble;

import congkhai.base.Lists;
import congkhai.model.Agency;
import congkhai.model.PeriodStatus;
import congkhai.model.Task;
import congkhai.model.TaskStatus;
import congkhai.model.Topic;
import congkhai.model.Update;
import congkhai.model.Urls;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the tracker tells about a site's tasks, worked out once for render to lay out: the tasks by
 * urgency and grouped by lead and supporting agency, topic, status and due month, the headline
 * counts, each agency's scorecard and the ranking, an agency's month by month history and the status
 * changes the feeds announce. Every list counts the work once: a task divided into sub-tasks is
 * listed through them. Lists keep urgency order unless they say otherwise.
 */
public final class TaskAnalytics {

    /** Higher on-time rate first; at the same rate, fewer reported still not done past the deadline. */
    public static final Comparator<Scorecard> RANK_ORDER = Comparator
            .comparing((Scorecard c) -> -c.onTimeRate().orElse(0))
            .thenComparing(c -> c.overdueRate().orElse(0));

    private static final Comparator<Task> BY_DUE_DAY = Comparator.comparing((Task t) -> t.due().get().last())
            .thenComparing(Task::id);

    // keys of what is derived: the ranking, and all the tasks' newest changes where an agency's id goes
    // (ids are lowercase letters, digits and '-')
    private static final String RANKING = "ranking";
    private static final String ALL = "*";

    private final LocalDate asOf;
    private final LocalDate lastSoonDay;
    private final List<Agency> agencies;
    // the tasks as given, to tell which of them the next site replaced (see following)
    private final List<Task> tasks;
    private final List<Task> byUrgency;
    // grouped in one pass: filtering all tasks once per agency, topic and status grew with agencies
    // times tasks and was a tenth of a large build
    private final Map<String, List<Task>> ledBy = new HashMap<>();
    private final Map<String, List<Task>> supportedBy = new HashMap<>();
    private final Map<String, List<Task>> involving = new HashMap<>();
    private final Map<String, List<Task>> byTopic = new HashMap<>();
    private final Map<TaskStatus, List<Task>> byStatus = new EnumMap<>(TaskStatus.class);
    // the tracker's lists, sorted out in the same pass: a preview plans them again after every task edit
    private final List<Task> open = new ArrayList<>();
    private final List<Task> done = new ArrayList<>();
    private final List<Task> overdue = new ArrayList<>();
    private final List<Task> dueSoon = new ArrayList<>();
    private final List<Task> withoutDue = new ArrayList<>();
    // each asked for as one object, which a view's counts compare by identity first
    private final List<Task> openView = Collections.unmodifiableList(open);
    private final List<Task> doneView = Collections.unmodifiableList(done);
    private final List<Task> overdueView = Collections.unmodifiableList(overdue);
    private final List<Task> dueSoonView = Collections.unmodifiableList(dueSoon);
    private final List<Task> withoutDueView = Collections.unmodifiableList(withoutDue);
    // the lists taken over from the last analytics with tasks replaced only by tasks counted alike: the lineage of their counts
    private final Map<List<Task>, Object> lineage = new IdentityHashMap<>();
    private final SortedMap<YearMonth, List<Task>> byDueMonth = new TreeMap<>();
    // what pages ask of the tasks' statuses (scorecards, the ranking, histories, newest changes), worked out on
    // first use on any core, and taken over by the analytics that follow these with the same statuses
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private record HistoryOf(String agencyId, int maxMonths) {
    }

    private record ScorecardOf(String agencyId) {
    }

    private record EventsOf(String agencyId, int limit) {
    }

    TaskAnalytics(List<Task> tasks, LocalDate asOf, List<Agency> agencies) {
        this.asOf = asOf;
        this.lastSoonDay = TaskCounts.lastSoonDay(asOf);
        this.agencies = agencies;
        this.tasks = tasks;
        this.byUrgency = byUrgency(tasks);
        for (Task t : byUrgency) {
            // a task names an agency or a topic once or twice: a list looked through is cheaper than a set
            List<String> leads = distinctIds(t.leads());
            List<String> supports = distinctIds(t.support());
            for (String id : leads) {
                add(ledBy, id, t);
                add(involving, id, t);
            }
            for (String id : supports) {
                add(supportedBy, id, t);
                if (!leads.contains(id)) {
                    add(involving, id, t);
                }
            }
            List<Topic> topics = t.topics();
            for (int i = 0; i < topics.size(); i++) {
                if (topics.indexOf(topics.get(i)) == i) {
                    add(byTopic, topics.get(i).id(), t);
                }
            }
            byStatus.computeIfAbsent(t.status(), k -> new ArrayList<>()).add(t);
            if (t.status().isOpen()) {
                open.add(t);
            }
            if (t.status().isDone()) {
                done.add(t);
            }
            if (t.status().isOverdue()) {
                overdue.add(t);
            }
            if (TaskCounts.isDueSoon(t, asOf, lastSoonDay)) {
                dueSoon.add(t);
            }
            if (t.due().isPresent()) {
                byDueMonth.computeIfAbsent(YearMonth.from(t.due().get().last()), k -> new ArrayList<>()).add(t);
            } else {
                withoutDue.add(t);
            }
        }
        dueSoon.sort(BY_DUE_DAY);
    }

    /** {@code previous}'s lists with each task a key of {@code replaced} in them replaced by its value, in the same places. */
    private TaskAnalytics(TaskAnalytics previous, List<Task> tasks, Replaced replaced, boolean statusesKept) {
        this.asOf = previous.asOf;
        this.lastSoonDay = previous.lastSoonDay;
        this.agencies = previous.agencies;
        this.tasks = tasks;
        this.byUrgency = List.copyOf(replacedIn(previous.byUrgency, replaced));
        if (statusesKept) {
            lineage.put(byUrgency, previous.lineageOf(previous.byUrgency));
        }
        UnaryOperator<List<Task>> takenOver = list -> {
            List<Task> now = replacedIn(list, replaced);
            if (now != list && statusesKept) {
                lineage.put(now, previous.lineageOf(list));
            }
            return now;
        };
        // a replaced task is grouped as the one it replaces (sortedAndGroupedAlike): only its groups' lists hold it
        Set<String> agencyIds = new HashSet<>();
        Set<String> topicIds = new HashSet<>();
        Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
        Set<YearMonth> dueMonths = new HashSet<>();
        for (Task t : replaced.tasks()) {
            t.leads().forEach(a -> agencyIds.add(a.id()));
            t.support().forEach(a -> agencyIds.add(a.id()));
            t.topics().forEach(topic -> topicIds.add(topic.id()));
            statuses.add(t.status());
            t.due().ifPresent(due -> dueMonths.add(YearMonth.from(due.last())));
        }
        previous.ledBy.forEach((id, list) -> ledBy.put(id, agencyIds.contains(id) ? takenOver.apply(list) : list));
        previous.supportedBy.forEach((id, list) -> supportedBy.put(id, agencyIds.contains(id) ? takenOver.apply(list) : list));
        previous.involving.forEach((id, list) -> involving.put(id, agencyIds.contains(id) ? takenOver.apply(list) : list));
        previous.byTopic.forEach((id, list) -> byTopic.put(id, topicIds.contains(id) ? takenOver.apply(list) : list));
        previous.byStatus.forEach((status, list) -> byStatus.put(status, statuses.contains(status) ? takenOver.apply(list) : list));
        open.addAll(replacedIn(previous.open, replaced));
        done.addAll(replacedIn(previous.done, replaced));
        overdue.addAll(replacedIn(previous.overdue, replaced));
        dueSoon.addAll(replacedIn(previous.dueSoon, replaced));
        withoutDue.addAll(replacedIn(previous.withoutDue, replaced));
        if (statusesKept) {
            lineage.put(openView, previous.lineageOf(previous.openView));
            lineage.put(doneView, previous.lineageOf(previous.doneView));
            lineage.put(overdueView, previous.lineageOf(previous.overdueView));
            lineage.put(dueSoonView, previous.lineageOf(previous.dueSoonView));
            lineage.put(withoutDueView, previous.lineageOf(previous.withoutDueView));
        }
        previous.byDueMonth.forEach((month, list) -> byDueMonth.put(month, dueMonths.contains(month) ? takenOver.apply(list) : list));
        if (statusesKept) {
            previous.derived.forEach((key, value) -> derived.put(key, value instanceof Events events ? events.replaced(replaced) : value));
        }
    }

    /**
     * The analytics of {@code tasks}, taken from {@code previous} where that is the same work: a preview
     * plans the whole site again after an edit, and sorting and grouping 30,000 tasks was a tenth of that
     * plan at 10,000 records. When every task is the object {@code previous} had, in the same place, it is
     * {@code previous}; when the tasks that are new objects would be sorted and grouped exactly as the
     * ones they replace (the edit changed a title, a note, the document they are in), it is
     * {@code previous}'s lists with those tasks in their places. Otherwise they are worked out again.
     */
    public static TaskAnalytics following(TaskAnalytics previous, List<Task> tasks, LocalDate asOf, List<Agency> agencies) {
        if (!previous.asOf.equals(asOf) || !previous.agencies.equals(agencies) || previous.tasks.size() != tasks.size()) {
            return new TaskAnalytics(tasks, asOf, agencies);
        }
        Map<Task, Task> replaced = new IdentityHashMap<>();
        boolean statusesKept = true;
        for (int i = 0; i < tasks.size(); i++) {
            Task was = previous.tasks.get(i);
            Task now = tasks.get(i);
            if (was != now) {
                if (!sortedAndGroupedAlike(was, now)) {
                    return new TaskAnalytics(tasks, asOf, agencies);
                }
                statusesKept = statusesKept && statusesAlike(was, now);
                replaced.put(was, now);
            }
        }
        if (replaced.isEmpty()) {
            return previous;
        }
        // replacing is a lookup per place in a list, sorting a comparison per pair: it pays until most tasks are new
        return replaced.size() * 2 > tasks.size() ? new TaskAnalytics(tasks, asOf, agencies)
                : new TaskAnalytics(previous, tasks, new Replaced(replaced), statusesKept);
    }

    /** Whether the two tasks have everything the lists are sorted and grouped by in common. */
    private static boolean sortedAndGroupedAlike(Task a, Task b) {
        return a.id().equals(b.id()) && a.counted() == b.counted() && a.status() == b.status() && a.due().equals(b.due())
                && a.leads().equals(b.leads()) && a.support().equals(b.support()) && a.topics().equals(b.topics());
    }

    /**
     * Whether everything a task's statuses, outcomes, reports and changes are worked out from is the same
     * in both (all but its title, note, the document it is in, the words of its deadline and of its
     * updates: a retitled or redated record that an update names as evidence is linked by its new words).
     */
    private static boolean statusesAlike(Task a, Task b) {
        return a.deadline().equals(b.deadline()) && a.issued().equals(b.issued()) && Lists.alikeInPlace(a.updates(), b.updates(), TaskAnalytics::reportAlike)
                && Lists.alikeInPlace(a.periods(), b.periods(), TaskAnalytics::periodAlike) && a.percent().equals(b.percent())
                && a.updated().equals(b.updated());
    }

    private static boolean periodAlike(PeriodStatus x, PeriodStatus y) {
        return x.period().equals(y.period()) && x.status() == y.status() && x.current() == y.current()
                && Lists.alikeInPlace(x.updates(), y.updates(), TaskAnalytics::reportAlike);
    }

    /** Whether the updates report the same: the same day, state, percentage and period, whatever their notes and evidence. */
    private static boolean reportAlike(Update x, Update y) {
        return x == y || x.date().equals(y.date()) && x.state() == y.state() && x.percent().equals(y.percent()) && x.period().equals(y.period());
    }

    /** The list itself when none of its tasks were replaced, else a copy with them replaced. */
    private static List<Task> replacedIn(List<Task> list, Replaced replaced) {
        List<Task> copy = null;
        for (int i = 0; i < list.size(); i++) {
            Task now = replaced.get(list.get(i));
            if (now != null) {
                if (copy == null) {
                    copy = new ArrayList<>(list);
                }
                copy.set(i, now);
            }
        }
        return copy == null ? list : copy;
    }

    /**
     * The tasks an edit replaced and what replaces each, found by identity. An edit replaces a task or
     * a few: those are compared with each place of a list by reference, which reads only the list, where
     * a hash map reads each task it is asked about (its identity hash is in the object), a cache miss per
     * place over the site-wide lists of 30,000 tasks at 10,000 records.
     */
    private static final class Replaced {
        private static final int FEW = 8;
        private final Map<Task, Task> replaced;
        private final Task[] was;
        private final Task[] now;

        Replaced(Map<Task, Task> replaced) {
            this.replaced = replaced;
            int n = replaced.size() <= FEW ? replaced.size() : 0;
            this.was = new Task[n];
            this.now = new Task[n];
            if (n > 0) {
                int i = 0;
                for (Map.Entry<Task, Task> e : replaced.entrySet()) {
                    was[i] = e.getKey();
                    now[i++] = e.getValue();
                }
            }
        }

        Set<Task> tasks() {
            return replaced.keySet();
        }

        /** What replaces {@code task}, or null. */
        Task get(Task task) {
            if (was.length == 0) {
                return replaced.get(task);
            }
            for (int i = 0; i < was.length; i++) {
                if (was[i] == task) {
                    return now[i];
                }
            }
            return null;
        }
    }

    private static List<String> distinctIds(List<Agency> agencies) {
        List<String> ids = new ArrayList<>(agencies.size());
        for (Agency a : agencies) {
            if (!ids.contains(a.id())) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    private static void add(Map<String, List<Task>> groups, String key, Task t) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
    }

    /**
     * A task with what lists sort it by, worked out once rather than at each of the half million
     * comparisons of 30,000 tasks: overdue first, then open, then finished; each by due day (none
     * last), ties by id.
     */
    private record Urgency(int rank, long dueDay, String id, Task task) {
        private static final Comparator<Urgency> ORDER = Comparator.comparingInt(Urgency::rank).thenComparingLong(Urgency::dueDay)
                .thenComparing(Urgency::id);

        Urgency(Task t) {
            this(t.status().isOverdue() ? 0 : t.status().isOpen() ? 1 : 2, dueOrLast(t).toEpochDay(), t.id(), t);
        }
    }

    /** The counted tasks, most urgent first ({@link Urgency}). */
    private static List<Task> byUrgency(List<Task> tasks) {
        List<Urgency> keyed = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            if (t.counted()) {
                keyed.add(new Urgency(t));
            }
        }
        keyed.sort(Urgency.ORDER);
        return keyed.stream().map(Urgency::task).toList();
    }

    public static TaskAnalytics of(Site site) {
        return new TaskAnalytics(site.tasks(), site.asOf(), site.config().agencyList());
    }

    /** The day statuses are computed against. */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * What the counts of {@code tasks}, one of these analytics' lists, are made from: with the list the
     * last analytics had in its place when this one is that list with tasks replaced by tasks counted alike.
     */
    public TaskCounts.Counted counted(List<Task> tasks) {
        return new TaskCounts.Counted(asOf, tasks, lineageOf(tasks));
    }

    private Object lineageOf(List<Task> list) {
        return lineage.getOrDefault(list, list);
    }

    /** Every counted task, most urgent first. */
    public List<Task> byUrgency() {
        return byUrgency;
    }

    public List<Task> withStatus(TaskStatus status) {
        return byStatus.getOrDefault(status, List.of());
    }

    /** Neither reported done nor cancelled, overdue first. */
    public List<Task> open() {
        return openView;
    }

    /** Reported done, on time, late or without a firm deadline. */
    public List<Task> done() {
        return doneView;
    }

    /** Past a firm deadline and not reported done, by due day, oldest first. */
    public List<Task> overdue() {
        return overdueView;
    }

    /** Open tasks due within {@link TaskCounts#DUE_SOON_DAYS} days, by due day, nearest first. */
    public List<Task> dueSoon() {
        return dueSoonView;
    }

    public List<Task> ledBy(Agency agency) {
        return ledBy.getOrDefault(agency.id(), List.of());
    }

    public List<Task> supportedBy(Agency agency) {
        return supportedBy.getOrDefault(agency.id(), List.of());
    }

    /** The tasks it leads or supports. */
    public List<Task> involving(Agency agency) {
        return involving.getOrDefault(agency.id(), List.of());
    }

    public List<Task> ofTopic(Topic topic) {
        return byTopic.getOrDefault(topic.id(), List.of());
    }

    /** The tasks with a deadline, by the month of their due day (a month, quarter or year falls due on its last day). */
    public SortedMap<YearMonth, List<Task>> byDueMonth() {
        SortedMap<YearMonth, List<Task>> byMonth = new TreeMap<>();
        byDueMonth.forEach((month, tasks) -> byMonth.put(month, Collections.unmodifiableList(tasks)));
        return Collections.unmodifiableSortedMap(byMonth);
    }

    /** The tasks with no deadline (thường xuyên). */
    public List<Task> withoutDue() {
        return withoutDueView;
    }

    /** The headline numbers of these tasks on the as-of day. */
    public TaskCounts counts(List<Task> tasks) {
        return TaskCounts.of(tasks, asOf, lastSoonDay);
    }

    /** How an agency does with the tasks it leads. */
    public Scorecard scorecard(Agency agency) {
        return derived(new ScorecardOf(agency.id()), () -> Scorecard.of(agency, Urls.agency(agency), ledBy(agency), supportedBy(agency).size()));
    }

    /**
     * The value kept under {@code key}, made now if it was not. Two threads may make it at once, with the
     * same result: a lock per key would cost more than the rare double work.
     */
    @SuppressWarnings("unchecked")
    private <T> T derived(Object key, Supplier<T> maker) {
        Object value = derived.get(key);
        if (value == null) {
            value = maker.get();
            Object first = derived.putIfAbsent(key, value);
            if (first != null) {
                value = first;
            }
        }
        return (T) value;
    }

    /** Newest changes, kept with the tasks they are of, which an analytics that follows puts its own objects in place of. */
    private record Events(List<StatusEvents.Event> events) {
        Events replaced(Replaced replaced) {
            List<StatusEvents.Event> now = new ArrayList<>(events.size());
            for (StatusEvents.Event e : events) {
                Task task = replaced.get(e.task());
                task = task == null ? e.task() : task;
                now.add(task == e.task() ? e : new StatusEvents.Event(e.date(), e.status(), task, e.period()));
            }
            return new Events(List.copyOf(now));
        }
    }

    /** An agency's place in the ranking: equal rates share a rank. */
    public record Ranked(int rank, Scorecard card) {
    }

    /**
     * @param ranked     the agencies ranked, best first
     * @param unreported bodies that lead tasks of which nothing was reported against a firm deadline
     * @param groups     groups of bodies, never ranked as one
     */
    public record Ranking(List<Ranked> ranked, List<Scorecard> unreported, List<Scorecard> groups) {
    }

    /**
     * Agencies ranked on what was reported only. An agency with nothing reported is not ranked (a
     * missing report is not a finding against it); a group of bodies is never ranked as one.
     */
    public Ranking ranking() {
        return derived(RANKING, this::rank);
    }

    private Ranking rank() {
        List<Scorecard> cards = new ArrayList<>();
        for (Agency a : agencies) {
            if (!ledBy(a).isEmpty()) {
                cards.add(scorecard(a));
            }
        }
        Comparator<Scorecard> byName = Comparator.comparing(c -> c.agency().name());
        List<Scorecard> ranked = cards.stream().filter(Scorecard::ranked).sorted(RANK_ORDER.thenComparing(byName)).toList();
        List<Ranked> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            // equal rates share a rank: the next one down is not placed higher for having more tasks
            int rank = i > 0 && RANK_ORDER.compare(ranked.get(i - 1), ranked.get(i)) == 0 ? rows.get(i - 1).rank() : i + 1;
            rows.add(new Ranked(rank, ranked.get(i)));
        }
        List<Scorecard> unreported = cards.stream().filter(c -> !c.agency().group() && c.assessed() == 0).sorted(byName).toList();
        List<Scorecard> groups = cards.stream().filter(c -> c.agency().group()).sorted(byName).toList();
        return new Ranking(rows, unreported, groups);
    }

    /** How the tasks an agency leads stood month by month, from the first one's issue, at most the last {@code maxMonths}. */
    public List<StatusHistory.Month> history(Agency agency, int maxMonths) {
        return derived(new HistoryOf(agency.id(), maxMonths), () -> {
            List<Task> led = ledBy(agency);
            LocalDate first = led.stream().map(Task::issued).min(Comparator.naturalOrder()).orElse(asOf);
            return StatusHistory.monthly(led, asOf, first, maxMonths);
        });
    }

    /** The {@code limit} newest status changes of all the tasks, newest first. */
    public List<StatusEvents.Event> newestStatusEvents(int limit) {
        return this.<Events>derived(new EventsOf(ALL, limit), () -> new Events(StatusEvents.newest(tasks, asOf, limit))).events();
    }

    /** The {@code limit} newest status changes of the tasks an agency leads or supports, newest first. */
    public List<StatusEvents.Event> newestStatusEvents(Agency agency, int limit) {
        return this.<Events>derived(new EventsOf(agency.id(), limit), () -> new Events(StatusEvents.newest(involving(agency), asOf, limit))).events();
    }

    /** The day a task's outcome is judged by, for sorting lists: its due day, or far away when it has none. */
    private static LocalDate dueOrLast(Task t) {
        return t.due().isPresent() ? t.due().get().last() : LocalDate.MAX;
    }
}
