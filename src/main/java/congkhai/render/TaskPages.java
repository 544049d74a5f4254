package congkhai.render;

import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.load.Labels;
import congkhai.assemble.StatusEvents;
import congkhai.assemble.TaskAnalytics;
import congkhai.assemble.TaskCounts;
import congkhai.model.Agency;
import congkhai.model.Task;
import congkhai.model.TaskStatus;
import congkhai.model.Topic;
import congkhai.model.Urls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task tracker: a page per task with its timeline, views of all tasks by status, lead and
 * supporting agency, topic, due month and source document, the agency ranking and the feeds of
 * status changes. Every view is a plain pre-rendered page, so it works without JavaScript.
 */
final class TaskPages {

    /**
     * Tasks on one page of a view. Every task is listed in about seven views, so these lists are the
     * largest part of a big site's output; a hundred rows a page halves their pages (and the frame each
     * repeats) against fifty, and a hundred rows is still a page a phone scrolls through quickly.
     */
    static final int PAGE_SIZE = 100;
    private static final int FEED_SIZE = 100;
    private final Site site;
    private final Labels words;
    /** What the views show, worked out in assemble: this class only lays it out. */
    private final TaskAnalytics analytics;
    private final AgencyCharts charts;
    /** By status change: a preview's title edit remakes about twenty agencies' feeds, of which it changed a few entries. */
    private final CarriedOver<SameObject, FeedEntry> feedEntries;
    /** By document: the last plan's jobs of its tasks' pages, while it is the same object and the words the same. */
    private final CarriedOver<SameObject, DocumentTaskJobs> taskJobs;

    /**
     * The jobs of one document's task pages and the words they were made with. A job is made from the
     * document, its tasks and the words alone, so a preview's next plan takes the same job objects for a
     * document that is the same object, and its render then keeps their pages without comparing them
     * ({@code PageCache.Aligned}): at ten thousand records, making the 29,000 jobs again and looking each
     * page up and comparing its key was about a tenth of a title edit's CPU.
     */
    record DocumentTaskJobs(Labels words, List<PageJob> jobs) {
    }

    TaskPages(Site site, TaskAnalytics analytics, AgencyCharts charts, CarriedOver<SameObject, FeedEntry> feedEntries,
              CarriedOver<SameObject, DocumentTaskJobs> taskJobs) {
        this.site = site;
        this.words = site.theme().labels();
        this.analytics = analytics;
        this.charts = charts;
        this.feedEntries = feedEntries;
        this.taskJobs = taskJobs;
    }

