package congkhai.pipeline;

import congkhai.assemble.Assembler;
import congkhai.assemble.Document;
import congkhai.assemble.RecordWarnings;
import congkhai.assemble.Site;
import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.base.VietnamTime;
import congkhai.base.YamlReader;
import congkhai.config.ConfigLoader;
import congkhai.config.SiteConfig;
import congkhai.export.BrowserSearchFiles;
import congkhai.export.OpenData;
import congkhai.export.OpenSearchExport;
import congkhai.history.GitHistory;
import congkhai.load.SiteLoader;
import congkhai.load.SiteSources;
import congkhai.output.PublishException;
import congkhai.output.SitePublisher;
import congkhai.pages.Page;
import congkhai.render.LinkChecker;
import congkhai.render.MarkdownRenderer;
import congkhai.render.PageRenderer;
import congkhai.render.SitePlan;
import congkhai.render.SiteRenderer;
import congkhai.render.TemplateEngine;
import congkhai.search.SearchIndexer;
import congkhai.search.SearchRecords;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One build: config, load, assemble, then render and search side by side, then output. Problems of
 * the first three stages are gathered and reported together; nothing is published unless every stage
 * succeeded.
 */
public final class SiteBuild {


    private final Clock clock;
    private final BuildProgress progress;

    public SiteBuild(Clock clock) {
        this(clock, BuildProgress.SILENT);
    }

    public SiteBuild(Clock clock, BuildProgress progress) {
        this.clock = clock;
        this.progress = progress;
    }

    /** The stages up to rendering, without writing anything: what {@code build} checks. */
    public record Rendered(Optional<Site> site, List<Page> pages, List<Problem> problems, LocalDate asOf,
                           Map<String, Integer> bodyLines) {
    }

    public Rendered render(BuildOptions options) {
        long start = System.nanoTime();
        Prepared p = prepare(options, start);
        if (!p.problems().isEmpty() || p.site().isEmpty()) {
            return new Rendered(p.site(), List.of(), p.problems(), p.asOf(), p.bodyLines());
        }
        Site site = p.site().get();
        PageRenderer renderer = new PageRenderer(new TemplateEngine(site.theme(), site.config().baseUrl()));
        List<Problem> syntax = renderer.check(site.theme());
        Parsed<SitePlan> plan = syntax.isEmpty() ? new SiteRenderer(new MarkdownRenderer(), p.history().join()).plan(site)
                : Parsed.failed(syntax);
        Parsed<List<Page>> pages = plan.value().map(renderer::render).orElse(Parsed.failed(plan.problems()));
        pages = new Parsed<>(pages.value().map(rendered -> withOpenData(rendered, site)), pages.problems());
        progress.stageDone(BuildProgress.Stage.RENDER, pages.value().map(List::size).orElse(0), System.nanoTime() - start);
        return new Rendered(p.site(), pages.value().orElse(List.of()), sorted(pages.problems()), p.asOf(), p.bodyLines());
    }

    /** Every file of the site in memory: the rendered pages and the open data files, by path. */
    private static List<Page> withOpenData(List<Page> rendered, Site site) {
        List<Page> all = new ArrayList<>(rendered);
        all.addAll(new OpenData().pages(site));
        all.sort(Comparator.comparing(Page::path));
        return all;
    }

    /** The stages before rendering: config, load, assemble, and the template check when they found problems. */
    private record Prepared(Optional<Site> site, List<Problem> problems, LocalDate asOf, Map<String, Integer> bodyLines,
                            CompletableFuture<GitHistory.Result> history) {
    }

