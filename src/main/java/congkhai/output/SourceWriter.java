package congkhai.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes new source files for a webmaster ({@code new}, {@code init}, {@code import}). It never
 * replaces a file that exists: sources are the webmaster's work, kept in git, and a generator that
 * silently overwrote one would lose it.
 */
public final class SourceWriter {

    /** Creates {@code file} with {@code text}, and its folders; refuses if the file exists. */
    public Path createFile(Path file, String text) throws PublishException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new PublishException(file + " already exists; congkhai does not overwrite source files", e);
        } catch (IOException e) {
            throw new PublishException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces {@code file} with {@code text}, which the caller made from the file's own text with
     * additions only ({@code import --add-agencies} appending to the agencies of site-config.yml,
     * {@code import} adding to site-config.proposed.yml). The new text goes to a file beside it,
     * moved over it in one step, so an interrupted write leaves the old file whole.
     */
    public Path extendFile(Path file, String text) throws PublishException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path next = Files.createTempFile(parent, ".congkhai-", ".tmp");
            try {
                Files.writeString(next, text);
                Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(next);
            }
            return file;
        } catch (IOException e) {
            throw new PublishException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Copies {@code from} to the new file {@code to}, and its folders; refuses if {@code to} exists. */
    public Path copyFile(Path from, Path to) throws PublishException {
        try {
            Files.createDirectories(to.toAbsolutePath().getParent());
            Files.copy(from, to);
            return to;
        } catch (FileAlreadyExistsException e) {
            throw new PublishException(to + " already exists; congkhai does not overwrite source files", e);
        } catch (IOException e) {
            throw new PublishException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a new site folder holding {@code files} (by '/'-separated relative path). The folder
     * must be missing or empty, so {@code init} never mixes a new portal into existing files.
     */
    public int createSite(Path dir, Map<String, byte[]> files) throws PublishException {
        try {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new PublishException(dir + " exists and is not a folder");
                }
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new PublishException(dir + " is not empty; choose a new or empty folder for the portal");
                    }
                }
            }
            Path root = dir.toAbsolutePath().normalize();
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                Path file = root.resolve(f.getKey()).normalize();
                if (!file.startsWith(root)) {
                    throw new PublishException("refusing to write outside " + root + ": " + f.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            return files.size();
        } catch (IOException e) {
            throw new PublishException("cannot create the site in " + dir + ": " + e.getMessage(), e);
        }
    }
}
