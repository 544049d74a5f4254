package congkhai.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import congkhai.TestSites;
import congkhai.base.PartialDate;
import congkhai.render.TemplateEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the bundled portal (the repository itself) and reads it as a reader, a feed reader and a crawler would. */
class SamplePortalTest {

    private static final String BASE = "https://congkhai.langson.example/";

    /** What the seed documents themselves say: record, số ký hiệu (empty where the seed leaves it blank), signer. */
    private static final List<List<String>> SEEDS = List.of(
            List.of("conclusions/2022-04-ket-luan-bcd-nq40", "", "Phạm Hùng Trường"),
            List.of("conclusions/2025-03-18-phien-hop-ubnd-thang-3", "", "Hoàng Tuấn Anh"),
            List.of("reports/2022-10-24-bao-cao-ktxh-10-thang-2022", "", "Nguyễn Văn Hạnh"),
            List.of("plans/2023-05-27-kh-122", "122/KH-UBND", "Lương Trọng Quỳnh"),
            List.of("news/2022-04-08-phan-dau-xay-dung-tp-lang-son-do-thi-hat-nhan", "", ""));

    @TempDir
    static Path out;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        run = TestSites.build(TestSites.SAMPLE_PORTAL, out);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).resolve("index.html").toFile(), "UTF-8", BASE + path);
    }

    @Test
    void buildsWithoutWarningsAndEndsWithOneSummaryLine() {
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().startsWith("built 5 records, "), run.out());
    }

    @Test
    void everySeedShowsItsNumberAndSigner() throws IOException {
        for (List<String> seed : SEEDS) {
            Document doc = page(seed.get(0) + "/");
            String number = FixtureSiteTest.meta(doc, "Số ký hiệu");
            if (seed.get(0).startsWith("news/")) {
                assertEquals(null, number, "a news item never has a number, so none is shown, not even 'Chưa có số'");
            } else {
                assertEquals(seed.get(1).isEmpty() ? "Chưa có số" : seed.get(1), number, seed.get(0));
            }
            if (!seed.get(2).isEmpty()) {
                assertTrue(FixtureSiteTest.meta(doc, "Người ký").startsWith(seed.get(2)), seed.get(0));
            }
        }
    }

    @Test
    void everyTaskAppearsOnItsPageWithLeadAndDeadlineAsWritten() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        int tasks = 0;
        for (List<String> seed : SEEDS) {
            String text = Files.readString(Path.of("content", seed.get(0) + ".md"));
            JsonNode front = yaml.readTree(text.substring(4, text.indexOf("\n---\n", 4)));
            Document doc = page(seed.get(0) + "/");
            for (JsonNode task : front.path("tasks")) {
                tasks++;
                Element row = doc.getElementById(task.get("id").asText());
                assertNotNull(row, seed.get(0) + "#" + task.get("id").asText());
                assertEquals(task.get("title").asText(), row.selectFirst(".task-title").text());
                assertFalse(row.select("td:eq(1) a").isEmpty(), "the row names the lead: " + row.text());
                // the document's table is compact; the deadline as written is on the task's own page
                Document card = page(seed.get(0) + "/" + task.get("id").asText() + "/");
                String deadline = card.selectFirst(".doc-meta div:has(dt:contains(Thời hạn)) dd").text();
                if (task.path("due").isObject()) {
                    String every = task.get("due").get("every").asText();
                    assertTrue(deadline.startsWith(every.equals("unstated") ? "Định kỳ (văn bản không nêu kỳ hạn)" : "Hằng năm, hạn ngày 15/12; kỳ này: năm 2025"),
                            deadline);
                } else if (task.has("due")) {
                    assertTrue(deadline.startsWith(PartialDate.parse(task.get("due").asText(), true).display()), deadline);
                    assertEquals(task.path("due_expected").asBoolean(false), deadline.contains("thời hạn dự kiến, không dùng để tính quá hạn"), deadline);
                } else {
                    assertTrue(deadline.startsWith("Không ấn định (thường xuyên)"), deadline);
                }
                if (task.has("due_text")) {
                    assertTrue(deadline.contains("“" + task.get("due_text").asText() + "”"), deadline);
                }
                assertFalse(card.select(".doc-meta div:has(dt:contains(Cơ quan chủ trì)) a").isEmpty());
            }
        }
        assertTrue(tasks > 100, "the conclusions and the plan assign well over a hundred tasks; found " + tasks);
    }

    @Test
    void aTaskViewListsAHundredTasksAPageAndEachOnce() throws IOException {
        // the view of tasks not reported done: every counted task that is neither done nor cancelled
        List<String> expected = new ArrayList<>();
        for (JsonNode t : new ObjectMapper().readTree(out.resolve("data/tasks.json").toFile())) {
            String status = t.get("status").asText();
            if (t.get("counted").asBoolean() && !status.startsWith("done") && !status.equals("cancelled")) {
                expected.add(URI.create(t.get("url").asText()).getPath());
            }
        }
        assertTrue(expected.size() > 100, "the sample needs more than a page of open tasks; it has " + expected.size());
        List<Integer> rowsPerPage = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        String path = "nhiem-vu/chua-hoan-thanh/";
        while (path != null) {
            Document view = page(path);
            List<String> rows = view.select("table.task-table tbody tr a.task-title").eachAttr("href");
            rowsPerPage.add(rows.size());
            listed.addAll(rows);
            Element next = view.selectFirst("nav.pager a[rel=next]");
            path = next == null ? null : next.attr("href").substring(1);
        }
        List<Integer> full = new ArrayList<>();
        for (int left = expected.size(); left > 0; left -= 100) {
            full.add(Math.min(100, left));
        }
        assertEquals(full, rowsPerPage, "a hundred tasks a page, the rest on the last");
        assertEquals(expected.stream().sorted().toList(), listed.stream().sorted().toList(), "every open task once, across the pages");
    }

    @Test
    void theNewsArticleLeadsToTheConclusionOfTheMeetingItReports() throws IOException {
        Document news = page(SEEDS.get(4).get(0) + "/");
        assertTrue(news.select(".ref-list a").eachAttr("href").contains("/" + SEEDS.get(0).get(0) + "/"));
        Document conclusion = page(SEEDS.get(0).get(0) + "/");
        assertTrue(conclusion.select("h3:contains(Được dẫn chiếu bởi) + ul a").eachAttr("href").contains("/" + SEEDS.get(4).get(0) + "/"));
    }

    @Test
    void citedDocumentsWithoutARecordAreListedWithWhatCitesThem() throws IOException {
        // each is cited as one document, so it is an entry of its issuer's register, not a page of its own
        for (String slug : List.of("40-nq-tu", "148-nq-cp", "74-ctr-tu")) {
            assertFalse(Files.exists(out.resolve("so-hieu/" + slug + "/index.html")), slug);
            Element entry = null;
            try (Stream<Path> registers = Files.walk(out.resolve("so-hieu"))) {
                for (Path p : registers.filter(p -> p.getFileName().toString().equals("index.html")).toList()) {
                    entry = entry != null ? entry : Jsoup.parse(p.toFile(), "UTF-8").getElementById("so-" + slug);
                }
            }
            assertNotNull(entry, slug);
            assertFalse(entry.select(".ref-note a").isEmpty(), slug);
        }
    }

    @Test
    void theLongReportHasRealFootnotes() throws IOException {
        Document report = page(SEEDS.get(2).get(0) + "/");
        assertTrue(report.select(".doc-body sup").isEmpty() == false);
        assertEquals(40, report.select(".footnotes li[id^=fn-]").size());
        assertTrue(report.select(".doc-body sup a[href^=#fn-]").size() >= 40);
    }

    @Test
    void feedsAreAtomWithAbsoluteLinks() throws Exception {
        List<Path> feeds;
        try (Stream<Path> s = Files.walk(out)) {
            feeds = s.filter(p -> p.getFileName().toString().equals("atom.xml")).toList();
        }
        assertTrue(feeds.size() >= 5, "the site feed and one per type");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        for (Path feed : feeds) {
            org.w3c.dom.Document xml = f.newDocumentBuilder().parse(feed.toFile());
            assertEquals("http://www.w3.org/2005/Atom", xml.getDocumentElement().getNamespaceURI());
            NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
            String where = out.relativize(feed).toString();
            if (where.equals("atom.xml") || where.startsWith("loai/") || where.startsWith("nhiem-vu/")) {
                assertTrue(entries.getLength() > 0, where + ": document feeds and the site's status feed are never empty here");
            }
            NodeList links = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
            for (int i = 0; i < links.getLength(); i++) {
                String href = ((org.w3c.dom.Element) links.item(i)).getAttribute("href");
                assertTrue(href.startsWith(BASE), href);
                assertTrue(Files.exists(fileFor(URI.create(href).getPath())), href);
            }
        }
    }

    @Test
    void theSitemapListsExistingPagesOnly() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document xml = f.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        NodeList locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertTrue(locs.getLength() > 50);
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(loc.startsWith(BASE), loc);
            assertTrue(Files.exists(fileFor(URI.create(loc).getPath())), loc);
        }
    }

    @Test
    void recordPagesCarryJsonLdThatParses() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (List<String> seed : SEEDS) {
            Element script = page(seed.get(0) + "/").selectFirst("script[type=application/ld+json]");
            JsonNode ld = json.readTree(script.data());
            assertEquals("https://schema.org", ld.get("@context").asText());
            assertEquals(BASE + seed.get(0) + "/", ld.get("url").asText());
            // keys in a fixed order, so that builds in two JVM runs are byte-identical
            if (ld.has("publisher") || ld.has("legislationPassedBy")) {
                assertTrue(script.data().contains("{\"@type\":\"GovernmentOrganization\",\"name\":"), script.data());
            }
        }
    }

    @Test
    void everyInternalLinkAndAnchorResolves() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        Map<Path, Document> parsed = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : pages) {
            Document doc = parsed.computeIfAbsent(file, SamplePortalTest::parse);
            for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("mailto:")) {
                    continue;
                }
                checked++;
                URI uri = URI.create(BASE + out.relativize(file).toString().replace('\\', '/')).resolve(ref);
                Path target = fileFor(uri.getPath());
                if (!Files.exists(target)) {
                    broken.add(out.relativize(file) + " -> " + ref);
                } else if (uri.getFragment() != null && target.toString().endsWith(".html")
                        && parsed.computeIfAbsent(target, SamplePortalTest::parse).getElementById(uri.getFragment()) == null) {
                    broken.add(out.relativize(file) + " -> " + ref + " (no such anchor)");
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPageCarriesThePolicyAsTheCodeSpellsIt() throws IOException {
        // the policy is written into the attribute unescaped (TemplateEngine.cspMarkup): read back, it is the same
        int pages = 0;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(p.toFile(), "UTF-8");
                assertEquals(List.of(TemplateEngine.CONTENT_SECURITY_POLICY),
                        doc.select("head > meta[http-equiv=Content-Security-Policy]").eachAttr("content"), p.toString());
                pages++;
            }
        }
        assertTrue(pages > 200, "pages read: " + pages);
    }

    @Test
    void noTemplateLeftoversOrMissingValuesReachThePages() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p);
                assertFalse(html.contains("${"), p.toString());
                assertFalse(html.contains("Optional["), p.toString());
                assertFalse(html.contains(">null<"), p.toString());
            }
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path fileFor(String urlPath) {
        String path = URLDecoder.decode(urlPath, StandardCharsets.UTF_8).substring(1);
        return path.isEmpty() || path.endsWith("/") ? out.resolve(path + "index.html") : out.resolve(path);
    }
}
