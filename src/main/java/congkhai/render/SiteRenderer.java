package congkhai.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.assemble.TaskAnalytics;
import congkhai.assemble.TaskCounts;
import congkhai.base.Parallel;
import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.base.VietnamTime;
import congkhai.history.GitHistory;
import congkhai.load.Labels;
import congkhai.model.Agency;
import congkhai.model.DocType;
import congkhai.model.Task;
import congkhai.model.TaskStatus;
import congkhai.model.Topic;
import congkhai.model.Urls;
import congkhai.pages.Page;
import congkhai.text.Folding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The render stage's first step: plans every page of a {@link Site} at the address {@link Urls} gives,
 * with the model its template is given; {@link PageRenderer} renders each. Knows nothing of files.
 */
public final class SiteRenderer {

    private static final int FEED_SIZE = 50;
    private static final int HOME_LATEST = 10;
    /**
     * Ids the default theme's document page gives its own sections; body headings avoid them. A theme
     * that adds ids of its own on that page should keep to these or to ids no heading slug can take.
     */
    public static final Set<String> DOCUMENT_PAGE_IDS = Set.of("noi-dung", "ghi-chu", "thong-tin", "lien-quan",
            "dinh-kem", "nhiem-vu", "toan-van", "lich-su", "chi-dao", "muc-luc", "tom-tat", "bao-cao-tien-do", "loc-tat-ca");

    /** Record pages show at most this many changes; the repository has the rest. */
    private static final int HISTORY_SHOWN = 20;

    private final MarkdownRenderer markdown;
    private final GitHistory.Result history;
    private final ObjectMapper json = new ObjectMapper();
    private final SitemapFiles.Limits sitemapLimits;

    public SiteRenderer(MarkdownRenderer markdown, GitHistory.Result history) {
        this(markdown, history, SitemapFiles.PROTOCOL);
    }

    /** With other limits for a sitemap file than the protocol's: a test splits a small site's sitemap. */
    SiteRenderer(MarkdownRenderer markdown, GitHistory.Result history, SitemapFiles.Limits sitemapLimits) {
        this.markdown = markdown;
        this.history = history;
        this.sitemapLimits = sitemapLimits;
    }

    private static final String DOCUMENT_TEMPLATE = "document.ftlh";

    /**
     * The first step of rendering: every file of the site, as jobs for {@link PageRenderer} and the few
     * files made without a template, their paths checked against each other, the records and the
     * attachments before anything is rendered; the sitemap is planned from those paths (one file, or an
     * index of several when the site has more URLs than one file may hold, see {@link SitemapFiles}).
     */
    public Parsed<SitePlan> plan(Site site) {
        return plan(site, new PlanMemo());
    }

    /** As {@link #plan(Site)}, taking from {@code memo} what the last plan with it worked out and is still true. */
    public Parsed<SitePlan> plan(Site site, PlanMemo memo) {
        Planned planned = planPages(site, memo);
        SiteView view = planned.view();
        List<PageJob> jobs = planned.jobs();
        List<Page> files = List.of(robots(site), agencyFilterCss(site));
        List<String> paths = new SitePlan(view, jobs, files).paths();
        // the open data files are export's, written after the pages (see export.OpenData); their paths are claimed here
        List<String> claimed = new ArrayList<>(paths);
        claimed.addAll(Urls.openDataFiles());
        // the sitemap beside the clashes of every other path, which a preview plans again after each edit; the
        // sitemap's own files are checked once they are known, and where nothing else names them they clash with nothing
        var tail = new Object() {
            List<PageJob> sitemap;
            List<Problem> clashes;
        };
        Parallel.forEach(List.<Runnable>of(
                () -> tail.sitemap = memo.sitemap(site, paths, sitemapLimits),
                () -> tail.clashes = PathClashes.of(site, claimed)), Runnable::run);
        List<PageJob> sitemap = tail.sitemap;
        List<String> sitemapFiles = sitemap.stream().map(PageJob::file).toList();
        List<Problem> problems = tail.clashes;
        if (PathClashes.mayClash(site, claimed, sitemapFiles)) {
            List<String> all = new ArrayList<>(paths);
            all.addAll(sitemapFiles);
            all.addAll(Urls.openDataFiles());
            problems = PathClashes.of(site, all);
        }
        if (!problems.isEmpty()) {
            return Parsed.failed(PageRenderer.sorted(problems));
        }
        jobs.addAll(sitemap);
        return Parsed.of(new SitePlan(view, jobs, files), List.of());
    }

