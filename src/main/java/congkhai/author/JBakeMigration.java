package congkhai.author;

import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.config.SiteConfig;
import congkhai.load.Aliases;
import congkhai.model.DocType;
import congkhai.model.Topic;
import congkhai.model.Urls;
import congkhai.text.Folding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A JBake site as a congkhai portal: every page a record in the same folders, every file JBake
 * published and every image or attachment the pages use copied to the same address, links rewritten
 * for the new addresses, and every old address of a page kept answering through the record's
 * {@code aliases}. What cannot move is named, with the reason.
 */
public final class JBakeMigration {

    /** @param path under content/, e.g. {@code blog/2024/x.md} */
    public record NewRecord(String path, String text) {
    }

    /**
     * A file of the JBake site the portal publishes at the same address.
     *
     * @param from under the JBake site folder ({@code assets/img/x.jpg})
     * @param to   under the portal's content/ ({@code img/x.jpg})
     */
    public record Copy(String from, String to) {
    }

    /** A file of the JBake site that does not move, and why. */
    public record Left(String path, String why) {
    }

    /**
     * What was found and what became of it, for the summary.
     *
     * @param published   files JBake published as they are (in content/)
     * @param assets      files of the assets folder
     * @param skipped     files JBake itself does not publish
     * @param redirects   old pages that only send readers on to another
     * @param rewritten   links and image sources pointed at the new addresses
     * @param dropped     links that led nowhere on the JBake site, removed with their text kept
     */
    public record Counts(int found, int pages, int drafts, int published, int assets, int templates, int skipped,
                         int redirects, int copied, int rewritten, int dropped, int aliases) {
    }

    /**
     * An address of a page JBake made itself, to keep answering through {@code redirects} in
     * {@code site-config.yml}; both from the site's root.
     */
    public record SiteRedirect(String from, String to) {
    }

    /** @param redirects the old addresses of JBake's own pages (archive, tags) and the portal's pages they lead to */
    public record Plan(List<NewRecord> records, List<Copy> copies, List<Left> left, List<Problem> problems,
                       Map<String, Integer> unknownTags, Counts counts, List<SiteRedirect> redirects) {
        public Plan {
            redirects = List.copyOf(redirects);
            records = List.copyOf(records);
            copies = List.copyOf(copies);
            left = List.copyOf(left);
            problems = List.copyOf(problems);
            unknownTags = Map.copyOf(unknownTags);
        }
    }

    /** The portal's own pages JBake's generated pages become. */
    private static final Map<String, String> GENERATED = Map.of("index", Urls.home(), "archive", Urls.documents(), "feed", Urls.feed(),
            "sitemap", Urls.sitemap());
    /** The portal's own files at the root, which no alias may take. */
    private static final Set<String> ROOT_FILES = Set.of(Urls.file(Urls.home()), Urls.notFound());

    private final JBakeSite site;
    private final SiteConfig config;
    private final JBakeBody body = new JBakeBody();
    private final Map<String, String> idOf = new LinkedHashMap<>();
    private final JBakeFiles files;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, List<String>> stubAliases = new HashMap<>();
    private final Map<String, Integer> unknownTags = new TreeMap<>();
    private JBakeLinks links;
    private int rewritten;
    private int dropped;

    private JBakeMigration(JBakeSite site, SiteConfig config) {
        this.site = site;
        this.config = config;
        this.files = new JBakeFiles(site);
    }

    /** The records, copies and leftovers of {@code site}; nothing is written. */
    public static Plan plan(JBakeSite site, SiteConfig config, LocalDate today) {
        return new JBakeMigration(site, config).plan(today);
    }

