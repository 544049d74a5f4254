package congkhai.build;

import congkhai.assemble.Assembler;
import congkhai.assemble.Site;
import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.base.YamlReader;
import congkhai.config.ConfigLoader;
import congkhai.config.ConfigParser;
import congkhai.config.SiteConfig;
import congkhai.history.GitHistory;
import congkhai.load.AttachmentSource;
import congkhai.load.SiteLoader;
import congkhai.load.SiteSources;
import congkhai.load.Theme;
import congkhai.output.PreviewWriter;
import congkhai.output.PublishException;
import congkhai.output.SitePublisher;
import congkhai.render.MarkdownRenderer;
import congkhai.render.Page;
import congkhai.render.SiteRenderer;
import congkhai.search.SearchIndexer;
import congkhai.search.SearchRecords;
import congkhai.render.SiteRenderer.KeyedPage;
import congkhai.render.TemplateEngine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A preview that follows the webmaster's edits. It keeps what the last build read and rendered;
 * after a change it reads only the changed files, assembles the site again (in memory, cheap),
 * renders only the pages whose inputs changed and writes only the files whose bytes changed. A
 * change with errors leaves the last good site in the preview folder.
 *
 * <p>Not thread-safe: one watcher thread drives it.
 */
public final class PreviewSession {

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

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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

    /** The last good site: pages, assets and attachments as published in the preview folder. */
    private Map<String, KeyedPage> pages = Map.of();
    private Map<String, byte[]> assets = Map.of();
    /** The search index and the browser's search data, remade with every rebuild (see congkhai.search). */
    private Map<String, byte[]> searchFiles = Map.of();
    private Map<String, AttachmentSource> attachments = Map.of();
    private boolean published;

