package congkhai.render;

import congkhai.pages.Page;

import java.util.ArrayList;
import java.util.List;

/**
 * Every file the render stage makes for a site, before any is rendered: the pages to render through
 * templates, the sitemap among them, and the few files made without one (robots.txt, the agency
 * filter's style sheet). The paths have been checked against each other, the records and the
 * attachments.
 *
 * @param view what every template knows of the site, shared by all its pages
 */
public record SitePlan(SiteView view, List<PageJob> jobs, List<Page> files) {

    public SitePlan {
        jobs = List.copyOf(jobs);
        files = List.copyOf(files);
    }

    /** The same plan with {@code view} for every page: an equal view kept from an earlier render, which compares at once. */
    public SitePlan withView(SiteView view) {
        return new SitePlan(view, jobs, files);
    }

    /** How many files the plan makes. */
    public int size() {
        return jobs.size() + files.size();
    }

    /** The path of every file of the plan. */
    public List<String> paths() {
        List<String> paths = new ArrayList<>(size());
        jobs.forEach(job -> paths.add(job.file()));
        files.forEach(file -> paths.add(file.path()));
        return paths;
    }
}
