package congkhai.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the browser tabs of a preview that the site changed, by Server-Sent Events on
 * {@value #EVENTS}. A small script, injected only into pages served for preview (never into
 * {@code build} output), listens: it reloads its tab when its page or a style changed, and shows the
 * current content errors over the page, which stays the last good one.
 */
public final class LiveReload {

    static final String EVENTS = "/__congkhai/events";
    static final String SCRIPT = "/__congkhai/live.js";
    /** The shared worker that holds one event stream for every tab: see live-worker.js. */
    static final String WORKER = "/__congkhai/live-worker.js";
    /**
     * How often an idle stream gets a comment line. A tab that went away without closing its
     * connection is noticed at the next write, which frees its slot, and proxies and browsers do not
     * time out a stream that carries something.
     */
    static final long HEARTBEAT_SECONDS = 15;
    static final String SCRIPT_TAG = "<script src=\"" + SCRIPT + "\" defer></script>";

    private final ObjectMapper json = new ObjectMapper();
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private final byte[] script;
    private final byte[] worker;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "congkhai-preview-heartbeat");
        t.setDaemon(true);
        return t;
    });
    /** The event a tab gets when it connects: the current errors, or that there are none. */
    private volatile String state = event("ok", "[]");

    public LiveReload() {
        script = resource("live.js");
        worker = resource("live-worker.js");
        heartbeat.scheduleWithFixedDelay(() -> broadcast(": ping\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    private static byte[] resource(String name) {
        try (InputStream in = LiveReload.class.getResourceAsStream("/congkhai/serve/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site changed: {@code paths} under the site root were written or removed. */
    public void changed(List<String> paths) {
        state = event("ok", "[]");
        broadcast(state + event("changed", toJson(paths)));
    }

    /** The last edit broke the site; {@code problems} are the lines {@code build} would print. */
    public void problems(List<String> problems) {
        state = event("problems", toJson(problems));
        broadcast(state);
    }

    int listenerCount() {
        return listeners.size();
    }

    byte[] script() {
        return script.clone();
    }

    byte[] worker() {
        return worker.clone();
    }

    /** Keeps the response open; the exchange is closed when the tab goes away or the server stops. */
    void subscribe(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        try {
            out.write((": congkhai preview\nretry: 1000\n\n" + state).getBytes(StandardCharsets.UTF_8));
            out.flush();
            listeners.add(ex);
        } catch (IOException e) {
            ex.close();
        }
    }

    void closeAll() {
        heartbeat.shutdownNow();
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }

    private void broadcast(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (HttpExchange ex : listeners) {
            try {
                OutputStream out = ex.getResponseBody();
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                listeners.remove(ex);
                ex.close();
            }
        }
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private String toJson(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
