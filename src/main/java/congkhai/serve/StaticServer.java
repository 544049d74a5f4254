package congkhai.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import congkhai.model.Urls;
import congkhai.render.TemplateEngine;

import congkhai.search.LuceneSearch;
import congkhai.search.SearchFilters;
import congkhai.search.SearchJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.net.URLDecoder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site from a folder on a local address: GET and HEAD only, never a file outside
 * the folder, "/x/" answered by "/x/index.html", unknown paths by the site's 404 page. Pages and
 * images carry the site's Content-Security-Policy as a header too, which, unlike the page's meta
 * element, also forbids framing and covers an SVG opened on its own.
 */
public final class StaticServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    /** Answers {@code ?q=} (and limit, type, agency, topic, year, sort=date) from the site's Lucene index. */
    private static final String SEARCH_API = "/api/search";
    private static final int MAX_LIMIT = 100;
    private static final int MAX_QUERY_CHARS = 500;
    private static final String POLICY = TemplateEngine.CONTENT_SECURITY_POLICY + "; frame-ancestors 'none'";

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Optional<LiveReload> live;
    /** The language of the plain-text answers to requests it cannot serve, the webmaster's (see {@link congkhai.base.Translator}). */
    private final congkhai.base.Translator words;
    /** The index of the site now in {@link #root}, reopened when a rebuild has replaced it. */
    private OpenIndex search;

    private record OpenIndex(Object version, LuceneSearch index) {
    }

    public StaticServer(Path root, InetSocketAddress address) throws IOException {
        this(root, address, Optional.empty(), congkhai.base.Translator.of(congkhai.base.Lang.EN));
    }

    /**
     * With {@code live}, HTML pages get the live-reload script and the server answers its events;
     * {@code words} puts its plain-text error answers into the webmaster's language.
     */
    public StaticServer(Path root, InetSocketAddress address, Optional<LiveReload> live, congkhai.base.Translator words) throws IOException {
        // The JDK's server leaves Nagle's algorithm on: a response's headers and its small body go
        // out as two writes, and the second waits for the browser's delayed acknowledgement (40 ms
        // and more on each page and event). The JDK reads this once, when its first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.root = root.toRealPath();
        this.live = live;
        this.words = words;
        this.server = HttpServer.create(address, 64);
        this.executor = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        live.ifPresent(l -> {
            server.createContext(LiveReload.EVENTS, l::subscribe);
            server.createContext(LiveReload.SCRIPT, ex -> {
                try (ex) {
                    send(ex, 200, TYPES.get("js"), l.script());
                }
            });
            server.createContext(LiveReload.WORKER, ex -> {
                try (ex) {
                    send(ex, 200, TYPES.get("js"), l.worker());
                }
            });
        });
        server.createContext(SEARCH_API, this::handleSearch);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        live.ifPresent(LiveReload::closeAll);
        server.stop(0);
        executor.shutdownNow();
        synchronized (this) {
            closeIndex();
        }
    }

    private void handleSearch(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(ex, 405, "Method Not Allowed");
                return;
            }
            Map<String, String> params = queryParams(ex.getRequestURI().getRawQuery());
            String q = params.getOrDefault("q", "").strip();
            int limit;
            Optional<Integer> year;
            try {
                limit = Math.min(MAX_LIMIT, Integer.parseInt(params.getOrDefault("limit", "10")));
                year = Optional.ofNullable(params.get("year")).map(Integer::valueOf);
            } catch (NumberFormatException e) {
                sendText(ex, 400, "limit and year must be numbers");
                return;
            }
            if (limit < 1) {
                sendText(ex, 400, "limit must be at least 1");
                return;
            }
            if (q.length() > MAX_QUERY_CHARS) {
                // a query of thousands of words is no search a reader types, and costs the index real work
                sendText(ex, 400, "the query is longer than " + MAX_QUERY_CHARS + " characters");
                return;
            }
            SearchFilters filters = new SearchFilters(Optional.ofNullable(params.get("type")), Optional.ofNullable(params.get("agency")),
                    Optional.ofNullable(params.get("topic")), year, Optional.ofNullable(params.get("issuer")),
                    Optional.ofNullable(params.get("signer")), Optional.ofNullable(params.get("status")),
                    SearchFilters.day(params.get("dueFrom")), SearchFilters.day(params.get("dueTo")));
            LuceneSearch.Results results;
            try {
                LuceneSearch index = searchIndex();
                if (index == null) {
                    sendText(ex, 404, "this site has no search index");
                    return;
                }
                results = index.search(q, filters, "date".equals(params.get("sort")) ? LuceneSearch.Order.DATE : LuceneSearch.Order.RELEVANCE, limit);
            } catch (IOException | RuntimeException e) {
                // a preview rebuild replaces the index file by file; the next request sees the whole new one
                sendText(ex, 503, "the search index is being rebuilt; try again");
                return;
            }
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("query", q);
            body.put("total", results.total());
            body.set("results", SearchJson.hits(results));
            send(ex, 200, TYPES.get("json"), JSON.writeValueAsBytes(body));
        }
    }

    private synchronized LuceneSearch searchIndex() throws IOException {
        Optional<Object> version = LuceneSearch.version(root);
        if (version.isEmpty()) {
            closeIndex();
            return null;
        }
        if (search == null || !version.get().equals(search.version())) {
            closeIndex();
            search = new OpenIndex(version.get(), LuceneSearch.open(root).orElseThrow());
        }
        return search.index();
    }

    private void closeIndex() {
        if (search != null) {
            try {
                search.index().close();
            } catch (IOException e) {
                // an index that cannot be closed holds nothing a new one needs
            }
            search = null;
        }
    }

    private static Map<String, String> queryParams(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (!value.isEmpty()) {
                params.putIfAbsent(key, value);
            }
        }
        return params;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(ex, 405, "Method Not Allowed");
                return;
            }
            URI uri = ex.getRequestURI();
            String path = uri.getPath();
            if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.contains("\\")) {
                sendText(ex, 400, "Bad Request");
                return;
            }
            for (String segment : path.split("/")) {
                if (segment.equals("..") || segment.equals(".")) {
                    sendText(ex, 400, "Bad Request");
                    return;
                }
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                sendText(ex, 400, "Bad Request");
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", path + "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve(Urls.file(Urls.home()));
            }
            if (!isServable(file)) {
                Path notFound = root.resolve(Urls.notFound());
                if (isServable(notFound)) {
                    send(ex, 404, TYPES.get("html"), withLiveReload(Files.readAllBytes(notFound)));
                } else {
                    sendText(ex, 404, "404 Not Found");
                }
                return;
            }
            String type = typeOf(file);
            if (type.startsWith("text/html")) {
                // pages are small, and the preview's reload script goes into them
                send(ex, 200, type, withLiveReload(Files.readAllBytes(file)));
            } else {
                sendFile(ex, 200, file, type);
            }
        }
    }

    /**
     * Streams the file: an attachment may be larger than the memory a preview should take. Answers a
     * request for one byte range with that range (206), as static hosts do: the browser's search
     * reads its records out of packs by range (export.BrowserRecords). Several ranges in one request
     * are answered with the whole file, which HTTP allows.
     */
    private static void sendFile(HttpExchange ex, int status, Path file, String type) throws IOException {
        long size = Files.size(file);
        headers(ex, type);
        ex.getResponseHeaders().set("Accept-Ranges", "bytes");
        boolean head = ex.getRequestMethod().equals("HEAD");
        Optional<ByteRange> range = ByteRange.of(ex.getRequestHeaders().getFirst("Range"), size);
        if (range.isPresent() && !range.get().satisfiable()) {
            ex.getResponseHeaders().set("Content-Range", "bytes */" + size);
            ex.sendResponseHeaders(416, -1);
            return;
        }
        long from = range.map(ByteRange::first).orElse(0L);
        long length = range.map(ByteRange::length).orElse(size);
        if (range.isPresent()) {
            status = 206;
            ex.getResponseHeaders().set("Content-Range", "bytes " + range.get().first() + "-" + range.get().last() + "/" + size);
        }
        ex.sendResponseHeaders(status, head || length == 0 ? -1 : length);
        if (!head && length > 0) {
            try (InputStream in = Files.newInputStream(file); OutputStream out = ex.getResponseBody()) {
                in.skipNBytes(from);
                long left = length;
                byte[] buffer = new byte[(int) Math.min(left, 64 * 1024)];
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
            }
        }
    }

    private static void headers(HttpExchange ex, String type) {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (type.startsWith("text/html") || type.startsWith("image/svg")) {
            ex.getResponseHeaders().set("Content-Security-Policy", POLICY);
        }
    }

    /** The page with the live-reload script before its closing body tag, when this server previews. */
    private byte[] withLiveReload(byte[] html) {
        if (live.isEmpty()) {
            return html;
        }
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String injected = end < 0 ? page + LiveReload.SCRIPT_TAG : page.substring(0, end) + LiveReload.SCRIPT_TAG + page.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    /** A regular file whose real location, links resolved, is inside the served folder. */
    private boolean isServable(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
            return false;
        }
        try {
            Path real = file.toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real) && !real.getFileName().toString().startsWith(".");
        } catch (IOException e) {
            return false;
        }
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private void sendText(HttpExchange ex, int status, String text) throws IOException {
        send(ex, status, TYPES.get("txt"), words.apply(text).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        headers(ex, type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
