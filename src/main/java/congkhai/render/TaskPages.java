package congkhai.render;

import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.assemble.Task;
import congkhai.assemble.TaskStatus;
import congkhai.config.Agency;
import congkhai.config.Topic;
import congkhai.load.Labels;
import congkhai.model.Urls;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The task tracker: a page per task with its timeline, views of all tasks by status, lead and
 * supporting agency, topic, due month and source document, the agency ranking and the feeds of
 * status changes. Every view is a plain pre-rendered page, so it works without JavaScript.
 */
final class TaskPages {

    static final int PAGE_SIZE = 50;
    private static final int FEED_SIZE = 100;
    /** Overdue first, then open by due day, then finished; ties by id. */
    static final Comparator<Task> URGENCY = Comparator
            .comparingInt((Task t) -> t.status().isOverdue() ? 0 : t.status().isOpen() ? 1 : 2)
            .thenComparing(Scorecard::dueOrLast)
            .thenComparing(Task::id);

    private final Site site;
    private final Labels words;
    private final List<Task> byUrgency;
    // The views below, grouped in one pass: filtering all tasks once per agency, topic and status
    // grew with agencies times tasks and was a tenth of a large build. Lists keep urgency order.
    private final Map<String, List<Task>> ledBy = new HashMap<>();
    private final Map<String, List<Task>> supportedBy = new HashMap<>();
    private final Map<String, List<Task>> involving = new HashMap<>();
    private final Map<String, List<Task>> byTopic = new HashMap<>();
    private final Map<TaskStatus, List<Task>> byStatus = new EnumMap<>(TaskStatus.class);

    TaskPages(Site site) {
        this.site = site;
        this.words = site.theme().labels();
        // the views count the work once: a task divided into sub-tasks is listed through them
        this.byUrgency = site.tasks().stream().filter(Task::counted).sorted(URGENCY).toList();
        for (Task t : byUrgency) {
            Set<String> leads = new LinkedHashSet<>();
            t.leads().forEach(a -> leads.add(a.id()));
            Set<String> supports = new LinkedHashSet<>();
            t.support().forEach(a -> supports.add(a.id()));
            Set<String> all = new LinkedHashSet<>(leads);
            all.addAll(supports);
            leads.forEach(id -> ledBy.computeIfAbsent(id, k -> new ArrayList<>()).add(t));
            supports.forEach(id -> supportedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(t));
            all.forEach(id -> involving.computeIfAbsent(id, k -> new ArrayList<>()).add(t));
            new LinkedHashSet<>(t.topics())
                    .forEach(topic -> byTopic.computeIfAbsent(topic.id(), k -> new ArrayList<>()).add(t));
            byStatus.computeIfAbsent(t.status(), k -> new ArrayList<>()).add(t);
        }
    }