    private Plan plan(LocalDate today) {
        Set<String> ids = new HashSet<>();
        Map<String, String> pages = new HashMap<>();
        for (JBakeSite.Entry e : site.entries()) {
            String id = uniqueId(e.path(), ids);
            idOf.put(e.path(), id);
            pages.put(e.url(), id + "/");
            pages.put(e.path(), id + "/");
        }
        site.generated().forEach((kind, path) -> {
            if (GENERATED.containsKey(kind)) {
                pages.put(path, GENERATED.get(kind));
            }
        });
        tagPages(pages);
        links = new JBakeLinks(site.siteHost(), pages, files.publishedAt());
        stubAliases(pages);
        // links to an old redirect page lead where it led
        links = new JBakeLinks(site.siteHost(), pages, files.publishedAt());

        List<NewRecord> records = new ArrayList<>();
        int drafts = 0;
        int aliases = 0;
        // an old address that differs from a new one only in case would be one file on Windows and macOS hosts
        Set<String> newPages = new HashSet<>();
        pages.values().forEach(p -> newPages.add(p.toLowerCase(Locale.ROOT)));
        for (JBakeSite.Entry e : site.entries()) {
            Record r = record(e, today, newPages);
            records.add(new NewRecord(idOf.get(e.path()) + ".md", r.text()));
            drafts += r.draft() ? 1 : 0;
            aliases += r.aliases();
        }
        files.copyPublishedContent();
        List<Copy> copies = files.copies();
        Set<String> aliased = new HashSet<>();
        stubAliases.values().forEach(aliased::addAll);
        List<Left> left = files.left(aliased);
        problems.addAll(site.problems());
        List<Problem> distinct = problems.stream().distinct().sorted(Problem.BY_POSITION).toList();
        int published = (int) site.files().stream().filter(f -> f.inContent() && f.url().isPresent()).count();
        int assets = (int) site.files().stream().filter(f -> !f.inContent() && f.url().isPresent()).count();
        int templates = (int) site.files().stream().filter(f -> !f.inContent() && f.url().isEmpty()).count();
        int skipped = (int) site.files().stream().filter(f -> f.inContent() && f.url().isEmpty() && f.redirectTo().isEmpty()).count();
        int redirects = (int) site.files().stream().filter(f -> f.inContent() && f.redirectTo().isPresent()).count();
        Counts counts = new Counts(site.entries().size() + site.files().size() + site.problems().size(), site.entries().size(),
                drafts, published, assets, templates, skipped, redirects, copies.size(), rewritten, dropped, aliases);
        return new Plan(records, copies, left, distinct, unknownTags, counts, siteRedirects(newPages));
    }

    /**
     * JBake's archive and the tag pages of tags that became topics of published records, where their
     * new pages are elsewhere: pages JBake made that no record holds, so their old addresses are kept
     * by the config rather than by aliases. The feed stays at the web server: a feed reader does not
     * follow a redirect page.
     */
    private List<SiteRedirect> siteRedirects(Set<String> newPagesLowerCase) {
        Map<String, String> redirects = new LinkedHashMap<>();
        String archive = site.generated().getOrDefault("archive", "archive.html");
        redirects.put("/" + archive, "/" + GENERATED.get("archive"));
        String folder = site.generated().getOrDefault("tags", "tags");
        for (JBakeSite.Entry e : site.entries()) {
            if (!e.status().equals("published")) {
                continue;
            }
            for (String tag : e.tags()) {
                topicOf(tag).ifPresent(id -> {
                    redirects.putIfAbsent("/" + folder + "/" + tag + ".html", "/" + Urls.topic(config.topics().get(id)));
                    redirects.putIfAbsent("/" + folder + "/" + tag.replace(' ', '-') + ".html", "/" + Urls.topic(config.topics().get(id)));
                });
            }
        }
        Set<String> configured = new HashSet<>();
        config.redirects().forEach(r -> configured.add(r.from().value()));
        List<SiteRedirect> out = new ArrayList<>();
        redirects.forEach((from, to) -> {
            String path = from.substring(1);
            if (Aliases.mistake(from).isEmpty() && !configured.contains(from) && !ROOT_FILES.contains(path)
                    && !newPagesLowerCase.contains(path.toLowerCase(Locale.ROOT))) {
                out.add(new SiteRedirect(from, to));
            }
        });
        return out;
    }