    /** The job of a record's own page. */
    public PageJob documentJob(Site site, Document d) {
        return documentJob(site, d, site.numbers().fingerprint());
    }

    private PageJob documentJob(Site site, Document d, String numberLinksDigest) {
        List<ChangeView> changes = history.of(d.sourcePath()).stream().limit(HISTORY_SHOWN)
                .map(c -> ChangeView.of(c, site.config(), site.theme().labels())).toList();
        return new PageJob(d.path(), DOCUMENT_TEMPLATE, new PageInputs.DocumentPage(d, numberLinksDigest, changes),
                () -> documentModel(site, d, changes));
    }

    private static Page agencyFilterCss(Site site) {
        return Page.text(Urls.agencyFilterCss(), TaskFilters.agencyCss(site.config().agencyList()));
    }

    private static Page robots(Site site) {
        return Page.text(Urls.robots(), "User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl() + Urls.sitemap() + "\n");
    }

    /** The site's view and the jobs of its pages, the sitemap's aside. */
    private record Planned(SiteView view, List<PageJob> jobs) {
    }

    private Planned planPages(Site site, PlanMemo memo) {
        List<PageJob> jobs = new ArrayList<>();
        List<Document> docs = site.documents();
        int pageSize = site.config().pageSize();

        Labels words = site.theme().labels();
        // the costly parts, independent of each other, on two cores or more: each is a tenth to a third
        // of planning a large site, which a preview does after every title, task or progress edit
        var made = new Object() {
            TaskAnalytics analytics;
            TaskPages taskPages;
            SiteView view;
            final List<PageJob> trackerJobs = new ArrayList<>();
            final List<PageJob> documentJobs = new ArrayList<>(docs.size());
            final List<PageJob> numberJobs = new ArrayList<>();
        };
        List<Runnable> parts = List.of(() -> {
            made.analytics = memo.analytics(site);
            made.taskPages = new TaskPages(site, made.analytics, memo.charts(), memo.feedEntries(site), memo.taskJobs());
            made.taskPages.plan(made.trackerJobs);
        }, () -> {
            made.view = siteView(site);
            // bodies link the numbers of other records: a page changes when any of those links does
            String numberLinksDigest = site.numbers().fingerprint();
            for (Document d : docs) {
                made.documentJobs.add(documentJob(site, d, numberLinksDigest));
            }
        }, () -> new NumberPages(site, memo.numberKeys(), memo.numberRegisters()).plan(made.numberJobs));
        Parallel.forEach(parts, Runnable::run);
        TaskAnalytics analytics = made.analytics;
        TaskPages taskPages = made.taskPages;
        SiteView view = made.view;

        jobs.add(new PageJob(Urls.home(), "home.ftlh", () -> home(site, analytics)));
        jobs.add(new PageJob(Urls.notFound(), "404.ftlh", () -> Map.of("page",
                new PageInfo(Urls.notFound(), words.get("page.not_found.title"), "", "404", "", List.of()))));
        jobs.addAll(made.documentJobs);

        paginate(jobs, words, docs, pageSize, Urls.documents(), words.get("page.documents.title"),
                words.get("page.documents.description"), "all", Urls.feed(), List.of());

        List<PageInfo.Crumb> typeCrumbs = List.of(new PageInfo.Crumb(words.get("page.types.title"), Urls.types()));
        for (Listing t : view.types()) {
            DocType type = DocType.fromCode(t.key()).orElseThrow();
            paginate(jobs, words, filter(docs, d -> d.type() == type), pageSize, t.path(), t.name(),
                    words.get("page.type.description", words.of(type).toLowerCase(java.util.Locale.ROOT)), "type",
                    Urls.feedOf(t.path()), typeCrumbs);
            jobs.add(new PageJob(Urls.feedOf(t.path()), "feed.ftlx", () -> feed(site, words.get("feed.type.title", site.config().title(), t.name()),
                    t.path(), filter(docs, d -> d.type() == type))));
        }
        jobs.add(new PageJob(Urls.types(), "index-list.ftlh", () -> indexModel(words.get("page.types.title"), Urls.types(), view.types(),
                words.get("index.unit.documents"))));

        // grouped in one pass: filtering every document once per agency, topic and year grew with their
        // product, and a preview plans the whole site again after a title, task or progress edit
        Map<String, List<Document>> byIssuer = new HashMap<>();
        Map<String, List<Document>> byTopic = new HashMap<>();
        Map<Integer, List<Document>> byYear = new HashMap<>();
        for (Document d : docs) {
            d.issuer().ifPresent(i -> byIssuer.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(d));
            d.topics().stream().map(Topic::id).distinct().forEach(t -> byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(d));
            byYear.computeIfAbsent(d.date().year(), k -> new ArrayList<>()).add(d);
        }

        List<PageInfo.Crumb> agencyCrumbs = List.of(new PageInfo.Crumb(words.get("page.agencies.title"), Urls.agencies()));
        for (Listing a : view.agencies()) {
            Agency agency = site.config().agencies().get(a.key());
            List<Document> issued = List.copyOf(byIssuer.getOrDefault(agency.id(), List.of()));
            List<Task> involved = taskPages.tasksOf(agency);
            // the scorecard and chart are made only when the first page is compared or rendered; they are what it shows of
            // the agency's tasks, so a preview renders it again only when these change, not at every change of one of them
            Made<Map<String, Object>> taskModel = new Made<>(taskPages.agencyModelSource(agency), () -> taskPages.agencyModel(agency));
            String statusFeedPath = taskPages.statusFeedPath(agency);
            if (!statusFeedPath.isEmpty()) {
                jobs.add(new PageJob(Urls.feedOf(a.path()), "feed.ftlx", new PageInputs.AgencyFeed(agency, involved),
                        () -> feedModel(site, words.get("feed.status_changes.title", agency.name()), a.path(), taskPages.statusEntries(agency))));
            }
            // only the first page shows the agency's tasks; the later pages list more of its documents and link the
            // feed, so they are compared by that alone (a plan's title edit rendered 358 pages at 10k with all of an
            // agency's pages keyed by its tasks, 146 with only the first)
            Made<Map<String, Object>> feedOnly = new Made<>(() -> Map.of("statusFeedPath", statusFeedPath));
            for (Pager pager : Pager.pages(issued.size(), pageSize, a.path())) {
                List<Document> slice = pager.slice(issued, pageSize);
                Made<Map<String, Object>> shown = pager.number() == 1 ? taskModel : feedOnly;
                jobs.add(new PageJob(pager.path(), "agency.ftlh", new PageInputs.AgencyPage(agency, shown, slice, issued.size(), pager), () -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("page", new PageInfo(pager.path(), agency.name(), words.get("page.agency.description", agency.name()), "agency",
                            statusFeedPath, agencyCrumbs));
                    m.putAll(shown.get());
                    m.put("agency", agency);
                    m.put("parent", agency.parent().map(p -> site.config().agencies().get(p)));
                    m.put("items", slice);
                    m.put("issuedCount", issued.size());
                    m.put("pager", pager);
                    return m;
                }));
            }
        }
        jobs.add(new PageJob(Urls.agencies(), "index-list.ftlh", () -> indexModel(words.get("page.agencies.title"), Urls.agencies(),
                view.agencies(), words.get("index.unit.documents_and_tasks"))));

        List<PageInfo.Crumb> topicCrumbs = List.of(new PageInfo.Crumb(words.get("page.topics.title"), Urls.topics()));
        for (Listing t : view.topics()) {
            Topic topic = site.config().topics().get(t.key());
            paginate(jobs, words, List.copyOf(byTopic.getOrDefault(topic.id(), List.of())), pageSize, t.path(), t.name(),
                    words.get("page.topic.description", t.name()), "topic", "", topicCrumbs);
        }
        jobs.add(new PageJob(Urls.topics(), "index-list.ftlh", () -> indexModel(words.get("page.topics.title"), Urls.topics(),
                view.topics(), words.get("index.unit.documents"))));

        List<PageInfo.Crumb> yearCrumbs = List.of(new PageInfo.Crumb(words.get("page.years.title"), Urls.years()));
        for (Listing y : view.years()) {
            int year = Integer.parseInt(y.key());
            paginate(jobs, words, List.copyOf(byYear.getOrDefault(year, List.of())), pageSize, y.path(), words.get("page.year.title", year),
                    words.get("page.year.description", year), "year", "", yearCrumbs);
        }
        jobs.add(new PageJob(Urls.years(), "index-list.ftlh", () -> indexModel(words.get("page.years.title"), Urls.years(),
                view.years(), words.get("index.unit.documents"))));

        jobs.addAll(made.numberJobs);
        jobs.addAll(made.trackerJobs);
        jobs.add(new PageJob(Urls.openData(), "open-data.ftlh", () -> Map.of(
                "page", new PageInfo(Urls.openData(), words.get("page.open_data.title"), words.get("page.open_data.description"), "data", "",
                        List.of()),
                "statuses", List.of(congkhai.model.TaskStatus.values()))));

        jobs.add(new PageJob(Urls.search(), "search.ftlh", () -> Map.of("page", new PageInfo(Urls.search(), words.get("page.search.title"),
                words.get("page.search.description"), "search", "", List.of()), "statuses", List.of(congkhai.model.TaskStatus.values()))));

        jobs.add(new PageJob(Urls.feed(), "feed.ftlx", () -> feed(site, site.config().title(), Urls.home(), docs)));
        RedirectPages.plan(site, jobs);
        return new Planned(view, jobs);
    }

