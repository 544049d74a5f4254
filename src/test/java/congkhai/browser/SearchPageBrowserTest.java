package congkhai.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;
import congkhai.search.RelevanceSuite;
import congkhai.search.RelevanceSuite.Result;
import congkhai.serve.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in headless Chromium: the JavaScript client and its sharded data answer the
 * relevance suite, and agree with the command line's Lucene search on every query.
 */
class SearchPageBrowserTest {

    /** The results once the page has shown them, or null while it is still searching. */
    static final String RESULTS = """
            var status = document.getElementById('search-status').textContent;
            var list = document.getElementById('search-results');
            if (!status || status.indexOf('Đang tìm') === 0) { return null; }
            if (status.indexOf('Không tìm thấy') !== 0 && !list.hasAttribute('data-ready')) { return null; }
            return Array.prototype.map.call(list.children, function (li) {
              var snippet = li.querySelector(':scope > .snippet');
              var tasks = li.querySelectorAll('.search-tasks > li');
              return { id: li.getAttribute('data-id'), score: Number(li.getAttribute('data-score')), text: li.innerText,
                       snippet: snippet ? snippet.innerText : '',
                       tasks: Array.prototype.map.call(tasks, function (t) { return t.getAttribute('data-id'); }),
                       taskTexts: Array.prototype.map.call(tasks, function (t) { return t.innerText; }),
                       more: (li.querySelector('.search-more-tasks') || { textContent: '' }).textContent,
                       marks: Array.prototype.map.call(li.querySelectorAll('mark'), function (m) { return m.textContent; }) };
            });""";

    @TempDir
    static Path tmp;
    /** Chromium may still be writing its profile for a moment after it quits, so it is not in {@link #tmp}. */
    static Path profile;
    static Path site;
    static StaticServer server;
    static Path archive;
    static StaticServer archiveServer;
    static HeadlessChromium browser;

