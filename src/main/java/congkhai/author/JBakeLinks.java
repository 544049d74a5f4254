package congkhai.author;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a link of a JBake page leads on the new portal. Links are read as a browser read them on the
 * JBake site: relative to the page's address there, from the site's root, or absolute with site.host;
 * a relative link that leads nowhere from the page is tried from the content file's folder and from
 * the root, where JBake publishes its assets. The new link is relative to the new page, so the portal
 * works under any base URL.
 */
final class JBakeLinks {

    /** What a link leads to. */
    sealed interface Target permits Outside, Page, File, Nowhere, Unpublished {
    }

    /** Another site, a mail address, or an anchor on the same page: left as it is. */
    record Outside() implements Target {
    }

    /** @param path a page of the new portal, under its root ("blog/x/", "" for the home page) */
    record Page(String path, String fragment) implements Target {
    }

    /** @param file a file of the JBake site published as it is */
    record File(JBakeSite.SiteFile file, String fragment) implements Target {
    }

    /** @param path where the link led on the JBake site, under its root; nothing is there */
    record Nowhere(String path) implements Target {
    }

    /** A link of a kind the portal does not publish ({@code file:}, {@code javascript:}): its cleaning would drop it. */
    record Unpublished() implements Target {
    }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    /** The schemes a portal's bodies keep (its HTML cleaning drops the others). */
    private static final List<String> PUBLISHED_SCHEMES = List.of("http", "https", "mailto", "ftp");

    private final URI siteHost;
    private final String hostPath;
    private final Map<String, String> pages;
    private final Map<String, JBakeSite.SiteFile> files;

    /**
     * @param pages JBake addresses (page URLs, old redirect pages, source files) to new page paths
     * @param files files JBake published as they are, by address
     */
    JBakeLinks(String siteHost, Map<String, String> pages, Map<String, JBakeSite.SiteFile> files) {
        URI host;
        try {
            host = URI.create(siteHost.strip());
        } catch (IllegalArgumentException e) {
            host = URI.create("http://jbake.invalid/");
        }
        this.siteHost = host;
        String path = host.getPath() == null ? "" : host.getPath();
        this.hostPath = path.endsWith("/") ? path : path + "/";
        this.pages = new HashMap<>(pages);
        this.files = new HashMap<>(files);
    }

    /**
     * @param pageUrl    the linking page's address on the JBake site ({@code blog/2013/x.html})
     * @param sourcePath its content file, under content/ ({@code blog/2013/x.md})
     */
    Target resolve(String pageUrl, String sourcePath, String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#")) {
            return new Outside();
        }
        int hash = h.indexOf('#');
        String fragment = hash < 0 ? "" : h.substring(hash + 1);
        String path = hash < 0 ? h : h.substring(0, hash);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        boolean relative = false;
        if (path.startsWith("//")) {
            path = "http:" + path;
        }
        if (SCHEME.matcher(path).matches()) {
            String scheme = path.substring(0, path.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!PUBLISHED_SCHEMES.contains(scheme)) {
                return new Unpublished();
            }
            Optional<String> onSite = onSiteHost(path);
            if (onSite.isEmpty()) {
                return new Outside();
            }
            path = onSite.get();
        } else if (path.startsWith("/")) {
            path = path.startsWith(hostPath) ? path.substring(hostPath.length()) : path.substring(1);
        } else {
            relative = true;
        }
        String decoded = decode(path);
        List<String> candidates = new ArrayList<>();
        if (relative) {
            normalize(folderOf(pageUrl) + decoded).ifPresent(candidates::add);
            normalize(folderOf(sourcePath) + decoded).ifPresent(candidates::add);
        }
        normalize(decoded).ifPresent(candidates::add);
        for (String c : candidates) {
            Optional<Target> found = lookup(c, fragment);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return new Nowhere(candidates.isEmpty() ? decoded : candidates.get(0));
    }

    private Optional<Target> lookup(String path, String fragment) {
        List<String> forms = path.isEmpty() || path.endsWith("/") ? List.of(path, path + "index.html")
                : List.of(path, path + "/", path + "/index.html");
        for (String form : forms) {
            if (pages.containsKey(form)) {
                return Optional.of(new Page(pages.get(form), fragment));
            }
        }
        JBakeSite.SiteFile file = files.get(path);
        return file == null ? Optional.empty() : Optional.of(new File(file, fragment));
    }

    /** The path under the JBake site's root of an absolute URL on site.host, or empty for another site. */
    private Optional<String> onSiteHost(String url) {
        URI uri;
        try {
            uri = URI.create(url.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || siteHost.getHost() == null
                || !uri.getHost().equalsIgnoreCase(siteHost.getHost())) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!(path + "/").startsWith(hostPath)) {
            return Optional.empty();
        }
        return Optional.of(path.length() < hostPath.length() ? "" : path.substring(hostPath.length()));
    }

    /** {@code a/b/} for {@code a/b/x.html}. */
    private static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** {@code a/./b/../c} as {@code a/c}; empty when it climbs above the root. */
    static Optional<String> normalize(String path) {
        List<String> out = new ArrayList<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("..")) {
                if (out.isEmpty()) {
                    return Optional.empty();
                }
                out.remove(out.size() - 1);
            } else if (!p.equals(".") && !(p.isEmpty() && i < parts.length - 1)) {
                out.add(p);
            }
        }
        boolean folder = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..") || path.equals(".") || path.equals("..");
        String joined = String.join("/", out);
        if (folder && !joined.isEmpty() && !joined.endsWith("/")) {
            joined += "/";
        }
        return Optional.of(joined);
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /**
     * The link from the page {@code fromPage} (a folder, "blog/x/") to {@code target} ("about/logo.png",
     * "blog/y/", "" for the home page), relative, each name percent-encoded as a URL needs.
     */
    static String relative(String fromPage, String target, String fragment) {
        String[] from = fromPage.isEmpty() ? new String[0] : fromPage.substring(0, fromPage.length() - 1).split("/");
        String[] to = target.split("/", -1);
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("../".repeat(from.length - common));
        for (int i = common; i < to.length; i++) {
            sb.append(encode(to[i]));
            if (i < to.length - 1) {
                sb.append('/');
            }
        }
        String link = sb.length() == 0 ? "./" : sb.toString();
        return fragment.isEmpty() ? link : link + "#" + fragment;
    }

    /** One name of a path as a URL carries it: letters and digits as they are, anything else percent-encoded. */
    private static String encode(String name) {
        StringBuilder sb = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&*+,;=:@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
