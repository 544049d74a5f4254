package congkhai.pipeline;

/** Told when each stage of a build ends, so a terminal can show a long build moving. */
@FunctionalInterface
public interface BuildProgress {

    BuildProgress SILENT = (stage, detail, sinceStartNanos) -> { };

    /**
     * @param stage           "load", "assemble", "render", "check links" or "write"
     * @param detail          what the stage produced, e.g. "10000 records"
     * @param sinceStartNanos time since the build started
     */
    void stageDone(String stage, String detail, long sinceStartNanos);
}
