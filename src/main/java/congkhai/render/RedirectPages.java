package congkhai.render;

import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.base.Problem;
import congkhai.model.Redirect;
import congkhai.model.Urls;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pages at old addresses, of documents (their records' {@code aliases}) and of the site itself
 * ({@code redirects} in {@code site-config.yml}): each sends the reader on to the new page at once, names that page as canonical and asks search engines not to index
 * itself, as Hugo's aliases do. They are no pages of the portal's own: not in the sitemap, the feeds,
 * the search or the open data.
 */
final class RedirectPages {

    static final String TEMPLATE = "redirect.ftlh";

    private RedirectPages() {
    }

    static void plan(Site site, List<PageJob> jobs) {
        for (Redirect r : site.redirects()) {
            jobs.add(new PageJob(r.path(), TEMPLATE, new PageInputs.RedirectPage(r.path(), r.target()), () -> Map.of(
                    "page", new PageInfo(r.path(), site.theme().labels().get("page.redirect.title"), "", "redirect", "", List.of()),
                    "target", r.target())));
        }
    }

    /** The files of redirect pages, which the sitemap leaves out. */
    static Set<String> files(Site site) {
        Set<String> files = new HashSet<>();
        site.redirects().forEach(r -> files.add(Urls.file(r.path())));
        return files;
    }

    /**
     * Aliases that cannot have their page: in a folder kept for generated pages, at the record's own
     * address, taken by another alias, by a page, an attachment or a theme file (also where only
     * case tells them apart), or where a file needs a folder of the same name or the other way round.
     *
     * @param files every file the site's pages are written to, redirect pages included
     */
    static List<Problem> problems(Site site, Collection<String> files, Collection<String> reservedFolders) {
        List<Problem> problems = new ArrayList<>();
        if (site.redirects().isEmpty()) {
            return problems;
        }
        Map<String, Integer> redirectCount = new HashMap<>();
        site.redirects().forEach(r -> redirectCount.merge(Urls.file(r.path()), 1, Integer::sum));
        Map<String, Integer> fileCount = new HashMap<>();
        files.forEach(f -> fileCount.merge(f, 1, Integer::sum));
        TreeMap<String, String> taken = new TreeMap<>();
        fileCount.forEach((file, n) -> {
            if (n > redirectCount.getOrDefault(file, 0)) {
                taken.put(file, "a page the site makes");
            }
        });
        for (Document d : site.documents()) {
            taken.put(Urls.file(d.path()), "the page of " + d.sourcePath());
        }
        site.attachments().forEach(a -> taken.put(a.relativePath(), "the file content/" + a.relativePath()));
        site.theme().assets().keySet().forEach(a -> taken.put(a, "the theme file " + a));

        Map<String, String> takenIgnoringCase = new HashMap<>();
        taken.forEach((file, owner) -> takenIgnoringCase.putIfAbsent(file.toLowerCase(Locale.ROOT), owner));
        Map<String, Redirect> first = new HashMap<>();
        for (Redirect r : site.redirects()) {
            String file = Urls.file(r.path());
            String targetFile = Urls.file(r.target().path());
            String quoted = (r.document() ? "alias '/" : "redirect from '/") + r.path() + "'";
            String top = r.path().contains("/") ? r.path().substring(0, r.path().indexOf('/') + 1) : "";
            if (reservedFolders.contains(top)) {
                problems.add(new Problem(r.pos(), quoted + " is in the folder /" + top + ", which is reserved for pages the site makes"));
            } else if (file.equals(targetFile)) {
                problems.add(new Problem(r.pos(), quoted + (r.document() ? " is this record's own address" : " leads to itself")));
            } else if (!r.document() && !taken.containsKey(targetFile)) {
                problems.add(new Problem(r.pos(), quoted + ": the site makes no page or file at '/" + r.target().path() + "'"
                        + (redirectCount.containsKey(targetFile) ? ", only another redirect; lead to where that one leads" : "")));
            } else if (taken.containsKey(file)) {
                problems.add(new Problem(r.pos(), quoted + " is the address of " + taken.get(file)));
            } else {
                // Windows and macOS hosts keep names that differ only in case as one file
                String folded = file.toLowerCase(Locale.ROOT);
                Redirect earlier = first.putIfAbsent(folded, r);
                if (earlier != null) {
                    problems.add(new Problem(r.pos(), quoted + " is also an alias in " + earlier.pos().path()
                            + (earlier.path().equals(r.path()) ? "" : " ('/" + earlier.path() + "', but for case)")));
                } else if (takenIgnoringCase.containsKey(folded)) {
                    problems.add(new Problem(r.pos(), quoted + " differs only in case from the address of "
                            + takenIgnoringCase.get(folded) + ", and Windows and macOS hosts keep the two as one file"));
                } else {
                    folderClash(file, taken).ifPresent(m -> problems.add(new Problem(r.pos(), quoted + m)));
                }
            }
        }
        return problems;
    }

    /** A file where the redirect page needs a folder, or files inside a folder where it would be a file. */
    private static Optional<String> folderClash(String file, TreeMap<String, String> taken) {
        for (int i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1)) {
            String folder = file.substring(0, i);
            if (taken.containsKey(folder)) {
                return Optional.of(" needs a folder /" + folder + "/, where there is " + taken.get(folder));
            }
        }
        String inside = taken.ceilingKey(file + "/");
        if (inside != null && inside.startsWith(file + "/")) {
            return Optional.of(" would be a file where there is a folder, which holds " + taken.get(inside));
        }
        return Optional.empty();
    }
}
