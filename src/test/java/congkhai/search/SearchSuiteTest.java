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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relevance suite through the command line (Lucene), the preview server's API, and the page without JavaScript. */
class SearchSuiteTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        TestSites.Run run = TestSites.build(TestSites.SAMPLE_PORTAL, site);
        assertEquals(0, run.code(), run.err());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFromTheCommandLine() {
        return RelevanceSuite.CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(),
                () -> RelevanceSuite.check(c, RelevanceSuite.cli(site, c.query()))));
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
