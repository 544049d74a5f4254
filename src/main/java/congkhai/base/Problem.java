package congkhai.base;

import java.util.Comparator;

/** One thing wrong with the input, printed as {@code path:line:col: error: message}. */
public record Problem(SourcePos pos, String message) {

    public static final Comparator<Problem> BY_POSITION = Comparator
            .comparing((Problem p) -> p.pos().path())
            .thenComparingInt(p -> p.pos().line())
            .thenComparingInt(p -> p.pos().column())
            .thenComparing(Problem::message);

    /**
     * One line whatever the content quoted in it: a line break in a quoted value would forge a second
     * error line, and an escape sequence would reach the webmaster's terminal.
     */
    @Override
    public String toString() {
        return Text.visibleControls(pos + ": error: " + message);
    }
}
