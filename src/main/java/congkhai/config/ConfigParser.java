package congkhai.config;

import congkhai.base.Fields;
import congkhai.base.Located;
import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.base.YamlNode;
import congkhai.base.YamlReader;
import congkhai.model.Agency;
import congkhai.model.Topic;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the text of {@code site-config.yml} into a {@link SiteConfig} and its problems. */
public final class ConfigParser {

    public static final String FILE_NAME = "site-config.yml";

    private static final List<String> KNOWN = List.of(
            "title", "description", "base_url", "language", "as_of", "agencies", "topics", "page_size", "commit_url",
            "repo_url", "history_messages", "redirects");

    private final YamlReader yaml;

    public ConfigParser(YamlReader yaml) {
        this.yaml = yaml;
    }

    public Parsed<SiteConfig> parse(String path, String text) {
        List<Problem> problems = new ArrayList<>();
        Parsed<YamlNode> tree = yaml.read(path, text, 0);
        problems.addAll(tree.problems());
        if (tree.value().isEmpty()) {
            return Parsed.failed(problems);
        }
        Optional<Fields> maybeFields = Fields.of(tree.value().get(), path, problems);
        if (maybeFields.isEmpty()) {
            return Parsed.failed(problems);
        }
        Fields f = maybeFields.get();
        f.rejectUnknown(KNOWN, path);

        String title = f.requiredString("title").map(Located::value).orElse("");
        String description = f.optionalString("description").map(Located::value).orElse("");
        URI baseUrl = f.requiredString("base_url").flatMap(u -> baseUrl(u, f)).orElse(URI.create("http://localhost/"));
        String language = f.optionalString("language").map(Located::value).orElse("vi");
        Optional<LocalDate> asOf = f.date("as_of", false, false).flatMap(d -> {
            if (!d.value().isDay()) {
                f.error(d.pos(), "field 'as_of' must be a whole day (YYYY-MM-DD)");
                return Optional.empty();
            }
            return Optional.of(d.value().first());
        });
        int pageSize = f.integer("page_size", 5, 500).orElse(SiteConfig.DEFAULT_PAGE_SIZE);
        Optional<String> commitUrl = f.optionalString("commit_url").flatMap(u -> commitUrl(u, f));
        // a public repository's address: each change links to its commit there (GitHub, Gitea and GitLab all answer /commit/<id>)
        Optional<String> repoUrl = f.optionalString("repo_url").flatMap(u -> {
            try {
                String base = parseBaseUrl(u.value()).toString();
                return Optional.of(base + "commit/{commit}");
            } catch (IllegalArgumentException e) {
                f.error(u.pos(), "field 'repo_url' must be an absolute http or https URL, not '" + u.value() + "'");
                return Optional.empty();
            }
        });
        if (commitUrl.isEmpty()) {
            commitUrl = repoUrl;
        }
        boolean historyMessages = f.bool("history_messages", false);

        Map<String, Agency> agencies = new LinkedHashMap<>();
        Map<String, Located<String>> parents = new LinkedHashMap<>();
        for (Fields a : entries(f, "agencies", problems)) {
            a.rejectUnknown(List.of("id", "name", "parent", "aliases", "group"), "an agency");
            Optional<Located<String>> id = a.requiredString("id").filter(i -> validId(i, a, agencies.keySet(), "agency"));
            Optional<String> name = a.requiredString("name").map(Located::value);
            Optional<Located<String>> parent = a.optionalString("parent");
            List<String> aliases = a.stringList("aliases").stream().map(l -> l.value().strip()).filter(v -> !v.isEmpty()).distinct().toList();
            boolean group = a.bool("group", false);
            if (id.isPresent() && name.isPresent()) {
                agencies.put(id.get().value(), new Agency(id.get().value(), name.get().strip(), parent.map(Located::value), aliases, group));
                parent.ifPresent(p -> parents.put(id.get().value(), p));
            }
        }
        parents.forEach((child, parent) -> checkParent(child, parent, agencies, f));

        Map<String, Topic> topics = new LinkedHashMap<>();
        for (Fields t : entries(f, "topics", problems)) {
            t.rejectUnknown(List.of("id", "name"), "a topic");
            Optional<Located<String>> id = t.requiredString("id").filter(i -> validId(i, t, topics.keySet(), "topic"));
            Optional<String> name = t.requiredString("name").map(Located::value);
            if (id.isPresent() && name.isPresent()) {
                topics.put(id.get().value(), new Topic(id.get().value(), name.get().strip()));
            }
        }
        List<OldAddress> redirects = new ArrayList<>();
        for (Fields r : entries(f, "redirects", problems)) {
            r.rejectUnknown(List.of("from", "to"), "a redirect");
            Optional<Located<String>> from = r.requiredString("from");
            Optional<Located<String>> to = r.requiredString("to");
            if (from.isPresent() && to.isPresent()) {
                redirects.add(new OldAddress(strip(from.get()), strip(to.get())));
            }
        }
        return Parsed.of(new SiteConfig(title.strip(), description.strip(), baseUrl, language, asOf, agencies, topics, pageSize,
                commitUrl, historyMessages, redirects), problems);
    }

