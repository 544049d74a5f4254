package congkhai.render;

import congkhai.base.Parallel;
import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.load.Theme;
import congkhai.pages.Page;
import congkhai.pages.PageSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The second step of rendering: a job of a {@link SitePlan} through its template, into a page in
 * memory or straight into a sink. Pure but for the sink: the same job and view give the same bytes.
 */
public final class PageRenderer {

    private final TemplateEngine engine;

    public PageRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The theme's template syntax errors: none may remain before a page is rendered. */
    public List<Problem> check(Theme theme) {
        return engine.check(theme);
    }

    /** The model a job's template is given: the job's own and the site's view. */
    public static Map<String, Object> model(PageJob job, SiteView view) {
        Map<String, Object> model = new HashMap<>(job.model().get());
        model.put("site", view);
        return model;
    }

    /** One job's page in memory. */
    public Page render(PageJob job, SiteView view) {
        return render(job.file(), job.template(), model(job, view));
    }

    /** The page at {@code file} made by {@code template} from {@code model}, the site's view in it. */
    public Page render(String file, String template, Map<String, Object> model) {
        try {
            return Page.text(file, engine.render(template, model));
        } catch (TemplateEngine.TemplateFailure e) {
            throw new PageFailure(List.of(e.problem()));
        }
    }

    /** One job's page written to the sink while its template runs, so it is never whole in memory. */
    public void render(PageJob job, SiteView view, PageSink sink) {
        Map<String, Object> model = model(job, view);
        // the sink's stream buffers the bytes of a whole page; Utf8Writer only encodes into a small buffer
        try (Writer out = new Utf8Writer(sink.open(job.file()))) {
            engine.render(job.template(), model, out);
        } catch (TemplateEngine.TemplateFailure e) {
            throw new PageFailure(List.of(e.problem()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders every file of the plan straight into {@code sink}, keeping none: what {@code build}
     * does. Any problem returned means the files already given to the sink must be thrown away.
     */
    public List<Problem> render(SitePlan plan, PageSink sink) {
        Queue<Problem> failures = new ConcurrentLinkedQueue<>();
        Parallel.forEach(plan.jobs(), job -> {
            try {
                render(job, plan.view(), sink);
            } catch (PageFailure e) {
                failures.addAll(e.problems());
            }
        });
        if (!failures.isEmpty()) {
            return sorted(failures);
        }
        plan.files().forEach(sink::accept);
        return List.of();
    }

    /** Every file of the plan in memory, by path: what {@code check} reads. */
    public Parsed<List<Page>> render(SitePlan plan) {
        Queue<Problem> failures = new ConcurrentLinkedQueue<>();
        Queue<Page> pages = new ConcurrentLinkedQueue<>(plan.files());
        Parallel.forEach(plan.jobs(), job -> {
            try {
                pages.add(render(job, plan.view()));
            } catch (PageFailure e) {
                failures.addAll(e.problems());
            }
        });
        if (!failures.isEmpty()) {
            return Parsed.failed(sorted(failures));
        }
        List<Page> all = new ArrayList<>(pages);
        all.sort(Comparator.comparing(Page::path));
        return Parsed.of(all, List.of());
    }

    static List<Problem> sorted(Iterable<Problem> problems) {
        TreeSet<Problem> sorted = new TreeSet<>(Problem.BY_POSITION);
        problems.forEach(sorted::add);
        return new ArrayList<>(sorted);
    }
}
