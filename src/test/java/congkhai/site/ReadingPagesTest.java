package congkhai.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;
import congkhai.text.Folding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, read with jsoup: a document's page leads with the document (identity, a line on its tasks,
 * contents, text, then a compact task table with filters), the home page's figures open their own
 * lists, and the small text faults stay fixed. On the sample portal and the fixture sites.
 */
class ReadingPagesTest {

    @TempDir
    static Path tmp;
    static Path portal;
    static Path basic;
    static Path archive;

    @BeforeAll
    static void build() {
        portal = tmp.resolve("portal");
        basic = tmp.resolve("basic");
        archive = tmp.resolve("archive");
        for (Path[] site : new Path[][] {{TestSites.SAMPLE_PORTAL, portal}, {TestSites.fixture("basic"), basic},
                {TestSites.fixture("archive"), archive}}) {
            TestSites.Run run = TestSites.build(site[0], site[1]);
            assertEquals(0, run.code(), run.err());
        }
    }

    static Document page(Path site, String path) throws IOException {
        Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        assertTrue(Files.exists(file), "missing page " + path);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** Each published document's path on the site, from the open data. */
    static List<String> documentPaths(Path site) throws IOException {
        List<String> paths = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(site.resolve("data/documents.json").toFile())) {
            paths.add(d.get("id").asText() + "/");
        }
        return paths;
    }

    static Map<String, List<JsonNode>> tasksByRecord(Path site) throws IOException {
        Map<String, List<JsonNode>> m = new LinkedHashMap<>();
        for (JsonNode t : new ObjectMapper().readTree(site.resolve("data/tasks.json").toFile())) {
            m.computeIfAbsent(t.get("record").asText(), k -> new ArrayList<>()).add(t);
        }
        return m;
    }

    private static int position(Element article, String css) {
        Element e = article.selectFirst(css);
        return e == null ? -1 : e.elementSiblingIndex();
    }

    @Test
    void everyDocumentLeadsWithItsTextAndPutsItsTasksAfter() throws IOException {
        for (Path site : List.of(portal, basic, archive)) {
            Map<String, List<JsonNode>> tasks = tasksByRecord(site);
            for (String path : documentPaths(site)) {
                Element article = page(site, path).selectFirst("article.document");
                int header = position(article, "> header.doc-header");
                int summary = position(article, "> .task-summary");
                int toc = position(article, "> nav.toc");
                int body = position(article, "> .doc-body");
                int table = position(article, "> .doc-task-section");
                int meta = position(article, "> .doc-meta");
                assertEquals(0, header, path);
                assertTrue(body > header && meta > body, path + ": the text comes before the document's details");
                boolean hasTasks = tasks.containsKey(path.substring(0, path.length() - 1));
                assertEquals(hasTasks, summary > 0, path);
                assertEquals(hasTasks, table > body, path + ": the task table follows the text");
                if (hasTasks) {
                    assertTrue(summary < body, path);
                }
                if (toc > 0) {
                    assertTrue(toc < body, path);
                }
            }
        }
    }

    @Test
    void theContentsListTheTextsHeadingsAndLeadToThem() throws IOException {
        int withContents = 0;
        for (String path : documentPaths(portal)) {
            Document doc = page(portal, path);
            Element body = doc.selectFirst(".doc-body");
            Element toc = doc.selectFirst("nav.toc");
            List<Element> top = new ArrayList<>();
            for (String level : List.of("h3", "h4", "h5")) {
                top = body.select(level + "[id]").stream().filter(h -> h.closest("details.doc-section, .doc-body") != null).toList();
                if (!top.isEmpty()) {
                    break;
                }
            }
            if (top.isEmpty()) {
                assertEquals(null, toc, path + ": no headings, no contents");
                continue;
            }
            withContents++;
            assertNotNull(toc, path);
            List<String> entries = toc.select("> ol > li:not(.toc-extra) > a").eachAttr("href");
            assertEquals(top.stream().map(h -> "#" + h.id()).toList(), entries, path + ": one entry per top-level heading, in order");
            for (String href : toc.select("a").eachAttr("href")) {
                assertNotNull(doc.getElementById(href.substring(1)), path + ": " + href);
            }
        }
        assertTrue(withContents >= 4, "the plan, both conclusions and the report have headings: " + withContents);
    }