    public PreviewSession(BuildOptions options, Clock clock) {
        this.options = options;
        this.siteDir = options.siteDir().toAbsolutePath().normalize();
        this.clock = clock;
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
        long start = System.nanoTime();
        Set<Path> changed = new HashSet<>();
        changedPaths.forEach(p -> changed.add(p.toAbsolutePath().normalize()));
        Path templates = siteDir.resolve(SiteLoader.TEMPLATES);
        Path contentDir = siteDir.resolve(SiteLoader.CONTENT);
        // the site folder itself stands for "anything may have changed" (the watcher lost events)
        boolean configChanged = changed.contains(siteDir.resolve(ConfigParser.FILE_NAME)) || changed.contains(siteDir);
        boolean themeChanged = changed.stream().anyMatch(p -> p.startsWith(templates) || p.equals(siteDir));
        List<Path> contentChanged = changed.stream().filter(p -> p.startsWith(contentDir)).toList();
        if (configChanged) {
            readConfig();
        }
        if (themeChanged || configChanged) {
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
        pages = Map.of();
    }

    private void readTheme() {
        List<Problem> problems = new ArrayList<>();
        theme = SiteLoader.loadTheme(siteDir, problems);
        themeProblems = problems;
        engine = null;
        pages = Map.of();
    }

    private Outcome rebuild(long start, boolean whole, Set<Path> changedFiles) {
        List<Problem> problems = new ArrayList<>(config.problems());
        SiteSources sources = SiteLoader.sources(content, theme, themeProblems);
        problems.addAll(sources.problems());
        LocalDate asOf = options.asOf()
                .or(() -> config.value().flatMap(SiteConfig::asOf))
                .orElseGet(() -> LocalDate.now(clock.withZone(VIETNAM)));
        if (config.value().isEmpty()) {
            return failed(problems, start);
        }
        SiteConfig cfg = options.baseUrl().map(config.value().get()::withBaseUrl).orElse(config.value().get());
        Parsed<Site> assembled = Assembler.assemble(cfg, sources, asOf);
        problems.addAll(assembled.problems());
        if (engine == null) {
            engine = new TemplateEngine(theme, cfg.baseUrl());
        }
        if (!problems.isEmpty()) {
            problems.addAll(engine.check(theme));
            return failed(problems, start);
        }
        Site site = assembled.value().get();
        Parsed<List<KeyedPage>> rendered = new SiteRenderer(markdown, history).render(site, engine, pages);
        if (!rendered.problems().isEmpty()) {
            return failed(rendered.problems(), start);
        }
        Map<String, KeyedPage> newPages = new TreeMap<>();
        rendered.value().get().forEach(p -> newPages.put(p.page().path(), p));
        Map<String, AttachmentSource> newAttachments = new TreeMap<>();
        site.attachments().forEach(a -> newAttachments.put(a.relativePath(), a));
        int renderedCount = (int) newPages.entrySet().stream().filter(e -> pages.get(e.getKey()) != e.getValue()).count();
        Map<String, byte[]> newSearchFiles = new TreeMap<>();
        newSearchFiles.putAll(new SearchIndexer().index(SearchRecords.of(site), cfg.baseUrl()));
        try {
            List<String> changed = whole ? publishWhole(site, newPages, newSearchFiles)
                    : publishChanges(site, newPages, newAttachments, changedFiles, newSearchFiles);
            pages = newPages;
            searchFiles = newSearchFiles;
            assets = site.theme().assets();
            attachments = newAttachments;
            published = true;
            return new Outcome(List.of(), changed, renderedCount, newPages.size(), site.documents().size(), System.nanoTime() - start);
        } catch (PublishException e) {
            return failed(List.of(new Problem(congkhai.base.SourcePos.startOf(options.output().toString()), e.getMessage())), start);
        }
    }

    private List<String> publishWhole(Site site, Map<String, KeyedPage> newPages, Map<String, byte[]> newSearchFiles)
            throws PublishException {
        List<Page> files = new ArrayList<>(newPages.values().stream().map(KeyedPage::page).toList());
        newSearchFiles.forEach((path, bytes) -> files.add(new Page(path, bytes)));
        new SitePublisher().publish(options.output(), siteDir, files, site.theme().assets(), site.attachments());
        return new ArrayList<>(newPages.keySet());
    }

    private List<String> publishChanges(Site site, Map<String, KeyedPage> newPages, Map<String, AttachmentSource> newAttachments,
                                        Set<Path> changedFiles, Map<String, byte[]> newSearchFiles) throws PublishException {
        if (!published) {
            return publishWhole(site, newPages, newSearchFiles);
        }
        Map<String, byte[]> write = new TreeMap<>();
        newPages.forEach((path, p) -> {
            KeyedPage before = pages.get(path);
            if (before != p && (before == null || !Arrays.equals(before.page().content(), p.page().content()))) {
                write.put(path, p.page().content());
            }
        });
        site.theme().assets().forEach((path, bytes) -> {
            if (!Arrays.equals(assets.get(path), bytes)) {
                write.put(path, bytes);
            }
        });
        // search data is not a page a reader has open, so it is written but not reported as changed
        Map<String, byte[]> searchWrite = new TreeMap<>();
        newSearchFiles.forEach((path, bytes) -> {
            if (!Arrays.equals(searchFiles.get(path), bytes)) {
                searchWrite.put(path, bytes);
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
        pages.keySet().stream().filter(p -> !newPages.containsKey(p)).forEach(remove::add);
        assets.keySet().stream().filter(p -> !site.theme().assets().containsKey(p)).forEach(remove::add);

        attachments.keySet().stream().filter(p -> !newAttachments.containsKey(p)).forEach(remove::add);
        Set<String> changed = new TreeSet<>(write.keySet());
        changed.addAll(copy.keySet());
        changed.addAll(remove);
        write.putAll(searchWrite);
        searchFiles.keySet().stream().filter(p -> !newSearchFiles.containsKey(p)).forEach(remove::add);
        new PreviewWriter(options.output()).apply(write, copy, remove);
        return new ArrayList<>(changed);
    }

    private Outcome failed(List<Problem> problems, long start) {
        List<Problem> sorted = problems.stream().distinct().sorted(Problem.BY_POSITION).toList();
        return new Outcome(sorted, List.of(), 0, pages.size(), 0, System.nanoTime() - start);
    }
}