    void plan(List<PageJob> jobs) {
        List<PageInfo.Crumb> trackerCrumb = List.of(new PageInfo.Crumb(words.get("page.tracker.title"), Urls.tracker()));
        for (Document d : site.documents()) {
            String singular = words.get(d.type().singularKey());
            List<PageInfo.Crumb> crumbs = List.of(new PageInfo.Crumb(words.of(d.type()), Urls.type(d.type())),
                    new PageInfo.Crumb(d.number().isEmpty() ? singular : words.get("document.crumb.numbered", singular, d.number()), d.path()));
            for (Task t : d.tasks()) {
                jobs.add(new PageJob(t.path(), "task.ftlh", () -> Map.of(
                        "page", new PageInfo(t.path(), words.get("page.task.title", t.title()), t.title(), "task", "", crumbs),
                        "task", t,
                        "doc", d)));
            }
        }

        List<Listing> statuses = new ArrayList<>();
        for (TaskStatus s : TaskStatus.values()) {
            String path = Urls.tasksWithStatus(s.slug());
            List<Task> tasks = byStatus.getOrDefault(s, List.of());
            String name = words.of(s);
            statuses.add(new Listing(s.code(), name, path, tasks.size()));
            view(jobs, tasks, path, name, words.get("page.status.description", name, PartialDates.day(site.asOf())), trackerCrumb);
        }
        // the home page's figures, each a list of its own; due soon is by due day, nearest first
        List<Task> dueSoon = byUrgency.stream().filter(t -> TaskCounts.isDueSoon(t, site.asOf()))
                .sorted(Comparator.comparing((Task t) -> t.due().get().last()).thenComparing(Task::id)).toList();
        // the home page's figures open these lists: due in the coming days, not reported done, done
        view(jobs, dueSoon, Urls.tasksDueSoon(), words.get("page.due_soon.title"),
                words.get("page.due_soon.description", TaskCounts.DUE_SOON_DAYS, PartialDates.day(site.asOf())), trackerCrumb);
        view(jobs, byUrgency.stream().filter(t -> t.status().isOpen()).toList(), Urls.openTasks(), words.get("page.open_tasks.title"),
                words.get("page.open_tasks.description"), trackerCrumb);
        view(jobs, byUrgency.stream().filter(t -> t.status().isDone()).toList(), Urls.doneTasks(), words.get("page.done_tasks.title"),
                words.get("page.done_tasks.description"), trackerCrumb);
        List<Listing> leads = new ArrayList<>();
        List<Listing> supports = new ArrayList<>();
        for (Agency a : site.config().agencyList()) {
            List<Task> led = led(a);
            List<Task> supported = supported(a);
            if (!led.isEmpty()) {
                leads.add(new Listing(a.id(), a.name(), Urls.tasksLedBy(a), led.size()));
                view(jobs, led, Urls.tasksLedBy(a), words.get("page.led.title", a.name()), words.get("page.led.description", a.name()),
                        trackerCrumb);
            }
            if (!supported.isEmpty()) {
                supports.add(new Listing(a.id(), a.name(), Urls.tasksSupportedBy(a), supported.size()));
                view(jobs, supported, Urls.tasksSupportedBy(a), words.get("page.supported.title", a.name()),
                        words.get("page.supported.description", a.name()), trackerCrumb);
            }
        }
        List<Listing> topics = new ArrayList<>();
        for (Topic topic : site.config().topicList()) {
            List<Task> tasks = byTopic.getOrDefault(topic.id(), List.of());
            if (!tasks.isEmpty()) {
                topics.add(new Listing(topic.id(), topic.name(), Urls.tasksOfTopic(topic), tasks.size()));
                view(jobs, tasks, Urls.tasksOfTopic(topic), words.get("page.task_topic.title", topic.name()),
                        words.get("page.task_topic.description", topic.name()), trackerCrumb);
            }
        }
        Map<YearMonth, List<Task>> byMonth = new TreeMap<>();
        List<Task> noDue = new ArrayList<>();
        for (Task t : byUrgency) {
            if (t.due().isPresent()) {
                byMonth.computeIfAbsent(YearMonth.from(t.due().get().last()), k -> new ArrayList<>()).add(t);
            } else {
                noDue.add(t);
            }
        }
        List<Listing> months = new ArrayList<>();
        byMonth.forEach((m, tasks) -> {
            String path = Urls.tasksDueIn(m);
            months.add(new Listing(m.toString(), words.get("tracker.month", m.getMonthValue(), m.getYear()), path, tasks.size()));
            view(jobs, tasks, path, words.get("page.due_month.title", m.getMonthValue(), m.getYear()),
                    words.get("page.due_month.description", m.getMonthValue(), m.getYear()), trackerCrumb);
        });
        if (!noDue.isEmpty()) {
            months.add(new Listing("", words.get("tracker.no_due"), Urls.tasksWithoutDue(), noDue.size()));
            view(jobs, noDue, Urls.tasksWithoutDue(), words.get("page.no_due.title"), words.get("page.no_due.description"), trackerCrumb);
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Document d : site.documents()) {
            if (!d.tasks().isEmpty()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("doc", d);
                row.put("counts", TaskCounts.of(d.tasks(), site.asOf()));
                documents.add(row);
            }
        }
        jobs.add(new PageJob(Urls.tasksByDocument(), "tasks-by-document.ftlh", () -> Map.of(
                "page", new PageInfo(Urls.tasksByDocument(), words.get("page.tasks_by_document.title"),
                        words.get("page.tasks_by_document.description"), "tasks", "", trackerCrumb),
                "rows", documents)));

        List<Task> overdue = byUrgency.stream().filter(t -> t.status().isOverdue()).toList();
        jobs.add(new PageJob(Urls.tracker(), "tracker.ftlh", () -> Map.of(
                "page", new PageInfo(Urls.tracker(), words.get("page.tracker.title"), words.get("page.tracker.description"), "tasks",
                        Urls.trackerFeed(), List.of()),
                "statuses", statuses,
                "leads", leads,
                "supports", supports,
                "topics", topics,
                "months", months,
                "overdue", overdue.subList(0, Math.min(10, overdue.size())))));

        jobs.add(new PageJob(Urls.trackerFeed(), "feed.ftlx", new PageInputs.AllTasks(site.tasks()), () -> SiteRenderer.feedModel(site,
                words.get("feed.status_changes.title", site.config().title()), Urls.tracker(), statusEntries(site.tasks()))));
        ranking(jobs);
    }

    /** Status-change entries for the feed of these tasks, newest first. */
    List<FeedEntry> statusEntries(List<Task> tasks) {
        List<FeedEntry> entries = new ArrayList<>();
        String base = site.config().baseUrl().toString();
        for (StatusEvents.Event e : StatusEvents.of(tasks, site.asOf())) {
            if (entries.size() == FEED_SIZE) {
                break;
            }
            Task t = e.task();
            String lead = String.join(", ", t.leads().stream().map(Agency::name).toList());
            String status = words.of(e.status());
            String label = e.period().map(p -> words.get("feed.status.in_period", status, p.label())).orElse(status);
            Optional<String> due = e.period().map(p -> words.get("feed.status.period_due", PartialDates.day(p.due())))
                    .or(() -> t.due().map(d -> words.get(t.dueExpected() ? "feed.status.due_expected" : "feed.status.due", d.display())));
            String day = PartialDates.day(e.date());
            String summary = due.isPresent()
                    ? words.get("feed.status.summary_due", label, day, lead, t.document().label(), due.get())
                    : words.get("feed.status.summary", label, day, lead, t.document().label());
            String id = base + t.path() + "#" + e.status().code() + e.period().map(p -> "-" + p.key()).orElse("") + "-" + e.date();
            entries.add(new FeedEntry(id, words.get("feed.status.title", label, t.title()), t.path(), SiteRenderer.timestamp(e.date()),
                    summary, status));
        }
        return entries;
    }

