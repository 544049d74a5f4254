package congkhai.base;

/** A place in a source file: path relative to the site folder, 1-based line and column. */
public record SourcePos(String path, int line, int column) {

    public static SourcePos startOf(String path) {
        return new SourcePos(path, 1, 1);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
