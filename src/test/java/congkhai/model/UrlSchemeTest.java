package congkhai.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Urls} is the only place a site path is spelled: no path literal or hand-made path in the
 * Java of the stages that place pages and files (assemble, render, search, export), nor in the theme's
 * templates, which link through {@code url(urls.…)} and {@code asset('…')}.
 */
class UrlSchemeTest {

    /** The stages whose Java names pages and files of the site. */
    private static final List<String> STAGES = List.of("assemble", "render", "search", "export");

    /** A folder path of the site: "co-quan/", "nhiem-vu/han/". */
    private static final Pattern FOLDER = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*/");
    /** A file of the site: "atom.xml", "data/tasks.csv"; a bare extension (".html") is a test of a name, not a path. */
    private static final Pattern FILE = Pattern.compile("[a-z0-9_/-]*[a-z0-9_-]\\.(html|xml|txt|json|csv|css|js|svg|gz|ndjson)");
    /** A page's path made by hand from a record's or an agency's id: {@code a.id() + "/"}. */
    private static final Pattern ID_CONCATENATION = Pattern.compile("\\bid\\(\\)\\s*\\+\\s*\"/");

    /** Literals that look like site paths and are not, by file. */
    private static final Map<String, Set<String>> NOT_SITE_PATHS = Map.of(
            // where a problem is located: the source folders, not the site
            "render/TemplateEngine.java", Set.of("templates/"),
            "render/PathClashes.java", Set.of("content/"),
            // a document's stable identifier without a number (docs/open-data.md), which stays when addresses change
            "assemble/DocumentNumbers.java", Set.of("van-ban/"));

    @Test
    void noStageSpellsASitePath() throws IOException {
        Path root = Path.of("src/main/java/congkhai");
        List<String> found = new ArrayList<>();
        int files = 0;
        for (String stage : STAGES) {
            try (Stream<Path> walk = Files.walk(root.resolve(stage))) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    String name = root.relativize(file).toString().replace('\\', '/');
                    javaPathsIn(Files.readString(file)).stream()
                            .filter(p -> !NOT_SITE_PATHS.getOrDefault(name, Set.of()).contains(p.literal()))
                            .forEach(p -> found.add(name + ":" + p.line() + ": " + p.literal()));
                }
            }
        }
        assertTrue(files > 40, "read " + files + " files");
        assertEquals(List.of(), found);
    }

    @Test
    void noTemplateSpellsASitePath() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> list = Files.list(Path.of("templates"))) {
            for (Path file : list.filter(p -> p.toString().matches(".*\\.ftl[hx]")).sorted().toList()) {
                files++;
                templatePathsIn(Files.readString(file)).forEach(p -> found.add(file.getFileName() + ":" + p.line() + ": " + p.literal()));
            }
        }
        assertTrue(files > 15, "read " + files + " templates");
        assertEquals(List.of(), found);
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        String java = """
                // "co-quan/" in a comment is prose
                String a = SiteRenderer.AGENCIES + "co-quan/";
                /* "atom.xml" */ String f = "nhiem-vu/atom.xml";
                String p = d.id() + "/" + localId;
                boolean html = file.endsWith(".html");
                String month = "Tháng " + m + "/" + y;
                """;
        assertEquals(List.of("2: co-quan/", "3: nhiem-vu/atom.xml", "4: id() + \"/\""),
                javaPathsIn(java).stream().map(p -> p.line() + ": " + p.literal()).toList());

        String template = """
                <a href="${url('co-quan/' + a.id + '/')}">${a.name}</a>
                <a href="${url(urls.agency(a))}" type="application/atom+xml">x</a>
                <link rel="stylesheet" href="${asset('site.css')}"><a href="${url(urls.openDataFile('tasks.csv'))}">tasks.csv</a>
                <#if page.feedPath != "atom.xml">
                <a href="/linh-vuc/">x</a> <a href="${url(r.doc.path)}#nhiem-vu">x</a>
                """;
        assertEquals(List.of("1: co-quan/", "1: /", "4: atom.xml", "5: href=\"/linh-vuc/"),
                templatePathsIn(template).stream().map(p -> p.line() + ": " + p.literal()).toList());
    }

    @Test
    void aFolderPathIsWrittenAsItsIndexAndReadBack() {
        for (String path : List.of(Urls.home(), Urls.agencies(), Urls.page(Urls.documents(), 3), Urls.feed(), Urls.notFound())) {
            assertEquals(path, Urls.pathOfFile(Urls.file(path)), path);
        }
        assertEquals("van-ban/trang/3/index.html", Urls.file(Urls.page(Urls.documents(), 3)));
        assertEquals(Urls.documents(), Urls.page(Urls.documents(), 1));
    }

    record Spelled(int line, String literal) {
    }

    /** The path-like string literals of Java source, and its ids turned into paths by hand; comments are skipped. */
    static List<Spelled> javaPathsIn(String source) {
        List<Spelled> out = new ArrayList<>();
        StringBuilder code = new StringBuilder(source.length());
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                long newlines = source.substring(i, end).chars().filter(ch -> ch == '\n').count();
                line += (int) newlines;
                code.append(" ").append("\n".repeat((int) newlines));
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                long newlines = source.substring(i, end).chars().filter(ch -> ch == '\n').count();
                line += (int) newlines;
                code.append("\"\"").append("\n".repeat((int) newlines));
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                String literal = source.substring(i + 1, Math.min(end, source.length()));
                if (c == '"' && (FOLDER.matcher(literal).matches() || FILE.matcher(literal).matches())) {
                    out.add(new Spelled(line, literal));
                }
                code.append(c).append(c == '"' ? literal : "").append(c);
                i = end + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        // the concatenations, found in the code without its comments, at the line they are on
        Matcher m = ID_CONCATENATION.matcher(code);
        while (m.find()) {
            int at = (int) code.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
            out.add(new Spelled(at, "id() + \"/\""));
        }
        out.sort(java.util.Comparator.comparingInt(Spelled::line));
        return out;
    }

    /** A Freemarker expression or directive. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}|<[#@][^>]*>");
    /** A quoted literal inside one. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    /** A name handed to the scheme, which spells the path: {@code asset('site.css')}, {@code urls.openDataFile('tasks.csv')}. */
    private static final Pattern NAMED = Pattern.compile("(?:\\burls\\.\\w+|\\basset)\\(\\s*'[^']*'\\s*\\)");
    /** A path written straight into an attribute. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(?:href|src|action|data-[a-z-]+)=\"/[^\"$]*");

    /** Literal paths in a template: a quoted path or file name in an expression, or a root path in an attribute. */
    static List<Spelled> templatePathsIn(String template) {
        List<Spelled> out = new ArrayList<>();
        String[] lines = template.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            Matcher e = EXPRESSION.matcher(lines[n]);
            while (e.find()) {
                Matcher q = QUOTED.matcher(NAMED.matcher(e.group()).replaceAll("_"));
                while (q.find()) {
                    String literal = q.group(1) != null ? q.group(1) : q.group(2);
                    if (literal.contains("/") || FILE.matcher(literal).matches()) {
                        out.add(new Spelled(n + 1, literal));
                    }
                }
            }
            Matcher a = ATTRIBUTE.matcher(lines[n]);
            while (a.find()) {
                out.add(new Spelled(n + 1, a.group()));
            }
        }
        return out;
    }
}
