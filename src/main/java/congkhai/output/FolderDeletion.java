package congkhai.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Deletes a folder this program made, as far as it can, on several threads. A build over an existing
 * output deletes the previous site once the new one is in place: at 10,000 records about 48,000
 * files in 47,000 folders. The disk's work per name removed, not the processor, sets the time (13.7
 * and 12.5 s on one thread on the 2-core benchmark machine, 8.7 and 8.6 s on 8, 8.2 and 7.9 s on 16:
 * docs/benchmarks.md), so the threads outnumber the cores. Symbolic links are removed, never
 * followed: what one points to outside the folder is left alone.
 */
final class FolderDeletion {

    /** Threads that wait on the disk more than they run, hence more than the cores. */
    private static final int THREADS = 16;
    /** Below this many parts a pool costs more than it saves. */
    private static final int PARTS_FOR_THREADS = 4;

    private FolderDeletion() {
    }

    /** Deletes {@code root} and all it holds; what cannot be deleted stays, for the next build to try again. */
    static void deleteQuietly(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> parts = parts(root);
        if (parts.size() >= PARTS_FOR_THREADS) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, parts.size()), task -> {
                Thread t = new Thread(task, "congkhai-delete");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Callable<Void>> deletions = new ArrayList<>();
                for (Path part : parts) {
                    deletions.add(() -> {
                        deleteTree(part);
                        return null;
                    });
                }
                pool.invokeAll(deletions);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                pool.shutdownNow();
            }
        }
        deleteTree(root);
    }

    /**
     * The entries two levels down (a site's sections hold its years and pages), and the files of the
     * first level: parts of similar size, enough of them to keep the threads busy.
     */
    private static List<Path> parts(Path root) {
        List<Path> parts = new ArrayList<>();
        for (Path entry : list(root)) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                parts.addAll(list(entry));
            } else {
                parts.add(entry);
            }
        }
        return parts;
    }

    private static List<Path> list(Path folder) {
        List<Path> entries = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return entries;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            // deleteTree walks what could not be listed here
        }
        return entries;
    }

    /** Files before their folder, each folder once it is empty; a failure skips that name only. */
    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    deleteIfPresent(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    deleteIfPresent(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    deleteIfPresent(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover folder is removed by the next build
        }
    }

    private static void deleteIfPresent(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // as above
        }
    }
}
