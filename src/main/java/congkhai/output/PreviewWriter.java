package congkhai.output;

import congkhai.model.Urls;
import congkhai.search.LuceneLocation;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Map;

/**
 * Brings serve's private preview folder up to date after an edit by writing only the files that
 * changed, in place. {@code build} swaps whole folders instead ({@link SitePublisher}) because a
 * published site is read by a web server and by people, who must never see half of one build and
 * half of the next; a preview is read by one webmaster's browser, which reloads once the update is
 * complete, so writing each changed file in one rename is enough and keeps an edit fast at any size.
 * The Lucene index's files go beside the folder, as in a build ({@link LuceneLocation}), so the
 * preview's folder holds what a build publishes and no more.
 */
public final class PreviewWriter {

    private final Path root;

    public PreviewWriter(Path folder) {
        this.root = folder.toAbsolutePath().normalize();
    }

    /**
     * @param write   new content by '/'-separated path under the folder
     * @param copy    files copied as they are (attachments), by path under the folder
     * @param remove  paths of files no longer in the site
     */
    public void apply(Map<String, byte[]> write, Map<String, Path> copy, Collection<String> remove) throws PublishException {
        try {
            for (Map.Entry<String, byte[]> e : write.entrySet()) {
                Path file = inside(e.getKey());
                Files.createDirectories(file.getParent());
                Path temporary = Files.createTempFile(file.getParent(), ".", ".part");
                Files.write(temporary, e.getValue());
                replace(temporary, file);
            }
            for (Map.Entry<String, Path> e : copy.entrySet()) {
                Path file = inside(e.getKey());
                Files.createDirectories(file.getParent());
                Path temporary = Files.createTempFile(file.getParent(), ".", ".part");
                Files.copy(e.getValue(), temporary, StandardCopyOption.REPLACE_EXISTING);
                replace(temporary, file);
            }
            for (String r : remove) {
                Files.deleteIfExists(inside(r));
            }
        } catch (IOException e) {
            throw new PublishException("cannot update the preview in " + root + ": " + e.getMessage(), e);
        }
    }

    /** The file {@code relative} names: in the folder, or, for the Lucene index's, beside it, where a build puts them. */
    private Path inside(String relative) throws IOException {
        boolean index = relative.startsWith(Urls.luceneIndex());
        Path base = index ? LuceneLocation.beside(root) : root;
        Path file = base.resolve(index ? relative.substring(Urls.luceneIndex().length()) : relative).normalize();
        if (!file.startsWith(base) || file.equals(base)) {
            throw new IOException("refusing to write outside the preview: " + relative);
        }
        return file;
    }

    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
