package congkhai.base;

/** A place in a source file: path relative to the site folder, 1-based line and column. */
public record SourcePos(String path, int line, int column) {

    public static SourcePos startOf(String path) {
        return new SourcePos(path, 1, 1);
    }

    /** The same column, {@code lines} further down: a place in a body from the body's first line. */
    public SourcePos shiftLines(int lines) {
        return new SourcePos(path, line + lines, column);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
