package congkhai.render;

import congkhai.assemble.Document;
import congkhai.assemble.Site;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.model.Urls;
import congkhai.pages.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds links inside the site that lead nowhere: a page, asset or attachment that is not
 * published, or an anchor the target page does not have. A broken link written in a record's body
 * is reported at that line of the record; one that comes from the theme is reported once, at the
 * theme, with the first page it appears on.
 */
public final class LinkChecker {

    private record Link(String fromPage, String href, String targetFile, String fragment) {
    }

    private record Scan(Set<String> ids, List<Link> links) {
    }

    /**
     * @param bodyStartLines record id to the line of its file where the Markdown body starts, so a
     *                       broken link in a body is reported where it was written
     */
    public List<Problem> check(Site site, List<Page> pages, Map<String, Integer> bodyStartLines) {
        URI base = site.config().baseUrl();
        Set<String> files = new HashSet<>();
        pages.forEach(p -> files.add(p.path()));
        files.addAll(site.theme().assets().keySet());
        site.attachments().forEach(a -> files.add(a.relativePath()));

        Map<String, Scan> scans = pages.parallelStream().filter(Page::isHtml)
                .collect(Collectors.toConcurrentMap(Page::path, p -> scan(base, p)));

        Map<String, Document> documentsByPage = new HashMap<>();
        site.documents().forEach(d -> documentsByPage.put(Urls.file(d.path()), d));

        List<Problem> problems = new ArrayList<>();
        Map<String, List<String>> fromTheme = new TreeMap<>();
        for (Page page : pages) {
            Scan scan = scans.get(page.path());
            if (scan == null) {
                continue;
            }
            for (Link link : scan.links()) {
                Optional<String> broken = brokenBecause(link, files, scans);
                if (broken.isEmpty()) {
                    continue;
                }
                Document d = documentsByPage.get(page.path());
                Optional<SourcePos> inBody = d == null ? Optional.empty()
                        : locateInBody(d, link.href(), bodyStartLines.getOrDefault(d.id(), 1));
                if (inBody.isPresent()) {
                    problems.add(new Problem(inBody.get(), "link '" + link.href() + "' " + broken.get()));
                } else {
                    fromTheme.computeIfAbsent("link '" + link.href() + "' " + broken.get(), k -> new ArrayList<>()).add(page.path());
                }
            }
        }
        fromTheme.forEach((message, onPages) -> problems.add(new Problem(SourcePos.startOf("templates"),
                message + " (on " + onPages.size() + " page" + (onPages.size() == 1 ? "" : "s") + ", first /" + onPages.get(0) + ")")));
        return problems;
    }

    private static Optional<String> brokenBecause(Link link, Set<String> files, Map<String, Scan> scans) {
        String target = link.targetFile();
        // a link without its folder's slash still reaches the folder's page
        String file = files.contains(target) ? target
                : files.contains(Urls.file(target + "/")) ? Urls.file(target + "/") : null;
        if (file == null) {
            return Optional.of("leads to /" + target + ", which the site does not have");
        }
        if (!link.fragment().isEmpty() && scans.containsKey(file) && !scans.get(file).ids().contains(link.fragment())) {
            return Optional.of("leads to anchor #" + link.fragment() + ", which /" + file + " does not have");
        }
        return Optional.empty();
    }

    private static Scan scan(URI base, Page page) {
        org.jsoup.nodes.Document html = Jsoup.parse(new String(page.content(), StandardCharsets.UTF_8));
        Set<String> ids = new HashSet<>();
        for (Element e : html.select("[id]")) {
            ids.add(e.id());
        }
        for (Element e : html.select("a[name]")) {
            ids.add(e.attr("name"));
        }
        URI pageUri = base.resolve(Urls.pathOfFile(page.path()));
        List<Link> links = new ArrayList<>();
        for (Element e : html.select("a[href], link[href], img[src], script[src], source[src]")) {
            String href = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (e.tagName().equals("link") && !e.attr("rel").matches("(?i).*(stylesheet|icon|alternate|canonical).*")) {
                continue;
            }
            internalTarget(base, pageUri, href).ifPresent(t -> links.add(new Link(page.path(), href, t[0], t[1])));
        }
        return new Scan(ids, links);
    }

    /** The file under the site root and the fragment a link leads to, when it stays inside the site. */
    private static Optional<String[]> internalTarget(URI base, URI page, String href) {
        if (href.isBlank() || href.startsWith("mailto:") || href.startsWith("tel:")) {
            return Optional.empty();
        }
        URI resolved;
        try {
            resolved = page.resolve(new URI(href.strip().replace(" ", "%20")));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (resolved.getScheme() != null && !resolved.getScheme().equals(base.getScheme())
                || resolved.getHost() != null && !resolved.getHost().equalsIgnoreCase(base.getHost())
                || resolved.getPort() != base.getPort()) {
            return Optional.empty();
        }
        String path = resolved.getRawPath() == null ? "" : resolved.getRawPath();
        String basePath = base.getRawPath();
        if (!path.startsWith(basePath)) {
            return Optional.empty();
        }
        String relative = URLDecoder.decode(path.substring(basePath.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        String fragment = resolved.getRawFragment() == null ? "" : URLDecoder.decode(resolved.getRawFragment(), StandardCharsets.UTF_8);
        return Optional.of(new String[] {Urls.file(relative), fragment});
    }

    /** The line and column of the record's body where {@code href} is written, if it is written there. */
    private static Optional<SourcePos> locateInBody(Document d, String href, int bodyLine) {
        String body = d.body().text();
        int at = body.indexOf(href);
        if (at < 0) {
            return Optional.empty();
        }
        int line = bodyLine;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.of(new SourcePos(d.sourcePath(), line, at - lineStart + 1));
    }
}
