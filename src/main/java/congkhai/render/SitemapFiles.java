package congkhai.render;

import congkhai.model.Urls;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sitemap's files. A site whose URLs fit in one file has the one {@code sitemap.xml} it always had;
 * a larger one has its URLs in numbered files of at most {@link Limits} each, and {@code sitemap.xml}
 * becomes their index, so robots.txt and search consoles keep the one address (sitemaps.org's
 * "Using Sitemap index files").
 */
final class SitemapFiles {

    /** What one file of a sitemap may hold. */
    record Limits(int urls, long bytes) {
        Limits {
            if (urls < 1 || bytes < 1) {
                throw new IllegalArgumentException("a sitemap file holds at least one URL: " + urls + " URLs, " + bytes + " bytes");
            }
        }
    }

    /** sitemaps.org's limits for one sitemap file: 50,000 URLs and 50 MB (52,428,800 bytes) uncompressed. */
    static final Limits PROTOCOL = new Limits(50_000, 52_428_800);

    private static final String URL_SET_TEMPLATE = "sitemap.ftlx";
    private static final String INDEX_TEMPLATE = "sitemap-index.ftlx";

    /*
     * Upper bounds of what the built-in sitemap.ftlx writes around the URLs: the XML declaration and
     * the <urlset> element (113 bytes), and around each URL its <url>, <loc> and <lastmod> (53 bytes).
     * A theme's own sitemap.ftlx is not measured: a full file of 50,000 URLs leaves it about 1,000
     * bytes a URL, address and markup together, which only very long addresses come near.
     */
    private static final long FILE_MARKUP = 256;
    private static final long URL_MARKUP = 64;

    private SitemapFiles() {
    }

    /**
     * The jobs of the sitemap cut into {@code parts}: the one file when there is one part, else a file
     * of each part and their index. Where a part is the same object as in {@code lastParts}, its job is
     * the one in {@code lastJobs}, the jobs made of those parts.
     */
    static List<PageJob> jobs(List<List<SitemapEntries.Entry>> parts, List<List<SitemapEntries.Entry>> lastParts, List<PageJob> lastJobs) {
        boolean sameCut = lastParts.size() == parts.size();
        if (parts.size() <= 1) {
            return sameCut && lastParts.get(0) == parts.get(0) ? lastJobs : List.of(urlSet(Urls.sitemap(), parts.get(0)));
        }
        // the index is not split in turn: its own limit, 50,000 files, is billions of URLs away
        List<PageJob> jobs = new ArrayList<>(parts.size() + 1);
        List<SitemapEntries.Entry> index = new ArrayList<>(parts.size());
        for (int n = 1; n <= parts.size(); n++) {
            List<SitemapEntries.Entry> part = parts.get(n - 1);
            jobs.add(sameCut && lastParts.get(n - 1) == part ? lastJobs.get(n - 1) : urlSet(Urls.sitemapPart(n), part));
            index.add(new SitemapEntries.Entry(Urls.sitemapPart(n), newest(part)));
        }
        jobs.add(new PageJob(Urls.sitemap(), INDEX_TEMPLATE, new PageInputs.Sitemap(index), () -> Map.of("sitemaps", index)));
        return jobs;
    }

    /**
     * {@code entries}, sorted by path, cut in their order into runs that each fit in one file. A URL's
     * share of a file is bounded by its address alone ({@link #URL_MARKUP} holds a {@code lastmod}), so
     * entries that differ only in their {@code lastmod} are cut alike.
     */
    static List<List<SitemapEntries.Entry>> parts(List<SitemapEntries.Entry> entries, URI baseUrl, Limits limits) {
        String base = baseUrl.toString();
        List<List<SitemapEntries.Entry>> parts = new ArrayList<>();
        int start = 0;
        long bytes = FILE_MARKUP;
        for (int i = 0; i < entries.size(); i++) {
            long entryBytes = urlBytes(base, entries.get(i));
            // a URL too long for any file alone still gets a file of its own rather than none
            if (i > start && (i - start == limits.urls() || bytes + entryBytes > limits.bytes())) {
                parts.add(List.copyOf(entries.subList(start, i)));
                start = i;
                bytes = FILE_MARKUP;
            }
            bytes += entryBytes;
        }
        if (start < entries.size() || parts.isEmpty()) {
            parts.add(List.copyOf(entries.subList(start, entries.size())));
        }
        return parts;
    }

    /** At least the bytes the built-in sitemap.ftlx writes for {@code entries}, the whole file. */
    static long sizeBound(List<SitemapEntries.Entry> entries, URI baseUrl) {
        String base = baseUrl.toString();
        return FILE_MARKUP + entries.stream().mapToLong(e -> urlBytes(base, e)).sum();
    }

    /** The bytes of one URL's element at most: its address as {@code absUrl} writes it, escaped for XML, and the markup. */
    private static long urlBytes(String base, SitemapEntries.Entry entry) {
        String url = base + TemplateEngine.encodePath(entry.path());
        long bytes = URL_MARKUP + url.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            // '&' becomes "&amp;", '\'' "&apos;"; encodePath leaves no '<', '>' or '"'
            bytes += c == '&' ? 4 : c == '\'' ? 5 : 0;
        }
        return bytes;
    }

    private static PageJob urlSet(String path, List<SitemapEntries.Entry> entries) {
        return new PageJob(path, URL_SET_TEMPLATE, new PageInputs.Sitemap(entries), () -> Map.of("entries", entries));
    }

    /** The day the newest dated page of a part changed, which the index gives as the part's {@code lastmod}. */
    private static Optional<String> newest(List<SitemapEntries.Entry> part) {
        return part.stream().map(SitemapEntries.Entry::lastmod).flatMap(Optional::stream).max(String::compareTo);
    }
}
