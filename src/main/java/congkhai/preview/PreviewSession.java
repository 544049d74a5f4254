package congkhai.preview;

import congkhai.assemble.Assembler;
import congkhai.assemble.AssemblyMemo;
import congkhai.assemble.Site;
import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.base.VietnamTime;
import congkhai.base.YamlReader;
import congkhai.config.ConfigLoader;
import congkhai.config.SiteConfig;
import congkhai.history.GitHistory;
import congkhai.load.AttachmentSource;
import congkhai.load.SiteLoader;
import congkhai.load.SiteSources;
import congkhai.load.Theme;
import congkhai.output.PreviewWriter;
import congkhai.output.PublishException;
import congkhai.output.SitePublisher;
import congkhai.pages.Page;
import congkhai.pipeline.BuildOptions;
import congkhai.preview.PageCache.KeyedPage;
import congkhai.render.MarkdownRenderer;
import congkhai.render.PageRenderer;
import congkhai.render.PlanMemo;
import congkhai.render.SitePlan;
import congkhai.render.SiteRenderer;
import congkhai.render.TemplateEngine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A preview that follows the webmaster's edits. It keeps what the last build read and rendered;
 * after a change it reads only the changed files, assembles again what the change can reach (after
 * an edit of a record's own fields, nothing; of titles, tasks, progress or an unnumbered record's
 * date, the tasks of the records named and the links to them; of anything else, the whole site),
 * renders only the pages whose inputs changed and writes only the files whose bytes changed. A change with errors leaves the last good site in the preview folder.
 *
 * <p>The search index, the browser's search data and the open data files are made from the whole
 * site, which takes seconds for a large one: after an edit they follow its pages a moment later,
 * made on a worker of their own ({@link SiteDataWorker}), whose outcome goes to {@code siteData}.
 *
 * <p>Not thread-safe: one watcher thread drives it.
 */
public final class PreviewSession implements AutoCloseable {