    private void paginate(List<PageJob> jobs, Labels words, List<Document> items, int pageSize, String base, String heading,
                          String description, String kind, String feedPath, List<PageInfo.Crumb> crumbs) {
        for (Pager pager : Pager.pages(items.size(), pageSize, base)) {
            List<Document> slice = pager.slice(items, pageSize);
            String title = pager.number() == 1 ? heading : words.get("page.numbered_title", heading, pager.number());
            jobs.add(new PageJob(pager.path(), "list.ftlh", () -> Map.of(
                    "page", new PageInfo(pager.path(), title, description, kind, feedPath, crumbs),
                    "heading", heading,
                    "items", slice,
                    "total", items.size(),
                    "pager", pager)));
        }
    }

    /** How many overdue and how many due-soon tasks the home page shows; the rest are a link away. */
    static final int HOME_TASKS = 3;

    private Map<String, Object> home(Site site, TaskAnalytics analytics) {
        List<Task> overdue = analytics.overdue();
        List<Task> dueSoon = analytics.dueSoon();
        return Map.of(
                "page", new PageInfo(Urls.home(), site.config().title(), site.config().description(), "home", Urls.feed(), List.of()),
                "latest", site.documents().subList(0, Math.min(HOME_LATEST, site.documents().size())),
                "overdue", overdue.subList(0, Math.min(HOME_TASKS, overdue.size())),
                "dueSoon", dueSoon.subList(0, Math.min(HOME_TASKS, dueSoon.size())));
    }

