import congkhai.pipeline.BuildOptions;
import congkhai.preview.PreviewSession;
import java.nio.file.*;
import java.time.Clock;
import java.util.*;
import java.util.stream.Stream;

/**
 * The CPU and wall time of {@code serve}'s rebuild after an edit, measured inside one JVM: starts a
 * {@code PreviewSession} on a copy of a site, then for each kind edits a file as
 * {@code IncrementalProbe} does (the middle plan's title or first task's title, its progress file's
 * first note, the middle news record's date), {@code EDITS} times, half a second apart as a webmaster
 * reading the page would, and prints each rebuild's wall time, the process's CPU time over it (every
 * thread: the parallel render, the JIT and the collector's threads, and the search and open data
 * worker if it ran) and the collector's pause time; the summary is the median of all edits but the
 * first of each kind. Puts each file back. An optional JFR file records the rebuilds of a second
 * round (5 ms samples).
 *
 * <pre>
 * java -cp target/congkhai.jar bench/PreviewRebuildCpu.java SITE OUTPUT title,task,progress,date EDITS [JFR]
 * </pre>
 */
public final class PreviewRebuildCpu {
    static long gcMillis() {
        long t = 0;
        for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            t += b.getCollectionTime();
        }
        return t;
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> kinds = List.of(args[2].split(","));
        int edits = Integer.parseInt(args[3]);
        boolean jfr = args.length > 4;
        Path plan;
        Path news;
        try (Stream<Path> s = Files.walk(site.resolve("content/plans"))) {
            List<Path> l = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            plan = l.get(l.size() / 2);
        }
        try (Stream<Path> s = Files.walk(site.resolve("content/news"))) {
            List<Path> l = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            news = l.get(l.size() / 2);
        }
        Path progress;
        String pname = plan.getFileName().toString().replace(".md", ".yml");
        try (Stream<Path> s = Files.walk(site.resolve("content/progress"))) {
            progress = s.filter(p -> p.getFileName().toString().equals(pname)).findFirst().orElseThrow();
        }
        PreviewSession session = new PreviewSession(new BuildOptions(site, out, Optional.empty(), Optional.empty()), Clock.systemUTC(), o -> {});
        long t0 = System.nanoTime();
        PreviewSession.Outcome first = session.start();
        System.out.printf("start %.1f s %s%n", (System.nanoTime() - t0) / 1e9, first.problems());
        jdk.jfr.Recording rec = null;
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int warm = 0; warm < (jfr ? 2 : 1); warm++) {
            for (String kind : kinds) {
                Path file = switch (kind) { case "progress" -> progress; case "date" -> news; default -> plan; };
                String original = Files.readString(file);
                List<Long> times = new ArrayList<>();
                List<Long> cpus = new ArrayList<>();
                List<Long> gcs = new ArrayList<>();
                for (int n = 1; n <= edits; n++) {
                    String marker = "Sửa lần " + n + " " + System.nanoTime();
                    Files.writeString(file, edited(kind, original, marker, n));
                    long a = System.nanoTime();
                    long cpu0 = os.getProcessCpuTime();
                    long gc0 = gcMillis();
                    PreviewSession.Outcome o = session.update(List.of(file));
                    long ms = (System.nanoTime() - a) / 1_000_000;
                    long cpu = (os.getProcessCpuTime() - cpu0) / 1_000_000;
                    long gc = gcMillis() - gc0;
                    if (n > 1) { times.add(ms); cpus.add(cpu); gcs.add(gc); }
                    System.out.printf("%s %d: %d ms, process CPU %d ms, GC %d ms, rendered %d, changed %d %s%n", kind, n, ms, cpu, gc, o.rendered(), o.changed().size(), o.problems());
                    Thread.sleep(500);
                }
                Files.writeString(file, original);
                session.update(List.of(file));
                Collections.sort(times); Collections.sort(cpus); Collections.sort(gcs);
                System.out.printf("SUMMARY %s x%d: median %d ms wall, %d ms process CPU, %d ms GC pauses%n", kind, times.size(), times.get(times.size() / 2), cpus.get(cpus.size() / 2), gcs.get(gcs.size() / 2));
                Thread.sleep(1500);
            }
            if (warm == 0 && jfr) {
                rec = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                rec.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(5));
                rec.start();
            }
        }
        if (rec != null) {
            rec.stop();
            rec.dump(Path.of(args[4]));
        }
        session.close();
    }

    /** As IncrementalProbe edits. */
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

}
