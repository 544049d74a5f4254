package congkhai.render;

import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.model.Urls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The sitemap's list: every HTML page of the site but the 404 page and the redirects. */
final class SitemapEntries {

    /**
     * One URL of the sitemap, {@code lastmod} for documents dated to the day; in the index of a split
     * sitemap, one of its files, with the newest {@code lastmod} of its URLs.
     */
    public record Entry(String path, Optional<String> lastmod) {
    }

    private SitemapEntries() {
    }

    /** The entries of the files at {@code paths}, by path. */
    static List<Entry> of(Site site, List<String> paths) {
        Map<String, String> lastmod = new HashMap<>();
        for (Document d : site.documents()) {
            lastmod(d).ifPresent(day -> lastmod.put(Urls.file(d.path()), day));
        }
        Set<String> redirects = RedirectPages.files(site);
        List<Entry> entries = new ArrayList<>();
        for (String file : paths) {
            if (!file.endsWith(".html") || file.equals(Urls.notFound()) || redirects.contains(file)) {
                continue;
            }
            entries.add(new Entry(Urls.pathOfFile(file), Optional.ofNullable(lastmod.get(file))));
        }
        entries.sort(Comparator.comparing(Entry::path));
        return entries;
    }

    /** The {@code lastmod} of a document's page: its day, when it is dated to the day. */
    static Optional<String> lastmod(Document d) {
        return d.date().isDay() ? Optional.of(d.date().iso()) : Optional.empty();
    }

    /** The path of a document's page in the sitemap. */
    static String pathOf(Document d) {
        return Urls.pathOfFile(Urls.file(d.path()));
    }
}