    @Test
    void longSectionsCanBeFoldedAndStayOpen() throws IOException {
        Document report = page(portal, "reports/2022-10-24-bao-cao-ktxh-10-thang-2022/");
        List<Element> sections = report.select(".doc-body details.doc-section");
        assertFalse(sections.isEmpty(), "the ten-month report has long sections");
        for (Element d : sections) {
            assertTrue(d.hasAttr("open"), "open, so the text is there without a click, in print and for search in the page");
            Element summary = d.child(0);
            assertEquals("summary", summary.tagName());
            assertTrue(summary.child(0).tagName().matches("h[3-6]") && summary.child(0).hasAttr("id"), summary.outerHtml());
            assertTrue(summary.select("a").isEmpty(), "no link inside a summary, which is itself a control");
        }
    }

    @Test
    void theTaskTableHasARowPerTaskAndFiltersThatCountWhatTheyShow() throws IOException {
        for (Path site : List.of(portal, basic)) {
            Map<String, List<JsonNode>> byRecord = tasksByRecord(site);
            for (Map.Entry<String, List<JsonNode>> e : byRecord.entrySet()) {
                Document doc = page(site, e.getKey() + "/");
                Element table = doc.selectFirst(".doc-task-section table.task-table");
                assertNotNull(table, e.getKey());
                assertEquals(List.of("Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng"), table.select("thead th").eachText());
                assertEquals(e.getValue().size(), table.select("tbody tr").size(), e.getKey());
                Map<String, Integer> counted = new HashMap<>();
                for (JsonNode t : e.getValue()) {
                    String local = t.get("id").asText().substring(t.get("id").asText().indexOf('#') + 1);
                    Element row = doc.getElementById(local);
                    assertNotNull(row, t.get("id").asText());
                    assertEquals("tr", row.tagName());
                    assertTrue(t.get("url").asText().endsWith(row.selectFirst("a.task-title").attr("href").replaceFirst("^/cong/", "").replaceFirst("^/", "")),
                            row.outerHtml());
                    assertTrue(row.hasClass("st-" + t.get("status").asText()), row.className());
                    for (JsonNode lead : t.get("leads")) {
                        assertTrue(row.hasClass("cq-" + lead.asText()), row.className());
                    }
                    if (t.get("counted").asBoolean()) {
                        counted.merge(t.get("status").asText(), 1, Integer::sum);
                    }
                }
                Element filters = doc.selectFirst(".task-filterable");
                Map<String, Integer> shown = new HashMap<>();
                for (Element a : filters.select(".filter-status a[data-rows]")) {
                    String target = a.attr("href").substring(1);
                    assertNotNull(filters.selectFirst("> span.filter-target#" + target), target);
                    Matcher m = Pattern.compile("\\((\\d+)\\)$").matcher(a.text());
                    assertTrue(m.find(), a.text());
                    shown.put(a.attr("data-rows").substring(3), Integer.parseInt(m.group(1)));
                }
                assertEquals(counted, shown, e.getKey() + ": each status filter counts the tasks it keeps");
                int sum = 0;
                for (Element a : doc.select(".task-summary a[href^=#loc-]")) {
                    assertNotNull(doc.getElementById(a.attr("href").substring(1)), a.attr("href"));
                    sum += Integer.parseInt(a.text().replaceAll("^(\\d+).*", "$1"));
                }
                assertEquals(counted.values().stream().mapToInt(Integer::intValue).sum(), sum, e.getKey());
                for (Element a : filters.select(".filter-agency a[data-rows]")) {
                    assertNotNull(filters.selectFirst("> span.filter-target#" + a.attr("href").substring(1)), a.attr("href"));
                    assertFalse(table.select("tbody tr." + a.attr("data-rows")).isEmpty(), a.text());
                }
            }
        }
    }

