package congkhai.preview;

import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.base.Parallel;
import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.model.Task;
import congkhai.model.Urls;
import congkhai.pages.Page;
import congkhai.render.PageFailure;
import congkhai.render.PageInputs;
import congkhai.render.PageJob;
import congkhai.render.PageRenderer;
import congkhai.render.SitePlan;
import congkhai.render.SiteRenderer;
import congkhai.render.SiteView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The preview's rendering: a page is rendered again only when what it is rendered from changed, and
 * after an edit of records' own fields only the pages that hold those records are, without planning
 * the site. Pages are kept with their {@link PageKey} by the session between edits.
 */
final class PageCache {

    private PageCache() {
    }

    /**
     * Everything a page was rendered from, with the same theme: its template, the site's view and its
     * inputs; an equal key gives the same bytes.
     */
    record PageKey(String template, SiteView view, PageInputs inputs) {
        PageKey swapped(UnaryOperator<Object> swap) {
            return new PageKey(template, view, inputs.swapped(swap));
        }
    }

    /**
     * A rendered page with its key, so a preview can keep the pages whose inputs did not change. Files
     * made without a template (robots.txt) have no key.
     *
     * @param model     the model the template was given, kept for every page but a record's own (whose
     *                  body is large and rendered again anyway), see {@link #renderEdited}
     * @param documents the documents in {@code model}, where {@link #swap} finds them: after an edit of
     *                  one record's own fields, the pages that show it are found by a look at these,
     *                  where walking every kept model took about 90 ms of CPU at ten thousand records
     */
    record KeyedPage(Optional<PageKey> key, Page page, Optional<Map<String, Object>> model, List<Document> documents) {
        KeyedPage {
            documents = List.copyOf(documents);
        }

        /** A page kept with its model, to be rendered again from it when a record it shows is edited. */
        static KeyedPage withModel(PageKey key, Page page, Map<String, Object> model) {
            List<Document> documents = new ArrayList<>();
            documentsIn(model, documents);
            return new KeyedPage(Optional.of(key), page, Optional.of(model), documents);
        }

        /** A page kept without its model: a record's own page, or a file made without a template (no key). */
        static KeyedPage withoutModel(Optional<PageKey> key, Page page) {
            return new KeyedPage(key, page, Optional.empty(), List.of());
        }

