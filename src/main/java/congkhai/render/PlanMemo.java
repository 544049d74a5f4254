package congkhai.render;

import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.assemble.TaskAnalytics;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one plan of a site worked out that the next plan of the same site can take: a preview plans the
 * whole site again after an edit of a title, a task or a progress update. It keeps the tracker's
 * analytics, which {@link TaskAnalytics#following} takes over where the tasks are sorted and grouped as
 * before, with the scorecards, histories and newest changes worked out from them where the tasks'
 * statuses are as before too; and the sitemap's jobs, while the paths, documents' dates and redirects
 * they are made from stay the same. Not thread-safe: a preview session plans with it, one plan at a
 * time; a build plans once, with a new one.
 */
public final class PlanMemo {

    private TaskAnalytics analytics;
    private Sitemap sitemap;

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