    @BeforeAll
    static void buildServeAndOpenABrowser() throws Exception {
        site = tmp.resolve("site");
        TestSites.Run run = TestSites.build(TestSites.SAMPLE_PORTAL, site);
        assertEquals(0, run.code(), run.err());
        server = new StaticServer(site, new InetSocketAddress("127.0.0.1", 0));
        server.start();
        archive = tmp.resolve("archive");
        run = TestSites.build(RelevanceSuite.ARCHIVE, archive);
        assertEquals(0, run.code(), run.err());
        archiveServer = new StaticServer(archive, new InetSocketAddress("127.0.0.1", 0));
        archiveServer.start();
        profile = Files.createTempDirectory("search-page-profile");
        browser = new HeadlessChromium(profile);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (archiveServer != null) {
            archiveServer.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a leftover profile in the system's temporary folder harms nothing
            }
        }
    }

    static String origin() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    /** Waits for the page to show its results and reads them. */
    static JsonNode shown(HeadlessChromium browser) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode results = browser.run(RESULTS);
            if (results != null && !results.isNull()) {
                return results;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the search page showed no results in time");
            }
            Thread.sleep(10);
        }
    }

    static List<Result> results(JsonNode shown) {
        List<Result> results = new ArrayList<>();
        shown.forEach(r -> {
            List<String> tasks = new ArrayList<>();
            r.get("tasks").forEach(t -> tasks.add(t.asText()));
            List<String> texts = new ArrayList<>();
            r.get("taskTexts").forEach(t -> texts.add(t.asText()));
            results.add(new Result(r.get("id").asText(), r.get("score").asDouble(), r.get("text").asText(), r.get("snippet").asText(),
                    tasks, texts));
        });
        return results;
    }

    /** Opens the search page with the query in its address, as a shared link does. */
    static List<Result> search(String query) throws IOException, InterruptedException {
        return search(origin(), query);
    }

    static List<Result> search(String origin, String query) throws IOException, InterruptedException {
        browser.open(origin + "tim-kiem/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return results(shown(browser));
    }

    static List<Result> searchArchive(String query) throws IOException, InterruptedException {
        return search("http://127.0.0.1:" + archiveServer.port() + "/", query);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithTheCommandLine() {
        return RelevanceSuite.CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            List<Result> page = search(c.query());
            RelevanceSuite.check(c, page, SearchPageBrowserTest::search);
            agrees(c, page, RelevanceSuite.cli(site, c.query()));
        }));
    }

    /** Document numbers with their year, date or issuer rank alike in the page and on the command line. */
    @TestFactory
    Stream<DynamicTest> everyNumberCaseOfTheArchiveAgreesWithTheCommandLine() {
        return RelevanceSuite.ARCHIVE_CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            List<Result> page = searchArchive(c.query());
            RelevanceSuite.check(c, page, SearchPageBrowserTest::searchArchive);
            List<Result> lucene = RelevanceSuite.cli(archive, c.query());
            assertEquals(lucene.stream().map(Result::id).toList(), page.stream().map(Result::id).toList(), c + ": the same documents in the same order");
            agrees(c, page, lucene);
        }));
    }

    private static void agrees(RelevanceSuite.Case c, List<Result> page, List<Result> lucene) {
        assertEquals(lucene.size(), page.size(), c + " result count");
        for (int i = 0; i < lucene.size(); i++) {
            Result expected = lucene.get(i);
            Result actual = page.get(i);
            // the browser adds up scores rounded to hundredths, so near-ties may swap places
            assertEquals(expected.score(), actual.score(), 0.05, c + " score at " + (i + 1));
            if (expected.id().equals(actual.id())) {
                assertEquals(expected.snippet(), actual.snippet(), c + ": the snippet of " + expected.id());
                // the same tasks; two whose scores differ by less than the browser's rounding may swap places
                assertEquals(new java.util.TreeSet<>(expected.tasks()), new java.util.TreeSet<>(actual.tasks()),
                        c + ": the tasks shown under " + expected.id());
            } else {
                Result twin = page.stream().filter(r -> r.id().equals(expected.id())).findFirst().orElseThrow();
                assertEquals(expected.score(), twin.score(), 0.05, c + ": " + expected.id() + " is not at " + (i + 1));
            }
        }
    }

    /**
     * A host that ignores range requests (Python's http.server, some CDNs) sends a whole pack: the
     * page cuts its entries from it and shows the same results, snippets included.
     */
    @Test
    void aServerWithoutRangesGivesTheSameResults() throws Exception {
        SearchBenchmark.CountingServer plain = new SearchBenchmark.CountingServer(site, false);
        try {
            String origin = "http://127.0.0.1:" + plain.port() + "/";
            List<String> allAsked = new ArrayList<>();
            for (String query : List.of("giải phóng mặt bằng", "122/KH-UBND", "chuyển đổi số")) {
                List<Result> ranged = search(query);
                assertFalse(ranged.isEmpty(), query);
                plain.takeRequests();
                assertEquals(ranged, search(origin, query), query + ": the same results, snippets and tasks without ranges");
                List<String> packsAsked = plain.takeRequests().stream().filter(r -> r[0].endsWith(".pack")).map(r -> r[0] + " " + r[2]).toList();
                // a page that opens reads each whole pack once, however many of its results are in it
                List<String> packs = packsAsked.stream().map(p -> p.substring(0, p.indexOf(' '))).toList();
                assertEquals(new java.util.HashSet<>(packs).size(), packs.size(), query + ": each whole pack came once: " + packsAsked);
                allAsked.addAll(packsAsked);
            }
            assertTrue(allAsked.stream().anyMatch(p -> p.contains("/search/text/")), "the snippets came from a text pack: " + allAsked);
            assertTrue(allAsked.stream().anyMatch(p -> p.contains("/search/terms/")), "the terms came from a term pack: " + allAsked);
            assertTrue(allAsked.stream().allMatch(p -> p.contains(" bytes=")), "the page asked for ranges: " + allAsked);
        } finally {
            plain.stop();
        }
    }

    @Test
    void aReaderTypesAQueryFiltersItAndSharesTheAddress() throws Exception {
        browser.open(origin() + "tim-kiem/");
        assertTrue(browser.run("return !document.getElementById('search-form').hidden;").asBoolean(),
                "with JavaScript the search form shows");
        browser.type("#q", "giai phong mat bang\uE007");
        JsonNode all = shown(browser);
        assertFalse(all.isEmpty());
        List<String> marks = new ArrayList<>();
        all.get(0).get("marks").forEach(m -> marks.add(m.asText()));
        assertTrue(marks.contains("giải"), "marks keep the accents of the text: " + marks);
        assertTrue(browser.currentUrl().endsWith("/tim-kiem/?q=giai+phong+mat+bang"), browser.currentUrl());

        browser.click("select[name=loai] option[value=conclusion]");
        List<Result> conclusions = results(shown(browser));
        assertTrue(browser.currentUrl().contains("loai=conclusion"), browser.currentUrl());
        assertFalse(conclusions.isEmpty());
        assertTrue(conclusions.stream().allMatch(r -> r.shown().startsWith("Thông báo kết luận")), conclusions.toString());

        browser.open(browser.currentUrl());
        assertEquals(conclusions.stream().map(Result::id).toList(), results(shown(browser)).stream().map(Result::id).toList(),
                "the address alone gives the same results");
    }

    /** The first ten results of the command line with these options, as ids with the ids of the tasks shown under each. */
    private static List<String> cliGroups(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("search", "--site", site.toString(), "--json", "--limit", "10"));
        all.addAll(List.of(args));
        TestSites.Run run = TestSites.cli(all.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        List<String> groups = new ArrayList<>();
        for (JsonNode h : new ObjectMapper().readTree(run.out())) {
            List<String> tasks = new ArrayList<>();
            h.path("tasks").forEach(t -> tasks.add(t.get("id").asText()));
            groups.add(h.get("id").asText() + " " + new java.util.TreeSet<>(tasks));
        }
        return groups;
    }

    private static List<String> pageGroups(List<Result> results) {
        return results.stream().map(r -> r.id() + " " + new java.util.TreeSet<>(r.tasks())).toList();
    }

    /** Sets a date field as a reader's date picker does, which fires a change. */
    private static void pickDate(String name, String isoDate) throws IOException, InterruptedException {
        browser.run("var input = document.querySelector('input[name=" + name + "]'); input.value = '" + isoDate + "';"
                + " input.dispatchEvent(new Event('change', { bubbles: true })); return null;");
    }

    @Test
    void theStatusDeadlineIssuerAndSignerFiltersAgreeWithTheCommandLine() throws Exception {
        String query = "giải phóng mặt bằng";
        browser.open(origin() + "tim-kiem/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        List<Result> unfiltered = results(shown(browser));

        browser.click("select[name=tinh-trang] option[value=overdue_no_report]");
        List<Result> overdue = results(shown(browser));
        assertTrue(browser.currentUrl().contains("tinh-trang=overdue_no_report"), browser.currentUrl());
        assertFalse(overdue.isEmpty());
        assertEquals(cliGroups("--status", "overdue_no_report", query), pageGroups(overdue));
        overdue.forEach(r -> assertFalse(r.tasks().isEmpty(), "a status keeps tasks only, each under its document: " + r));
        overdue.forEach(r -> r.taskTexts().forEach(t -> assertTrue(t.contains("Quá hạn, chưa có báo cáo"), t)));

        browser.click("select[name=loai] option[value=task]");
        List<Result> overdueTasks = results(shown(browser));
        assertEquals(cliGroups("--type", "task", "--status", "overdue_no_report", query), pageGroups(overdueTasks));
        assertTrue(overdueTasks.stream().allMatch(r -> r.id().contains("#")), "tasks listed one by one: " + overdueTasks);

        browser.click("select[name=tinh-trang] option[value='']");
        pickDate("han-tu", "2022-05-01");
        shown(browser);
        pickDate("han-den", "2022-05-31");
        List<Result> dueInMay = results(shown(browser));
        assertTrue(browser.currentUrl().contains("han-tu=2022-05-01") && browser.currentUrl().contains("han-den=2022-05-31"),
                browser.currentUrl());
        assertFalse(dueInMay.isEmpty());
        assertEquals(cliGroups("--type", "task", "--due-from", "2022-05-01", "--due-to", "2022-05-31", query), pageGroups(dueInMay));
        dueInMay.forEach(r -> assertTrue(r.shown().matches("(?s).*Hạn: (\\d\\d/05/2022|tháng 5/2022).*"), r.shown()));
        pickDate("han-tu", "2030-01-01");
        List<Result> none = results(shown(browser));
        assertEquals(List.of(), none, "no deadline after 2030 and before 31/05/2022");

        browser.open(origin() + "tim-kiem/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        shown(browser);
        browser.click("select[name=ban-hanh] option[value=ubnd-tp]");
        List<Result> city = results(shown(browser));
        assertTrue(browser.currentUrl().contains("ban-hanh=ubnd-tp"), browser.currentUrl());
        assertEquals(cliGroups("--issuer", "ubnd-tp", query), pageGroups(city));
        city.forEach(r -> assertTrue(r.shown().contains("Ủy ban nhân dân thành phố Lạng Sơn"), "issued by the city: " + r.shown()));
        assertTrue(unfiltered.stream().anyMatch(r -> !r.shown().contains("Ủy ban nhân dân thành phố Lạng Sơn")),
                "unfiltered, documents of other issuers are found: " + unfiltered);
        assertTrue(city.stream().noneMatch(r -> r.id().equals(RelevanceSuite.PLAN_122)), "the plan is the province's");

        browser.open(origin() + "tim-kiem/?q=" + URLEncoder.encode("quy hoạch", StandardCharsets.UTF_8));
        shown(browser);
        browser.type("input[name=nguoi-ky]", "luong trong quynh\uE007");
        List<Result> signed = results(shown(browser));
        assertTrue(browser.currentUrl().contains("nguoi-ky=luong+trong+quynh"), browser.currentUrl());
        assertEquals(List.of(RelevanceSuite.PLAN_122), signed.stream().map(Result::id).toList(), "he signed the plan, accents optional");
        assertEquals(cliGroups("--signer", "Lương Trọng Quỳnh", "quy hoạch"), pageGroups(signed));

        browser.open(browser.currentUrl());
        assertEquals(pageGroups(signed), pageGroups(results(shown(browser))), "the address alone gives the same results");
        assertEquals("luong trong quynh", browser.run("return document.querySelector('input[name=nguoi-ky]').value;").asText());
    }

    @Test
    void sortingByDateListsNewestFirst() throws Exception {
        browser.open(origin() + "tim-kiem/?q=" + URLEncoder.encode("giải phóng mặt bằng", StandardCharsets.UTF_8) + "&sap-xep=ngay");
        List<String> ids = results(shown(browser)).stream().map(Result::id).toList();
        TestSites.Run run = TestSites.cli("search", "--site", site.toString(), "--json", "--by-date", "giải phóng mặt bằng");
        List<String> expected = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).forEach(h -> expected.add(h.get("id").asText()));
        assertEquals(expected, ids);
        assertTrue(ids.get(0).startsWith(RelevanceSuite.MEETING_2025), "the 2025 meeting is the newest: " + ids);
    }
}
