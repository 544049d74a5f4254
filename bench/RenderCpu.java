import congkhai.assemble.Assembler;
import congkhai.assemble.Site;
import congkhai.base.YamlReader;
import congkhai.config.ConfigLoader;
import congkhai.config.SiteConfig;
import congkhai.history.GitHistory;
import congkhai.load.SiteLoader;
import congkhai.load.SiteSources;
import congkhai.pages.Page;
import congkhai.pages.PageSink;
import congkhai.render.*;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The render stage's CPU per page, apart from the rest of a build and from the other sessions on the
 * machine: loads and assembles a site once, then renders every page of its plan on one thread into a
 * sink that counts the bytes and keeps nothing, several rounds, and reports the thread's CPU time (not
 * wall time, which other work on the machine stretches) for building the pages' models (bodies through
 * flexmark and jsoup) and for their templates and writing, each round and the minimum and median after
 * two warm-up rounds. The bytes per round must be the same for two jars that make the same pages. A site
 * without {@code as_of} is rendered as of 30/06/2025, not today, so that two days' runs agree.
 *
 * <pre>java -cp target/congkhai.jar bench/RenderCpu.java /work/c1k 10</pre>
 */
public class RenderCpu {
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        int rounds = Integer.parseInt(a[1]);
        YamlReader yaml = new YamlReader();
        SiteConfig cfg = ConfigLoader.load(dir, yaml).value().get();
        SiteSources sources = SiteLoader.forOneBuild(yaml, Optional.of(cfg)).load(dir);
        Site site = Assembler.assemble(cfg, sources, cfg.asOf().orElse(LocalDate.of(2025, 6, 30))).value().get();
        SitePlan plan = new SiteRenderer(new MarkdownRenderer(), GitHistory.read(dir, "content/")).plan(site).value().get();
        PageRenderer renderer = new PageRenderer(new TemplateEngine(site.theme(), site.config().baseUrl()));
        long[] bytes = {0};
        PageSink sink = new PageSink() {
            public void accept(Page page) { bytes[0] += page.content().length; }
            public OutputStream open(String path) {
                return new OutputStream() {
                    public void write(int b) { bytes[0]++; }
                    public void write(byte[] b, int off, int len) { bytes[0] += len; }
                };
            }
        };
        var mx = ManagementFactory.getThreadMXBean();
        java.util.List<Long> models = new java.util.ArrayList<>(), templates = new java.util.ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            java.util.List<PageJob> ready = new java.util.ArrayList<>();
            for (PageJob job : plan.jobs()) {
                var model = job.model().get();
                ready.add(new PageJob(job.path(), job.template(), Optional.empty(), () -> model));
            }
            long cpu1 = mx.getCurrentThreadCpuTime();
            for (PageJob job : ready) {
                renderer.render(job, plan.view(), sink);
            }
            long cpu2 = mx.getCurrentThreadCpuTime();
            models.add(cpu1 - cpu0);
            templates.add(cpu2 - cpu1);
            System.out.printf("round %d: %d pages, models %.0f ms, templates+writing %.0f ms, %d bytes%n",
                    r, plan.jobs().size(), (cpu1 - cpu0) / 1e6, (cpu2 - cpu1) / 1e6, bytes[0]);
            bytes[0] = 0;
        }
        int skip = Math.min(2, rounds - 1);
        for (var e : java.util.Map.of("models", models, "templates+writing", templates).entrySet()) {
            var l = new java.util.ArrayList<>(e.getValue().subList(skip, rounds));
            java.util.Collections.sort(l);
            System.out.printf("%s after %d warm-up rounds: min %.0f ms, median %.0f ms, per page min %.1f us%n", e.getKey(), skip,
                    l.get(0) / 1e6, l.get(l.size() / 2) / 1e6, l.get(0) / 1e3 / plan.jobs().size());
        }
    }
}
