package congkhai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;
import congkhai.serve.StaticServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relevance suite through the command line (Lucene), the preview server's API, and the page without JavaScript. */
class SearchSuiteTest {

    @TempDir
    static Path tmp;
    static Path site;
    static Path archive;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        TestSites.Run run = TestSites.build(TestSites.SAMPLE_PORTAL, site);
        assertEquals(0, run.code(), run.err());
        archive = tmp.resolve("archive");
        run = TestSites.build(RelevanceSuite.ARCHIVE, archive);
        assertEquals(0, run.code(), run.err());
    }

    @TestFactory
    Stream<DynamicTest> everyNumberCaseOfTheArchiveFromTheCommandLine() {
        return RelevanceSuite.ARCHIVE_CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(),
                () -> RelevanceSuite.check(c, RelevanceSuite.cli(archive, c.query()), q -> RelevanceSuite.cli(archive, q))));
    }

    @Test
    void theServerRanksANumberWithItsYearAsTheCommandLineDoes() throws Exception {
        try (StaticServer server = new StaticServer(archive, new InetSocketAddress("127.0.0.1", 0))) {
            server.start();
            for (String q : List.of("7/TB-UBND 2021", "122/KH-UBND", "122/KH-UBND ngày 27/5/2023", "122/KH-UBND của UBND tỉnh")) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + server.port() + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                List<String> served = new ArrayList<>();
                new ObjectMapper().readTree(response.body()).get("results").forEach(h -> served.add(h.get("id").asText()));
                assertEquals(RelevanceSuite.cli(archive, q).stream().map(RelevanceSuite.Result::id).toList(), served, q);
            }
        }
    }

    @Test
    void aNumberSortedByDateStaysInDateOrder() throws IOException {
        TestSites.Run run = TestSites.cli("search", "--site", archive.toString(), "--json", "--by-date", "7/TB-UBND 2021");
        assertEquals(0, run.code(), run.err());
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).forEach(h -> ids.add(h.get("id").asText()));
        // "Mới nhất" orders by date only: the year typed qualifies, it does not reorder
        assertEquals(List.of("reports/2024-12-20-bao-cao", "notices/2023-03-tb-7-tp", "notices/2023-02-10-tb-7", "notices/2021-01-15-tb-7"), ids);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFromTheCommandLine() {
        return RelevanceSuite.CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(),
                () -> RelevanceSuite.check(c, RelevanceSuite.cli(site, c.query()), q -> RelevanceSuite.cli(site, q))));
    }

    @Test
    void theSuiteHasFortyQueriesWithReasons() {
        assertTrue(RelevanceSuite.CASES.size() >= 40, "cases: " + RelevanceSuite.CASES.size());
        RelevanceSuite.CASES.forEach(c -> assertFalse(c.why().isBlank(), c.toString()));
    }

    @Test
    void aDocumentAppearsOnceWithItsMatchingTasksUnderIt() throws IOException {
        JsonNode all = json("giải phóng mặt bằng");
        List<String> ids = new ArrayList<>();
        all.forEach(h -> ids.add(h.get("id").asText()));
        assertEquals(ids.stream().distinct().toList(), ids, "one entry per document");
        assertTrue(ids.stream().noneMatch(id -> id.contains("#")), "no task stands alone: " + ids);
        JsonNode meeting = all.get(0);
        assertEquals(RelevanceSuite.MEETING_2025, meeting.get("id").asText());
        assertEquals(LuceneSearch.TASKS_SHOWN, meeting.get("tasks").size());
        assertTrue(meeting.get("moreTasks").asInt() > 0, meeting.toString());
        JsonNode task = meeting.get("tasks").get(0);
        for (String field : List.of("leads", "statusLabel", "status")) {
            assertFalse(task.path(field).asText().isEmpty(), field + " of " + task);
        }
        assertFalse(task.get("title").asText().startsWith("Nhiệm vụ"), "the label is not repeated in the title: " + task);

        JsonNode tasks = json("--type", "task", "giải phóng mặt bằng");
        assertTrue(tasks.size() > 1);
        tasks.forEach(t -> assertEquals("task", t.get("type").asText()));
        tasks.forEach(t -> assertFalse(t.has("tasks"), "tasks alone are listed one by one"));
    }

    @Test
    void phrasesAreMarkedAsPhrases() throws IOException {
        // "Phòng" of "Phòng Nông nghiệp" is no part of the phrase "giải phóng mặt bằng"
        for (JsonNode hit : json("--type", "task", "--limit", "50", "giai phong mat bang")) {
            String snippet = hit.get("snippet").asText();
            for (JsonNode m : hit.get("highlights")) {
                String marked = snippet.substring(m.get(0).asInt(), m.get(1).asInt());
                assertTrue(List.of("giải", "phóng", "mặt", "bằng", "GPMB").contains(marked), marked + " in " + snippet);
            }
        }
    }

    @Test
    void journalistsFilterByStatusDeadlineIssuerAndSigner() throws IOException {
        JsonNode overdue = json("--type", "task", "--status", "overdue_no_report", "--limit", "100", "giải phóng mặt bằng");
        assertFalse(overdue.isEmpty());
        overdue.forEach(t -> assertEquals("overdue_no_report", t.get("status").asText(), t.toString()));
        JsonNode due = json("--type", "task", "--due-from", "2022-05-01", "--due-to", "2022-05-31", "--limit", "100", "giải phóng mặt bằng");
        assertFalse(due.isEmpty());
        due.forEach(t -> assertTrue(t.get("deadline").asText().matches(".*/0?5/2022|tháng 5/2022"), t.get("deadline").asText()));
        assertTrue(json("--type", "task", "--due-from", "2030-01-01", "giải phóng mặt bằng").isEmpty());
        JsonNode signed = json("--signer", "Lương Trọng Quỳnh", "quy hoạch");
        assertEquals(List.of(RelevanceSuite.PLAN_122), ids(signed));
        JsonNode issued = json("--issuer", "ubnd-tp", "giải phóng mặt bằng");
        assertTrue(ids(issued).contains(RelevanceSuite.MEETING_2025), ids(issued).toString());
        issued.forEach(h -> assertEquals("Ủy ban nhân dân thành phố Lạng Sơn", h.get("issuer").asText(), h.toString()));
        assertFalse(ids(issued).contains(RelevanceSuite.PLAN_122), "the plan is the province's");
        assertEquals(2, TestSites.cli("search", "--site", site.toString(), "--due-from", "30/6/2025", "x").code());
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    private static JsonNode json(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("search", "--site", site.toString(), "--json"));
        all.addAll(List.of(args));
        TestSites.Run run = TestSites.cli(all.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndLinksTheLists() throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(site.resolve("tim-kiem/index.html").toFile(), "UTF-8");
        assertNotNull(page.selectFirst("form#search-form[hidden]"), "the form waits for the script");
        org.jsoup.nodes.Document inside = Jsoup.parseBodyFragment(page.selectFirst("noscript").html());
        assertTrue(inside.text().contains("cần bật JavaScript"), inside.text());
        List<String> links = inside.select("a").eachAttr("href");
        for (String list : List.of("/van-ban/", "/loai/", "/co-quan/", "/linh-vuc/", "/nam/", "/nhiem-vu/")) {
            assertTrue(links.contains(list), list + " in " + links);
            assertTrue(Files.exists(site.resolve(list.substring(1)).resolve("index.html")), list);
        }
        assertTrue(Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").select("nav a").eachAttr("href").contains("/tim-kiem/"),
                "the header links the search page");
    }

    @Test
    void thePreviewServerAnswersTheSameAsTheCommandLine() throws Exception {
        try (StaticServer server = new StaticServer(site, new InetSocketAddress("127.0.0.1", 0))) {
            server.start();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/api/search?q=" + URLEncoder.encode("122/KH-UBND", StandardCharsets.UTF_8)
                            + "&limit=5")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode body = new ObjectMapper().readTree(response.body());
            List<String> served = new ArrayList<>();
            body.get("results").forEach(h -> served.add(h.get("id").asText()));
            assertEquals(RelevanceSuite.cli(site, "122/KH-UBND").stream().limit(5).map(RelevanceSuite.Result::id).toList(), served);
            assertEquals(RelevanceSuite.PLAN_122, served.get(0));
            for (String field : List.of("id", "type", "title", "number", "url", "score", "snippet")) {
                assertTrue(body.get("results").get(0).has(field), field);
            }
            assertEquals("122/KH-UBND", body.get("results").get(0).get("number").asText());
        }
    }

    @Test
    void theCommandLineExplainsAMissingIndex() {
        TestSites.Run run = TestSites.cli("search", "--site", tmp.resolve("nothing").toString(), "ke hoach");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("has no search index"), run.err());
        assertEquals(2, TestSites.cli("search", "--site", site.toString(), "--limit", "0", "x").code());
    }
}
