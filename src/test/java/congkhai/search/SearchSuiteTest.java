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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The relevance suite over the sample portal, run through the command line (Lucene) and through the
 * search page in headless Chromium (the JavaScript client and its sharded data), which must agree.
 */
class SearchSuiteTest {

    private static final String PLAN_122 = "plans/2023-05-27-kh-122";
    private static final String CONCLUSION_NQ40 = "conclusions/2022-04-ket-luan-bcd-nq40";
    private static final String MEETING_2025 = "conclusions/2025-03-18-phien-hop-ubnd-thang-3";

    /** What a journalist types, and what must come back. */
    record Case(String query, Expect expect, String value) {
        @Override
        public String toString() {
            return query + " → " + expect.name().toLowerCase(Locale.ROOT).replace('_', ' ') + (value.isEmpty() ? "" : " " + value);
        }
    }

    enum Expect {
        /** this record is among the first three */
        IN_TOP_3,
        /** each of the first three results (and there is at least one) shows these words, accents as written */
        TOP_3_SHOW,
        /** nothing at all */
        NO_RESULTS,
        /** whatever comes back, none of the first ten shows these words */
        NONE_SHOW
    }

    static final List<Case> CASES = List.of(
            new Case("kế hoạch 122", Expect.IN_TOP_3, PLAN_122),
            new Case("ke hoach 122", Expect.IN_TOP_3, PLAN_122),
            new Case("122/KH-UBND", Expect.IN_TOP_3, PLAN_122),
            new Case("122/kh-ubnd", Expect.IN_TOP_3, PLAN_122),
            new Case("122 KH UBND", Expect.IN_TOP_3, PLAN_122),
            new Case("KH-UBND 122", Expect.IN_TOP_3, PLAN_122),
            new Case("Lương Trọng Quỳnh", Expect.IN_TOP_3, PLAN_122),
            new Case("luong trong quynh", Expect.IN_TOP_3, PLAN_122),
            new Case("nghi quyet 40", Expect.IN_TOP_3, CONCLUSION_NQ40),
            new Case("40-NQ/TU", Expect.IN_TOP_3, CONCLUSION_NQ40),
            new Case("Hồ Tiến Thiệu", Expect.IN_TOP_3, CONCLUSION_NQ40),
            new Case("ho tien thieu", Expect.IN_TOP_3, CONCLUSION_NQ40),
            new Case("Hoàng Tuấn Anh", Expect.IN_TOP_3, MEETING_2025),
            new Case("cao tốc Hữu Nghị", Expect.IN_TOP_3, MEETING_2025 + "#t9-1"),
            new Case("so xay dung", Expect.TOP_3_SHOW, "Sở Xây dựng"),
            new Case("giai phong mat bang", Expect.TOP_3_SHOW, "giải phóng mặt bằng"),
            new Case("\"quy hoạch chung\"", Expect.TOP_3_SHOW, "quy hoạch chung"),
            new Case("quy hoạch", Expect.TOP_3_SHOW, "quy hoạch"),
            new Case("dat dai", Expect.TOP_3_SHOW, "đất đai"),
            new Case("tiền", Expect.TOP_3_SHOW, "tiền"),
            new Case("xyzzy", Expect.NO_RESULTS, ""),
            new Case("9999/KH-UBND", Expect.NO_RESULTS, ""),
            new Case("\"quy hoạch riêng\"", Expect.NO_RESULTS, ""),
            new Case("Nguyễn Phú Trọng", Expect.NONE_SHOW, "Nguyễn Phú Trọng"),
            new Case("thủy điện", Expect.NONE_SHOW, "thủy điện"));

    /** One result as either side reports it. */
    record Result(String id, double score, String shown, String snippet) {
    }

