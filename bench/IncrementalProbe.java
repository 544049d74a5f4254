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
 * site, edits one plan several times, and for each edit reports how long it took from the file being
 * written until the plan's page in the output changed, and until serve printed its "rebuilt" line
 * (every changed file written), with the rebuild time serve itself reports. Stops the server it
 * started.
 *
 * <pre>
 * java bench/IncrementalProbe.java --jar target/congkhai.jar --site DIR --output DIR [--edits 7]
 *     [--kind body|title|date|task|progress]... [--java-opt OPTION]...
 * </pre>
 *
 * Each {@code --kind} is one series of edits, in the order given (body alone by default): a line
 * appended to the plan's body, its title, its first task's title, the note of the first update in
 * its progress file, or the date of a news record (a plan's date is part of how others cite it),
 * moved back a day each time. The site folder is edited in place:
 * give it a copy.
 */
public final class IncrementalProbe {

    public static void main(String[] args) throws Exception {
        Path jar = null;
        Path site = null;
        Path output = null;
        int edits = 7;
        List<String> javaOptions = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[i + 1]);
                case "--site" -> site = Path.of(args[i + 1]);
                case "--output" -> output = Path.of(args[i + 1]);
                case "--edits" -> edits = Integer.parseInt(args[i + 1]);
                case "--java-opt" -> javaOptions.add(args[i + 1]);
                case "--kind" -> kinds.add(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (jar == null || site == null || output == null) {
            throw new IllegalArgumentException("usage: --jar JAR --site DIR --output DIR [--edits N] [--kind KIND]...");
        }
        if (kinds.isEmpty()) {
            kinds.add("body");
        }
        Path record = middleRecord(site.resolve("content"), "plans");
        Path page = pageOf(site, output, record);

        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--source", site.toString(), "--output", output.toString(),
                "--port", "0", "--lang", "en"));
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

            List<String> summary = new ArrayList<>();
            for (String kind : kinds) {
                Path edited = switch (kind) {
                    case "progress" -> progressFileOf(site.resolve("content"), record);
                    // a plan's number is cited with its date: moving the date would make those citations errors
                    case "date" -> middleRecord(site.resolve("content"), "news");
                    default -> record;
                };
                // a progress note shows on its task's page, the first update's task being the one edited
                Path editedPage = edited.toString().endsWith(".md") ? pageOf(site, output, edited) : taskPageOf(edited, page);
                summary.add(series(kind, edited, editedPage, edits, lines));
            }
            summary.forEach(System.out::println);
            System.out.println("serve's peak RSS " + peakRss(serve.pid()));
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    /** Edits {@code file} {@code edits} times the way {@code kind} says, and puts back what it held; a line of results. */
    private static String series(String kind, Path file, Path page, int edits, BlockingQueue<String> lines) throws Exception {
        List<Double> toPage = new ArrayList<>();
        List<Double> toDone = new ArrayList<>();
        List<Double> reported = new ArrayList<>();
        String original = Files.readString(file);
        try {
            for (int n = 1; n <= edits; n++) {
                String marker = "Sửa đổi lần thứ " + n + " ngày " + System.currentTimeMillis();
                String text = edited(kind, original, marker, n);
                byte[] pageBefore = Files.readAllBytes(page);
                lines.clear();
                long t0 = System.nanoTime();
                Files.writeString(file, text);
                double pageMs = -1;
                double doneMs = -1;
                double serveMs = -1;
                while (pageMs < 0 || doneMs < 0) {
                    if ((System.nanoTime() - t0) > TimeUnit.SECONDS.toNanos(60)) {
                        throw new IllegalStateException("no rebuild within 60 s of " + kind + " edit " + n);
                    }
                    if (pageMs < 0 && Files.exists(page) && !java.util.Arrays.equals(Files.readAllBytes(page), pageBefore)) {
                        pageMs = (System.nanoTime() - t0) / 1e6;
                    }
                    String l = lines.poll(2, TimeUnit.MILLISECONDS);
                    if (l != null) {
                        System.out.println("serve: " + l);
                        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^rebuilt in (\\d+) ms").matcher(l);
                        if (m.find()) {
                            doneMs = (System.nanoTime() - t0) / 1e6;
                            serveMs = Double.parseDouble(m.group(1));
                        } else if (l.contains("error")) {
                            throw new IllegalStateException(kind + " edit " + n + " failed: " + l);
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%s edit %d: page updated after %.0f ms, rebuild done after %.0f ms (serve: %.0f ms)%n",
                        kind, n, pageMs, doneMs, serveMs);
                toPage.add(pageMs);
                toDone.add(doneMs);
                reported.add(serveMs);
                // the search and open data worker waits for a second without edits: let it run, as a webmaster reading the page would
                Thread.sleep(500);
            }
        } finally {
            Files.writeString(file, original);
        }
        // the restore is an edit too: wait for its rebuild so the next series starts from the original
        waitForRebuild(lines);
        return String.format(Locale.ROOT, "%-8s x%d: page updated median %.0f ms (max %.0f), rebuild done median %.0f ms (max %.0f),"
                        + " serve's rebuild median %.0f ms (max %.0f)", kind, edits, median(toPage), max(toPage), median(toDone), max(toDone),
                median(reported), max(reported));
    }

    private static void waitForRebuild(BlockingQueue<String> lines) throws InterruptedException {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(60)) {
            String l = lines.poll(100, TimeUnit.MILLISECONDS);
            if (l != null) {
                System.out.println("serve: " + l);
                if (l.startsWith("rebuilt in ")) {
                    Thread.sleep(1500);
                    return;
                }
            }
        }
        throw new IllegalStateException("no rebuild after restoring the file");
    }

    /** The source after edit {@code n} of {@code kind}, which shows on the plan's page. */
    static String edited(String kind, String original, String marker, int n) {
        return switch (kind) {
            case "body" -> original + "\n" + marker + ".\n";
            case "title" -> replaceFirst(original, "(?m)^title: \"([^\"]*)\"", "title: \"$1 (" + marker + ")\"");
            case "date" -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^date: (\\d{4}-\\d\\d-\\d\\d)").matcher(original);
                if (!m.find()) {
                    throw new IllegalArgumentException("no date in the plan");
                }
                String date = java.time.LocalDate.parse(m.group(1)).minusDays(n).toString();
                yield original.substring(0, m.start(1)) + date + original.substring(m.end(1));
            }
            case "task" -> replaceFirst(original, "(?m)^(\\s+)title: \"([^\"]*)\"", "$1title: \"$2 (" + marker + ")\"");
            case "progress" -> replaceFirst(original, "(?m)^(\\s+)note: \"([^\"]*)\"", "$1note: \"$2 (" + marker + ")\"");
            default -> throw new IllegalArgumentException("unknown kind " + kind + ": body, title, date, task or progress");
        };
    }

    private static String replaceFirst(String text, String regex, String replacement) {
        String replaced = text.replaceFirst(regex, replacement);
        if (replaced.equals(text)) {
            throw new IllegalArgumentException("nothing matches " + regex);
        }
        return replaced;
    }

    /** The progress file of {@code plan}: the one under content/progress/ with the plan's file name. */
    private static Path progressFileOf(Path content, Path plan) throws IOException {
        String name = plan.getFileName().toString().replaceFirst("\\.md$", ".yml");
        try (Stream<Path> s = Files.walk(content.resolve("progress"))) {
            return s.filter(p -> p.getFileName().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no progress file " + name));
        }
    }

    /** The page of the task of the first update in {@code progressFile}, next to {@code planPage}. */
    private static Path taskPageOf(Path progressFile, Path planPage) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*-?\\s*task: \"[^\"#]*#([^\"]+)\"")
                .matcher(Files.readString(progressFile));
        if (!m.find()) {
            throw new IllegalStateException("no task in " + progressFile);
        }
        return planPage.getParent().resolve(m.group(1)).resolve("index.html");
    }

    /** The page of the record in {@code file}. */
    private static Path pageOf(Path site, Path output, Path file) {
        String id = site.resolve("content").relativize(file).toString().replace('\\', '/').replaceFirst("\\.md$", "");
        return output.resolve(id).resolve("index.html");
    }

    /** A record in the middle of {@code folder}: for plans, one with tasks, cited by others. */
    private static Path middleRecord(Path content, String folder) throws IOException {
        try (Stream<Path> s = Files.walk(content.resolve(folder))) {
            List<Path> plans = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            return plans.get(plans.size() / 2);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(d -> d).max().orElse(0);
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
