package congkhai.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;
import congkhai.serve.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs axe-core in Chromium on every page of the sample portal: no serious or critical violation.
 * The same pass checks that the pages' own Content-Security-Policy blocks nothing the theme uses.
 */
class AccessibilityTest {

    /** Installed by {@code npm ci --prefix src/test/js} (.ci/run does it), pinned by its lockfile. */
    static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");

    private static final String RUN_AXE = "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,"
            + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))))"
            + ".catch(e => done('axe failed: ' + e));";
    private static final String RECORD_CSP_VIOLATIONS = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    @TempDir
    Path tmp;

    /** The violations axe finds on the page loaded now, each with "impact id" readable in its text. */
    private static JsonNode axe(HeadlessChromium chromium, ObjectMapper json, String page) throws Exception {
        String text = chromium.runAsync(RUN_AXE).asText();
        if (text.isEmpty() || text.startsWith("axe failed")) {
            throw new AssertionError(page + ": " + text);
        }
        JsonNode violations = json.readTree(text);
        for (JsonNode v : violations) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) v).put("summary", v.get("impact").asText() + " " + v.get("id").asText());
        }
        return violations;
    }

    @Test
    void noPageOfTheSamplePortalHasASeriousOrCriticalViolation() throws Exception {
        HeadlessChromium.assumeInstalled();
        if (!Files.isRegularFile(AXE)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("axe-core is missing; .ci/run installs it with npm ci --prefix src/test/js");
            }
            assumeTrue(false, "axe-core is not installed: npm ci --prefix src/test/js");
        }
        String axe = Files.readString(AXE);
        Path out = tmp.resolve("portal");
        TestSites.Run run = TestSites.build(TestSites.SAMPLE_PORTAL, out);
        assertEquals(0, run.code(), run.err());
        List<String> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted()
                    .map(p -> out.relativize(p).toString().replace('\\', '/')).toList();
        }
        assertTrue(pages.size() > 100, "pages: " + pages.size());

        ObjectMapper json = new ObjectMapper();
        List<String> serious = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        Map<String, Integer> minor = new TreeMap<>();
        String version;
        Path profile = HeadlessChromium.newProfile();
        try (StaticServer server = new StaticServer(out, new InetSocketAddress("127.0.0.1", 0));
             HeadlessChromium chromium = new HeadlessChromium(profile)) {
            server.start();
            chromium.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
            // given to the browser once, evaluated in every page it opens, outside the page's policy
            chromium.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe));
            // the checks must be able to fail: an image without alt text, blocked by the page's policy
            chromium.open("data:text/html,<html lang=vi><meta http-equiv=\"Content-Security-Policy\" content=\"img-src 'none'\">"
                    + "<title>t</title><main><img src=\"https://example.invalid/x.png\"></main>");
            assertTrue(axe(chromium, json, "control").toString().contains("critical image-alt"), "axe found nothing");
            assertTrue(chromium.run("return window.__csp").toString().contains("img-src"), "no CSP report");
            version = chromium.run("return axe.version").asText();
            for (String page : pages) {
                chromium.openStyled("http://127.0.0.1:" + server.port() + "/" + page);
                for (JsonNode v : axe(chromium, json, page)) {
                    String impact = v.get("impact").asText();
                    if (impact.equals("serious") || impact.equals("critical")) {
                        serious.add(page + ": " + impact + " " + v.get("id").asText() + " at " + v.get("nodes"));
                    } else {
                        minor.merge(impact + " " + v.get("id").asText(), 1, Integer::sum);
                    }
                }
                chromium.run("return window.__csp").forEach(v -> blocked.add(page + ": " + v.asText()));
            }
        } finally {
            HeadlessChromium.removeProfile(profile);
        }
        System.out.println("axe " + version + ": " + pages.size() + " pages; minor and moderate findings by rule: " + minor);
        assertEquals(List.of(), serious);
        assertEquals(List.of(), blocked, "the Content-Security-Policy blocks something the theme uses");
    }
}