        /** Whether its model holds a document that {@code swaps} replaces. */
        boolean shows(Map<Object, Object> swaps) {
            for (Document d : documents) {
                if (swaps.containsKey(d)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The pages of a render, and those of them that are not the earlier render's objects (rendered again,
     * or files made without a template) each with what its path held before, which is all a preview
     * needs to find the files to write; at ten thousand records, looking every page up again by path
     * for that took a tenth of a task edit's rebuild.
     *
     * @param samePaths whether the pages are at the paths of the earlier render's, no more and no fewer
     */
    record Render(List<KeyedPage> pages, List<Redone> redone, boolean samePaths, Aligned aligned) {
        Render {
            pages = List.copyOf(pages);
            redone = List.copyOf(redone);
        }
    }

    /**
     * A render's pages in the order of its plan's jobs, the files made without a template aside. The
     * next render takes the page of a job that is the same object at the same place, with the same
     * view, as it is: the job's template and inputs are then the same objects, so its key is equal.
     * Looking each of the 47,000 pages of a 10,000-record site up by path and comparing its key took
     * about a fifth of a title edit's CPU, most of it waiting for memory; a walk along two lists does not.
     * It holds only while the pages by path it was made with are the preview's ({@code PreviewSession}).
     */
    record Aligned(List<PageJob> jobs, SiteView view, List<KeyedPage> pages) {
        Aligned {
            jobs = List.copyOf(jobs);
            pages = List.copyOf(pages);
        }

        /** The page of {@code job}, at place {@code at} of a plan with {@code view}, when this render had the same job there. */
        KeyedPage pageOf(PageJob job, int at, SiteView view) {
            return this.view == view && at < jobs.size() && jobs.get(at) == job ? pages.get(at) : null;
        }
    }

    /** A page that is not the earlier render's object, and the earlier render's page at its path, if there was one. */
    record Redone(KeyedPage page, Optional<KeyedPage> before) {
        /** Whether its file has to be written: it is new, or its bytes changed. */
        boolean changed() {
            return before.isEmpty() || !Arrays.equals(before.get().page().content(), page.page().content());
        }
    }

    /**
     * Renders every page of {@code plan} whose key differs from the one in {@code previous} (pages of an
     * earlier render of the same theme by path) and takes the others from there as they are; the
     * pages come in the order of the plan's jobs, then its files made without a template. The open
     * data files are not among them: they are made from the whole site, and a preview makes them after
     * the pages ({@link SiteDataWorker}).
     */
    static Parsed<Render> render(SitePlan planned, PageRenderer renderer, Map<String, KeyedPage> previous, Optional<Aligned> last) {
        SitePlan plan = planned.withView(sameView(planned.view(), previous));
        SiteView view = plan.view();
        Queue<Problem> failures = new ConcurrentLinkedQueue<>();
        // the same uneven list of pages as a build's, so the same way onto every core (base.Parallel)
        Queue<Redone> redone = new ConcurrentLinkedQueue<>();
        AtomicInteger atEarlierPaths = new AtomicInteger();
        KeyedPage[] byJob = new KeyedPage[plan.jobs().size()];
        Parallel.forEachAt(plan.jobs(), (job, at) -> {
            try {
                KeyedPage same = last.isPresent() ? last.get().pageOf(job, at, view) : null;
                if (same != null) {
                    atEarlierPaths.incrementAndGet();
                    byJob[at] = same;
                    return;
                }
                Map<String, Object> model = job.inputs().isPresent() ? null : job.model().get();
                PageKey key = new PageKey(job.template(), view, job.inputs().orElseGet(() -> new PageInputs.Model(model)));
                KeyedPage before = previous.get(job.file());
                if (before != null) {
                    atEarlierPaths.incrementAndGet();
                    if (before.key().equals(Optional.of(key))) {
                        byJob[at] = before;
                        return;
                    }
                }
                Map<String, Object> full = new HashMap<>(model != null ? model : job.model().get());
                full.put("site", view);
                Page page = renderer.render(job.file(), job.template(), full);
                boolean recordPage = key.inputs() instanceof PageInputs.DocumentPage;
                KeyedPage made = recordPage ? KeyedPage.withoutModel(Optional.of(key), page) : KeyedPage.withModel(key, page, full);
                redone.add(new Redone(made, Optional.ofNullable(before)));
                byJob[at] = made;
            } catch (PageFailure e) {
                failures.addAll(e.problems());
            }
        });
        if (!failures.isEmpty()) {
            return Parsed.failed(sorted(failures));
        }
        List<KeyedPage> byJobs = Arrays.asList(byJob);
        List<KeyedPage> pages = new ArrayList<>(byJobs.size() + plan.files().size());
        pages.addAll(byJobs);
        for (Page file : plan.files()) {
            KeyedPage before = previous.get(file.path());
            if (before != null) {
                atEarlierPaths.incrementAndGet();
            }
            KeyedPage page = KeyedPage.withoutModel(Optional.empty(), file);
            redone.add(new Redone(page, Optional.ofNullable(before)));
            pages.add(page);
        }
        // the plan's paths are distinct (PathClashes), so as many at earlier paths as there were pages is the same paths
        boolean samePaths = atEarlierPaths.get() == pages.size() && pages.size() == previous.size();
        return Parsed.of(new Render(pages, new ArrayList<>(redone), samePaths, new Aligned(plan.jobs(), view, byJobs)), List.of());
    }

    /**
     * The pages to render again after edits that changed only records' own fields
     * ({@code Assembler.withOwnFieldsEdited}), without planning the site: the edited records' pages,
     * and every page whose model holds one of them, rendered from that model with the record
     * replaced, since no other value in a model is made from those fields. Every other page of
     * {@code previous}, the full render of {@code before}, stays as it is. At ten thousand records
     * this costs a look at each kept page's documents ({@link KeyedPage#documents}), where planning
     * and comparing every page takes about a second.
     */
    static Parsed<List<KeyedPage>> renderEdited(Site before, Site after, SiteRenderer planner, PageRenderer renderer,
                                                Map<String, KeyedPage> previous, Set<String> edited) {
        KeyedPage home = previous.get(Urls.file(Urls.home()));
        if (home == null || home.key().isEmpty()) {
            throw new IllegalArgumentException("previous is not a full render of the site");
        }
        SiteView view = home.key().get().view();
        Map<Object, Object> swaps = new IdentityHashMap<>();
        for (String id : edited) {
            Document was = before.documentsById().get(id);
            Document now = after.documentsById().get(id);
            if (was != null && now != null) {
                swaps.put(was, now);
            }
        }
        Queue<KeyedPage> pages = new ConcurrentLinkedQueue<>();
        Queue<Problem> failures = new ConcurrentLinkedQueue<>();
        for (Object edit : swaps.values()) {
            PageJob job = planner.documentJob(after, (Document) edit);
            try {
                pages.add(KeyedPage.withoutModel(Optional.of(new PageKey(job.template(), view, job.inputs().orElseThrow())),
                        renderer.render(job, view)));
            } catch (PageFailure e) {
                failures.addAll(e.problems());
            }
        }
        previous.values().parallelStream().filter(p -> p.model().isPresent() && p.shows(swaps)).forEach(p -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> model = (Map<String, Object>) swap(p.model().get(), swaps);
            PageKey key = p.key().orElseThrow().swapped(value -> swap(value, swaps));
            try {
                pages.add(KeyedPage.withModel(key, renderer.render(p.page().path(), key.template(), model), model));
            } catch (PageFailure e) {
                failures.addAll(e.problems());
            }
        });
        if (!failures.isEmpty()) {
            return Parsed.failed(sorted(failures));
        }
        return Parsed.of(new ArrayList<>(pages), List.of());
    }

    /**
     * {@code site} with each document equal to the one of the same id in {@code previous} replaced by
     * that one, its tasks with it, in the documents, the tasks and the map by id. A site assembled
     * again makes every document a new object, and a page's key then compares the documents and tasks
     * it lists field by field, the same for each of the 50,000 pages of a 10,000-record site (most of
     * the second the comparison took); the objects of the previous site compare at once. It also keeps
     * the kept pages' models holding the documents of the site they are kept with, which
     * {@link #renderEdited} swaps by identity.
     */
    static Site reusingUnchanged(Site site, Site previous) {
        Map<Object, Object> kept = new IdentityHashMap<>();
        List<Document> documents = new ArrayList<>(site.documents().size());
        for (Document d : site.documents()) {
            Document was = previous.documentsById().get(d.id());
            if (was != null && was != d && was.equals(d)) {
                kept.put(d, was);
                for (int i = 0; i < d.tasks().size(); i++) {
                    kept.put(d.tasks().get(i), was.tasks().get(i));
                }
                documents.add(was);
            } else {
                documents.add(d);
            }
        }
        if (kept.isEmpty()) {
            return site;
        }
        List<Task> tasks = site.tasks().stream().map(t -> (Task) kept.getOrDefault(t, t)).toList();
        Map<String, Document> byId = new HashMap<>(site.documentsById().size() * 2);
        site.documentsById().forEach((id, d) -> byId.put(id, (Document) kept.getOrDefault(d, d)));
        return new Site(site.config(), site.asOf(), documents, tasks, site.citedNumbers(), site.attachments(), site.theme(), byId,
                site.issuedLater(), site.numbers(), site.redirects());
    }

    /**
     * The view of the previous render when it equals {@code view}: every page's key holds the view,
     * and the same object compares at once, where an equal one is compared list by list for each page.
     */
    private static SiteView sameView(SiteView view, Map<String, KeyedPage> previous) {
        KeyedPage home = previous.get(Urls.file(Urls.home()));
        if (home != null && home.key().isPresent() && view.equals(home.key().get().view())) {
            return home.key().get().view();
        }
        return view;
    }

    /** Adds the documents in {@code value} to {@code out}: where {@link #swap} looks for them, in maps and lists at any depth. */
    private static void documentsIn(Object value, List<Document> out) {
        if (value instanceof Document d) {
            out.add(d);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> documentsIn(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> documentsIn(v, out));
        }
    }

    /** {@code value} with the documents that are keys of {@code swaps} replaced, in maps and lists at any depth; itself when none is there. */
    private static Object swap(Object value, Map<Object, Object> swaps) {
        if (value instanceof Document) {
            return swaps.getOrDefault(value, value);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> swapped = null;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object v = swap(e.getValue(), swaps);
                if (v != e.getValue()) {
                    swapped = swapped == null ? new LinkedHashMap<>(map) : swapped;
                    swapped.put(e.getKey(), v);
                }
            }
            return swapped == null ? value : swapped;
        }
        if (value instanceof List<?> list) {
            List<Object> swapped = null;
            for (int i = 0; i < list.size(); i++) {
                Object v = swap(list.get(i), swaps);
                if (v != list.get(i)) {
                    swapped = swapped == null ? new ArrayList<>(list) : swapped;
                    swapped.set(i, v);
                }
            }
            return swapped == null ? value : swapped;
        }
        return value;
    }

    private static List<Problem> sorted(Queue<Problem> problems) {
        TreeSet<Problem> sorted = new TreeSet<>(Problem.BY_POSITION);
        sorted.addAll(problems);
        return new ArrayList<>(sorted);
    }
}
