package congkhai.output;

import congkhai.base.Problem;
import congkhai.load.AttachmentSource;
import congkhai.model.Urls;
import congkhai.pages.Page;
import congkhai.search.LuceneLocation;
import congkhai.search.SearchSink;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The output stage, and the only code that writes files. A site is written whole into a staging
 * folder beside the output, then swapped in by renames: readers and web servers see the old site
 * or the new one, never half of each, and a failed or killed build leaves the old site in place.
 */
public final class SitePublisher {

    /** Marks a folder as congkhai's output, so we never replace a folder we did not make. */
    public static final String MARKER = ".congkhai-output";

    public record Result(Path output, int files, long bytes) {
    }

    /**
     * What a publish that renders as it writes did.
     *
     * @param problems what the render reported; if any, nothing was published
     * @param written  what was published, when there was no problem
     */
    public record Streamed(List<Problem> problems, Optional<Result> written) {
        public Streamed {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param output      the folder the site lives in (created if missing)
     * @param siteDir     the source site, which the output must not contain or be
     * @param pages       rendered pages
     * @param assets      theme assets by site path
     * @param attachments content files copied as they are
     */
    public Result publish(Path output, Path siteDir, List<Page> pages, Map<String, byte[]> assets,
                          List<AttachmentSource> attachments) throws PublishException {
        return publish(output, siteDir, sink -> {
            pages.parallelStream().forEach(sink::accept);
            return List.of();
        }, assets, attachments).written().orElseThrow();
    }

    /**
     * Publishes a site whose pages {@code render} hands to the sink as it makes them; each is written
     * into the staging folder at once and not kept. If {@code render} returns problems, the staging
     * folder is deleted and the output is left as it was.
     *
     * @param render renders every page into the sink it is given and returns its problems
     */
    public Streamed publish(Path output, Path siteDir, Function<SearchSink, List<Problem>> render, Map<String, byte[]> assets,
                            List<AttachmentSource> attachments) throws PublishException {
        Path target = output.toAbsolutePath().normalize();
        Path source = siteDir.toAbsolutePath().normalize();
        checkTarget(target, source);
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path staging;
        try {
            Files.createDirectories(parent);
            recoverInterruptedSwap(parent, name, target);
            staging = Files.createTempDirectory(parent, "." + name + ".staging-");
        } catch (IOException e) {
            throw new PublishException("cannot prepare " + parent + ": " + e.getMessage(), e);
        }
        try {
            StagingWriter pages = new StagingWriter(staging);
            List<Problem> problems = render.apply(pages);
            if (!problems.isEmpty()) {
                deleteQuietly(staging);
                return new Streamed(problems, Optional.empty());
            }
            long bytes = pages.bytes() + writeRest(staging, assets, attachments);
            int files = pages.files() + assets.size() + attachments.size();
            Optional<Path> index = setIndexAside(staging, parent, name);
            try {
                swap(staging, target, parent, name);
            } catch (IOException e) {
                index.ifPresent(SitePublisher::deleteQuietly);
                throw e;
            }
            replaceIndex(index, parent, name, LuceneLocation.beside(target));
            return new Streamed(List.of(), Optional.of(new Result(target, files, bytes)));
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(staging);
            throw new PublishException("cannot write the site to " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    /**
     * Writes pages into the staging folder as they come, from many threads. A page's folder is made
     * when writing finds it missing: remembering every folder made would cost memory for each of a
     * large site's hundreds of thousands of folders.
     */
    private static final class StagingWriter implements SearchSink {
        private final Path root;
        private final AtomicInteger files = new AtomicInteger();
        private final AtomicLong bytes = new AtomicLong();

        StagingWriter(Path root) {
            this.root = root;
        }

        @Override
        public void accept(Page page) {
            try (OutputStream out = open(page.path())) {
                out.write(page.content());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public OutputStream open(String path) throws IOException {
            Path file = inside(root, path);
            OutputStream opened;
            try {
                opened = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                Files.createDirectories(file.getParent());
                opened = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            files.incrementAndGet();
            OutputStream out = opened;
            return new BufferedOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    bytes.addAndGet(len);
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    bytes.incrementAndGet();
                }
            }, 1 << 16);
        }

        /**
         * Lucene writes straight into the staging folder, as a large portal's index does not fit in
         * memory; the publish then moves it beside the site ({@link LuceneLocation}). Its files are
         * not counted: they are not published.
         */
        @Override
        public Directory luceneDirectory(String folder) throws IOException {
            Path dir = inside(root, folder);
            Files.createDirectories(dir);
            // no lock file: the staging folder is this build's alone, and a lock would stay in the index
            return FSDirectory.open(dir, NoLockFactory.INSTANCE);
        }

        int files() {
            return files.get();
        }

        long bytes() {
            return bytes.get();
        }
    }

    private static void checkTarget(Path target, Path source) throws PublishException {
        if (source.startsWith(target)) {
            throw new PublishException("the output folder " + target + " contains the site itself; choose another --output");
        }
        if (target.startsWith(source.resolve("content")) || target.startsWith(source.resolve("templates"))) {
            throw new PublishException("the output folder " + target + " is inside the site's sources; choose another --output");
        }
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new PublishException("the output " + target + " exists and is not a folder");
            }
            if (!Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
                throw new PublishException("the output folder " + target + " exists and was not made by congkhai;"
                        + " remove it or choose another --output (a build replaces the whole folder)");
            }
        }
    }

    /** Theme assets and attachments, after the pages; their folders may not exist yet. */
    private static long writeRest(Path staging, Map<String, byte[]> assets, List<AttachmentSource> attachments) throws IOException {
        TreeSet<Path> dirs = new TreeSet<>();
        for (String a : assets.keySet()) {
            dirs.add(staging.resolve(a).getParent());
        }
        for (AttachmentSource a : attachments) {
            dirs.add(staging.resolve(a.relativePath()).getParent());
        }
        for (Path d : dirs) {
            Files.createDirectories(d);
        }
        long assetBytes = assets.entrySet().parallelStream().mapToLong(e -> write(staging, e.getKey(), e.getValue())).sum();
        long attachmentBytes = attachments.parallelStream().mapToLong(a -> {
            try {
                Files.copy(a.file(), inside(staging, a.relativePath()), StandardCopyOption.REPLACE_EXISTING);
                return a.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
        // for the webmaster who opens the folder: in the language of the portal's readers and editors
        Files.writeString(staging.resolve(MARKER), "Thư mục này do congkhai viết ra; mỗi lần dựng trang sẽ thay cả thư mục."
                + " Đừng sửa tệp ở đây: hãy sửa content/, templates/ hoặc site-config.yml rồi dựng lại.\n");
        return assetBytes + attachmentBytes;
    }

    /** The file {@code relative} names under {@code root}; earlier stages check paths, this makes sure. */
    private static Path inside(Path root, String relative) throws IOException {
        if (relative.isEmpty() || relative.indexOf('\0') >= 0 || relative.startsWith("/") || relative.contains("\\")) {
            throw new IOException("refusing to write outside the output: " + relative);
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IOException("refusing to write outside the output: " + relative);
        }
        return file;
    }

    private static long write(Path root, String relative, byte[] content) {
        try {
            Path file = inside(root, relative);
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return content.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Old site out of the way, new site in its place, old site deleted; undone if the second rename fails. */
    private static void swap(Path staging, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path old = unusedName(parent, "." + name + ".old-");
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        discard(old);
    }

    /**
     * Takes the Lucene index out of the staged site, to a folder of its own beside it: it is for
     * {@code congkhai search} and {@code serve}, and a static host has no use for it.
     */
    private static Optional<Path> setIndexAside(Path staging, Path parent, String name) throws IOException {
        Path index = staging.resolve(Urls.luceneIndex());
        if (!Files.isDirectory(index)) {
            return Optional.empty();
        }
        Path aside = unusedName(parent, "." + name + ".lucene-new-");
        move(index, aside);
        return Optional.of(aside);
    }

    /**
     * Puts the new index where the old one was, once the site it indexes is in place. Each is moved
     * whole, so a search finds the previous index, the new one, or, between the two renames, none;
     * never half of one. A build without an index leaves none behind, as the previous one would
     * describe a site no longer there.
     */
    private static void replaceIndex(Optional<Path> index, Path parent, String name, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = unusedName(parent, "." + name + ".lucene-old-");
            move(target, old);
        }
        if (index.isPresent()) {
            move(index.get(), target);
        }
        if (old != null) {
            deleteQuietly(old);
        }
    }

    /** A name in {@code parent} starting with {@code prefix} that nothing has, for a folder to be renamed to. */
    private static Path unusedName(Path parent, String prefix) throws IOException {
        Path name = Files.createTempDirectory(parent, prefix);
        Files.delete(name);
        return name;
    }

    /**
     * Deletes a previous site set aside. Its marker goes first: a build killed halfway through the
     * deletion leaves a folder without a marker, which recovery never mistakes for a whole site.
     */
    private static void discard(Path old) {
        try {
            Files.deleteIfExists(old.resolve(MARKER));
        } catch (IOException e) {
            // deleteQuietly below tries again
        }
        deleteQuietly(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * A build killed between the two renames leaves no output but an ".old-" folder: put it back.
     * Staging folders of killed builds are removed.
     */
    private static void recoverInterruptedSwap(Path parent, String name, Path target) throws IOException {
        List<Path> olds = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, "." + name + ".*")) {
            for (Path p : entries) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + ".staging-") || n.startsWith("." + name + ".lucene-")) {
                    deleteQuietly(p);
                } else if (n.startsWith("." + name + ".old-")) {
                    olds.add(p);
                }
            }
        }
        olds.sort(Comparator.comparing(Path::toString));
        for (Path old : olds) {
            if (!Files.exists(target) && Files.exists(old.resolve(MARKER))) {
                move(old, target);
            } else {
                discard(old);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws PublishException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new PublishException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A new empty folder under the system's temporary folder, for a preview. */
    public static Path temporaryFolder(String prefix) throws IOException {
        return Files.createTempDirectory(prefix);
    }

    /** Makes sure {@code folder} exists, so a server can be bound to it before the first build. */
    public static Path ensureFolder(Path folder) throws IOException {
        return Files.createDirectories(folder);
    }

    /** Removes a folder this program made (a preview), as far as it can. */
    public static void remove(Path folder) {
        deleteQuietly(folder);
    }

    static void deleteQuietly(Path root) {
        FolderDeletion.deleteQuietly(root);
    }
}
