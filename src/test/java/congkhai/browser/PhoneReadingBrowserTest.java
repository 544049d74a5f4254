package congkhai.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;
import congkhai.serve.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 in Chromium, as a citizen reads on a phone (390 × 844 CSS pixels): each document's text
 * starts within five screens, no page of any kind is wider than the screen, a table that scrolls
 * shows that it does, the task table's filters work with and without JavaScript, and print gives the
 * document and its tasks without the navigation.
 */
class PhoneReadingBrowserTest {

    static final int WIDTH = PageShots.PHONE;
    static final int HEIGHT = PageShots.PHONE_HEIGHT;
    static final String PLAN = "plans/2023-05-27-kh-122/";

    @TempDir
    static Path tmp;
    static Path profile;
    static Path site;
    static StaticServer server;
    static HeadlessChromium browser;
    static String base;

    @BeforeAll
    static void buildServeAndOpenABrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        site = tmp.resolve("site");
        TestSites.Run run = TestSites.build(TestSites.SAMPLE_PORTAL, site);
        assertEquals(0, run.code(), run.err());
        server = new StaticServer(site, new InetSocketAddress("127.0.0.1", 0));
        server.start();
        base = "http://127.0.0.1:" + server.port() + "/";
        profile = HeadlessChromium.newProfile();
        browser = new HeadlessChromium(profile);
    }

    @AfterAll
    static void close() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            HeadlessChromium.removeProfile(profile);
        }
    }

    @BeforeEach
    void phone() throws Exception {
        // a page opened again with another fragment is not reloaded: start each test from a blank page
        browser.open("about:blank");
        browser.scripts(true);
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.viewport(WIDTH, HEIGHT);
    }

    /** Waits up to 10 s until the open page's {@code matchMedia(query)} is {@code matches}: emulated media reach a page a moment late. */
    private static void awaitMedia(String query, boolean matches) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (browser.run("return window.matchMedia('" + query + "').matches;").asBoolean() != matches) {
            assertTrue(System.nanoTime() < deadline, "the page never " + (matches ? "took" : "left") + " " + query + " media");
            Thread.sleep(20);
        }
    }

    private static List<String> documents() throws Exception {
        List<String> paths = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(site.resolve("data/documents.json").toFile())) {
            paths.add(d.get("id").asText() + "/");
        }
        return paths;
    }

    @Test
    void everyDocumentsTextStartsWithinFivePhoneScreens() throws Exception {
        List<String> report = new ArrayList<>();
        for (String path : documents()) {
            browser.openStyled(base + path);
            JsonNode at = browser.run("var body = document.querySelector('.doc-body');"
                    + "var first = body.querySelector('p, li, table, h3, h4');"
                    + "return {text: Math.round(first.getBoundingClientRect().top + window.scrollY),"
                    + " page: document.documentElement.scrollHeight};");
            double screens = at.get("text").asDouble() / HEIGHT;
            report.add(path + " " + String.format(java.util.Locale.ROOT, "%.1f/%.1f", screens, at.get("page").asDouble() / HEIGHT));
            assertTrue(screens < 5, path + ": the text starts " + screens + " screens down");
        }
        System.out.println("text position on a phone (screens down / page length): " + report);
    }

    @Test
    void noPageOfAnyKindIsWiderThanAPhone() throws Exception {
        List<String> kinds = new ArrayList<>(PageShots.PAGE_TYPES.values());
        kinds.addAll(documents());
        kinds.addAll(List.of("nhiem-vu/sap-den-han/", "nhiem-vu/chua-hoan-thanh/", "nhiem-vu/han/2025-12/", "so-hieu/", "du-lieu/", "linh-vuc/"));
        for (String path : kinds) {
            browser.openStyled(base + path);
            JsonNode r = browser.run("var wide = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  if (e.closest('.table-wrap') && !e.classList.contains('table-wrap')) { return; }"
                    + "  var b = e.getBoundingClientRect();"
                    + "  if (b.width > 0 && b.right > window.innerWidth + 1) { wide.push(e.tagName + '.' + e.className + ' ' + Math.round(b.right)); }"
                    + "});"
                    + "var cues = [];"
                    + "document.querySelectorAll('.table-wrap').forEach(function (w) {"
                    + "  if (w.scrollWidth > w.clientWidth + 1 && getComputedStyle(w).backgroundImage.indexOf('gradient') < 0) { cues.push(w.className); }"
                    + "});"
                    + "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth, wide: wide.slice(0, 5), cues: cues};");
            assertTrue(r.get("scroll").asInt() <= WIDTH, path + ": the page is " + r.get("scroll").asInt() + " px wide; " + r.get("wide"));
            assertEquals(0, r.get("wide").size(), path + ": past the screen's edge: " + r.get("wide"));
            assertEquals(0, r.get("cues").size(), path + ": a table scrolls without a shadow to say so: " + r.get("cues"));
        }
    }

    @Test
    void bodyTextIsLeftAlignedOnAPhoneAndNumbersDoNotBreak() throws Exception {
        browser.openStyled(base + PLAN);
        assertEquals("left", browser.run("return getComputedStyle(document.querySelector('.doc-body p')).textAlign;").asText());
        JsonNode numbers = browser.run("return Array.prototype.map.call(document.querySelectorAll('h1 .nowrap, .doc-number-link'), function (e) {"
                + " return {text: e.textContent, lines: e.getClientRects().length}; });");
        assertTrue(numbers.size() > 3, numbers.toString());
        for (JsonNode n : numbers) {
            assertEquals(1, n.get("lines").asInt(), n.get("text").asText() + " breaks across lines");
        }
        browser.viewport(PageShots.LAPTOP, PageShots.LAPTOP_HEIGHT);
        browser.openStyled(base + PLAN);
        assertEquals("justify", browser.run("return getComputedStyle(document.querySelector('.doc-body p')).textAlign;").asText());
    }

    /** Rows shown now: [task rows, rows of other statuses than {@code cls}]. */
    private static int[] shownRows(String cls) throws Exception {
        JsonNode r = browser.run("var rows = document.querySelectorAll('.doc-task-section tbody tr'); var shown = 0, other = 0;"
                + "rows.forEach(function (tr) { if (getComputedStyle(tr).display === 'none' || tr.classList.contains('task-parent')) { return; }"
                + " shown++; if (!tr.classList.contains('" + cls + "')) { other++; } });"
                + "return [shown, other, rows.length];");
        return new int[] {r.get(0).asInt(), r.get(1).asInt(), r.get(2).asInt()};
    }

    private static int filterCount(String target) throws Exception {
        String text = browser.run("return document.querySelector('.task-filter a[href=\"#" + target + "\"]').textContent;").asText();
        return Integer.parseInt(text.replaceAll(".*\\((\\d+)\\)$", "$1"));
    }

    @Test
    void theTaskFiltersWorkWithoutJavaScript() throws Exception {
        browser.scripts(false);
        browser.openStyled(base + PLAN + "#loc-thuong-xuyen");
        assertFalse(browser.run("return document.querySelector('.task-filterable').classList.contains('js-filter');").asBoolean(),
                "the script did not run");
        int expected = filterCount("loc-thuong-xuyen");
        int[] rows = shownRows("st-ongoing");
        assertEquals(expected, rows[0], "the rows of the status");
        assertEquals(0, rows[1]);
        assertTrue(rows[2] > rows[0]);

        browser.run("location.hash = 'cq-so-xd';");
        int[] byAgency = shownRows("cq-so-xd");
        assertEquals(filterCount("cq-so-xd"), byAgency[0]);
        assertEquals(0, byAgency[1]);

        browser.run("location.hash = 'nhiem-vu';");
        assertEquals(0, shownRows("st-ongoing")[2] - shownRows("st-ongoing")[0]
                - browser.run("return document.querySelectorAll('.doc-task-section tbody tr.task-parent').length;").asInt(), "all rows again");
    }

    @Test
    void theTaskFiltersWorkWithJavaScriptAndCombine() throws Exception {
        browser.openStyled(base + PLAN);
        assertTrue(browser.run("return document.querySelector('.task-filterable').classList.contains('js-filter');").asBoolean());
        int all = shownRows("x")[0];
        browser.run("var s = document.querySelector('.task-filter-js select'); s.value = 'loc-chua-co-bao-cao'; s.dispatchEvent(new Event('change'));");
        int[] noReport = shownRows("st-no_report");
        assertEquals(filterCount("loc-chua-co-bao-cao"), noReport[0]);
        assertEquals(0, noReport[1]);
        browser.run("var s = document.querySelectorAll('.task-filter-js select')[1]; s.value = 'cq-so-xd'; s.dispatchEvent(new Event('change'));");
        JsonNode both = browser.run("var n = 0, bad = 0; document.querySelectorAll('.doc-task-section tbody tr').forEach(function (tr) {"
                + " if (tr.hidden || tr.classList.contains('task-parent')) { return; } n++;"
                + " if (!tr.classList.contains('st-no_report') || !tr.classList.contains('cq-so-xd')) { bad++; } });"
                + " return [n, bad, document.querySelector('.task-filter-count').textContent];");
        assertTrue(both.get(0).asInt() > 0 && both.get(0).asInt() < noReport[0], both.toString());
        assertEquals(0, both.get(1).asInt());
        assertEquals("Đang hiện " + both.get(0).asInt() + " nhiệm vụ.", both.get(2).asText());
        // a link of the summary line sets the status filter too, with the agency chosen before
        browser.run("var s = document.querySelectorAll('.task-filter-js select')[1]; s.value = ''; s.dispatchEvent(new Event('change'));");
        browser.run("location.hash = 'loc-thuong-xuyen';");
        Thread.sleep(200);
        assertEquals("loc-thuong-xuyen", browser.run("return document.querySelector('.task-filter-js select').value;").asText());
        assertEquals(filterCount("loc-thuong-xuyen"), shownRows("st-ongoing")[0]);
        browser.run("var s = document.querySelector('.task-filter-js select'); s.value = ''; s.dispatchEvent(new Event('change'));");
        assertEquals(all, shownRows("x")[0]);
    }

    /** The role and name Chromium's accessibility tree, what a screen reader reads, gives the element {@code css} selects. */
    private static String spoken(String css) throws Exception {
        int root = browser.cdp("DOM.getDocument", Map.of("depth", 0)).path("root").path("nodeId").asInt();
        int node = browser.cdp("DOM.querySelector", Map.of("nodeId", root, "selector", css)).path("nodeId").asInt();
        JsonNode ax = browser.cdp("Accessibility.getPartialAXTree", Map.of("nodeId", node, "fetchRelatives", false)).path("nodes").path(0);
        return ax.path("role").path("value").asText() + ": " + ax.path("name").path("value").asText();
    }

    /** What each row's lead and deadline cells say before their text, from the style sheet, each different pair once. */
    private static List<String> cellWords(String path) throws Exception {
        JsonNode rows = browser.run("return Array.prototype.map.call(document.querySelectorAll('.task-table tbody tr'), function (tr) {"
                + " return [1, 2].map(function (i) { return getComputedStyle(tr.cells[i], '::before').content; }).join('|'); });");
        assertTrue(rows.size() > 0, path);
        List<String> seen = new ArrayList<>();
        rows.forEach(r -> {
            if (!seen.contains(r.asText())) {
                seen.add(r.asText());
            }
        });
        return seen;
    }

    @Test
    void onAPhoneEachTaskRowNamesItsLeadAndDeadlineAndOnAWideScreenTheHeadDoes() throws Exception {
        // the rows carry no words of their own: on a phone the table's head is hidden and the style sheet names the cells
        String lead = ".task-table tbody tr:first-child td:nth-child(2)";
        String due = ".task-table tbody tr:first-child td:nth-child(3)";
        for (String path : List.of("nhiem-vu/chua-hoan-thanh/", PLAN)) {
            browser.openStyled(base + path);
            // a full verify once read these while the print test's media still held (every word none)
            awaitMedia("print", false);
            awaitMedia("(max-width: 39.99rem)", true);
            assertEquals(List.of("\"Chủ trì: \"|\"Thời hạn: \""), cellWords(path), path);
            JsonNode texts = browser.run("return [document.querySelector('" + lead + "').textContent, document.querySelector('" + due + "').textContent];");
            // a screen reader hears the words too, and the cells stay cells of the table
            assertEquals("cell: Chủ trì: " + texts.get(0).asText(), spoken(lead), path);
            assertEquals("cell: Thời hạn: " + texts.get(1).asText(), spoken(due), path);
        }
        browser.viewport(PageShots.LAPTOP, PageShots.LAPTOP_HEIGHT);
        browser.openStyled(base + "nhiem-vu/chua-hoan-thanh/");
        assertEquals(List.of("none|none"), cellWords("wide"), "the head names the columns");
        assertEquals("table-header-group", browser.run("return getComputedStyle(document.querySelector('.task-table thead')).display;").asText());
        String text = browser.run("return document.querySelector('" + lead + "').textContent;").asText();
        assertEquals("cell: " + text, spoken(lead));
    }

    @Test
    void printGivesTheDocumentAndItsTasksNotTheNavigation() throws Exception {
        browser.openStyled(base + PLAN);
        // set after the page has opened and waited for: set before, a navigation now and then
        // came back with screen media, and every element showed
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        awaitMedia("print", true);
        JsonNode r = browser.run("function shown(css) { var e = document.querySelector(css); return !!e && getComputedStyle(e).display !== 'none'; }"
                + "return {header: shown('.site-header'), toc: shown('nav.toc'), filter: shown('.task-filter'), body: shown('.doc-body'),"
                + " table: shown('.task-table'), head: getComputedStyle(document.querySelector('.task-table thead')).display,"
                + " rows: Array.prototype.filter.call(document.querySelectorAll('.task-table tbody tr'), function (tr) { return getComputedStyle(tr).display === 'table-row'; }).length,"
                + " all: document.querySelectorAll('.task-table tbody tr').length};");
        assertFalse(r.get("header").asBoolean(), r.toString());
        assertFalse(r.get("toc").asBoolean(), r.toString());
        assertFalse(r.get("filter").asBoolean(), r.toString());
        assertTrue(r.get("body").asBoolean(), r.toString());
        assertTrue(r.get("table").asBoolean(), r.toString());
        assertEquals("table-header-group", r.get("head").asText());
        assertEquals(r.get("all").asInt(), r.get("rows").asInt(), "every task is printed, as a table");
        assertEquals(List.of("none|none"), cellWords("print"), "the printed head names the columns");
    }

    @Test
    void theAgencyChartsMonthLabelsDoNotCollide() throws Exception {
        browser.openStyled(base + "co-quan/so-xd/");
        JsonNode overlaps = browser.run("var ticks = Array.prototype.filter.call(document.querySelectorAll('.status-chart text.tick'), function (t) { return t.textContent.indexOf('/') > 0; })"
                + ".map(function (t) { var b = t.getBoundingClientRect(); return [b.left, b.right, b.height]; });"
                + "var bad = 0; for (var i = 1; i < ticks.length; i++) { if (ticks[i][0] < ticks[i - 1][1] + 2) { bad++; } }"
                + "return [ticks.length, bad, ticks.length ? ticks[0][2] : 0];");
        assertTrue(overlaps.get(0).asInt() >= 2, overlaps.toString());
        assertEquals(0, overlaps.get(1).asInt(), "month labels overlap: " + overlaps);
        assertTrue(overlaps.get(2).asDouble() >= 9, "labels readable on a phone: " + overlaps);
    }
}
