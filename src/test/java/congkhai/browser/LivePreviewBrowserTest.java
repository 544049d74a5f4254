package congkhai.browser;

import congkhai.TestSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve} in its own process, a page open in headless Chromium, and an edit to the record:
 * the open page must show the edit with no reload from the test, show a content error over the
 * page while keeping it, and clear the error once it is fixed.
 */
class LivePreviewBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void anEditReachesTheOpenPageAndAnErrorShowsOverIt() throws Exception {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isEmpty();
        Assumptions.assumeTrue(ci || Files.isExecutable(HeadlessChromium.CHROMEDRIVER),
                "chromium-driver is not installed (CI installs it)");
        Path site = tmp.resolve("site");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        Path record = site.resolve("content/news/2022-04-08-tin.md");
        String text = Files.readString(record);

        ProcessBuilder serveBuilder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "congkhai.cli.Main",
                "serve", "--source", site.toString(), "--port", "0", "--as-of", "2025-06-30")
                .redirectErrorStream(true);
        // this test reads the English messages; PreviewManyPagesBrowserTest and MessagesTest the Vietnamese
        serveBuilder.environment().put("LANG", "en_US.UTF-8");
        serveBuilder.environment().remove("LC_ALL");
        Process serve = serveBuilder.start();
        try (HeadlessChromium browser = new HeadlessChromium(tmp.resolve("profile"))) {
            String address = ServeOutput.address(serve, Duration.ofSeconds(60));

            browser.open(address + "news/2022-04-08-tin/");
            assertEquals("Tin: họp Ban Chỉ đạo", browser.run("return document.querySelector('h1').textContent.trim();").asText());
            // the live-reload script must be connected before the edit, or the test would race it
            waitFor(browser, "return window.congkhaiPreviewConnected === true;",
                    v -> v.equals("true"));

            Files.writeString(record, text.replace("Tin: họp Ban Chỉ đạo", "Tin: họp Ban Chỉ đạo (đã sửa)"));
            waitFor(browser, "return document.querySelector('h1').textContent.trim();", v -> v.equals("Tin: họp Ban Chỉ đạo (đã sửa)"));
            waitFor(browser, "return window.congkhaiPreviewConnected === true;",
                    v -> v.equals("true"));

            Files.writeString(record, text.replace("type: news", "type: newz"));
            String overlay = waitFor(browser, "var o = document.getElementById('congkhai-problems'); return o ? o.textContent : '';",
                    v -> !v.isEmpty());
            assertTrue(overlay.contains("content/news/2022-04-08-tin.md:2:7: error: unknown document type 'newz'"), overlay);
            assertEquals("Tin: họp Ban Chỉ đạo (đã sửa)", browser.run("return document.querySelector('h1').textContent.trim();").asText(),
                    "the last good page stays under the error");

            Files.writeString(record, text);
            waitFor(browser, "return document.querySelector('h1').textContent.trim();", v -> v.equals("Tin: họp Ban Chỉ đạo"));
            assertEquals("", browser.run("var o = document.getElementById('congkhai-problems'); return o ? o.textContent : '';").asText());
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String waitFor(HeadlessChromium browser, String script, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String value = "";
        while (System.nanoTime() < deadline) {
            try {
                value = browser.run(script).asText();
                if (done.test(value)) {
                    return value;
                }
            } catch (IOException e) {
                // the page was reloading while the script ran
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting; last value: " + value);
    }
}