    private void ranking(List<PageJob> jobs) {
        jobs.add(new PageJob(Urls.ranking(), "ranking.ftlh", new PageInputs.AllTasks(site.tasks()), this::rankingModel));
    }

    /**
     * Agencies ranked on what was reported only. An agency with nothing reported is not ranked (a
     * missing report is not a finding against it); a group of bodies is never ranked as one.
     */
    private Map<String, Object> rankingModel() {
        List<Scorecard> cards = new ArrayList<>();
        for (Agency a : site.config().agencyList()) {
            List<Task> led = led(a);
            int supported = supported(a).size();
            if (!led.isEmpty()) {
                cards.add(Scorecard.of(a, Urls.agency(a), led, supported));
            }
        }
        Comparator<Scorecard> byName = Comparator.comparing(c -> c.agency().name());
        List<Scorecard> ranked = cards.stream().filter(Scorecard::ranked).sorted(RANK_ORDER.thenComparing(byName)).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            // equal rates share a rank: the next one down is not placed higher for having more tasks
            int rank = i > 0 && RANK_ORDER.compare(ranked.get(i - 1), ranked.get(i)) == 0
                    ? (int) rows.get(i - 1).get("rank") : i + 1;
            rows.add(Map.of("rank", rank, "card", ranked.get(i)));
        }
        List<Scorecard> unreported = cards.stream().filter(c -> !c.agency().group() && c.assessed() == 0).sorted(byName).toList();
        List<Scorecard> groups = cards.stream().filter(c -> c.agency().group()).sorted(byName).toList();
        return Map.of(
                "page", new PageInfo(Urls.ranking(), words.get("page.ranking.title"), words.get("page.ranking.description"),
                        "ranking", "", List.of()),
                "ranked", rows,
                "unreported", unreported,
                "groups", groups);
    }

    /** Higher on-time rate first; at the same rate, fewer reported still not done past the deadline. */
    static final Comparator<Scorecard> RANK_ORDER = Comparator
            .comparing((Scorecard c) -> -c.onTimeRate().orElse(0))
            .thenComparing(c -> c.overdueRate().orElse(0));

    private void view(List<PageJob> jobs, List<Task> tasks, String base, String heading, String description,
                      List<PageInfo.Crumb> crumbs) {
        int count = Math.max(1, (tasks.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        TaskCounts counts = TaskCounts.of(tasks, site.asOf());
        for (int n = 1; n <= count; n++) {
            Pager pager = new Pager(n, count, base);
            List<Task> slice = tasks.subList(Math.min(tasks.size(), (n - 1) * PAGE_SIZE), Math.min(tasks.size(), n * PAGE_SIZE));
            String title = n == 1 ? heading : words.get("page.numbered_title", heading, n);
            jobs.add(new PageJob(pager.path(), "task-list.ftlh", () -> Map.of(
                    "page", new PageInfo(pager.path(), title, description, "tasks", "", crumbs),
                    "heading", heading,
                    "items", slice,
                    "total", tasks.size(),
                    "counts", counts,
                    "pager", pager)));
        }
    }

    private List<Task> led(Agency agency) {
        return ledBy.getOrDefault(agency.id(), List.of());
    }

    private List<Task> supported(Agency agency) {
        return supportedBy.getOrDefault(agency.id(), List.of());
    }

    /** Everything an agency page adds about tasks: its scorecard, chart, overdue list and feed. */
    Map<String, Object> agencyModel(Agency agency) {
        List<Task> led = led(agency);
        List<Task> supported = supported(agency);
        Map<String, Object> m = new HashMap<>();
        m.put("scorecard", Scorecard.of(agency, Urls.agency(agency), led, supported.size()));
        m.put("overdueLed", led.stream().filter(t -> t.status().isOverdue()).toList());
        m.put("supportedCount", supported.size());
        m.put("leadPath", led.isEmpty() ? "" : Urls.tasksLedBy(agency));
        m.put("supportPath", supported.isEmpty() ? "" : Urls.tasksSupportedBy(agency));
        LocalDate first = led.stream().map(Task::issued).min(Comparator.naturalOrder()).orElse(site.asOf());
        m.put("chartSvg", led.isEmpty() ? "" : StatusChart.svg(StatusChart.history(led, site.asOf(), first), words));
        m.put("statusFeedPath", statusFeedPath(agency));
        return m;
    }

    /** The feed of status changes of the tasks an agency leads or supports; empty when it has none. */
    String statusFeedPath(Agency agency) {
        return tasksOf(agency).isEmpty() ? "" : Urls.feedOf(Urls.agency(agency));
    }

    List<Task> tasksOf(Agency agency) {
        return involving.getOrDefault(agency.id(), List.of());
    }
}
