package congkhai.render;

import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.model.Redirect;
import congkhai.model.Urls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Files of the site that would be written to the same path: found on the plan, before anything is rendered. */
final class PathClashes {

    private PathClashes() {
    }

    /** The clashes between the files at {@code paths}, the records, the attachments and the redirects. */
    static List<Problem> of(Site site, List<String> paths) {
        List<Problem> problems = new ArrayList<>(collisions(site, paths));
        problems.addAll(duplicatePaths(site, paths));
        problems.addAll(RedirectPages.problems(site, paths, Urls.reservedFolders()));
        return problems;
    }

    /**
     * Whether {@code added} files, put among the {@code claimed} ones, could make {@link #of} find more:
     * a claimed path, an attachment, or a redirect's address or target (or a folder of one) names one
     * of them, whatever the case. When none does, the clashes of the claimed files are all there are.
     */
    static boolean mayClash(Site site, List<String> claimed, List<String> added) {
        for (String file : added) {
            String lower = file.toLowerCase(Locale.ROOT);
            for (String path : claimed) {
                if (path.equalsIgnoreCase(file)) {
                    return true;
                }
            }
            for (var a : site.attachments()) {
                if (a.relativePath().equalsIgnoreCase(file)) {
                    return true;
                }
            }
            for (Redirect r : site.redirects()) {
                for (String named : List.of(Urls.file(r.path()), Urls.file(r.target().path()))) {
                    String n = named.toLowerCase(Locale.ROOT);
                    if (n.equals(lower) || n.startsWith(lower + "/") || lower.startsWith(n + "/")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<Problem> duplicatePaths(Site site, List<String> paths) {
        Set<String> seen = new HashSet<>(paths.size() * 2);
        Set<String> redirects = RedirectPages.files(site);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> recordOf = null;
        for (String path : paths) {
            // a redirect page's clashes are reported at its alias
            if (!seen.add(path) && !redirects.contains(path)) {
                if (recordOf == null) {
                    recordOf = new HashMap<>();
                    for (Document d : site.documents()) {
                        recordOf.put(Urls.file(d.path()), d.sourcePath());
                    }
                }
                String owner = recordOf.getOrDefault(path, "content");
                problems.add(new Problem(SourcePos.startOf(owner), "two pages of the site would be written to /" + path
                        + " (a record's folder has the same name as one of its tasks?)"));
            }
        }
        return problems;
    }

    /** Generated pages and content files must not claim the same path. */
    private static List<Problem> collisions(Site site, List<String> paths) {
        List<Problem> problems = new ArrayList<>();
        List<String> reserved = Urls.reservedFolders();
        for (Document d : site.documents()) {
            String top = d.id().substring(0, d.id().indexOf('/') < 0 ? d.id().length() : d.id().indexOf('/')) + "/";
            if (reserved.contains(top)) {
                problems.add(new Problem(SourcePos.startOf(d.sourcePath()), "the folder content/" + top
                        + " is reserved for generated pages; move this record to another folder"));
            }
        }
        // the attachments, fewer than the pages, are looked for among them, rather than every page put in a map
        Set<String> attachments = new HashSet<>();
        site.attachments().forEach(a -> attachments.add(a.relativePath()));
        Set<String> overwritten = new HashSet<>();
        if (!attachments.isEmpty()) {
            for (String path : paths) {
                if (attachments.contains(path)) {
                    overwritten.add(path);
                }
            }
            for (Document d : site.documents()) {
                String file = Urls.file(d.path());
                if (attachments.contains(file)) {
                    overwritten.add(file);
                }
            }
        }
        for (var a : site.attachments()) {
            if (overwritten.contains(a.relativePath()) || site.theme().assets().containsKey(a.relativePath())) {
                problems.add(new Problem(SourcePos.startOf("content/" + a.relativePath()), "this file would overwrite a page of the site"));
            }
        }
        return problems;
    }
}