    @TempDir
    static Path tmp;
    static Path site;
    static StaticServer server;
    static WebDriver browser;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void buildServeAndOpenABrowser() throws IOException {
        site = tmp.resolve("site");
        TestSites.Run run = TestSites.build(TestSites.SAMPLE_PORTAL, site, "--base-url=http://127.0.0.1/");
        assertEquals(0, run.code(), run.err());
        server = new StaticServer(site, new InetSocketAddress("127.0.0.1", 0));
        server.start();
        browser = chromium(tmp.resolve("profile"));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Debian's chromium and chromium-driver, headless; Selenium is given the driver, so it downloads nothing. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static WebDriver chromium(Path profile) {
        File driver = new File("/usr/bin/chromedriver");
        File binary = new File("/usr/bin/chromium");
        if (!driver.canExecute() || !binary.canExecute()) {
            fail("the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        }
        // Selenium warns that it has no DevTools bindings for this Chromium; the tests use WebDriver only
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static String origin() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    static List<Result> cli(String query) throws IOException {
        TestSites.Run run = TestSites.cli("search", "--site", site.toString(), "--json", "--limit", "10", query);
        assertEquals(0, run.code(), run.err());
        List<Result> results = new ArrayList<>();
        for (JsonNode hit : JSON.readTree(run.out())) {
            results.add(new Result(hit.get("id").asText(), hit.get("score").asDouble(),
                    hit.get("title").asText() + "\n" + hit.get("snippet").asText(), hit.get("snippet").asText()));
        }
        return results;
    }

    /** Opens the search page with the query in its address, as a shared link does, and reads the results. */
    static List<Result> browser(String query) {
        browser.get(origin() + "tim-kiem/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return readResults();
    }

    static List<Result> readResults() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return !status.isEmpty() && !status.startsWith("Đang tìm")
                    && (status.startsWith("Không tìm thấy") || d.findElement(By.id("search-results")).getAttribute("data-ready") != null);
        });
        List<Result> results = new ArrayList<>();
        for (WebElement li : browser.findElements(By.cssSelector("#search-results > li"))) {
            List<WebElement> snippet = li.findElements(By.cssSelector(".snippet"));
            results.add(new Result(li.getAttribute("data-id"), Double.parseDouble(li.getAttribute("data-score")), li.getText(),
                    snippet.isEmpty() ? "" : snippet.get(0).getText()));
        }
        return results;
    }

    static void check(Case c, List<Result> results) {
        String ids = results.stream().map(Result::id).toList().toString();
        switch (c.expect()) {
            case IN_TOP_3 -> assertTrue(results.stream().limit(3).anyMatch(r -> r.id().equals(c.value())), c + ": " + ids);
            case TOP_3_SHOW -> {
                assertFalse(results.isEmpty(), c.toString());
                results.stream().limit(3).forEach(r -> assertTrue(shows(r, c.value()), c + ": " + r));
            }
            case NO_RESULTS -> assertEquals(List.of(), results, c.toString());
            case NONE_SHOW -> results.forEach(r -> assertFalse(shows(r, c.value()), c + ": " + r));
        }
    }

    private static boolean shows(Result r, String words) {
        return r.shown().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFromTheCommandLine() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c, cli(c.query()))));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFromTheBrowserAgreeingWithTheCommandLine() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            List<Result> page = browser(c.query());
            check(c, page);
            List<Result> lucene = cli(c.query());
            assertEquals(lucene.size(), page.size(), c + " result count");
            for (int i = 0; i < lucene.size(); i++) {
                Result expected = lucene.get(i);
                Result actual = page.get(i);
                // the browser adds up scores rounded to hundredths, so near-ties may swap places
                assertEquals(expected.score(), actual.score(), 0.05, c + " score at " + (i + 1));
                if (expected.id().equals(actual.id())) {
                    assertEquals(expected.snippet(), actual.snippet(), c + ": the snippet of " + expected.id());
                } else {
                    Result twin = page.stream().filter(r -> r.id().equals(expected.id())).findFirst().orElseThrow();
                    assertEquals(expected.score(), twin.score(), 0.05, c + ": " + expected.id() + " is not at " + (i + 1));
                }
            }
        }));
    }

    @Test
    void aReaderTypesAQueryFiltersItAndSharesTheAddress() {
        browser.get(origin() + "tim-kiem/");
        WebElement box = browser.findElement(By.id("q"));
        assertTrue(box.isDisplayed(), "with JavaScript the search form shows");
        box.sendKeys("giai phong mat bang", Keys.ENTER);
        List<Result> all = readResults();
        assertFalse(all.isEmpty());
        WebElement first = browser.findElement(By.cssSelector("#search-results > li"));
        assertFalse(first.findElements(By.cssSelector("mark")).isEmpty(), "matched words are marked");
        assertTrue(first.findElements(By.cssSelector("mark")).stream().anyMatch(m -> m.getText().equals("giải")),
                "marks keep the accents of the text: " + first.getText());
        assertTrue(browser.getCurrentUrl().endsWith("/tim-kiem/?q=giai+phong+mat+bang"), browser.getCurrentUrl());

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("loai"))).selectByValue("conclusion");
        List<Result> conclusions = readResults();
        assertTrue(browser.getCurrentUrl().contains("loai=conclusion"), browser.getCurrentUrl());
        assertFalse(conclusions.isEmpty());
        assertTrue(conclusions.stream().allMatch(r -> r.shown().startsWith("Thông báo kết luận")), conclusions.toString());

        browser.get(browser.getCurrentUrl());
        assertEquals(conclusions.stream().map(Result::id).toList(), readResults().stream().map(Result::id).toList(),
                "the address alone gives the same results");
    }

    @Test
    void sortingByDateListsNewestFirst() throws IOException {
        browser.get(origin() + "tim-kiem/?q=" + URLEncoder.encode("giải phóng mặt bằng", StandardCharsets.UTF_8) + "&sap-xep=ngay");
        List<String> ids = readResults().stream().map(Result::id).toList();
        TestSites.Run run = TestSites.cli("search", "--site", site.toString(), "--json", "--by-date", "giải phóng mặt bằng");
        List<String> expected = new ArrayList<>();
        JSON.readTree(run.out()).forEach(h -> expected.add(h.get("id").asText()));
        assertEquals(expected, ids);
        assertTrue(ids.get(0).startsWith(MEETING_2025), "the 2025 meeting is the newest: " + ids);
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndLinksTheLists() throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(site.resolve("tim-kiem/index.html").toFile(), "UTF-8");
        assertNotNull(page.selectFirst("form#search-form[hidden]"), "the form waits for the script");
        String noscript = page.selectFirst("noscript").html();
        org.jsoup.nodes.Document inside = Jsoup.parseBodyFragment(noscript);
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
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(origin() + "api/search?q="
                + URLEncoder.encode("122/KH-UBND", StandardCharsets.UTF_8) + "&limit=5")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        List<String> served = new ArrayList<>();
        body.get("results").forEach(h -> served.add(h.get("id").asText()));
        assertEquals(cli("122/KH-UBND").stream().limit(5).map(Result::id).toList(), served);
        assertEquals(PLAN_122, served.get(0));
        for (String field : List.of("id", "type", "title", "number", "url", "score", "snippet")) {
            assertTrue(body.get("results").get(0).has(field), field);
        }
        assertEquals("122/KH-UBND", body.get("results").get(0).get("number").asText());
    }

    @Test
    void theCommandLineExplainsAMissingIndex() {
        TestSites.Run run = TestSites.cli("search", "--site", tmp.resolve("nothing").toString(), "ke hoach");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("has no search index"), run.err());
        assertEquals(2, TestSites.cli("search", "--site", site.toString(), "--limit", "0", "x").code());
    }
}
