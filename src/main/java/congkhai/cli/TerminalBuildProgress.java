package congkhai.cli;

import congkhai.pipeline.BuildProgress;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stage lines on standard error for builds that run long enough to wonder about: the lines of a
 * build that is still running after {@link #AFTER_NANOS} are printed, a quick build prints none.
 * Only in a terminal, and never under CI, where logs should hold the summary line alone.
 */
final class TerminalBuildProgress implements BuildProgress {

    static final long AFTER_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final List<String> held = new ArrayList<>();
    private boolean showing;

    TerminalBuildProgress(PrintWriter err) {
        this.err = err;
    }

    static BuildProgress forTerminal(PrintWriter err) {
        String ci = System.getenv("CI");
        boolean interactive = System.console() != null && (ci == null || ci.isEmpty() || ci.equals("false"));
        return interactive ? new TerminalBuildProgress(err) : BuildProgress.SILENT;
    }

    @Override
    public synchronized void stageDone(Stage stage, long count, long sinceStartNanos) {
        // English, as every message in the code; the catalog puts it into the webmaster's language
        held.add(String.format(Locale.ROOT, "  %s done: %d %s (%.2f s)", name(stage), count, unit(stage), sinceStartNanos / 1e9));
        if (!showing && sinceStartNanos < AFTER_NANOS) {
            return;
        }
        showing = true;
        held.forEach(err::println);
        held.clear();
        err.flush();
    }

    private static String name(Stage stage) {
        return switch (stage) {
            case LOAD -> "load";
            case ASSEMBLE -> "assemble";
            case RENDER -> "render";
            case CHECK_LINKS -> "link check";
            case SEARCH -> "search";
            case WRITE -> "write";
        };
    }

    private static String unit(Stage stage) {
        return switch (stage) {
            case LOAD -> "records";
            case ASSEMBLE -> "tasks";
            case RENDER -> "pages";
            case CHECK_LINKS -> "broken links";
            case SEARCH, WRITE -> "files";
        };
    }
}
