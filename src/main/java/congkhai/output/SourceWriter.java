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
     * Adds {@code text} at the end of the existing {@code file}, whose own text is kept as it is: for
     * entries a command proposes to a config the webmaster keeps.
     */
    public Path appendToFile(Path file, String text) throws PublishException {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            return file;
        } catch (IOException e) {
            throw new PublishException("cannot add to " + file + ": " + e.getMessage(), e);
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
