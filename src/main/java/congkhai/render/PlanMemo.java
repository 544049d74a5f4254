package congkhai.render;

import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.assemble.TaskAnalytics;
import congkhai.load.Labels;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one plan of a site worked out that the next plan of the same site can take: a preview plans the
 * whole site again after an edit of a title, a task or a progress update. It keeps the tracker's
 * analytics, which {@link TaskAnalytics#following} takes over where the tasks are sorted and grouped as
 * before, with the scorecards, histories and newest changes worked out from them where the tasks'
 * statuses are as before too; the sitemap's jobs, while the paths, documents' dates and redirects
 * they are made from stay the same; each agency's chart, drawn again only when its months differ
 * ({@link AgencyCharts}); the feeds' entries of the status changes an edit left as they were; the
 * number registers' sort keys and sorted entries; and the jobs of the task pages of each document
 * that is the same object. A preview session plans with it one plan at a time (the charts and
 * entries are made on the rendering threads, and are safe for them); a build plans once, with a new
 * one.
 */
public final class PlanMemo {

    private TaskAnalytics analytics;
    private Sitemap sitemap;
    private final AgencyCharts charts = new AgencyCharts();
    private CarriedOver<SameObject, FeedEntry> feedEntries;
    private Labels feedWords;
    private URI feedBaseUrl;
    private CarriedOver<SameObject, NumberPages.SortKey> numberKeys;
    private CarriedOver<String, NumberPages.SortedRegister> numberRegisters;
    private CarriedOver<SameObject, TaskPages.DocumentTaskJobs> taskJobs;

    /**
     * The sitemap's jobs, the parts of its list they write and all they were made from: every path,
     * each document's address and date (a document dated to the day gives its page's {@code lastmod}),
     * the redirects, left out, the site's address and how much a sitemap file holds. Making them again
     * walked and sorted the 50,000 paths of a 10,000-record site, a tenth of a preview's plan after a
     * title edit, which changes none of them; a date edit changes one {@code lastmod}.
     */
    private record Sitemap(List<String> paths, List<Document> documents, Set<String> redirects, URI baseUrl, SitemapFiles.Limits limits,
                           List<List<SitemapEntries.Entry>> parts, List<PageJob> jobs) {

        /** Whether this sitemap's list is the one of these paths and redirects, documents aside. */
        boolean listsAlike(List<String> paths, List<Document> documents, Set<String> redirects, URI baseUrl, SitemapFiles.Limits limits) {
            return this.baseUrl.equals(baseUrl) && this.limits.equals(limits) && this.documents.size() == documents.size()
                    && this.redirects.equals(redirects) && samePaths(this.paths, paths);
        }

        /**
         * Whether the two lists hold the same paths, in any order: the paths come in the order of the plan's
         * jobs, where a redated document's page moves with it.
         */
        private static boolean samePaths(List<String> a, List<String> b) {
            if (a.size() != b.size()) {
                return false;
            }
            // each path is in a list once (PathClashes): one met in a single list so far waits here for the other
            Set<String> waiting = new HashSet<>();
            for (int i = 0; i < a.size(); i++) {
                String x = a.get(i);
                String y = b.get(i);
                if (!x.equals(y)) {
                    if (!waiting.remove(x)) {
                        waiting.add(x);
                    }
                    if (!waiting.remove(y)) {
                        waiting.add(y);
                    }
                }
            }
            return waiting.isEmpty();
        }

        /**
         * This sitemap, of the same {@code paths} in their new order, with the {@code lastmod} of each page
         * whose document's date changed in {@code documents} (at the same addresses as this one's, in any
         * order); empty when the documents are at other addresses. A part no change falls in stays the
         * same object, and so does its job.
         */
        Optional<Sitemap> redated(List<String> paths, List<Document> documents) {
            Map<String, Document> moved = new HashMap<>();
            List<Document> now = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                Document was = this.documents.get(i);
                Document is = documents.get(i);
                if (was != is && !(was.path().equals(is.path()) && was.date().equals(is.date()))) {
                    // a document moved in the list shifts the ones between: those come back as the ones they swapped with
                    moved.put(was.path(), was);
                    now.add(is);
                }
            }
            if (now.isEmpty()) {
                return Optional.of(new Sitemap(List.copyOf(paths), documents, redirects, baseUrl, limits, parts, jobs));
            }
            List<List<SitemapEntries.Entry>> redatedParts = new ArrayList<>(parts);
            for (Document is : now) {
                Document was = moved.get(is.path());
                if (was == null) {
                    return Optional.empty();
                }
                Optional<String> lastmod = SitemapEntries.lastmod(is);
                if (!lastmod.equals(SitemapEntries.lastmod(was)) && !redate(redatedParts, SitemapEntries.pathOf(is), lastmod)) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Sitemap(List.copyOf(paths), documents, redirects, baseUrl, limits, redatedParts,
                    SitemapFiles.jobs(redatedParts, parts, jobs)));
        }

        private static final Comparator<SitemapEntries.Entry> BY_PATH = Comparator.comparing(SitemapEntries.Entry::path);

        /** Puts {@code lastmod} in the entry at {@code path} of {@code parts} (each sorted by path, in path order); false when none is there. */
        private static boolean redate(List<List<SitemapEntries.Entry>> parts, String path, Optional<String> lastmod) {
            for (int n = 0; n < parts.size(); n++) {
                List<SitemapEntries.Entry> part = parts.get(n);
                if (part.isEmpty() || part.get(part.size() - 1).path().compareTo(path) < 0) {
                    continue;
                }
                int at = Collections.binarySearch(part, new SitemapEntries.Entry(path, lastmod), BY_PATH);
                if (at < 0) {
                    return false;
                }
                List<SitemapEntries.Entry> redated = new ArrayList<>(part);
                redated.set(at, new SitemapEntries.Entry(path, lastmod));
                parts.set(n, List.copyOf(redated));
                return true;
            }
            return false;
        }
    }

    TaskAnalytics analytics(Site site) {
        analytics = analytics == null
                ? TaskAnalytics.of(site)
                : TaskAnalytics.following(analytics, site.tasks(), site.asOf(), site.config().agencyList());
        return analytics;
    }

    AgencyCharts charts() {
        return charts;
    }

    /**
     * This plan's feed entries of status changes, by change, with those of the last plan's changes that
     * are the same objects, while the words and the site's address are the same.
     */
    CarriedOver<SameObject, FeedEntry> feedEntries(Site site) {
        Labels words = site.theme().labels();
        URI baseUrl = site.config().baseUrl();
        feedEntries = feedEntries == null || !words.equals(feedWords) || !baseUrl.equals(feedBaseUrl) ? CarriedOver.none() : feedEntries.next();
        feedWords = words;
        feedBaseUrl = baseUrl;
        return feedEntries;
    }

    /** This plan's sort keys of the number registers' entries, by document number, with the last plan's. */
    CarriedOver<SameObject, NumberPages.SortKey> numberKeys() {
        numberKeys = CarriedOver.after(numberKeys);
        return numberKeys;
    }

    /** This plan's number registers sorted, by path, with the last plan's. */
    CarriedOver<String, NumberPages.SortedRegister> numberRegisters() {
        numberRegisters = CarriedOver.after(numberRegisters);
        return numberRegisters;
    }

    /** This plan's jobs of each document's task pages, by document, with the last plan's. */
    CarriedOver<SameObject, TaskPages.DocumentTaskJobs> taskJobs() {
        taskJobs = CarriedOver.after(taskJobs);
        return taskJobs;
    }

    /**
     * The sitemap's jobs: those of the last plan when they were made from the same paths, documents and
     * redirects, and with the parts that hold a redated document's page made again when only dates changed.
     */
    List<PageJob> sitemap(Site site, List<String> paths, SitemapFiles.Limits limits) {
        Set<String> redirects = RedirectPages.files(site);
        URI baseUrl = site.config().baseUrl();
        Optional<Sitemap> kept = sitemap != null && sitemap.listsAlike(paths, site.documents(), redirects, baseUrl, limits)
                ? sitemap.redated(paths, site.documents()) : Optional.empty();
        sitemap = kept.orElseGet(() -> {
            List<List<SitemapEntries.Entry>> parts = SitemapFiles.parts(SitemapEntries.of(site, paths), baseUrl, limits);
            return new Sitemap(List.copyOf(paths), site.documents(), redirects, baseUrl, limits, parts,
                    SitemapFiles.jobs(parts, List.of(), List.of()));
        });
        return sitemap.jobs();
    }
}
