package congkhai.search;

import congkhai.serve.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the search of a built site as docs/benchmarks.md reports it: the bytes headless Chromium
 * downloads for a first query (page, styles, client, data) and for each further query, the time from
 * Enter to results on the page, and the time of the same queries through Lucene in this process.
 * Run from the repository after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) congkhai.search.SearchBenchmark SITE QUERY...}
 * where cp.txt comes from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 * With {@code --pagefind} it runs the queries through a Pagefind index in SITE/pagefind/ instead.
 */
public final class SearchBenchmark {

    private static final String BYTES = "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
            + ".map(function (e) { return [e.name, e.transferSize]; });";

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean pagefind = args[0].equals("--pagefind");
        int first = pagefind ? 1 : 0;
        Path site = Path.of(args[first]);
        List<String> queries = Arrays.asList(args).subList(first + 1, args.length);
        System.out.printf(Locale.ROOT, "site %s: %s%n", site, sizes(site));
        try (StaticServer server = new StaticServer(site, new InetSocketAddress("127.0.0.1", 0))) {
            server.start();
            String origin = "http://127.0.0.1:" + server.port() + "/";
            Path profile = Files.createTempDirectory("bench-profile");
            WebDriver browser = SearchSuiteTest.chromium(profile);
            try {
                if (pagefind) {
                    pagefind(browser, origin, queries);
                } else {
                    congkhai(browser, origin, queries);
                }
            } finally {
                browser.quit();
            }
        }
        if (!pagefind) {
            lucene(site, queries);
        }
    }

    private static void congkhai(WebDriver browser, String origin, List<String> queries) {
        long start = System.nanoTime();
        browser.get(origin + "tim-kiem/?q=" + URLEncoder.encode(queries.get(0), StandardCharsets.UTF_8));
        int shown = waitForResults(browser);
        report("first " + queries.get(0), transferred(browser), (System.nanoTime() - start) / 1e6, shown);
        for (String q : queries.subList(1, queries.size())) {
            ((JavascriptExecutor) browser).executeScript("performance.clearResourceTimings();");
            WebElement box = browser.findElement(By.id("q"));
            box.clear();
            long t = System.nanoTime();
            box.sendKeys(q, Keys.ENTER);
            int n = waitForResults(browser);
            report("then " + q, transferred(browser), (System.nanoTime() - t) / 1e6, n);
        }
    }

    private static void pagefind(WebDriver browser, String origin, List<String> queries) {
        browser.get(origin + "404.html");
        ((JavascriptExecutor) browser).executeScript("performance.clearResourceTimings();");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        boolean firstQuery = true;
        for (String q : queries) {
            if (!firstQuery) {
                js.executeScript("performance.clearResourceTimings();");
            }
            long t = System.nanoTime();
            Object n = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "(window.pf ? Promise.resolve(window.pf) : import('/pagefind/pagefind.js').then(function (p) { window.pf = p; return p.init().then(function () { return p; }); }))"
                    + ".then(function (p) { return p.search(arguments[0]); }.bind(null, arguments[0]))"
                    + ".then(function (r) { return Promise.all(r.results.slice(0, 10).map(function (x) { return x.data(); })).then(function () { done(r.results.length); }); })"
                    + ".catch(function (e) { done('error ' + e); });", q);
            report((firstQuery ? "first " : "then ") + q, transferred(browser), (System.nanoTime() - t) / 1e6,
                    n instanceof Number num ? num.intValue() : -1);
            firstQuery = false;
        }
    }

    private static int waitForResults(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(5)).until(d -> {
            String status = d.findElement(By.id("search-status")).getText();
            return status.startsWith("Không tìm thấy") || (!status.startsWith("Đang tìm") && !status.isEmpty()
                    && d.findElement(By.id("search-results")).getAttribute("data-ready") != null);
        });
        return browser.findElements(By.cssSelector("#search-results > li")).size();
    }

    /** Total bytes and requests, then bytes by kind of file. */
    @SuppressWarnings("unchecked")
    private static Object[] transferred(WebDriver browser) {
        List<List<Object>> entries = (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(BYTES);
        long bytes = 0;
        long requests = 0;
        java.util.TreeMap<String, Long> byKind = new java.util.TreeMap<>();
        for (List<Object> e : entries) {
            long size = ((Number) e.get(1)).longValue();
            bytes += size;
            requests++;
            byKind.merge(kind(e.get(0).toString()), size, Long::sum);
        }
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((k, v) -> kinds.append(String.format(Locale.ROOT, " %s %.1f", k, v / 1024.0)));
        return new Object[] {bytes, requests, kinds.toString()};
    }

    private static String kind(String url) {
        for (String k : List.of("/search/terms/", "/search/records/", "/search/text/", "/search/index.json", ".js", ".css",
                "/pagefind/")) {
            if (url.contains(k)) {
                return k.replace("/search/", "").replace("/", "");
            }
        }
        return url.endsWith("/") || url.contains("/?") || url.endsWith(".html") ? "page" : "other";
    }

    private static void report(String what, Object[] bytes, double ms, int shown) {
        System.out.printf(Locale.ROOT, "%-34s %6.1f KB in %3d requests, %6.0f ms, %2d shown; KB by kind:%s%n",
                what, (Long) bytes[0] / 1024.0, (Long) bytes[1], ms, shown, bytes[2]);
    }

    private static void lucene(Path site, List<String> queries) throws IOException {
        try (LuceneSearch search = LuceneSearch.open(site).orElseThrow()) {
            for (int warm = 0; warm < 20; warm++) {
                for (String q : queries) {
                    search.search(q, SearchFilters.NONE, LuceneSearch.Order.RELEVANCE, 10);
                }
            }
            for (String q : queries) {
                int runs = 50;
                long t = System.nanoTime();
                int total = 0;
                for (int i = 0; i < runs; i++) {
                    total = search.search(q, SearchFilters.NONE, LuceneSearch.Order.RELEVANCE, 10).total();
                }
                System.out.printf(Locale.ROOT, "lucene %-33s %7.2f ms per query (%d matches)%n", q, (System.nanoTime() - t) / 1e6 / runs, total);
            }
        }
    }

    private static String sizes(Path site) throws IOException {
        List<String> parts = new ArrayList<>();
        for (String dir : List.of("search/lucene", "search/terms", "search/records", "search/text", "pagefind")) {
            Path p = site.resolve(dir);
            if (Files.isDirectory(p)) {
                long[] s = {0, 0};
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).forEach(f -> {
                        s[0] += f.toFile().length();
                        s[1]++;
                    });
                }
                parts.add(String.format(Locale.ROOT, "%s %.1f MB in %d files", dir, s[0] / 1048576.0, s[1]));
            }
        }
        return String.join("; ", parts);
    }
}
