package congkhai.base;

/**
 * Something a reader would notice that is not an error: the site builds, but the record is
 * probably not what its author meant. Printed as {@code path:line:col: warning: msg}.
 */
public record Warning(SourcePos pos, String message) {

    @Override
    public String toString() {
        return Text.visibleControls(pos + ": warning: " + message);
    }
}
