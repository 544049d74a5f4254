package congkhai;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.lang.reflect.Method;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The write rule of {@link ArchitectureTest} on classes made to break it: a class outside
 * {@code output} that writes a file in any of the ways the rule names fails it, once for each way,
 * and one that only reads passes.
 */
class ArchitectureRulesFailTest {

    @Test
    void everyWayOfWritingAFileOutsideOutputIsReported() {
        JavaClasses writers = new ClassFileImporter().importClasses(Writers.class);
        EvaluationResult result = ArchitectureTest.onlyOutputWritesFiles.evaluate(writers);
        List<String> details = result.getFailureReport().getDetails();
        List<String> methods = Arrays.stream(Writers.class.getDeclaredMethods()).map(Method::getName)
                .filter(name -> !name.startsWith("lambda$")).sorted().toList();
        assertTrue(methods.size() >= 20, methods.toString());
        for (String method : methods) {
            assertTrue(details.stream().anyMatch(d -> d.contains("Writers." + method + "(")),
                    method + " is not reported; the report is:\n" + String.join("\n", details));
        }
    }

    @Test
    void readingFilesIsNotWriting() {
        JavaClasses readers = new ClassFileImporter().importClasses(Readers.class);
        EvaluationResult result = ArchitectureTest.onlyOutputWritesFiles.evaluate(readers);
        assertEquals(List.of(), result.getFailureReport().getDetails());
    }

    /** One way of writing a file in each method; never called, only read by the rule. */
    @SuppressWarnings({"unused", "ResultOfMethodCallIgnored"})
    static final class Writers {
        void write(Path p) throws IOException { Files.write(p, new byte[0]); }
        void writeLines(Path p) throws IOException { Files.write(p, List.of("x")); }
        void writeString(Path p) throws IOException { Files.writeString(p, "x"); }
        void newOutputStream(Path p) throws IOException { Files.newOutputStream(p).close(); }
        void newBufferedWriter(Path p) throws IOException { Files.newBufferedWriter(p).close(); }
        void newByteChannel(Path p) throws IOException { Files.newByteChannel(p, StandardOpenOption.WRITE).close(); }
        void copy(Path p, Path q) throws IOException { Files.copy(p, q); }
        void copyStream(Path p) throws IOException { Files.copy(System.in, p); }
        void move(Path p, Path q) throws IOException { Files.move(p, q); }
        void delete(Path p) throws IOException { Files.delete(p); }
        void deleteIfExists(Path p) throws IOException { Files.deleteIfExists(p); }
        void deleteByReference(List<File> files) { files.forEach(File::delete); }
        void createDirectories(Path p) throws IOException { Files.createDirectories(p); }
        void createDirectory(Path p) throws IOException { Files.createDirectory(p); }
        void createTempFile() throws IOException { Files.createTempFile("a", "b"); }
        void fileOutputStream(File f) throws IOException { new FileOutputStream(f).close(); }
        void fileWriter(String name) throws IOException { new FileWriter(name, StandardCharsets.UTF_8).close(); }
        void randomAccessFile(File f) throws IOException { new RandomAccessFile(f, "rw").close(); }
        void fileChannel(Path p) throws IOException { FileChannel.open(p, StandardOpenOption.WRITE).close(); }
        void asynchronousFileChannel(Path p) throws IOException { AsynchronousFileChannel.open(p, StandardOpenOption.WRITE).close(); }
        void printWriterOfAFile(File f) throws IOException { new PrintWriter(f, StandardCharsets.UTF_8).close(); }
        void printStreamOfAFileName(String name) throws IOException { new PrintStream(name, StandardCharsets.UTF_8).close(); }
        void fileMkdirs(File f) { f.mkdirs(); }
        void fileRenameTo(File f, File g) { f.renameTo(g); }
        void fileDeleteOnExit(File f) { f.deleteOnExit(); }
        void providerDelete(Path p) throws IOException { p.getFileSystem().provider().delete(p); }
    }

    /** Reads files and prints to streams it is given, as every stage may. */
    @SuppressWarnings("unused")
    static final class Readers {
        String read(Path p) throws IOException { return Files.readString(p); }
        boolean exists(File f) { return f.exists() && Files.isRegularFile(f.toPath()); }
        void stream(Path p) throws IOException { Files.newInputStream(p).close(); }
        PrintWriter toTheTerminal() { return new PrintWriter(System.out, true, StandardCharsets.UTF_8); }
        PrintStream toAStream() { return new PrintStream(System.err, true, StandardCharsets.UTF_8); }
    }
}
