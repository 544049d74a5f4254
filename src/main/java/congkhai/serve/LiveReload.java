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

/**
 * Tells the browser tabs of a preview that the site changed, by Server-Sent Events on
 * {@value #EVENTS}. A small script, injected only into pages served for preview (never into
 * {@code build} output), listens: it reloads its tab when its page or a style changed, and shows the
 * current content errors over the page, which stays the last good one.
 */
public final class LiveReload {

    public static final String EVENTS = "/__congkhai/events";
    public static final String SCRIPT = "/__congkhai/live.js";
    static final String SCRIPT_TAG = "<script src=\"" + SCRIPT + "\" defer></script>";

    private final ObjectMapper json = new ObjectMapper();
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final byte[] script;
    /** The event a tab gets when it connects: the current errors, or that there are none. */
    private volatile String state = event("ok", "[]");

    public LiveReload() {
        try (InputStream in = LiveReload.class.getResourceAsStream("/congkhai/serve/live.js")) {
            script = in.readAllBytes();
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

    /** Keeps the response open; the exchange is closed when the tab goes away or the server stops. */
    void subscribe(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        try {
            out.write((": congkhai preview\nretry: 1000\n\n" + state).getBytes(StandardCharsets.UTF_8));
            out.flush();
            listeners.add(out);
        } catch (IOException e) {
            ex.close();
        }
    }

    void closeAll() {
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException e) {
                // the tab is gone already
            }
        }
        listeners.clear();
    }

    private void broadcast(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
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