    private Prepared prepare(BuildOptions options, long start) {
        // git history is independent of the content's parsing: read it meanwhile
        CompletableFuture<GitHistory.Result> history = CompletableFuture.supplyAsync(
                () -> GitHistory.read(options.siteDir(), SiteLoader.CONTENT + "/"));
        YamlReader yaml = new YamlReader();
        List<Problem> problems = new ArrayList<>();
        Parsed<SiteConfig> config = ConfigLoader.load(options.siteDir(), yaml);
        problems.addAll(config.problems());
        SiteSources sources = SiteLoader.forOneBuild(yaml, config.value()).load(options.siteDir());
        problems.addAll(sources.problems());
        progress.stageDone(BuildProgress.Stage.LOAD, sources.documents().size(), System.nanoTime() - start);

        LocalDate asOf = options.asOf()
                .or(() -> config.value().flatMap(SiteConfig::asOf))
                .orElseGet(() -> LocalDate.now(clock.withZone(VietnamTime.ZONE)));
        if (config.value().isEmpty()) {
            return new Prepared(Optional.empty(), sorted(problems), asOf, Map.of(), history);
        }
        Map<String, Integer> bodyLines = new HashMap<>();
        sources.documents().forEach(d -> bodyLines.put(d.id(), d.bodyLine()));
        SiteConfig cfg = options.baseUrl().map(config.value().get()::withBaseUrl).orElse(config.value().get());
        Parsed<Site> site = Assembler.assemble(cfg, sources, asOf);
        problems.addAll(site.problems());
        progress.stageDone(BuildProgress.Stage.ASSEMBLE, site.value().map(x -> x.tasks().size()).orElse(0), System.nanoTime() - start);
        if (!problems.isEmpty()) {
            // the templates do not depend on the content: report their mistakes in the same round
            problems.addAll(new TemplateEngine(sources.theme(), cfg.baseUrl()).check(sources.theme()));
        }
        return new Prepared(site.value(), sorted(problems), asOf, bodyLines, history);
    }

    /**
     * Everything {@code build} checks, plus links inside the site and the anchors they point at,
     * without writing anything.
     */
    public BuildReport check(BuildOptions options) {
        long start = System.nanoTime();
        Rendered r = render(options);
        if (!r.problems().isEmpty() || r.site().isEmpty()) {
            return new BuildReport(0, 0, 0, 0, 0, System.nanoTime() - start, r.asOf(), r.problems(), Optional.empty());
        }
        Site site = r.site().get();
        List<Problem> links = new LinkChecker().check(site, r.pages(), r.bodyLines());
        progress.stageDone(BuildProgress.Stage.CHECK_LINKS, links.size(), System.nanoTime() - start);
        Map<String, String> sources = new HashMap<>();
        for (Document d : site.documents()) {
            try {
                sources.put(d.sourcePath(), Files.readString(options.siteDir().resolve(d.sourcePath())));
            } catch (IOException | RuntimeException e) {
                // the record was read a moment ago; without its text a warning points at its first line
            }
        }
        return new BuildReport(site.documents().size(), site.issuedLater(), r.pages().size(), 0, 0, System.nanoTime() - start, r.asOf(),
                sorted(links), Optional.empty(), RecordWarnings.of(site, sources));
    }

