package congkhai.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a site's sources: {@code content/} and {@code templates/} with every folder below them,
 * and the config file. Changes are gathered until none has come for {@code quietMillis}, so that an
 * editor's save (often several events) or a {@code git checkout} becomes one rebuild.
 */
public final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Path siteDir;
    /** Names in the site folder itself that are sources: the watched folders and files. */
    private final Set<String> watchedNames;
    private final long quietMillis;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    /**
     * @param folders     watched with everything below them (created later too)
     * @param files       file names watched in the site folder itself, e.g. {@code site-config.yml}
     */
    public SourceWatcher(Path siteDir, List<String> folders, Set<String> files, long quietMillis) throws IOException {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        Set<String> names = new TreeSet<>(files);
        names.addAll(folders);
        this.watchedNames = Set.copyOf(names);
        this.quietMillis = quietMillis;
        register(this.siteDir);
        for (String f : folders) {
            Path folder = this.siteDir.resolve(f);
            if (Files.isDirectory(folder)) {
                registerTree(folder);
            }
        }
    }

    /**
     * Waits for the next batch of changes: absolute paths of files and folders created, changed or
     * removed. Empty once the watcher is closed.
     */
    public Optional<Set<Path>> next() throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        try {
            WatchKey key = service.take();
            do {
                collect(key, changed);
                key = service.poll(quietMillis, TimeUnit.MILLISECONDS);
            } while (key != null || changed.isEmpty() && (key = service.take()) != null);
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
        return Optional.of(changed);
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                // events were lost: say everything may have changed
                changed.add(siteDir);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (folder.equals(siteDir) && !watchedNames.contains(path.getFileName().toString())) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS))::iterator) {
                register(p);
            }
        } catch (IOException e) {
            // a folder removed while we walked it is reported by its parent's events
        } catch (UncheckedIOException e) {
            // as above
        }
    }

    private void register(Path folder) {
        try {
            WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            folders.put(key, folder);
        } catch (IOException e) {
            // as above
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
