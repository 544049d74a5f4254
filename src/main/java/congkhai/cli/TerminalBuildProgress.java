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
        held.add(String.format(Locale.ROOT, "  %-18s %-22s %6.2f s", name(stage), count + " " + unit(stage), sinceStartNanos / 1e9));
        if (!showing && sinceStartNanos < AFTER_NANOS) {
            return;
        }
        showing = true;
        held.forEach(err::println);
        held.clear();
        err.flush();
    }

    static String name(Stage stage) {
        return switch (stage) {
            case LOAD -> "đọc nguồn";
            case ASSEMBLE -> "ghép nối";
            case RENDER -> "dựng trang";
            case CHECK_LINKS -> "kiểm tra liên kết";
            case SEARCH -> "chỉ mục tìm kiếm";
            case WRITE -> "ghi ra đĩa";
        };
    }

    private static String unit(Stage stage) {
        return switch (stage) {
            case LOAD -> "bản ghi";
            case ASSEMBLE -> "nhiệm vụ";
            case RENDER -> "trang";
            case CHECK_LINKS -> "liên kết hỏng";
            case SEARCH, WRITE -> "tệp";
        };
    }
}