    /**
     * Checks and writes the site. Pages go to the output stage as they are rendered, so memory holds
     * the site's records but never all of its pages.
     */
    public BuildReport build(BuildOptions options) {
        long start = System.nanoTime();
        Prepared p = prepare(options, start);
        if (!p.problems().isEmpty() || p.site().isEmpty()) {
            return new BuildReport(0, 0, 0, 0, 0, System.nanoTime() - start, p.asOf(), p.problems(), Optional.empty());
        }
        Site site = p.site().get();
        SiteRenderer planner = new SiteRenderer(new MarkdownRenderer(), p.history().join());
        PageRenderer renderer = new PageRenderer(new TemplateEngine(site.theme(), site.config().baseUrl()));
        AtomicInteger searchFileCount = new AtomicInteger();
        try {
            SitePublisher.Streamed written = new SitePublisher().publish(options.output(), options.siteDir(), sink -> {
                List<Problem> syntax = renderer.check(site.theme());
                if (!syntax.isEmpty()) {
                    return syntax;
                }
                Parsed<SitePlan> plan = planner.plan(site);
                if (plan.value().isEmpty()) {
                    return plan.problems();
                }
                // The search stage reads the site, not the pages, so it runs beside the render. Each
                // stage has parts on one thread (the copy of the index into one segment), and at a
                // small site's size much of either is loading and compiling its classes, which the
                // other core can do meanwhile.
                AbandonableSink searchSink = new AbandonableSink(sink);
                CompletableFuture<Integer> search = CompletableFuture.supplyAsync(() -> {
                    int files = new SearchIndexer(congkhai.search.SearchAliases.of(site.config().agencyList()),
                            site.config().agencyList(), new BrowserSearchFiles()).index(SearchRecords.of(site), site.config().baseUrl(), searchSink);
                    progress.stageDone(BuildProgress.Stage.SEARCH, files, System.nanoTime() - start);
                    return files;
                }, SiteBuild::runOnOwnThread);
                List<Problem> problems;
                try {
                    problems = renderer.render(plan.value().get(), sink);
                    if (problems.isEmpty()) {
                        new OpenData().write(site, sink);
                        progress.stageDone(BuildProgress.Stage.RENDER, plan.value().get().jobs().size(), System.nanoTime() - start);
                    }
                } catch (RuntimeException | Error e) {
                    searchSink.abandon(search);
                    throw e;
                }
                if (!problems.isEmpty()) {
                    // nothing is published: the search is stopped rather than let index the whole site
                    searchSink.abandon(search);
                    return problems;
                }
                searchFileCount.set(joined(search));
                return List.of();
            }, site.theme().assets(), site.attachments());
            if (written.written().isEmpty()) {
                return new BuildReport(0, 0, 0, 0, 0, System.nanoTime() - start, p.asOf(), sorted(written.problems()), Optional.empty());
            }
            SitePublisher.Result result = written.written().get();
            progress.stageDone(BuildProgress.Stage.WRITE, result.files(), System.nanoTime() - start);
            int pages = result.files() - site.theme().assets().size() - site.attachments().size() - searchFileCount.get();
            return new BuildReport(site.documents().size(), site.issuedLater(), pages, result.files(), result.bytes(),
                    System.nanoTime() - start, p.asOf(), List.of(), Optional.empty());
        } catch (PublishException e) {
            return new BuildReport(site.documents().size(), site.issuedLater(), 0, 0, 0, System.nanoTime() - start, p.asOf(),
                    List.of(), Optional.of(e.getMessage()));
        }
    }

    private static void runOnOwnThread(Runnable stage) {
        Thread thread = new Thread(stage, "congkhai-search");
        thread.setDaemon(true);
        thread.start();
    }

    /** The stage's result once it is done; what it threw, thrown here as it was. */
    private static <T> T joined(CompletableFuture<T> stage) {
        try {
            return stage.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Checks the site as {@code build} does and writes its search records for an OpenSearch cluster
     * into the output folder (replaced whole, as a build's): the index definition and a bulk file.
     */
    public ExportReport exportOpenSearch(BuildOptions options, String index) {
        long start = System.nanoTime();
        Prepared p = prepare(options, start);
        if (!p.problems().isEmpty() || p.site().isEmpty()) {
            return new ExportReport(0, 0, System.nanoTime() - start, p.asOf(), p.problems(), Optional.empty());
        }
        Site site = p.site().get();
        List<SearchRecords.Entry> records = SearchRecords.of(site);
        try {
            SitePublisher.Streamed written = new SitePublisher().publish(options.output(), options.siteDir(), sink -> {
                new OpenSearchExport().write(records, site.config().baseUrl(), index, sink);
                return List.of();
            }, Map.of(), List.of());
            long bytes = written.written().map(SitePublisher.Result::bytes).orElse(0L);
            return new ExportReport(records.size(), bytes, System.nanoTime() - start, p.asOf(), written.problems(), Optional.empty());
        } catch (PublishException e) {
            return new ExportReport(0, 0, System.nanoTime() - start, p.asOf(), List.of(), Optional.of(e.getMessage()));
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().distinct().sorted(Problem.BY_POSITION).toList();
    }
}
