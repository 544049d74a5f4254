package congkhai.author;

import congkhai.load.AttachmentTypes;
import congkhai.text.Folding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files of a JBake site that are no pages: which the portal publishes at the address JBake gave
 * them (every file JBake published from its content folder, and every asset a page uses), and which
 * stay behind, and why.
 */
final class JBakeFiles {

    private final JBakeSite site;
    private final Map<String, JBakeSite.SiteFile> publishedAt = new HashMap<>();
    private final Map<String, String> copyTo = new TreeMap<>();
    private final Set<String> used = new HashSet<>();

    JBakeFiles(JBakeSite site) {
        this.site = site;
        // JBake copies its assets first and its content's files over them, so a content file wins an address
        site.files().stream().filter(JBakeSite.SiteFile::inContent).forEach(f -> f.url().ifPresent(url -> publishedAt.putIfAbsent(url, f)));
        site.files().forEach(f -> f.url().ifPresent(url -> publishedAt.putIfAbsent(url, f)));
    }

    /** The files JBake published as they are, by address. */
    Map<String, JBakeSite.SiteFile> publishedAt() {
        return Collections.unmodifiableMap(publishedAt);
    }

    /** Every file JBake published from its content folder keeps its address, used by a page or not. */
    void copyPublishedContent() {
        for (JBakeSite.SiteFile f : site.files()) {
            if (f.inContent() && f.url().isPresent() && publishedAt.get(f.url().get()) == f) {
                copy(f);
            }
        }
    }

    /** A file a page uses: where its copy is under content/, or empty when the portal cannot publish it. */
    Optional<String> use(JBakeSite.SiteFile f) {
        used.add(f.path());
        return copy(f);
    }

    /** Why the portal cannot publish {@code f}. */
    static String refusal(JBakeSite.SiteFile f) {
        return AttachmentTypes.refusal(nameOf(f.path())).orElse("its name is hidden, which congkhai skips");
    }

    List<JBakeMigration.Copy> copies() {
        List<JBakeMigration.Copy> copies = new ArrayList<>();
        copyTo.forEach((from, to) -> copies.add(new JBakeMigration.Copy(from, to)));
        return copies;
    }

    /** @param aliased the addresses of old redirect pages that became aliases of a page */
    List<JBakeMigration.Left> left(Set<String> aliased) {
        List<JBakeMigration.Left> left = new ArrayList<>();
        for (JBakeSite.SiteFile f : site.files()) {
            if (copyTo.containsKey(f.path())) {
                continue;
            }
            if (f.redirectTo().isPresent() && aliased.contains(addressOf(f.path().substring(JBakeSite.CONTENT_PREFIX.length())))) {
                continue;
            }
            String why;
            if (f.url().isEmpty()) {
                why = f.redirectTo().isPresent() ? f.note() + ", which is no page of the site" : f.note();
            } else if (publishedAt.get(f.url().get()) != f) {
                why = "JBake published " + publishedAt.get(f.url().get()).path() + " at the same address";
            } else if (f.inContent() || used.contains(f.path())) {
                why = "JBake published it as it is, but " + refusal(f);
            } else {
                why = "no imported page uses it (an asset of JBake's theme?)";
            }
            left.add(new JBakeMigration.Left(f.path(), why));
        }
        return left;
    }

    /** The address a browser shows for a file under content/: {@code a/index.html} is {@code a/}. */
    static String addressOf(String rel) {
        if (rel.equals("index.html")) {
            return rel;
        }
        return rel.endsWith("/index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel;
    }

    private Optional<String> copy(JBakeSite.SiteFile f) {
        String url = f.url().orElseThrow();
        if (AttachmentTypes.refusal(nameOf(url)).isPresent() || url.startsWith(".") || url.contains("/.")) {
            return Optional.empty();
        }
        return Optional.of(copyTo.computeIfAbsent(f.path(), k -> safePath(url)));
    }

    /** Names a web address cannot carry or Windows cannot store are made slugs, keeping the extension. */
    private static String safePath(String url) {
        List<String> parts = new ArrayList<>();
        for (String part : url.split("/")) {
            boolean bad = part.chars().anyMatch(c -> c < 0x20 || "<>:\"|?*\\#%".indexOf(c) >= 0) || part.endsWith(".") || part.endsWith(" ");
            if (bad) {
                int dot = part.lastIndexOf('.');
                String stem = Folding.slug(dot > 0 ? part.substring(0, dot) : part);
                part = (stem.isEmpty() ? "tep" : stem) + (dot > 0 ? part.substring(dot).toLowerCase(Locale.ROOT) : "");
            }
            parts.add(part);
        }
        return String.join("/", parts);
    }

    private static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