    void plan(List<PageJob> jobs) {
        List<PageInfo.Crumb> trackerCrumb = List.of(new PageInfo.Crumb(words.get("page.tracker.title"), Urls.tracker()));
        for (Document d : site.documents()) {
            if (d.tasks().isEmpty()) {
                continue;
            }
            SameObject key = new SameObject(d);
            DocumentTaskJobs last = taskJobs.find(key);
            if (last == null || last.words() != words) {
                last = new DocumentTaskJobs(words, taskJobs(d));
                taskJobs.keep(key, last);
            }
            jobs.addAll(last.jobs());
        }

        List<Listing> statuses = new ArrayList<>();
        for (TaskStatus s : TaskStatus.values()) {
            String path = Urls.tasksWithStatus(s.slug());
            List<Task> tasks = analytics.withStatus(s);
            String name = words.of(s);
            statuses.add(new Listing(s.code(), name, path, tasks.size()));
            view(jobs, tasks, path, name, words.get("page.status.description", name, PartialDates.day(site.asOf())), trackerCrumb);
        }
        // the home page's figures, each a list of its own; due soon is by due day, nearest first
        List<Task> dueSoon = analytics.dueSoon();
        // the home page's figures open these lists: due in the coming days, not reported done, done
        view(jobs, dueSoon, Urls.tasksDueSoon(), words.get("page.due_soon.title"),
                words.get("page.due_soon.description", TaskCounts.DUE_SOON_DAYS, PartialDates.day(site.asOf())), trackerCrumb);
        view(jobs, analytics.open(), Urls.openTasks(), words.get("page.open_tasks.title"),
                words.get("page.open_tasks.description"), trackerCrumb);
        view(jobs, analytics.done(), Urls.doneTasks(), words.get("page.done_tasks.title"),
                words.get("page.done_tasks.description"), trackerCrumb);
        List<Listing> leads = new ArrayList<>();
        List<Listing> supports = new ArrayList<>();
        for (Agency a : site.config().agencyList()) {
            List<Task> led = analytics.ledBy(a);
            List<Task> supported = analytics.supportedBy(a);
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
            List<Task> tasks = analytics.ofTopic(topic);
            if (!tasks.isEmpty()) {
                topics.add(new Listing(topic.id(), topic.name(), Urls.tasksOfTopic(topic), tasks.size()));
                view(jobs, tasks, Urls.tasksOfTopic(topic), words.get("page.task_topic.title", topic.name()),
                        words.get("page.task_topic.description", topic.name()), trackerCrumb);
            }
        }
        List<Task> noDue = analytics.withoutDue();
        List<Listing> months = new ArrayList<>();
        analytics.byDueMonth().forEach((m, tasks) -> {
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
                row.put("counts", analytics.counts(d.tasks()));
                documents.add(row);
            }
        }
        // in pages like every other list: on one page, a 10,000-record site's 6,500 rows weighed 4 MB
        String byDocumentTitle = words.get("page.tasks_by_document.title");
        for (Pager pager : Pager.pages(documents.size(), PAGE_SIZE, Urls.tasksByDocument())) {
            List<Map<String, Object>> slice = pager.slice(documents, PAGE_SIZE);
            jobs.add(new PageJob(pager.path(), "tasks-by-document.ftlh", () -> Map.of(
                    "page", new PageInfo(pager.path(), pager.number() == 1 ? byDocumentTitle
                            : words.get("page.numbered_title", byDocumentTitle, pager.number()),
                            words.get("page.tasks_by_document.description"), "tasks", "", trackerCrumb),
                    "rows", slice,
                    "total", documents.size(),
                    "pager", pager)));
        }

        List<Task> overdue = analytics.overdue();
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
                words.get("feed.status_changes.title", site.config().title()), Urls.tracker(), entries(analytics.newestStatusEvents(FEED_SIZE)))));
        ranking(jobs);
    }

    /** Status-change entries for the feed of the tasks an agency leads or supports, newest first. */
    List<FeedEntry> statusEntries(Agency agency) {
        return entries(analytics.newestStatusEvents(agency, FEED_SIZE));
    }

    /** Feed entries of these status changes, in their order. */
    private List<FeedEntry> entries(List<StatusEvents.Event> events) {
        List<FeedEntry> entries = new ArrayList<>(events.size());
        for (StatusEvents.Event e : events) {
            entries.add(feedEntries.get(new SameObject(e), key -> entry(e)));
        }
        return entries;
    }

    private FeedEntry entry(StatusEvents.Event e) {
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
        String id = site.config().baseUrl().toString() + t.path() + "#" + e.status().code() + e.period().map(p -> "-" + p.key()).orElse("")
                + "-" + e.date();
        return new FeedEntry(id, words.get("feed.status.title", label, t.title()), t.path(), SiteRenderer.timestamp(e.date()), summary, status);
    }

    private void ranking(List<PageJob> jobs) {
        jobs.add(new PageJob(Urls.ranking(), "ranking.ftlh", new PageInputs.AllTasks(site.tasks()), this::rankingModel));
    }

    /** The agencies ranked on what was reported only ({@link TaskAnalytics#ranking}). */
    private Map<String, Object> rankingModel() {
        TaskAnalytics.Ranking ranking = analytics.ranking();
        return Map.of(
                "page", new PageInfo(Urls.ranking(), words.get("page.ranking.title"), words.get("page.ranking.description"),
                        "ranking", "", List.of()),
                "ranked", ranking.ranked(),
                "unreported", ranking.unreported(),
                "groups", ranking.groups());
    }

    private void view(List<PageJob> jobs, List<Task> tasks, String base, String heading, String description,
                      List<PageInfo.Crumb> crumbs) {
        // counted when a page of the view is first compared or rendered, on every core, not while planning on one;
        // compared by what the counts are made from, so a preview counts only the views whose counts an edit changed
        Made<TaskCounts> counts = new Made<>(analytics.counted(tasks), () -> analytics.counts(tasks));
        for (Pager pager : Pager.pages(tasks.size(), PAGE_SIZE, base)) {
            List<Task> slice = pager.slice(tasks, PAGE_SIZE);
            jobs.add(new PageJob(pager.path(), "task-list.ftlh", new PageInputs.TaskList(heading, description, slice, tasks.size(), counts, pager), () -> Map.of(
                    "page", new PageInfo(pager.path(), pager.number() == 1 ? heading : words.get("page.numbered_title", heading, pager.number()),
                            description, "tasks", "", crumbs),
                    "heading", heading,
                    "items", slice,
                    "total", tasks.size(),
                    "counts", counts.get(),
                    "pager", pager)));
        }
    }

    /** Everything {@link #agencyModel} is made from: equal sources, equal models. */
    Object agencyModelSource(Agency agency) {
        return List.of(analytics.asOf(), agency, analytics.ledBy(agency), analytics.supportedBy(agency), words);
    }

    /** Everything an agency page adds about tasks: its scorecard, chart, overdue list and feed. */
    Map<String, Object> agencyModel(Agency agency) {
        List<Task> led = analytics.ledBy(agency);
        List<Task> supported = analytics.supportedBy(agency);
        Map<String, Object> m = new HashMap<>();
        m.put("scorecard", analytics.scorecard(agency));
        m.put("overdueLed", led.stream().filter(t -> t.status().isOverdue()).toList());
        m.put("supportedCount", supported.size());
        m.put("leadPath", led.isEmpty() ? "" : Urls.tasksLedBy(agency));
        m.put("supportPath", supported.isEmpty() ? "" : Urls.tasksSupportedBy(agency));
        m.put("chartSvg", led.isEmpty() ? "" : charts.svg(agency, analytics.history(agency, StatusChart.MAX_MONTHS), words));
        m.put("statusFeedPath", statusFeedPath(agency));
        return m;
    }

    /** The feed of status changes of the tasks an agency leads or supports; empty when it has none. */
    String statusFeedPath(Agency agency) {
        return tasksOf(agency).isEmpty() ? "" : Urls.feedOf(Urls.agency(agency));
    }

    List<Task> tasksOf(Agency agency) {
        return analytics.involving(agency);
    }

    /** The jobs of the pages of {@code d}'s tasks; each holds the document, the task and the words, and nothing of the site. */
    private List<PageJob> taskJobs(Document d) {
        String singular = words.get(d.type().singularKey());
        List<PageInfo.Crumb> crumbs = List.of(new PageInfo.Crumb(words.of(d.type()), Urls.type(d.type())),
                new PageInfo.Crumb(d.number().isEmpty() ? singular : words.get("document.crumb.numbered", singular, d.number()), d.path()));
        Labels words = this.words;
        List<PageJob> jobs = new ArrayList<>(d.tasks().size());
        for (Task t : d.tasks()) {
            jobs.add(new PageJob(t.path(), "task.ftlh", new PageInputs.TaskPage(t, d), () -> Map.of(
                    "page", new PageInfo(t.path(), words.get("page.task.title", t.title()), t.title(), "task", "", crumbs),
                    "task", t,
                    "doc", d)));
        }
        return List.copyOf(jobs);
    }
}
