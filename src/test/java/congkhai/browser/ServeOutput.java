package congkhai.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a {@code serve} process started by a browser test prints. */
final class ServeOutput {

    /** The address in the line saying where it serves, in either language ("serving http://…/ (Ctrl+C…"). */
    private static final Pattern SERVING = Pattern.compile("(http://\\S+/) ");

    private ServeOutput() {
    }

    /**
     * Waits for the address {@code serve} serves at, then keeps reading its output in the background,
     * so that a full pipe never blocks the server.
     */
    static String address(Process serve, Duration timeout) throws Exception {
        BufferedReader log = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String address = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = log.readLine(); line != null; line = log.readLine()) {
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("serve ended without serving");
        }).get(timeout.toSeconds(), TimeUnit.SECONDS);
        CompletableFuture.runAsync(() -> log.lines().forEach(l -> { }));
        return address;
    }
}