    private static Located<String> strip(Located<String> text) {
        return new Located<>(text.value().strip(), text.pos());
    }

    /** Checks a --base-url given on the command line the same way as the config field. */
    public static URI parseBaseUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            if (!uri.isAbsolute() || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw notAbsolute(text);
            }
            String s = uri.toString();
            return URI.create(s.endsWith("/") ? s : s + "/");
        } catch (URISyntaxException e) {
            // java.net's reason for a malformed address is English jargon; the rule it broke is the same
            throw notAbsolute(text);
        }
    }

    private static IllegalArgumentException notAbsolute(String text) {
        return new IllegalArgumentException("base URL must be an absolute http or https URL, not '" + text + "'");
    }

    private static Optional<String> commitUrl(Located<String> text, Fields f) {
        String url = text.value().strip();
        if (!url.contains("{commit}")) {
            f.error(text.pos(), "field 'commit_url' must contain {commit} where the commit id goes, e.g. https://github.com/org/portal/commit/{commit}");
            return Optional.empty();
        }
        try {
            parseBaseUrl(url.replace("{commit}", "0"));
            return Optional.of(url);
        } catch (IllegalArgumentException e) {
            f.error(text.pos(), "field 'commit_url' must be an absolute http or https URL, not '" + url + "'");
            return Optional.empty();
        }
    }

    private static Optional<URI> baseUrl(Located<String> text, Fields f) {
        try {
            return Optional.of(parseBaseUrl(text.value()));
        } catch (IllegalArgumentException e) {
            f.error(text.pos(), "field 'base_url': " + e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean validId(Located<String> id, Fields f, Set<String> seen, String what) {
        if (!congkhai.base.Text.isId(id.value())) {
            f.error(id.pos(), what + " id '" + id.value() + "' may use only lowercase ASCII letters, digits and single '-' between them");
            return false;
        }
        if (seen.contains(id.value())) {
            f.error(id.pos(), "duplicate " + what + " id '" + id.value() + "'");
            return false;
        }
        return true;
    }

    private static void checkParent(String child, Located<String> parent, Map<String, Agency> agencies, Fields f) {
        if (!agencies.containsKey(parent.value())) {
            f.error(parent.pos(), "unknown parent agency '" + parent.value() + "'"
                    + congkhai.base.Suggestions.didYouMean(parent.value(), agencies.keySet()));
            return;
        }
        Set<String> chain = new HashSet<>();
        String current = child;
        while (current != null) {
            if (!chain.add(current)) {
                f.error(parent.pos(), "agency '" + child + "' is its own ancestor through 'parent'");
                return;
            }
            current = Optional.ofNullable(agencies.get(current)).flatMap(Agency::parent).orElse(null);
        }
    }

    private static List<Fields> entries(Fields f, String key, List<Problem> problems) {
        Optional<YamlNode> node = f.node(key);
        if (node.isEmpty() || (node.get() instanceof YamlNode.Scalar s && s.isNull())) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence seq)) {
            f.error(node.get().pos(), "field '" + key + "' must be a list");
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Fields.of(item, "each item of '" + key + "'", problems).ifPresent(out::add);
        }
        return out;
    }

}
