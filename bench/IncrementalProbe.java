import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures {@code serve}'s rebuild after an edit: starts {@code java -jar JAR serve} on a copy of a
 * site, edits one record's body several times, and for each edit reports how long it took from the
 * file being written until the record's page in the output holds the new text, and until serve
 * printed its "rebuilt" line (every changed file written). Stops the server it started.
 *
 * <pre>
 * java bench/IncrementalProbe.java --jar target/congkhai.jar --site DIR --output DIR [--edits 7] [--java-opt OPTION]...
 * </pre>
 *
 * The site folder is edited in place: give it a copy.
 */
public final class IncrementalProbe {

    public static void main(String[] args) throws Exception {
        Path jar = null;
        Path site = null;
        Path output = null;
        int edits = 7;
        List<String> javaOptions = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[i + 1]);
                case "--site" -> site = Path.of(args[i + 1]);
                case "--output" -> output = Path.of(args[i + 1]);
                case "--edits" -> edits = Integer.parseInt(args[i + 1]);
                case "--java-opt" -> javaOptions.add(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (jar == null || site == null || output == null) {
            throw new IllegalArgumentException("usage: --jar JAR --site DIR --output DIR [--edits N]");
        }
        Path record = pickRecord(site.resolve("content"));
        String id = site.resolve("content").relativize(record).toString().replace('\\', '/').replaceFirst("\\.md$", "");
        Path page = output.resolve(id).resolve("index.html");

        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--source", site.toString(), "--output", output.toString(),
                "--port", "0"));
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("probe: " + e.getMessage());
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long started = System.nanoTime();
            String line;
            do {
                line = lines.poll(10, TimeUnit.MINUTES);
                if (line == null) {
                    throw new IllegalStateException("serve did not start");
                }
                System.out.println("serve: " + line);
            } while (!line.startsWith("serving "));
            System.out.printf(Locale.ROOT, "first build and start: %.1f s; serve's peak RSS so far %s%n",
                    (System.nanoTime() - started) / 1e9, peakRss(serve.pid()));
            // let the watcher settle before the first edit
            Thread.sleep(1000);

            List<Double> toPage = new ArrayList<>();
            List<Double> toDone = new ArrayList<>();
            String original = Files.readString(record);
            try {
                for (int n = 1; n <= edits; n++) {
                    String marker = "Sửa đổi lần thứ " + n + " ngày " + System.currentTimeMillis();
                    lines.clear();
                    long t0 = System.nanoTime();
                    Files.writeString(record, original + "\n" + marker + ".\n");
                    double pageMs = -1;
                    double doneMs = -1;
                    while (pageMs < 0 || doneMs < 0) {
                        if ((System.nanoTime() - t0) > TimeUnit.SECONDS.toNanos(60)) {
                            throw new IllegalStateException("no rebuild within 60 s of edit " + n);
                        }
                        if (pageMs < 0 && Files.exists(page) && Files.readString(page).contains(marker)) {
                            pageMs = (System.nanoTime() - t0) / 1e6;
                        }
                        String l = lines.poll(2, TimeUnit.MILLISECONDS);
                        if (l != null) {
                            System.out.println("serve: " + l);
                            if (l.startsWith("rebuilt ")) {
                                doneMs = (System.nanoTime() - t0) / 1e6;
                            }
                        }
                    }
                    System.out.printf(Locale.ROOT, "edit %d: page updated after %.0f ms, rebuild done after %.0f ms%n", n, pageMs, doneMs);
                    toPage.add(pageMs);
                    toDone.add(doneMs);
                    Thread.sleep(500);
                }
            } finally {
                Files.writeString(record, original);
            }
            System.out.printf(Locale.ROOT, "edited %s %d times: median %.0f ms to the updated page, %.0f ms to the end of the rebuild"
                            + " (max %.0f ms); serve's peak RSS %s%n",
                    id, edits, median(toPage), median(toDone), toDone.stream().mapToDouble(d -> d).max().orElse(0), peakRss(serve.pid()));
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    /** A plan in the middle of the site: a record with tasks, cited by others. */
    private static Path pickRecord(Path content) throws IOException {
        try (Stream<Path> s = Files.walk(content.resolve("plans"))) {
            List<Path> plans = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            return plans.get(plans.size() / 2);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String peakRss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