    @Test
    void theAgencyFiltersHaveTheirRulesAndPagesLoadThem() throws IOException {
        String css = Files.readString(portal.resolve("assets/loc-co-quan.css"), StandardCharsets.UTF_8);
        Document plan = page(portal, "plans/2023-05-27-kh-122/");
        assertNotNull(plan.selectFirst("link[rel=stylesheet][href=/assets/loc-co-quan.css]"));
        for (Element a : plan.select(".filter-agency a[data-rows]")) {
            assertTrue(css.contains("> #" + a.attr("href").substring(1) + ":target ~ .table-wrap tbody tr:not(." + a.attr("data-rows") + ")"),
                    a.attr("href"));
        }
        String site = Files.readString(portal.resolve("assets/site.css"), StandardCharsets.UTF_8);
        for (congkhai.model.TaskStatus s : congkhai.model.TaskStatus.values()) {
            assertTrue(site.contains("> #loc-" + s.slug() + ":target ~ .table-wrap tbody tr:not(.st-" + s.code() + ")"), s.code());
        }
    }

    /** The words of a type's name, folded, two by two: "thông báo kết luận" gives "thong bao", "bao ket", "ket luan". */
    private static List<String> pairs(String name) {
        String[] w = Folding.fold(name).toLowerCase(Locale.ROOT).split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < w.length; i++) {
            out.add(w[i] + " " + w[i + 1]);
        }
        if (w.length == 1) {
            out.add(w[0]);
        }
        return out;
    }

    private static int count(String text, String word) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aDocumentsTitleLineNeverRepeatsItsTypeName() throws IOException {
        int checked = 0;
        for (Path site : List.of(portal, basic, archive)) {
            for (JsonNode d : new ObjectMapper().readTree(site.resolve("data/documents.json").toFile())) {
                Document doc = page(site, d.get("id").asText() + "/");
                String type = doc.selectFirst(".doc-meta div:has(dt:contains(Loại văn bản)) dd").text();
                String line = Folding.fold(doc.select(".doc-header .doc-kicker").text() + " " + doc.selectFirst("h1").text()).toLowerCase(Locale.ROOT);
                String title = Folding.fold(doc.title().substring(0, doc.title().lastIndexOf(" | "))).toLowerCase(Locale.ROOT);
                String own = Folding.fold(d.get("title").asText()).toLowerCase(Locale.ROOT);
                for (String pair : pairs(type)) {
                    // a title may name its type once itself; the page adds it only where the title does not
                    int inTitle = count(own, pair);
                    assertTrue(count(line, pair) <= Math.max(1, inTitle), d.get("id").asText() + ": \"" + line + "\" repeats \"" + pair + "\"");
                    assertTrue(count(title, pair) <= Math.max(1, inTitle), d.get("id").asText() + ": <title> " + title);
                }
                checked++;
            }
        }
        assertTrue(checked > 15, "documents checked: " + checked);
        Document conclusion = page(portal, "conclusions/2025-03-18-phien-hop-ubnd-thang-3/");
        assertEquals(null, conclusion.selectFirst(".doc-header .doc-kicker"), "its title begins with Kết luận and it has no number");
        assertEquals("Kết luận Phiên họp Ủy ban nhân dân thành phố Lạng Sơn thường kỳ tháng 3 năm 2025", conclusion.selectFirst("h1").text());
        assertEquals("Thông báo kết luận", conclusion.selectFirst(".doc-meta div:has(dt:contains(Loại văn bản)) dd").text());
    }

    /** Task rows of a list and the pages after it. */
    private static int rowsThrough(Path site, String path) throws IOException {
        int rows = 0;
        for (String p = path; p != null; ) {
            Document doc = page(site, p);
            rows += doc.select("main table.task-table tbody tr").size();
            Element next = doc.selectFirst(".pager a[rel=next]");
            p = next == null ? null : next.attr("href").substring(1);
        }
        return rows;
    }

    @Test
    void theHomePagesFiguresOpenListsOfJustThoseTasks() throws IOException {
        Document home = page(portal, "");
        List<String> hrefs = home.select(".stat-cards a").eachAttr("href");
        assertEquals(5, hrefs.size());
        assertEquals(hrefs.size(), hrefs.stream().distinct().count(), "each figure its own list: " + hrefs);
        for (Element a : home.select(".stat-cards a")) {
            int figure = Integer.parseInt(a.selectFirst(".stat-number").text());
            assertEquals(figure, rowsThrough(portal, a.attr("href").substring(1)), a.text());
        }
    }

    @Test
    void theHomePageShowsAFewOverdueTasksAndTheWayToTheRest() throws IOException {
        Document home = page(portal, "");
        Element overdue = home.selectFirst("section:has(#nv-qua-han)");
        int total = Integer.parseInt(home.selectFirst(".stat-overdue a .stat-number").text())
                + Integer.parseInt(home.select(".stat-overdue a .stat-number").get(1).text());
        assertTrue(total > 3, "the sample has more overdue tasks than the home page shows: " + total);
        assertEquals(3, overdue.select("table.task-table tbody tr").size());
        assertFalse(overdue.select("a[href$=nhiem-vu/tinh-trang/qua-han-chua-co-bao-cao/], a[href$=nhiem-vu/tinh-trang/qua-han/]").isEmpty());
        assertTrue(home.select("li.task").isEmpty(), "no task cards on the home page");
    }

    @Test
    void trackerListsAreCompactTables() throws IOException {
        for (String path : List.of("nhiem-vu/", "nhiem-vu/tinh-trang/chua-co-bao-cao/", "nhiem-vu/chu-tri/so-xd/", "nhiem-vu/han/2025-12/",
                "nhiem-vu/sap-den-han/", "nhiem-vu/chua-hoan-thanh/", "nhiem-vu/da-hoan-thanh/")) {
            Document doc = page(portal, path);
            assertTrue(doc.select("li.task").isEmpty(), path);
            for (Element table : doc.select("table.task-table")) {
                assertEquals(List.of("Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình trạng"), table.select("thead th").eachText(), path);
                for (Element row : table.select("tbody tr")) {
                    assertNotNull(row.selectFirst("a.task-title"), path);
                    assertNotNull(row.selectFirst(".task-source a"), path + ": where it was assigned");
                    assertNotNull(row.selectFirst(".status"), path);
                }
            }
        }
    }

    @Test
    void topicCountsCountTasksUnderTheirOwnTopics() throws IOException {
        Document tracker = page(portal, "nhiem-vu/");
        Matcher total = Pattern.compile("tổng số (\\d+) nhiệm vụ").matcher(page(portal, "").selectFirst(".as-of").text());
        assertTrue(total.find());
        int all = Integer.parseInt(total.group(1));
        List<Integer> counts = tracker.select("section:has(#theo-linh-vuc) .count").eachText().stream()
                .map(c -> Integer.parseInt(c.replaceAll("\\D", ""))).toList();
        assertFalse(counts.isEmpty());
        assertTrue(counts.stream().allMatch(c -> c < all), "no topic holds every task: " + counts + " of " + all);
    }

    private static final Pattern SPACE_BEFORE_STOP = Pattern.compile("\\p{L}\\s+[.,;:](\\s|$)");

    @Test
    void noPageHasASpaceBeforeAStopOrAnUnclearLegend() throws IOException {
        for (Path site : List.of(portal, basic)) {
            List<Path> pages;
            try (Stream<Path> s = Files.walk(site)) {
                pages = s.filter(p -> p.toString().endsWith(".html")).toList();
            }
            for (Path p : pages) {
                Document doc = Jsoup.parse(p.toFile(), "UTF-8");
                doc.select("script, style, .doc-body").remove();
                String text = doc.body().text();
                Matcher m = SPACE_BEFORE_STOP.matcher(text);
                assertFalse(m.find(), site.relativize(p) + ": " + (m.hitEnd() ? "" : text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 10))));
                assertFalse(text.contains("Đang mở"), site.relativize(p) + ": a legend that says nothing a reader can check");
            }
        }
    }

    @Test
    void progressCsvWithoutRowsStillHasItsHeader() throws IOException {
        Path site = tmp.resolve("no-progress");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        TestSites.deleteTree(site.resolve("content/progress"));
        Path out = tmp.resolve("no-progress-out");
        TestSites.Run run = TestSites.build(site, out);
        assertEquals(0, run.code(), run.err());
        assertEquals("\uFEFFtask,date,status,percent,note,evidence,source,period\r\n",
                Files.readString(out.resolve("data/progress.csv"), StandardCharsets.UTF_8));
    }
}
