package congkhai.browser;

import com.fasterxml.jackson.databind.JsonNode;
import congkhai.search.LuceneSearch;
import congkhai.search.SearchFilters;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures the search of a built site as docs/benchmarks.md reports it: the bytes the server sends
 * (bodies, status lines and headers, no compression) for a first query, from an empty cache, page,
 * styles and client included, and for each further query typed on the same page; the
 * time from Enter to results shown; and the time of the same queries through Lucene in this
 * process. With {@code --pagefind} it runs the queries through a Pagefind index in SITE/pagefind/
 * (its JavaScript API, loading the first ten results as its UI does). Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) congkhai.browser.SearchBenchmark [--pagefind] SITE QUERY...}
 * with cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}. Options:
 * {@code -Dbench.shown=FILE} and {@code -Dbench.requests=FILE} write what the page showed and what
 * it asked for; {@code -Dbench.ranges=off} serves whole files whatever range is asked.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    /**
     * Serves the site and counts what it sends: body bytes plus status line and headers, so every
     * request the browser makes, from the page or from a worker, is counted the same way.
     */
    static final class CountingServer {
        private final HttpServer server;
        /** Each request: its path, the bytes sent, its Range header ("" for none). */
        private final List<String[]> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

        CountingServer(Path root) throws IOException {
            this(root, true);
        }

        /** With {@code answersRanges} false, a server that sends the whole file whatever range is asked, as some hosts do. */
        CountingServer(Path root, boolean answersRanges) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            server.createContext("/", ex -> {
                try (ex) {
                    String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
                    Path file = root.resolve(path.substring(1)).normalize();
                    if (Files.isDirectory(file)) {
                        file = file.resolve("index.html");
                    }
                    byte[] body = file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
                    String name = file.getFileName().toString();
                    String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript"
                            : name.endsWith(".css") ? "text/css" : name.endsWith(".json") ? "application/json" : "application/octet-stream";
                    ex.getResponseHeaders().set("Content-Type", type);
                    ex.getResponseHeaders().set("Cache-Control", "no-cache");
                    int status = body.length == 0 && !Files.isRegularFile(file) ? 404 : 200;
                    // one byte range, as static hosts answer the search's pack reads (export.BrowserRecords)
                    String asked = String.valueOf(ex.getRequestHeaders().getFirst("Range"));
                    java.util.regex.Matcher range = java.util.regex.Pattern.compile("bytes=(\\d+)-(\\d+)").matcher(asked);
                    if (answersRanges && status == 200 && range.matches() && Long.parseLong(range.group(1)) < body.length) {
                        int from = Integer.parseInt(range.group(1));
                        int to = (int) Math.min(body.length - 1L, Long.parseLong(range.group(2)));
                        ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + body.length);
                        body = java.util.Arrays.copyOfRange(body, from, to + 1);
                        status = 206;
                    }
                    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                    ex.getResponseBody().write(body);
                    long headers = 17;
                    for (var h : ex.getResponseHeaders().entrySet()) {
                        for (String v : h.getValue()) {
                            headers += h.getKey().length() + v.length() + 4;
                        }
                    }
                    sent.add(new String[] {path, Long.toString(body.length + headers + 2), asked.equals("null") ? "" : asked});
                }
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        /** The requests since the last call of this or {@link #take}: path, bytes sent, Range header. */
        List<String[]> takeRequests() {
            List<String[]> now = new ArrayList<>(sent);
            sent.clear();
            return now;
        }

        /** What was sent since the last call: total bytes, requests, and KB by kind of file. */
        Object[] take() {
            return summary(takeRequests());
        }

        /** Total bytes, requests, and KB by kind of file, of the requests given. */
        static Object[] summary(List<String[]> now) {
            long bytes = 0;
            TreeMap<String, Long> byKind = new TreeMap<>();
            for (String[] s : now) {
                long size = Long.parseLong(s[1]);
                bytes += size;
                byKind.merge(kind(s[0]), size, Long::sum);
            }
            StringBuilder kinds = new StringBuilder();
            byKind.forEach((k, v) -> kinds.append(String.format(Locale.ROOT, " %s %.1f", k, v / 1024.0)));
            return new Object[] {bytes, (long) now.size(), kinds.toString()};
        }

        void stop() {
            server.stop(0);
        }
    }

    public static void main(String[] args) throws Exception {
        boolean pagefind = args[0].equals("--pagefind");
        int first = pagefind ? 1 : 0;
        Path site = Path.of(args[first]);
        List<String> queries = Arrays.asList(args).subList(first + 1, args.length);
        System.out.printf(Locale.ROOT, "site %s: %s%n", site, sizes(site));
        java.util.Map<String, List<String>> pageIds = new java.util.HashMap<>();
        // -Dbench.ranges=off: a server that sends whole files whatever range is asked (Python's http.server)
        CountingServer server = new CountingServer(site, !"off".equals(System.getProperty("bench.ranges")));
        try (HeadlessChromium browser = new HeadlessChromium(Files.createTempDirectory("bench-profile"))) {
            String origin = "http://127.0.0.1:" + server.port() + "/";
            if (pagefind) {
                pagefind(browser, server, origin, queries);
            } else {
                congkhai(browser, server, origin, queries, pageIds);
            }
        } finally {
            server.stop();
        }
        if (!pagefind) {
            lucene(site, queries, pageIds);
        }
    }

    private static void congkhai(HeadlessChromium browser, CountingServer server, String origin, List<String> queries,
                                 java.util.Map<String, List<String>> pageIds) throws Exception {
        long start = System.nanoTime();
        browser.open(origin + "tim-kiem/?q=" + URLEncoder.encode(queries.get(0), StandardCharsets.UTF_8));
        JsonNode first = SearchPageBrowserTest.shown(browser);
        pageIds.put(queries.get(0), ids(first));
        printShown(queries.get(0), first);
        int shown = first.size();
        report("first " + queries.get(0), requests(queries.get(0), server), (System.nanoTime() - start) / 1e6, shown);
        for (String q : queries.subList(1, queries.size())) {
            browser.run("document.getElementById('q').value = ''; return null;");
            server.take();
            long t = System.nanoTime();
            browser.type("#q", q + "\uE007");
            JsonNode results = SearchPageBrowserTest.shown(browser);
            pageIds.put(q, ids(results));
            printShown(q, results);
            int n = results.size();
            report("then " + q, requests(q, server), (System.nanoTime() - t) / 1e6, n);
        }
    }

    private static void pagefind(HeadlessChromium browser, CountingServer server, String origin, List<String> queries) throws Exception {
        browser.open(origin + "404.html");
        boolean firstQuery = true;
        for (String q : queries) {
            String quoted = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(q);
            long t = System.nanoTime();
            browser.run("window.pfDone = null; (window.pf ? Promise.resolve(window.pf) : import('/pagefind/pagefind.js')"
                    + ".then(function (p) { window.pf = p; return p.init().then(function () { return p; }); }))"
                    + ".then(function (p) { return p.search(" + quoted + "); })"
                    + ".then(function (r) { return Promise.all(r.results.slice(0, 10).map(function (x) { return x.data(); }))"
                    + ".then(function () { window.pfDone = r.results.length; }); })"
                    + ".catch(function (e) { window.pfDone = -1; }); return null;");
            JsonNode n;
            do {
                Thread.sleep(5);
                n = browser.run("return window.pfDone;");
            } while (n == null || n.isNull());
            report((firstQuery ? "first " : "then ") + q, server.take(), (System.nanoTime() - t) / 1e6, Math.min(10, n.asInt()));
            firstQuery = false;
        }
    }

    private static String kind(String url) {
        for (String k : List.of("/search/terms/", "/search/records/", "/search/text/", "/search/index.json.gz", "/pagefind/", ".js", ".css")) {
            if (url.contains(k)) {
                return k.replace("/search/", "").replace("/", "");
            }
        }
        return "page";
    }

    private static void report(String what, Object[] bytes, double ms, int shown) {
        System.out.printf(Locale.ROOT, "%-34s %6.1f KB in %3d requests, %6.0f ms, %2d shown; KB by kind:%s%n",
                what, (Long) bytes[0] / 1024.0, (Long) bytes[1], ms, shown, bytes[2]);
    }

    /**
     * With -Dbench.shown=FILE, appends what the page showed for each query (ids, scores, snippets,
     * tasks) as a line of JSON, so two builds' results can be compared with diff.
     */
    private static void printShown(String query, JsonNode results) throws IOException {
        String file = System.getProperty("bench.shown");
        if (file != null) {
            Files.writeString(Path.of(file), query + "\t" + results + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /**
     * What the server sent for a query; with -Dbench.requests=FILE, each request also as a line
     * (query, path, bytes sent, Range header), to see where a query's bytes went.
     */
    private static Object[] requests(String query, CountingServer server) throws IOException {
        List<String[]> asked = server.takeRequests();
        String file = System.getProperty("bench.requests");
        if (file != null) {
            StringBuilder lines = new StringBuilder();
            asked.forEach(r -> lines.append(query).append('\t').append(String.join("\t", r)).append('\n'));
            Files.writeString(Path.of(file), lines, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        return CountingServer.summary(asked);
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    /** Lucene's time per query, and how many of its first ten results the page showed too. */
    private static void lucene(Path site, List<String> queries, java.util.Map<String, List<String>> pageIds) throws IOException {
        try (LuceneSearch search = LuceneSearch.open(site).orElseThrow()) {
            for (int warm = 0; warm < 20; warm++) {
                for (String q : queries) {
                    search.search(q, SearchFilters.NONE, LuceneSearch.Order.RELEVANCE, 10);
                }
            }
            for (String q : queries) {
                int runs = 50;
                long t = System.nanoTime();
                LuceneSearch.Results results = null;
                for (int i = 0; i < runs; i++) {
                    results = search.search(q, SearchFilters.NONE, LuceneSearch.Order.RELEVANCE, 10);
                }
                double ms = (System.nanoTime() - t) / 1e6 / runs;
                List<String> top = results.groups().stream().map(g -> g.record().id()).toList();
                long same = top.stream().filter(id -> pageIds.getOrDefault(q, List.of()).contains(id)).count();
                System.out.printf(Locale.ROOT, "lucene %-27s %7.2f ms per query (%d matches); %d of its first %d also on the page, %s%n",
                        q, ms, results.total(), same, top.size(), top.equals(pageIds.get(q)) ? "same order" : "order differs");
            }
        }
    }

    private static String sizes(Path site) throws IOException {
        List<String> parts = new ArrayList<>();
        for (String dir : List.of("search/lucene", "search/terms", "search/records", "search/text", "pagefind")) {
            Path p = dir.equals("search/lucene") ? congkhai.search.LuceneLocation.beside(site) : site.resolve(dir);
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