    /** Where the numbers written in a document's body link: the one record a citation names, or the number's page. */
    private static MarkdownRenderer.NumberLinks numberLinks(Site site, Document d) {
        String basePath = site.config().baseUrl().getRawPath() == null || site.config().baseUrl().getRawPath().isEmpty()
                ? "/" : site.config().baseUrl().getRawPath();
        String ownKey = Folding.documentNumberKey(d.number());
        return (number, text, end) -> site.numbers()
                .bodyTarget(number, Folding.documentNumberKey(number), text, end, d.id(), ownKey).map(path -> basePath + path);
    }

    private static Set<String> reservedIds(Document d) {
        Set<String> reserved = new HashSet<>(DOCUMENT_PAGE_IDS);
        d.tasks().forEach(t -> reserved.add(t.localId()));
        // the targets of the task table's filters
        for (TaskStatus s : TaskStatus.values()) {
            reserved.add(TaskFilters.STATUS_PREFIX + s.slug());
        }
        d.tasks().forEach(t -> t.leads().forEach(a -> reserved.add(TaskFilters.AGENCY_PREFIX + a.id())));
        d.directives().forEach(directive -> reserved.add(directive.anchor()));
        return reserved;
    }

    private Map<String, Object> documentModel(Site site, Document d, List<ChangeView> changes) {
        Labels words = site.theme().labels();
        List<PageInfo.Crumb> crumbs = List.of(new PageInfo.Crumb(words.of(d.type()), Urls.type(d.type())));
        // a title that already names the type ("Kết luận Phiên họp…") is not preceded by the type's name
        String kind = d.titleNamesType() ? "" : words.get(d.type().singularKey());
        String title = d.number().isEmpty() ? (kind.isEmpty() ? d.title() : words.get("document.title.typed", kind, d.title()))
                : (kind.isEmpty() ? words.get("document.title.numbered", d.title(), d.number())
                : words.get("document.title.typed_numbered", kind, d.number(), d.title()));
        Map<String, Object> m = new HashMap<>();
        m.put("page", new PageInfo(d.path(), title, d.title(), "document", "", crumbs));
        m.put("doc", d);
        Parsed<DocumentOutline> body = markdown.toOutline(d.body().text(), reservedIds(d), numberLinks(site, d), words,
                new SourcePos(d.sourcePath(), d.bodyLine(), 1));
        if (!body.problems().isEmpty()) {
            throw new PageFailure(body.problems());
        }
        DocumentOutline outline = body.value().orElseThrow();
        m.put("bodyHtml", outline.html());
        m.put("outline", outline);
        m.put("filters", TaskFilters.of(d.tasks(), words));
        m.put("jsonLd", jsonLd(site, d));
        m.put("counts", TaskCounts.of(d.tasks(), site.asOf()));
        m.put("history", changes);
        return m;
    }

