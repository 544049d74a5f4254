package congkhai.render;

import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.assemble.TaskAnalytics;
import congkhai.load.Labels;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one plan of a site worked out that the next plan of the same site can take: a preview plans the
 * whole site again after an edit of a title, a task or a progress update. It keeps the tracker's
 * analytics, which {@link TaskAnalytics#following} takes over where the tasks are sorted and grouped as
 * before, with the scorecards, histories and newest changes worked out from them where the tasks'
 * statuses are as before too; the sitemap's jobs, while the paths, documents' dates and redirects
 * they are made from stay the same; each agency's chart, drawn again only when its months differ
 * ({@link AgencyCharts}); the feeds' entries of the status changes an edit left as they were; and the
 * number registers' sort keys. A preview session plans with it one plan at a time (the charts and entries are
 * made on the rendering threads, and are safe for them); a build plans once, with a new one.
 */
public final class PlanMemo {

    private TaskAnalytics analytics;
    private Sitemap sitemap;
    private final AgencyCharts charts = new AgencyCharts();
    private CarriedOver<SameObject, FeedEntry> feedEntries;
    private Labels feedWords;
    private URI feedBaseUrl;
    private CarriedOver<SameObject, NumberPages.SortKey> numberKeys;

    /**
     * The sitemap's jobs and all they were made from: every path, each document's address and date (a
     * document dated to the day gives its page's {@code lastmod}), the redirects, left out, the site's
     * address and how much a sitemap file holds. Making them again walked and sorted the 50,000 paths of
     * a 10,000-record site, a tenth of a preview's plan after a title edit, which changes none of them.
     */
    private record Sitemap(List<String> paths, List<Document> documents, Set<String> redirects, URI baseUrl, SitemapFiles.Limits limits,
                           List<PageJob> jobs) {

        boolean madeFrom(List<String> paths, List<Document> documents, Set<String> redirects, URI baseUrl, SitemapFiles.Limits limits) {
            if (!this.baseUrl.equals(baseUrl) || !this.limits.equals(limits) || this.documents.size() != documents.size()
                    || !this.redirects.equals(redirects)) {
                return false;
            }
            for (int i = 0; i < documents.size(); i++) {
                Document was = this.documents.get(i);
                Document now = documents.get(i);
                if (was != now && !(was.path().equals(now.path()) && was.date().equals(now.date()))) {
                    return false;
                }
            }
            return this.paths.equals(paths);
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
        numberKeys = numberKeys == null ? CarriedOver.none() : numberKeys.next();
        return numberKeys;
    }

    /** The sitemap's jobs, those of the last plan when they were made from the same paths, documents and redirects. */
    List<PageJob> sitemap(Site site, List<String> paths, SitemapFiles.Limits limits, Supplier<List<PageJob>> make) {
        Set<String> redirects = RedirectPages.files(site);
        URI baseUrl = site.config().baseUrl();
        if (sitemap == null || !sitemap.madeFrom(paths, site.documents(), redirects, baseUrl, limits)) {
            sitemap = new Sitemap(List.copyOf(paths), site.documents(), redirects, baseUrl, limits, make.get());
        }
        return sitemap.jobs();
    }
}
