package congkhai.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import congkhai.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds sites/hostile, whose titles, names, notes, numbers and bodies carry script, event handlers,
 * javascript: and data: URLs, SVG, broken tags and template syntax, and reads every page as a browser
 * would parse it. {@code BrowserTest} then loads the same pages in Chromium.
 */
class HostileContentTest {

    static final Path SITE = TestSites.fixture("hostile");

    @TempDir
    static Path out;
    static List<Path> pages;

    @BeforeAll
    static void build() throws IOException {
        TestSites.Run run = TestSites.build(SITE, out);
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 20, "pages: " + pages.size());
    }

    static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "https://example.gov.vn/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String page(Path file) {
        return out.relativize(file).toString();
    }

    /**
     * The search page is the theme's own form, fallback text and script; content reaches it only at run
     * time through the search data, which the browser test loads.
     */
    private static boolean themeSearchPage(Path file) {
        return page(file).equals("tim-kiem/index.html");
    }

    @Test
    void noPageHasAScriptOtherThanItsJsonLd() {
        for (Path file : pages) {
            if (themeSearchPage(file)) {
                continue;
            }
            Document doc = parse(file);
            // the theme's own task filter is the one script a page may load; content never adds one
            for (Element script : doc.select("script:not([src=/assets/tasks.js])")) {
                assertEquals("application/ld+json", script.attr("type"), page(file) + ": " + script.outerHtml());
                assertEquals("head", script.parent().tagName(), page(file));
            }
            assertTrue(doc.select("script:not([src=/assets/tasks.js])").size() <= 1, page(file));
            assertTrue(doc.select("script[src=/assets/tasks.js]").stream().allMatch(s -> s.parent().tagName().equals("head") && s.hasAttr("defer")
                    && s.html().isEmpty()), page(file));
        }
    }

    @Test
    void noElementCarriesAnEventHandlerOrAScriptUrl() {
        List<String> found = new ArrayList<>();
        for (Path file : pages) {
            for (Element e : parse(file).getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                    if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on") || a.getKey().equals("style")
                            || a.getKey().equals("srcdoc") || a.getKey().contains("formaction")
                            || value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                        found.add(page(file) + ": <" + e.tagName() + " " + a.getKey() + "=\"" + a.getValue() + "\">");
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noActiveOrPageChangingElementComesFromContent() {
        String forbidden = "iframe, frame, object, embed, applet, form, input, button, textarea, select, base, "
                + "meta[http-equiv]:not([http-equiv=Content-Security-Policy]), style, template, noscript, svg:not(.status-chart), math, link:not([rel~=^(canonical|stylesheet|icon|alternate)$])";
        for (Path file : pages) {
            if (themeSearchPage(file)) {
                continue;
            }
            assertEquals(0, parse(file).select(forbidden).size(), page(file) + ": " + parse(file).select(forbidden));
        }
    }

    @Test
    void everyPageKeepsItsFrameWhateverTheBodyHolds() {
        for (Path file : pages) {
            Document doc = parse(file);
            assertEquals(1, doc.select("body > main#noi-dung").size(), page(file));
            assertEquals(1, doc.select("body > footer.site-footer").size(), page(file) + ": a body swallowed the footer");
            assertEquals(1, doc.select("h1").size(), page(file));
            assertEquals(1, doc.select("body > header.site-header").size(), page(file));
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                assertTrue(ids.add(e.id()), page(file) + ": id '" + e.id() + "' twice");
            }
        }
        Document broken = parse(out.resolve("notices/tb-loi-the/index.html"));
        assertEquals("Trước.", broken.selectFirst(".doc-body p").text());
        assertTrue(broken.selectFirst("body > footer p").text()
                .startsWith("Cổng <script>top.__pwned=1;alert('title')</script> ${site.title} <#assign x=1>"));
    }

    @Test
    void templateSyntaxInContentIsShownAsWrittenNeverEvaluated() throws IOException {
        Document doc = parse(out.resolve("notices/tb-script/index.html"));
        assertEquals(yamlTitle("content/notices/tb-script.md"), doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst(".doc-body").text().contains(
                "Cú pháp mẫu là chữ: ${site.title} <#assign x = \"pwned\"> ${x} [#ftl] <@layout.base/>"), doc.selectFirst(".doc-body").text());
        Document plan = parse(out.resolve("plans/kh-tan-cong/index.html"));
        assertEquals("${7*7} <#if true>mẫu</#if>", plan.getElementById("t2").selectFirst(".task-title").text());
        assertTrue(plan.text().contains("UBND <svg onload=\"top.__pwned=1\"> ${7*7} </title><script>top.__pwned=1</script>"), plan.text());
    }

    @Test
    void jsonLdCarriesHostileTextAsDataThatParsesBack() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String id : List.of("notices/tb-script", "news/tin")) {
            Element script = parse(out.resolve(id + "/index.html")).selectFirst("script[type=application/ld+json]");
            assertTrue(!script.data().contains("<") && !script.data().contains(">"), script.data());
            JsonNode ld = json.readTree(script.data());
            assertEquals(yamlTitle("content/" + id + ".md"), ld.get("name").asText(), id);
        }
    }

    @Test
    void feedsAndTheSitemapStayWellFormedXmlWithTheTextIntact() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<Path> feeds;
        try (Stream<Path> s = Files.walk(out)) {
            feeds = s.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        assertTrue(feeds.size() >= 3);
        for (Path feed : feeds) {
            f.newDocumentBuilder().parse(feed.toFile());
        }
        org.w3c.dom.Document atom = f.newDocumentBuilder().parse(out.resolve("atom.xml").toFile());
        List<String> titles = new ArrayList<>();
        var nodes = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        for (int i = 0; i < nodes.getLength(); i++) {
            titles.add(nodes.item(i).getTextContent());
        }
        assertTrue(titles.contains("Tin: " + yamlTitle("content/news/tin.md")), titles.toString());
    }

    @Test
    void attachmentNamesWithSpacesAndSymbolsAreLinkedEncodedAndResolve() throws IOException {
        Element link = parse(out.resolve("notices/tb-script/index.html")).selectFirst("section:has(#dinh-kem) a");
        String href = link.attr("href");
        assertEquals("/notices/K%E1%BA%BF%20ho%E1%BA%A1ch%20s%E1%BB%91%201%20(b%E1%BA%A3n%20g%E1%BB%91c)%20&%20ph%E1%BB%A5%20l%E1%BB%A5c.pdf", href);
        assertTrue(Files.isRegularFile(out.resolve(URLDecoder.decode(href.substring(1), StandardCharsets.UTF_8))));
        assertEquals("Kế hoạch số 1 (bản gốc) & phụ lục.pdf", link.text());
    }

    private static String yamlTitle(String record) throws IOException {
        String text = Files.readString(SITE.resolve(record));
        JsonNode front = new ObjectMapper(new YAMLFactory()).readTree(text.substring(4, text.indexOf("\n---\n", 4)));
        return front.get("title").asText();
    }
}
