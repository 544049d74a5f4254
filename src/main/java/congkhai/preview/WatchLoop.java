package congkhai.preview;

import congkhai.serve.LiveReload;
import congkhai.serve.SourceWatcher;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The preview's loop: each batch of changes the watcher reports updates the session, and a good
 * update's changed files are sent to the open tabs. Runs until the watcher is closed.
 */
public final class WatchLoop {

    private WatchLoop() {
    }

    /** @param report told of every update, before the tabs are; a failed one is the caller's to show */
    public static void run(SourceWatcher watcher, PreviewSession session, LiveReload live, Consumer<PreviewSession.Outcome> report)
            throws InterruptedException {
        for (Optional<Set<Path>> changes = watcher.next(); changes.isPresent(); changes = watcher.next()) {
            PreviewSession.Outcome outcome = session.update(changes.get());
            report.accept(outcome);
            if (outcome.ok()) {
                live.changed(outcome.changed());
            }
        }
    }
}
