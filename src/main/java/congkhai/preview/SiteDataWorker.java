package congkhai.preview;

import congkhai.assemble.Site;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.export.BrowserSearchFiles;
import congkhai.export.OpenData;
import congkhai.model.Urls;
import congkhai.output.PreviewWriter;
import congkhai.output.PublishException;
import congkhai.pages.Page;
import congkhai.search.SearchIndexer;
import congkhai.search.SearchRecords;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Brings the files a preview makes from the whole site at once (the Lucene index, the browser's
 * search data and the open data files) up to date on a thread of its own, after an edit's pages
 * are published: at ten thousand records they take seconds, an edited page should show at once.
 *
 * <p>The latest site wins: a site handed over while another is being indexed replaces it, and one
 * that is already outdated when its files are ready is thrown away unwritten. Work starts only once
 * no rebuild has run for {@link #QUIET_MILLIS}, counted from the end of the last one, never while
 * one runs ({@link #rebuilding}): while a webmaster saves again and again, the work would be thrown
 * away, and it would take a core from the rebuild of the next save. At ten thousand records a
 * rebuild after a title edit takes more than that second, and counting it from the hand-over let the
 * indexing start in the middle of the next rebuild. A rebuild that starts while a site is being
 * worked on makes that work outdated: it stops at the next record it indexes, or the next step,
 * rather than finish for nothing beside the rebuild. One site is worked on
 * at a time, on one core, so the next edit's pages keep the other. Each file is written in one
 * rename, the files that point to the others ({@code index.json.gz}, Lucene's {@code segments_N})
 * last, and only files whose bytes changed are written.
 */
final class SiteDataWorker implements AutoCloseable {

    /**
     * What one update of the site data did.
     *
     * @param written files written or removed
     */
    record Outcome(List<Problem> problems, int written, long nanos) {
        Outcome {
            problems = List.copyOf(problems);
        }
    }

    /** Written after every other file, as they name the others. */
    private static final Comparator<String> POINTERS_LAST = Comparator
            .comparing((String path) -> path.equals(Urls.searchIndex()) || path.startsWith(Urls.luceneIndex() + "segments"))
            .thenComparing(Comparator.naturalOrder());

    static final long QUIET_MILLIS = 1_000;

    private final Path output;
    private final Consumer<Outcome> report;
    private final Thread thread;
    /** Where indexing runs its parallel work: one thread, so an edit's rebuild keeps a core. */
    private final ForkJoinPool pool = new ForkJoinPool(1);
    /** Held while writing, so closing waits for a write under way and none starts after. */
    private final Object writing = new Object();

    // guarded by this
    private Site pending;
    /** When the last rebuild ended, or the last site was handed over. */
    private long pendingSince;
    /** A rebuild is under way: a site it hands over will replace anything worked on now. */
    private boolean rebuilding;
    /** Bumped by every rebuild's start, so work on a site can tell that a newer one is coming. */
    private long rebuilds;
    private boolean closed;
    // guarded by writing
    private Map<String, byte[]> published = Map.of();

    SiteDataWorker(Path output, Consumer<Outcome> report) {
        this.output = output;
        this.report = report;
        this.thread = new Thread(this::run, "congkhai-site-data");
        thread.setDaemon(true);
        thread.start();
    }

    /** The site data of {@code site}, as a whole build publishes it. */
    static List<Page> files(Site site) {
        List<Page> files = searchFiles(site, SearchRecords.of(site));
        files.addAll(new OpenData().pages(site));
        return files;
    }

    private static List<Page> searchFiles(Site site, List<SearchRecords.Entry> entries) {
        List<Page> files = new ArrayList<>();
        new SearchIndexer(congkhai.search.SearchAliases.of(site.config().agencyList()), site.config().agencyList(), new BrowserSearchFiles())
                .index(entries, site.config().baseUrl()).forEach((path, bytes) -> files.add(new Page(path, bytes)));
        return files;
    }

    /** Thrown out of an indexing that a newer rebuild made outdated. */
    private static final class Outdated extends RuntimeException {
        Outdated() {
            super("outdated by a newer rebuild", null, false, false);
        }
    }

    /**
     * The records to index, which the indexer reads piece by piece as it goes: each read first checks
     * that no rebuild started since, and stops the indexing when one did, so that the seconds of
     * indexing a large site leave the cores to the rebuild rather than make files it outdates.
     */
    private static final class Stoppable extends AbstractList<SearchRecords.Entry> implements RandomAccess {
        private final List<SearchRecords.Entry> entries;
        private final BooleanSupplier outdated;

        Stoppable(List<SearchRecords.Entry> entries, BooleanSupplier outdated) {
            this.entries = entries;
            this.outdated = outdated;
        }

        @Override
        public SearchRecords.Entry get(int index) {
            if (outdated.getAsBoolean()) {
                throw new Outdated();
            }
            return entries.get(index);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    /** The files a whole publish wrote, the base later updates are compared with. */
    void published(List<Page> files) {
        synchronized (writing) {
            published = byPath(files);
        }
    }

    /** Brings the site data up to {@code site}, replacing any site handed over earlier and not yet started. */
    synchronized void submit(Site site) {
        pending = site;
        pendingSince = System.nanoTime();
        notifyAll();
    }

    /** A rebuild starts: no work starts until it is over, and work under way is outdated. */
    synchronized void rebuilding() {
        rebuilding = true;
        rebuilds++;
    }

    /** The rebuild is over, whether it handed over a site or failed: the quiet time counts from now. */
    synchronized void rebuilt() {
        rebuilding = false;
        pendingSince = System.nanoTime();
        notifyAll();
    }

    private synchronized Optional<Site> next() throws InterruptedException {
        while (!closed) {
            if (pending == null || rebuilding) {
                wait();
                continue;
            }
            long quietFor = QUIET_MILLIS - (System.nanoTime() - pendingSince) / 1_000_000;
            if (quietFor <= 0) {
                break;
            }
            wait(quietFor);
        }
        Site site = pending;
        pending = null;
        return Optional.ofNullable(site);
    }

    /** Whether work started at rebuild number {@code since} should be dropped: a newer site is coming, or the worker is closed. */
    private synchronized boolean outdated(long since) {
        return pending != null || closed || rebuilds != since;
    }

    private synchronized long rebuilds() {
        return rebuilds;
    }

    private void run() {
        try {
            for (Optional<Site> site = next(); site.isPresent(); site = next()) {
                update(site.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void update(Site site) throws InterruptedException {
        long start = System.nanoTime();
        long since = rebuilds();
        Map<String, byte[]> files;
        try {
            // the open data after the search files, unless a rebuild started meanwhile
            Optional<List<Page>> made = pool.submit(() -> {
                List<Page> search = searchFiles(site, new Stoppable(SearchRecords.of(site), () -> outdated(since)));
                if (outdated(since)) {
                    return Optional.<List<Page>>empty();
                }
                List<Page> all = new ArrayList<>(search);
                all.addAll(new OpenData().pages(site));
                return Optional.of(all);
            }).get();
            if (made.isEmpty()) {
                return;
            }
            files = byPath(made.get());
        } catch (RejectedExecutionException e) {
            // closed between taking the site and handing it to the pool: nothing to write
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Outdated) {
                return;
            }
            report.accept(new Outcome(List.of(problem("cannot make the search and open data files: " + e.getCause())), 0,
                    System.nanoTime() - start));
            return;
        }
        synchronized (writing) {
            if (outdated(since)) {
                return;
            }
            Map<String, byte[]> write = new TreeMap<>(POINTERS_LAST);
            files.forEach((path, bytes) -> {
                if (!Arrays.equals(published.get(path), bytes)) {
                    write.put(path, bytes);
                }
            });
            List<String> remove = published.keySet().stream().filter(p -> !files.containsKey(p)).toList();
            try {
                new PreviewWriter(output).apply(write, Map.of(), remove);
                published = files;
                report.accept(new Outcome(List.of(), write.size() + remove.size(), System.nanoTime() - start));
            } catch (PublishException e) {
                // what was written is unknown: the next update compares with nothing and writes everything
                published = Map.of();
                report.accept(new Outcome(List.of(problem(e.getMessage())), 0, System.nanoTime() - start));
            }
        }
    }

    private Problem problem(String message) {
        return new Problem(SourcePos.startOf(output.toString()), message);
    }

    private static Map<String, byte[]> byPath(List<Page> files) {
        Map<String, byte[]> map = new TreeMap<>();
        files.forEach(p -> map.put(p.path(), p.content()));
        return map;
    }

    /** Stops the worker; a write under way is finished first, an indexing under way is abandoned. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        synchronized (writing) {
            pool.shutdownNow();
        }
    }
}
