package congkhai.pipeline;

/** Told when each stage of a build ends, so a terminal can show a long build moving. */
@FunctionalInterface
public interface BuildProgress {

    BuildProgress SILENT = (stage, count, sinceStartNanos) -> { };

    /** The stages a build reports, each with what it counts. The words for a reader are the CLI's. */
    enum Stage {
        /** records read */
        LOAD,
        /** tasks assembled */
        ASSEMBLE,
        /** pages rendered */
        RENDER,
        /** broken links found */
        CHECK_LINKS,
        /** search files written */
        SEARCH,
        /** files written in all */
        WRITE
    }

    /**
     * Called from the thread that ran the stage: a build's render and search run at the same time,
     * so two calls can come at once, and either may end first.
     *
     * @param count           what the stage counts (see {@link Stage})
     * @param sinceStartNanos time since the build started
     */
    void stageDone(Stage stage, long count, long sinceStartNanos);
}