    private static Map<String, Object> indexModel(String heading, String path, List<Listing> listings, String unit) {
        return Map.of(
                "page", new PageInfo(path, heading, heading, "index", "", List.of()),
                "heading", heading,
                "listings", listings,
                "unit", unit);
    }

    private Map<String, Object> feed(Site site, String title, String alternatePath, List<Document> docs) {
        List<FeedEntry> entries = new ArrayList<>();
        Labels words = site.theme().labels();
        for (Document d : docs.subList(0, Math.min(FEED_SIZE, docs.size()))) {
            String singular = words.get(d.type().singularKey());
            String label = d.number().isEmpty() ? words.get("document.title.typed", singular, d.title())
                    : words.get("document.title.typed_numbered", singular, d.number(), d.title());
            String kind = d.number().isEmpty() ? singular : words.get("feed.document.kind_numbered", singular, d.number());
            String summary = d.issuer().isPresent()
                    ? words.get("feed.document.summary_issuer", kind, d.date().display(), d.issuer().get().name())
                    : words.get("feed.document.summary", kind, d.date().display());
            entries.add(new FeedEntry(site.config().baseUrl() + d.path(), label, d.path(), timestamp(d.date().first()),
                    summary, words.of(d.type())));
        }
        return feedModel(site, title, alternatePath, entries);
    }

    /** The model of feed.ftlx; a feed with no entries is dated by the as-of day. */
    static Map<String, Object> feedModel(Site site, String title, String alternatePath, List<FeedEntry> entries) {
        String updated = entries.stream().map(FeedEntry::updated).max(String::compareTo).orElse(timestamp(site.asOf()));
        String self = Urls.feedOf(alternatePath);
        return Map.of("feed", Map.of("title", title, "selfPath", self, "alternatePath", alternatePath,
                "id", site.config().baseUrl() + self, "updated", updated), "entries", entries);
    }

    static String timestamp(LocalDate day) {
        return day.atStartOfDay().atOffset(VietnamTime.ZONE).toString().replace("T00:00+07:00", "T00:00:00+07:00");
    }