    /** A record id from a content path: each name as a slug, {@code about/index.html} as {@code about}; unique. */
    private static String uniqueId(String path, Set<String> taken) {
        String name = path.contains(".") && path.lastIndexOf('.') > path.lastIndexOf('/') ? path.substring(0, path.lastIndexOf('.')) : path;
        if (name.endsWith("/index")) {
            name = name.substring(0, name.length() - "/index".length());
        }
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            String slug = Folding.slug(part);
            parts.add(slug.isEmpty() ? "trang" : slug);
        }
        String base = String.join("/", parts);
        String id = base;
        for (int i = 2; !taken.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /** JBake's tag pages lead to the topic pages of the tags that are topics. */
    private void tagPages(Map<String, String> pages) {
        String folder = site.generated().getOrDefault("tags", "tags");
        for (JBakeSite.Entry e : site.entries()) {
            for (String tag : e.tags()) {
                topicOf(tag).ifPresent(id -> {
                    pages.put(folder + "/" + tag + ".html", Urls.topic(config.topics().get(id)));
                    pages.put(folder + "/" + tag.replace(' ', '-') + ".html", Urls.topic(config.topics().get(id)));
                });
            }
        }
    }

    /** The topic a tag names: by id, or by name, ignoring case and accents. */
    private Optional<String> topicOf(String tag) {
        String slug = Folding.slug(tag);
        if (config.topics().containsKey(slug)) {
            return Optional.of(slug);
        }
        for (Topic t : config.topicList()) {
            if (Folding.slug(t.name()).equals(slug)) {
                return Optional.of(t.id());
            }
        }
        return Optional.empty();
    }

    /**
     * HTML files that only send readers to one of the pages (left from an older site) name old
     * addresses of that page: they become its aliases.
     */
    private void stubAliases(Map<String, String> pages) {
        for (JBakeSite.SiteFile f : site.files()) {
            if (f.redirectTo().isEmpty() || !f.inContent()) {
                continue;
            }
            String rel = f.path().substring(JBakeSite.CONTENT_PREFIX.length());
            String address = JBakeFiles.addressOf(rel);
            if (links.resolve(rel, rel, f.redirectTo().get()) instanceof JBakeLinks.Page p && !p.path().isEmpty()
                    && idOf.containsValue(p.path().substring(0, p.path().length() - 1))) {
                stubAliases.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(address);
                pages.put(rel, p.path());
                pages.put(address, p.path());
            }
        }
    }

    private record Record(String text, boolean draft, int aliases) {
    }

    /** Posts become news; pages notices marked for review; tags that are topics, topics; anything but published, a draft. */
    private Record record(JBakeSite.Entry e, LocalDate today, Set<String> newPages) {
        String id = idOf.get(e.path());
        String page = id + "/";
        List<String> review = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        DocType type = e.type().equals("page") ? DocType.NOTICE : DocType.NEWS;
        if (e.type().equals("page")) {
            review.add("a JBake page; congkhai publishes documents, so it is a notice here: change its type, or remove it");
        } else if (!e.type().equals("post")) {
            review.add("JBake type '" + e.type() + "' is imported as news");
        }
        List<String> topics = new ArrayList<>();
        List<String> otherTags = new ArrayList<>();
        for (String tag : e.tags()) {
            Optional<String> topic = topicOf(tag);
            if (topic.isPresent()) {
                if (!topics.contains(topic.get())) {
                    topics.add(topic.get());
                }
            } else {
                otherTags.add(tag);
                unknownTags.merge(tag, 1, Integer::sum);
            }
        }
        if (!otherTags.isEmpty()) {
            review.add("tags that are no topic of site-config.yml: " + String.join(", ", otherTags));
        }
        e.warnings().forEach(w -> review.add("Asciidoctor warned: " + w));
        if (!e.otherHeader().isEmpty()) {
            List<String> fields = new ArrayList<>();
            e.otherHeader().forEach((k, v) -> fields.add(k + "=" + v));
            review.add("JBake header fields congkhai has no field for: " + String.join(", ", fields));
        }
        boolean draft = !e.status().equals("published");
        String statusNote = "";
        if (e.status().equals("published-date")) {
            draft = e.date().isEmpty() || e.date().get().isAfter(today);
            statusNote = draft ? "# JBake status published-date: publish it on its date" : "";
        } else if (draft) {
            statusNote = "# JBake status: " + e.status();
        }

        Attempt attempt = new Attempt();
        String text = bodyOf(e, page, attempt, review, comments);
        rewritten += attempt.rewritten;
        dropped += attempt.dropped.size() + attempt.unpublished.size();
        if (!attempt.dropped.isEmpty()) {
            review.add("links that led nowhere on the JBake site were removed, their text kept: " + String.join(", ", attempt.dropped));
        }
        if (!attempt.unpublished.isEmpty()) {
            review.add("links of a kind the portal does not publish were removed, their text kept: " + String.join(", ", attempt.unpublished));
        }

        Set<String> aliases = new LinkedHashSet<>();
        List<String> candidates = new ArrayList<>();
        candidates.add(JBakeFiles.addressOf(e.url()));
        candidates.addAll(stubAliases.getOrDefault(page, List.of()));
        for (String old : candidates) {
            String alias = "/" + old;
            if (old.equals(page)) {
                continue;
            }
            Optional<String> mistake = Aliases.mistake(alias);
            if (ROOT_FILES.contains(old) || newPages.contains(old.toLowerCase(Locale.ROOT)) || mistake.isPresent()) {
                review.add("the old address " + alias + " cannot lead here: "
                        + mistake.orElse("it is the address of another page of the portal"));
            } else {
                aliases.add(alias);
            }
        }

        StringBuilder y = new StringBuilder("---\n");
        y.append("# Imported from JBake (content/").append(e.path()).append(", published at /").append(e.url()).append(").\n");
        comments.forEach(c -> y.append("# ").append(c).append('\n'));
        for (String note : review) {
            y.append("# REVIEW: ").append(note).append('\n');
        }
        y.append("type: ").append(type.code()).append('\n');
        y.append("title: ").append(RecordText.quote(e.title().isEmpty() ? e.path() : e.title())).append('\n');
        if (e.date().isEmpty()) {
            y.append("# REVIEW: the JBake file has no date (JBake dated it by the file's time); today is used\n");
        }
        y.append("date: ").append(e.date().orElse(today)).append('\n');
        if (!topics.isEmpty()) {
            y.append("topics: [").append(String.join(", ", topics)).append("]\n");
        }
        if (!aliases.isEmpty()) {
            y.append("aliases:                           # the addresses it had on the JBake site, which keep leading here\n");
            aliases.forEach(a -> y.append("  - ").append(RecordText.quote(a)).append('\n'));
        }
        if (draft) {
            y.append("draft: true                        ").append(statusNote).append('\n');
        }
        y.append("---\n\n").append(text);
        return new Record(y.toString(), draft, aliases.size());
    }

    /** What one rewriting of a body did to its links. */
    private static final class Attempt {
        int rewritten;
        final List<String> dropped = new ArrayList<>();
        final List<String> unpublished = new ArrayList<>();
    }

    private String bodyOf(JBakeSite.Entry e, String page, Attempt attempt, List<String> review, List<String> comments) {
        if (e.format() == JBakeSite.Format.MARKDOWN && e.markdown().isPresent()) {
            Optional<String> differs = body.differs(e.markdown().get(), e.html());
            if (differs.isEmpty()) {
                Attempt markdownAttempt = new Attempt();
                Optional<String> kept = body.rewriteMarkdown(e.markdown().get(), rewriter(e, page, markdownAttempt));
                if (kept.isPresent()) {
                    attempt.rewritten = markdownAttempt.rewritten;
                    return kept.get();
                }
                comments.add("The body is the HTML JBake made of the Markdown: a link in it led nowhere or was written in HTML.");
            } else {
                review.add("the body is the HTML JBake made of the Markdown, because congkhai's Markdown would show it"
                        + " differently: " + differs.get());
            }
        } else if (e.format() == JBakeSite.Format.ASCIIDOC) {
            comments.add("The body is the HTML JBake's Asciidoctor made of the AsciiDoc file.");
        }
        return body.rewriteHtml(e.html(), rewriter(e, page, attempt));
    }

    private Function<String, JBakeBody.Rewrite> rewriter(JBakeSite.Entry e, String page, Attempt attempt) {
        return href -> {
            JBakeLinks.Target t = links.resolve(e.url(), e.path(), href);
            if (t instanceof JBakeLinks.Page p) {
                attempt.rewritten++;
                return new JBakeBody.To(JBakeLinks.relative(page, p.path(), p.fragment()));
            }
            if (t instanceof JBakeLinks.File f) {
                Optional<String> to = files.use(f.file());
                if (to.isEmpty()) {
                    problems.add(new Problem(SourcePos.startOf(f.file().path()), JBakeFiles.refusal(f.file())
                            + "; content/" + e.path() + " links to it"));
                    return new JBakeBody.Keep();
                }
                attempt.rewritten++;
                return new JBakeBody.To(JBakeLinks.relative(page, to.get(), f.fragment()));
            }
            if (t instanceof JBakeLinks.Nowhere) {
                attempt.dropped.add(href.strip());
                return new JBakeBody.Drop();
            }
            if (t instanceof JBakeLinks.Unpublished) {
                attempt.unpublished.add(href.strip());
                return new JBakeBody.Drop();
            }
            return new JBakeBody.Keep();
        };
    }
}