    /**
     * What one rebuild did.
     *
     * @param changed  site paths written or removed, e.g. {@code plans/kh-45/index.html}
     * @param rendered pages rendered again (the others were kept)
     */
    public record Outcome(List<Problem> problems, List<String> changed, int rendered, int pages, int records, long nanos) {
        public Outcome {
            problems = List.copyOf(problems);
            changed = List.copyOf(changed);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * What one update of the search and open data files did, after the pages of an edit.
     *
     * @param written files written or removed
     */
    public record SiteDataOutcome(List<Problem> problems, int written, long nanos) {
        public SiteDataOutcome {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }


    private final BuildOptions options;
    private final Path siteDir;
    private final Clock clock;
    private final YamlReader yaml = new YamlReader();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private Parsed<SiteConfig> config;
    private SiteLoader loader;
    private SiteLoader.ContentSnapshot content;
    private Theme theme;
    private List<Problem> themeProblems = List.of();
    private TemplateEngine engine;
    private GitHistory.Result history;
    private final PlanMemo planMemo = new PlanMemo();

    /**
     * The last good site: pages, assets and attachments as published in the preview folder. The pages are
     * a map of the session's own, changed in place after an edit that keeps every page's path.
     */
    private HashMap<String, KeyedPage> pages = new HashMap<>();
    /** The last render's pages in its plan's order, while {@link #pages} holds what that render made. */
    private Optional<PageCache.Aligned> aligned = Optional.empty();
    private Map<String, byte[]> assets = Map.of();
    private final SiteDataWorker siteData;
    private Map<String, AttachmentSource> attachments = Map.of();
    private boolean published;
    /** The last good site and the content it was assembled from, so a rebuild after a body edit needs no assembly. */
    private Optional<Site> goodSite = Optional.empty();
    private SiteLoader.ContentSnapshot goodContent;
    /** What the last assembly worked out, which the next takes where its inputs did not change. */
    private final AssemblyMemo memo = new AssemblyMemo();

    /** @param siteData told what each update of the search and open data files did, on the worker's thread */
    public PreviewSession(BuildOptions options, Clock clock, Consumer<SiteDataOutcome> siteData) {
        this.options = options;
        this.siteDir = options.siteDir().toAbsolutePath().normalize();
        this.clock = clock;
        this.siteData = new SiteDataWorker(options.output(),
                o -> siteData.accept(new SiteDataOutcome(o.problems(), o.written(), o.nanos())));
    }

    /** Reads and renders everything, and publishes it whole (as {@code build} does) into the preview folder. */
    public Outcome start() {
        long start = System.nanoTime();
        // commits made while previewing show after a restart; edits show at once
        history = GitHistory.read(siteDir, SiteLoader.CONTENT + "/");
        readConfig();
        readTheme();
        content = loader.readContent(siteDir);
        return rebuild(start, true, Set.of());
    }

    /** Rebuilds after the files or folders {@code changedPaths} were created, edited or removed. */
    public Outcome update(Collection<Path> changedPaths) {
        siteData.rebuilding();
        try {
            return updated(changedPaths);
        } finally {
            siteData.rebuilt();
        }
    }

    private Outcome updated(Collection<Path> changedPaths) {
        long start = System.nanoTime();
        Set<Path> changed = new HashSet<>();
        changedPaths.forEach(p -> changed.add(p.toAbsolutePath().normalize()));
        boolean configChanged = changed.stream().anyMatch(p -> ChangeKind.of(siteDir, p).filter(ChangeKind::rereadsConfig).isPresent());
        boolean themeChanged = changed.stream().anyMatch(p -> ChangeKind.of(siteDir, p).filter(ChangeKind::reloadsTheme).isPresent());
        List<Path> contentChanged = changed.stream().filter(p -> ChangeKind.of(siteDir, p).filter(ChangeKind::isContent).isPresent())
                .toList();
        if (configChanged) {
            readConfig();
        }
        if (themeChanged) {
            readTheme();
        }
        if (configChanged || content == null) {
            // records are checked against the config's agencies and topics, so all are read again
            content = loader.readContent(siteDir);
        } else if (!contentChanged.isEmpty()) {
            content = loader.update(siteDir, content, contentChanged);
        }
        return rebuild(start, false, changed);
    }

    private void readConfig() {
        config = ConfigLoader.load(siteDir, yaml);
        loader = new SiteLoader(yaml, config.value());
        // url() and absUrl() are made from base_url, and the parts the engine keeps with them
        engine = null;
        pages = new HashMap<>();
        aligned = Optional.empty();
        goodSite = Optional.empty();
    }

    private void readTheme() {
        List<Problem> problems = new ArrayList<>();
        theme = SiteLoader.loadTheme(siteDir, problems);
        themeProblems = problems;
        engine = null;
        pages = new HashMap<>();
        aligned = Optional.empty();
        goodSite = Optional.empty();
    }

    private Outcome rebuild(long start, boolean whole, Set<Path> changedFiles) {
        Optional<Edits> edits = goodSite.isPresent() ? editsSinceGoodSite() : Optional.empty();
        LocalDate asOf = asOf();
        Optional<Site> edited = edits.filter(e -> e.progressFor().isEmpty())
                .flatMap(e -> Assembler.withOwnFieldsEdited(goodSite.get(), e.documents()))
                .filter(site -> site.asOf().equals(asOf));
        if (edited.isPresent()) {
            Set<String> ids = new HashSet<>();
            edits.get().documents().forEach(e -> ids.add(e.after().id()));
            Site before = goodSite.get();
            Parsed<List<KeyedPage>> rendered = PageCache.renderEdited(before, edited.get(), new SiteRenderer(markdown, history),
                    new PageRenderer(engine), pages, ids);
            engine.renderEnded();
            return publishEdited(start, edited.get(), rendered);
        }
        List<Problem> problems = new ArrayList<>(config.problems());
        SiteSources sources = SiteLoader.sources(content, theme, themeProblems);
        problems.addAll(sources.problems());
        if (config.value().isEmpty()) {
            return failed(problems, start);
        }
        Optional<Site> editedInPlace = edits.filter(e -> problems.isEmpty())
                .flatMap(e -> Assembler.withRecordsEdited(goodSite.get(), sources, e.documents(), e.progressFor()))
                .filter(site -> site.asOf().equals(asOf));
        if (editedInPlace.isPresent()) {
            // the documents and tasks the edits did not touch are the last site's objects already
            return renderAndPublish(start, whole, changedFiles, editedInPlace.get(), render(editedInPlace.get()));
        }
        SiteConfig cfg = options.baseUrl().map(config.value().get()::withBaseUrl).orElse(config.value().get());
        Parsed<Site> assembled = Assembler.assemble(cfg, sources, asOf, memo);
        problems.addAll(assembled.problems());
        if (engine == null) {
            engine = new TemplateEngine(theme, cfg.baseUrl(), true);
        }
        if (!problems.isEmpty()) {
            problems.addAll(engine.check(theme));
            return failed(problems, start);
        }
        Site site = goodSite.map(previous -> PageCache.reusingUnchanged(assembled.value().get(), previous))
                .orElseGet(() -> assembled.value().get());
        return renderAndPublish(start, whole, changedFiles, site, render(site));
    }

    /** The site's pages, those whose inputs did not change taken from the last render. */
    private Parsed<PageCache.Render> render(Site site) {
        PageRenderer renderer = new PageRenderer(engine);
        List<Problem> syntax = renderer.check(site.theme());
        if (!syntax.isEmpty()) {
            return Parsed.failed(syntax);
        }
        Parsed<SitePlan> plan = new SiteRenderer(markdown, history).plan(site, planMemo);
        if (plan.value().isEmpty()) {
            return Parsed.failed(plan.problems());
        }
        Parsed<PageCache.Render> rendered = PageCache.render(plan.value().get(), renderer, pages, aligned);
        engine.renderEnded();
        return rendered;
    }

    private LocalDate asOf() {
        return options.asOf()
                .or(() -> config.value().flatMap(SiteConfig::asOf))
                .orElseGet(() -> LocalDate.now(clock.withZone(VietnamTime.ZONE)));
    }

    /**
     * The edits since the last good site: records edited in place, and the records whose tasks edited
     * progress files name (before or after the edit).
     */
    private record Edits(List<Assembler.Edit> documents, Set<String> progressFor) {
    }

    /**
     * The edits since the last good site, when every change since then is a record or a progress file
     * edited in place, read without problems before and after; empty when anything else changed (a file
     * added, removed or with problems, an attachment).
     */
    private Optional<Edits> editsSinceGoodSite() {
        if (goodContent == null || goodContent.files().size() != content.files().size()
                || !goodContent.listingProblems().equals(content.listingProblems())) {
            return Optional.empty();
        }
        List<Assembler.Edit> documents = new ArrayList<>();
        Set<String> progressFor = new HashSet<>();
        var before = goodContent.files().entrySet().iterator();
        for (var now : content.files().entrySet()) {
            var was = before.next();
            if (was.getValue() == now.getValue()) {
                continue;
            }
            SiteLoader.FileResult a = was.getValue();
            SiteLoader.FileResult b = now.getValue();
            if (!was.getKey().equals(now.getKey()) || !a.problems().isEmpty() || !b.problems().isEmpty()
                    || a.attachment().isPresent() || b.attachment().isPresent() || a.document().isPresent() != b.document().isPresent()) {
                return Optional.empty();
            }
            if (a.document().isPresent()) {
                if (!a.progress().isEmpty() || !b.progress().isEmpty()) {
                    return Optional.empty();
                }
                documents.add(new Assembler.Edit(a.document().get(), b.document().get()));
            } else {
                a.progress().forEach(p -> progressFor.add(p.recordId()));
                b.progress().forEach(p -> progressFor.add(p.recordId()));
            }
        }
        return Optional.of(new Edits(documents, progressFor));
    }

    /**
     * Publishes the pages rendered again after an own-field edit: the site has the same pages, assets
     * and attachments as the last good one, so only those pages are compared and written.
     */
    private Outcome publishEdited(long start, Site site, Parsed<List<KeyedPage>> rendered) {
        if (!rendered.problems().isEmpty()) {
            return failed(rendered.problems(), start);
        }
        Map<String, byte[]> write = new TreeMap<>();
        for (KeyedPage p : rendered.value().get()) {
            if (new PageCache.Redone(p, Optional.ofNullable(pages.get(p.page().path()))).changed()) {
                write.put(p.page().path(), p.page().content());
            }
        }
        try {
            new PreviewWriter(options.output()).apply(write, Map.of(), List.of());
        } catch (PublishException e) {
            return failed(List.of(new Problem(congkhai.base.SourcePos.startOf(options.output().toString()), e.getMessage())), start);
        }
        siteData.submit(site);
        // the same pages but those rendered again: the map is changed in place rather than copied, 50,000 entries at 10k records
        rendered.value().get().forEach(p -> pages.put(p.page().path(), p));
        // the pages of the edited records' paths are not those of the last render any more
        aligned = Optional.empty();
        goodSite = Optional.of(site);
        goodContent = content;
        return new Outcome(List.of(), new ArrayList<>(write.keySet()), rendered.value().get().size(), pages.size(),
                site.documents().size(), System.nanoTime() - start);
    }

    private Outcome renderAndPublish(long start, boolean whole, Set<Path> changedFiles, Site site, Parsed<PageCache.Render> rendered) {
        if (!rendered.problems().isEmpty()) {
            return failed(rendered.problems(), start);
        }
        PageCache.Render render = rendered.value().get();
        Map<String, AttachmentSource> newAttachments = new TreeMap<>();
        site.attachments().forEach(a -> newAttachments.put(a.relativePath(), a));
        try {
            List<String> changed;
            HashMap<String, KeyedPage> newPages;
            if (whole || !published) {
                newPages = byPath(render.pages());
                changed = publishWhole(site, newPages);
            } else {
                // after most edits every page keeps its path: the kept map then only takes the pages rendered again
                newPages = render.samePaths() ? null : byPath(render.pages());
                changed = publishChanges(site, render, newPages, newAttachments, changedFiles);
                siteData.submit(site);
            }
            if (newPages == null) {
                render.redone().forEach(r -> pages.put(r.page().page().path(), r.page()));
            } else {
                pages = newPages;
            }
            aligned = Optional.of(render.aligned());
            goodSite = Optional.of(site);
            goodContent = content;
            assets = site.theme().assets();
            attachments = newAttachments;
            published = true;
            return new Outcome(List.of(), changed, render.redone().size(), pages.size(), site.documents().size(), System.nanoTime() - start);
        } catch (PublishException e) {
            return failed(List.of(new Problem(congkhai.base.SourcePos.startOf(options.output().toString()), e.getMessage())), start);
        }
    }

    /**
     * The pages by path, in a hash map: the paths of a large site share long beginnings, and a sorted map
     * compared them again at each of the 50,000 lookups and insertions of a rebuild.
     */
    private static HashMap<String, KeyedPage> byPath(List<KeyedPage> pages) {
        HashMap<String, KeyedPage> byPath = new HashMap<>(pages.size() * 2);
        pages.forEach(p -> byPath.put(p.page().path(), p));
        return byPath;
    }

    /** Publishes the whole site, its search and open data files made here, before anything is served. */
    private List<String> publishWhole(Site site, Map<String, KeyedPage> newPages) throws PublishException {
        List<Page> data = SiteDataWorker.files(site);
        List<String> paths = new ArrayList<>(newPages.keySet());
        Collections.sort(paths);
        List<Page> files = new ArrayList<>(paths.stream().map(path -> newPages.get(path).page()).toList());
        files.addAll(data);
        new SitePublisher().publish(options.output(), siteDir, files, site.theme().assets(), site.attachments());
        siteData.published(data);
        return paths;
    }

    /**
     * Writes the files of a render after an edit that changed, and removes those it no longer has.
     *
     * @param newPages the render's pages by path, or null when they are at the kept pages' paths
     */
    private List<String> publishChanges(Site site, PageCache.Render render, Map<String, KeyedPage> newPages,
                                        Map<String, AttachmentSource> newAttachments, Set<Path> changedFiles) throws PublishException {
        Map<String, byte[]> write = new TreeMap<>();
        for (PageCache.Redone r : render.redone()) {
            if (r.changed()) {
                write.put(r.page().page().path(), r.page().page().content());
            }
        }
        site.theme().assets().forEach((path, bytes) -> {
            if (!Arrays.equals(assets.get(path), bytes)) {
                write.put(path, bytes);
            }
        });
        Map<String, Path> copy = new TreeMap<>();
        newAttachments.forEach((path, a) -> {
            AttachmentSource before = attachments.get(path);
            if (before == null || !before.equals(a) || changedFiles.contains(a.file().toAbsolutePath().normalize())) {
                copy.put(path, a.file());
            }
        });
        Set<String> remove = new TreeSet<>();
        if (newPages != null) {
            pages.keySet().stream().filter(p -> !newPages.containsKey(p)).forEach(remove::add);
        }
        assets.keySet().stream().filter(p -> !site.theme().assets().containsKey(p)).forEach(remove::add);

        attachments.keySet().stream().filter(p -> !newAttachments.containsKey(p)).forEach(remove::add);
        Set<String> changed = new TreeSet<>(write.keySet());
        changed.addAll(copy.keySet());
        changed.addAll(remove);
        new PreviewWriter(options.output()).apply(write, copy, remove);
        return new ArrayList<>(changed);
    }

    /** Stops the worker of the search and open data files, after a write under way. */
    @Override
    public void close() {
        siteData.close();
    }

    private Outcome failed(List<Problem> problems, long start) {
        List<Problem> sorted = problems.stream().distinct().sorted(Problem.BY_POSITION).toList();
        return new Outcome(sorted, List.of(), 0, pages.size(), 0, System.nanoTime() - start);
    }
}