    private String jsonLd(Site site, Document d) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        String type = switch (d.type()) {
            case RESOLUTION, DECISION -> "Legislation";
            case REPORT -> "Report";
            case NEWS -> "NewsArticle";
            default -> "DigitalDocument";
        };
        ld.put("@type", type);
        String url = site.config().baseUrl() + d.path();
        ld.put("@id", url);
        ld.put("url", url);
        ld.put("name", d.title());
        if (type.equals("NewsArticle")) {
            ld.put("headline", d.title());
        }
        ld.put("inLanguage", site.config().language());
        ld.put("datePublished", d.date().iso());
        // the number alone is no identity (offices number from 01 each year); the stable identifier is
        ld.put("identifier", identifiers(d, site.theme().labels()));
        if (!d.number().isEmpty() && type.equals("Legislation")) {
            ld.put("legislationIdentifier", d.number());
        }
        d.issuer().ifPresent(a -> {
            // ordered: Map.of iterates in an order that changes from one JVM run to the next
            Map<String, Object> organization = new LinkedHashMap<>();
            organization.put("@type", "GovernmentOrganization");
            organization.put("name", a.name());
            ld.put(type.equals("Legislation") ? "legislationPassedBy" : "publisher", organization);
        });
        d.signer().ifPresent(s -> {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@type", "Person");
            person.put("name", s.name());
            if (!s.position().isEmpty()) {
                person.put("jobTitle", s.position());
            }
            ld.put(type.equals("NewsArticle") ? "author" : "creator", person);
        });
        if (!d.topics().isEmpty()) {
            ld.put("keywords", d.topics().stream().map(Topic::name).toList());
        }
        d.sourceUrl().ifPresent(s -> ld.put("isBasedOn", s));
        if (!d.refs().isEmpty()) {
            ld.put("citation", d.refs().stream().map(r -> r.external() ? r.number() : site.config().baseUrl() + r.path()).toList());
        }
        try {
            // inside <script>, "<" must never appear raw, or "</script>" in a title would end the block
            return json.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stable identifier, and the number as written where there is one, as schema.org PropertyValues. */
    private static List<Map<String, Object>> identifiers(Document d, Labels words) {
        List<Map<String, Object>> ids = new ArrayList<>();
        ids.add(propertyValue("congkhai", words.get("jsonld.identifier"), d.identifier()));
        if (!d.number().isEmpty()) {
            ids.add(propertyValue("so-ky-hieu", words.get("jsonld.number"), d.number()));
        }
        return ids;
    }

    private static Map<String, Object> propertyValue(String id, String name, String value) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("@type", "PropertyValue");
        p.put("propertyID", id);
        p.put("name", name);
        p.put("value", value);
        return p;
    }

    private SiteView siteView(Site site) {
        List<Document> docs = site.documents();
        Labels words = site.theme().labels();
        // counted in one pass over documents and tasks, not once per type, agency or topic
        Map<DocType, Integer> byType = new EnumMap<>(DocType.class);
        Map<String, Integer> byTopic = new HashMap<>();
        Map<String, Integer> involvement = new HashMap<>();
        for (Document d : docs) {
            byType.merge(d.type(), 1, Integer::sum);
            d.topics().stream().map(Topic::id).distinct().forEach(id -> byTopic.merge(id, 1, Integer::sum));
            d.issuer().ifPresent(i -> involvement.merge(i.id(), 1, Integer::sum));
        }
        List<Listing> types = new ArrayList<>();
        byType.forEach((t, n) -> types.add(new Listing(t.code(), words.of(t), Urls.type(t), n)));
        for (Task t : site.tasks()) {
            Set<String> ids = new HashSet<>();
            t.leads().forEach(a -> ids.add(a.id()));
            t.support().forEach(a -> ids.add(a.id()));
            ids.forEach(id -> involvement.merge(id, 1, Integer::sum));
        }
        List<Listing> agencies = new ArrayList<>();
        for (Agency a : site.config().agencyList()) {
            int count = involvement.getOrDefault(a.id(), 0);
            if (count > 0) {
                agencies.add(new Listing(a.id(), a.name(), Urls.agency(a), count));
            }
        }
        List<Listing> topics = new ArrayList<>();
        for (Topic t : site.config().topicList()) {
            int n = byTopic.getOrDefault(t.id(), 0);
            if (n > 0) {
                topics.add(new Listing(t.id(), t.name(), Urls.topic(t), n));
            }
        }
        Map<Integer, Integer> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Document d : docs) {
            byYear.merge(d.date().year(), 1, Integer::sum);
        }
        List<Listing> years = byYear.entrySet().stream()
                .map(e -> new Listing(e.getKey().toString(), words.get("page.year.title", e.getKey()), Urls.year(e.getKey()), e.getValue()))
                .toList();
        return new SiteView(site.config().title(), site.config().description(), site.config().language(),
                site.config().baseUrl(), site.asOf(), docs.size(), types, agencies, topics, years,
                TaskCounts.of(site.tasks(), site.asOf()));
    }

    private static List<Document> filter(List<Document> docs, Predicate<Document> p) {
        return docs.stream().filter(p).toList();
    }
}
