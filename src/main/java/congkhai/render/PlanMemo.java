package congkhai.render;

import congkhai.assemble.Site;
import congkhai.assemble.TaskAnalytics;

/**
 * What one plan of a site worked out that the next plan of the same site can take: a preview plans the
 * whole site again after an edit of a title, a task or a progress update. It keeps the tracker's
 * analytics, which {@link TaskAnalytics#following} takes over where the tasks are sorted and grouped as
 * before, with the scorecards, histories and newest changes worked out from them where the tasks'
 * statuses are as before too. Not thread-safe: a preview session plans with it, one plan at a time; a
 * build plans once, with a new one.
 */
public final class PlanMemo {

    private TaskAnalytics analytics;

    TaskAnalytics analytics(Site site) {
        analytics = analytics == null
                ? TaskAnalytics.of(site)
                : TaskAnalytics.following(analytics, site.tasks(), site.asOf(), site.config().agencyList());
        return analytics;
    }
}
