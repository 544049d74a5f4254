package congkhai.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site from a folder on a local address: GET and HEAD only, never a file outside
 * the folder, "/x/" answered by "/x/index.html", unknown paths by the site's 404 page.
 */
public final class StaticServer implements AutoCloseable {

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

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Optional<LiveReload> live;

    public StaticServer(Path root, InetSocketAddress address) throws IOException {
        this(root, address, Optional.empty());
    }

    /** With {@code live}, HTML pages get the live-reload script and the server answers its events. */
    public StaticServer(Path root, InetSocketAddress address, Optional<LiveReload> live) throws IOException {
        this.root = root.toRealPath();
        this.live = live;
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
        });
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
                file = file.resolve("index.html");
            }
            if (!isServable(file)) {
                Path notFound = root.resolve("404.html");
                byte[] body = isServable(notFound) ? withLiveReload(Files.readAllBytes(notFound)) : "404 Not Found".getBytes(StandardCharsets.UTF_8);
                send(ex, 404, isServable(notFound) ? TYPES.get("html") : TYPES.get("txt"), body);
                return;
            }
            String type = typeOf(file);
            byte[] body = Files.readAllBytes(file);
            send(ex, 200, type, type.startsWith("text/html") ? withLiveReload(body) : body);
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

    private static void sendText(HttpExchange ex, int status, String text) throws IOException {
        send(ex, status, TYPES.get("txt"), text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
