package congkhai.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Debian's headless Chromium driven through chromedriver's W3C WebDriver protocol, spoken directly
 * over HTTP: a test needs to open a page and run a script in it, which does not justify Selenium's
 * jars.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process driver;
    private final URI session;
    private final Path profile;

    HeadlessChromium(Path profile) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                if (call("GET", base.resolve("status"), null).path("value").path("ready").asBoolean()) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("chromedriver did not start");
            }
            Thread.sleep(100);
        }
        this.profile = profile;
        Files.createDirectories(profile);
        Map<String, Object> options = Map.of("binary", CHROMIUM.toString(), "args", List.of(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath()));
        // an alert left open is what the hostile-content test looks for, so the driver must not dismiss it
        JsonNode created = call("POST", base.resolve("session"), Map.of("capabilities",
                Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options,
                        "unhandledPromptBehavior", "ignore"))));
        session = base.resolve("session/" + created.path("value").path("sessionId").asText() + "/");
    }

    void open(String url) throws IOException, InterruptedException {
        call("POST", session.resolve("url"), Map.of("url", url));
    }

    /**
     * Opens {@code url} and waits up to 10 s until the document and each of its style sheets have
     * loaded, for a test that reads computed styles, layout or colours. On a loaded CI machine a
     * computed style read right after the navigation once gave the browser's default ("start" where
     * the theme says "left"), as if the theme's sheet had not arrived yet. Fails naming the sheets
     * that never loaded. Not for a page that may open an alert: no script runs while one is open.
     */
    void openStyled(String url) throws IOException, InterruptedException {
        open(url);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            JsonNode pending = run("var links = document.querySelectorAll('link[rel=stylesheet]');"
                    + "var left = document.readyState === 'complete' ? [] : ['document ' + document.readyState];"
                    + "links.forEach(function (l) { if (!l.sheet) { left.push(l.href); } });"
                    + "return left;");
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(url + ": not loaded after 10 s: " + pending);
            }
            Thread.sleep(20);
        }
    }

    /** Types into the element {@code css} finds, as a reader would; "\uE007" is Enter. */
    void type(String css, String text) throws IOException, InterruptedException {
        call("POST", session.resolve("element/" + element(css) + "/value"), Map.of("text", text));
    }

    void click(String css) throws IOException, InterruptedException {
        call("POST", session.resolve("element/" + element(css) + "/click"), Map.of());
    }

    /** Opens a new tab and makes it the one the next commands act on; returns its handle. */
    String newTab() throws IOException, InterruptedException {
        String handle = call("POST", session.resolve("window/new"), Map.of("type", "tab")).path("value").path("handle").asText();
        switchTo(handle);
        return handle;
    }

    String windowHandle() throws IOException, InterruptedException {
        return call("GET", session.resolve("window"), null).path("value").asText();
    }

    void switchTo(String handle) throws IOException, InterruptedException {
        call("POST", session.resolve("window"), Map.of("handle", handle));
    }

    /** How long {@link #open} waits for a page to load before it fails, instead of WebDriver's five minutes. */
    void pageLoadTimeout(Duration timeout) throws IOException, InterruptedException {
        call("POST", session.resolve("timeouts"), Map.of("pageLoad", timeout.toMillis(), "script", timeout.toMillis()));
    }

    String currentUrl() throws IOException, InterruptedException {
        return call("GET", session.resolve("url"), null).path("value").asText();
    }

    private String element(String css) throws IOException, InterruptedException {
        JsonNode found = call("POST", session.resolve("element"), Map.of("using", "css selector", "value", css)).path("value");
        return found.elements().next().asText();
    }

    /** Runs {@code script} (a function body) in the page and returns what it returns. */
    JsonNode run(String script) throws IOException, InterruptedException {
        return call("POST", session.resolve("execute/sync"), Map.of("script", script, "args", List.of())).path("value");
    }

    /** Runs {@code script} (a function body whose last argument is a callback) and returns what it passes back. */
    JsonNode runAsync(String script) throws IOException, InterruptedException {
        return call("POST", session.resolve("execute/async"), Map.of("script", script, "args", List.of())).path("value");
    }

    /** The text of an open alert, dismissed on the way; empty when none is open. */
    Optional<String> alertText() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(session.resolve("alert/text")).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        String text = json.readTree(response.body()).path("value").asText();
        call("POST", session.resolve("alert/dismiss"), Map.of());
        return Optional.of(text);
    }

    /** A Chrome DevTools Protocol command, through chromedriver's own endpoint for it. */
    JsonNode cdp(String command, Map<String, Object> parameters) throws IOException, InterruptedException {
        return call("POST", session.resolve("goog/cdp/execute"), Map.of("cmd", command, "params", parameters)).path("value");
    }

    /** Lays pages out as on a screen {@code width} CSS pixels wide; below 600 as a phone (touch, mobile viewport). */
    void viewport(int width, int height) throws IOException, InterruptedException {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", width < 600));
    }

    /** Turns the page's own scripts off or on (the page is then reloaded by the next {@link #open}). */
    void scripts(boolean enabled) throws IOException, InterruptedException {
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** A PNG of the page from its top, {@code height} CSS pixels tall at most, whatever the window's height. */
    byte[] screenshot(int width, int height) throws IOException, InterruptedException {
        int page = run("return Math.ceil(document.documentElement.scrollHeight);").asInt();
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, Math.max(1, page)), "scale", 1);
        String data = cdp("Page.captureScreenshot", Map.of("format", "png", "clip", clip, "captureBeyondViewport", true))
                .path("data").asText();
        return java.util.Base64.getDecoder().decode(data);
    }

    /**
     * A profile folder outside the test's temporary folder: Chromium can go on writing into it for a
     * moment after it quits, which would make JUnit fail to delete the test's folder. Remove it with
     * {@link #removeProfile}.
     */
    static Path newProfile() throws IOException {
        return Files.createTempDirectory("congkhai-chromium-");
    }

    /** Deletes a profile folder as far as it can, trying again while Chromium finishes writing. */
    static void removeProfile(Path profile) throws InterruptedException {
        for (int attempt = 0; attempt < 20 && Files.exists(profile); attempt++) {
            try (java.util.stream.Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                // files vanished or appeared while walking; the next attempt sees the rest
            }
            Thread.sleep(100);
        }
    }

    /** Skips a browser test on a machine without Debian's chromium and chromium-driver, but not under CI. */
    static void assumeInstalled() {
        boolean installed = java.nio.file.Files.isExecutable(CHROMIUM) && java.nio.file.Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI needs Debian's chromium and chromium-driver; .ci/run installs them");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
    }

    private JsonNode call(String method, URI uri, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode node = json.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new IOException("webdriver " + method + " " + uri + ": " + response.statusCode() + " " + response.body());
        }
        return node;
    }

    @Override
    public void close() {
        try {
            call("DELETE", session, null);
        } catch (IOException | InterruptedException e) {
            // the driver is stopped next anyway
        }
        driver.destroy();
        try {
            driver.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            // Chromium may still be writing its profile after the session ends, and a test's temporary
            // folder is deleted next: wait for this browser's own processes, known by their profile
            String own = "--user-data-dir=" + profile.toAbsolutePath();
            List<ProcessHandle> browser = ProcessHandle.allProcesses()
                    .filter(p -> p.info().arguments().map(a -> List.of(a).contains(own)).orElse(false)).toList();
            for (ProcessHandle p : browser) {
                try {
                    p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    p.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
