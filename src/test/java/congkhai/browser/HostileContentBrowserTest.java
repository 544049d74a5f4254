package congkhai.browser;

import com.fasterxml.jackson.databind.JsonNode;
import congkhai.TestSites;
import congkhai.serve.StaticServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads every page, feed and text file of sites/hostile in Chromium with the pages'
 * Content-Security-Policy switched off, so that the allow-list cleaning alone must keep the payloads
 * inert, and checks that none ran: no alert, no {@code top.__pwned}, no request for {@code /pwned},
 * the title as the page wrote it. The search page, which draws results from the index in the
 * browser, is tried with queries that find the payloads.
 */
class HostileContentBrowserTest {

    /** What the hostile fixture's payloads do when they run. */
    private static final String RAN = "return [typeof top.__pwned === 'undefined' ? '' : 'top.__pwned was set']"
            + ".concat(performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('pwned')))"
            + ".filter(s => s.length > 0)";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void requireChromium() {
        HeadlessChromium.assumeInstalled();
    }

    @Test
    void noScriptFromContentRunsOnAnyPageEvenWithoutTheContentSecurityPolicy() throws Exception {
        Path out = tmp.resolve("hostile");
        TestSites.Run run = TestSites.build(TestSites.fixture("hostile"), out);
        assertEquals(0, run.code(), run.err());
        List<String> paths = new ArrayList<>();
        try (Stream<Path> s = Files.walk(out)) {
            s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".xml") || p.toString().endsWith(".txt"))
                    .sorted().forEach(p -> paths.add(out.relativize(p).toString().replace('\\', '/')));
        }
        assertTrue(paths.size() > 25, paths.toString());
        List<String> ran = new ArrayList<>();
        int found = 0;
        List<String> statuses = new ArrayList<>();
        Path profile = HeadlessChromium.newProfile();
        try (StaticServer server = new StaticServer(out, new InetSocketAddress("127.0.0.1", 0));
             HeadlessChromium chromium = new HeadlessChromium(profile)) {
            server.start();
            chromium.cdp("Page.setBypassCSP", Map.of("enabled", true));
            assertDetects(chromium);
            for (String path : paths) {
                chromium.open("http://127.0.0.1:" + server.port() + "/" + path.replace(" ", "%20").replace("&", "%26"));
                chromium.alertText().ifPresent(text -> ran.add(path + ": alert " + text));
                for (JsonNode sign : chromium.run(RAN)) {
                    ran.add(path + ": " + sign.asText());
                }
                if (path.endsWith(".html")) {
                    String expected = Jsoup.parse(out.resolve(path).toFile(), "UTF-8").title();
                    assertEquals(expected, chromium.run("return document.title").asText(), path);
                }
            }
            // the search page shows titles, numbers and snippets from the index, which content wrote
            for (String query : List.of("pwned", "script", "<img src=x onerror=top.__pwned=1>", "${site.title}")) {
                chromium.open("http://127.0.0.1:" + server.port() + "/tim-kiem/?q="
                        + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
                String status = "";
                for (int i = 0; i < 100 && (status.isEmpty() || status.startsWith("Đang tìm")); i++) {
                    Thread.sleep(100);
                    status = chromium.run("return document.getElementById('search-status').textContent").asText();
                }
                assertTrue(status.contains("kết quả") || status.startsWith("Không tìm thấy"), query + ": " + status);
                // the count is announced first, the results drawn just after
                for (int i = 0; i < 100 && status.contains("kết quả")
                        && chromium.run("return document.querySelectorAll('#search-results > li').length").asInt() == 0; i++) {
                    Thread.sleep(100);
                }
                chromium.alertText().ifPresent(text -> ran.add("search " + query + ": alert " + text));
                for (JsonNode sign : chromium.run(RAN)) {
                    ran.add("search " + query + ": " + sign.asText());
                }
                found += chromium.run("return document.querySelectorAll('#search-results > li').length").asInt();
                statuses.add(query + " -> " + status);
            }
        } finally {
            HeadlessChromium.removeProfile(profile);
        }
        assertTrue(found > 3, "the searches found " + found + " results; too few to test anything: " + statuses);
        assertEquals(List.of(), ran);
    }

    /**
     * The check itself must be able to fail: a page whose script runs is caught, even under a policy
     * that forbids its script (so the policy really is off).
     */
    private static void assertDetects(HeadlessChromium chromium) throws Exception {
        chromium.open("data:text/html,<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'\">"
                + "<title>t</title><script>top.__pwned=1;alert('x')</script>");
        // the alert opens as the page's script runs, which a full test run once saw come after open() returned
        java.util.Optional<String> alert = chromium.alertText();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (alert.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            alert = chromium.alertText();
        }
        assertEquals("x", alert.orElse(""), "an alert went unnoticed");
        assertEquals("[\"top.__pwned was set\"]", chromium.run(RAN).toString());
    }
}
