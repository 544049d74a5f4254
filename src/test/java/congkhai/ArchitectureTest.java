package congkhai;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasParameterTypes;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

import java.io.File;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.spi.FileSystemProvider;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The pipeline's rules, checked on the compiled classes (so a fully qualified name, a method
 * reference or a type reached through another's method counts as much as an import).
 * {@link ArchitectureRulesFailTest} shows that the write rule catches every call it names.
 */
@AnalyzeClasses(packages = "congkhai", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Each package and its place in the pipeline (docs/architecture.md): a package may use those of
     * a lower rank only. Packages of one rank are side by side and use neither the other.
     */
    static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("base", 0), Map.entry("text", 1), Map.entry("model", 2), Map.entry("config", 3), Map.entry("load", 4),
            Map.entry("history", 4), Map.entry("assemble", 5), Map.entry("author", 5), Map.entry("pages", 6), Map.entry("render", 7),
            Map.entry("search", 8), Map.entry("export", 9), Map.entry("output", 10), Map.entry("serve", 10), Map.entry("pipeline", 11),
            Map.entry("preview", 12), Map.entry("cli", 13));

    @ArchTest
    static final ArchRule stagesDependOneWay = stagesDependOneWay();

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("congkhai.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyOutputWritesFiles = noClasses().that().resideOutsideOfPackage("congkhai.output..")
            .should().accessTargetWhere(WritesFiles.CALL)
            .because("only the output stage writes files (docs/architecture.md); the others hand it pages and sources");

    private static ArchRule stagesDependOneWay() {
        // every class belongs to a stage: a new package has to be given its place here
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (String name : RANK.keySet()) {
            layers = layers.layer(name).definedBy("congkhai." + name + "..");
        }
        for (Map.Entry<String, Integer> stage : RANK.entrySet()) {
            String[] above = RANK.entrySet().stream().filter(e -> e.getValue() > stage.getValue())
                    .map(Map.Entry::getKey).sorted().toArray(String[]::new);
            layers = above.length == 0
                    ? layers.whereLayer(stage.getKey()).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(stage.getKey()).mayOnlyBeAccessedByLayers(above);
        }
        return layers;
    }

    /**
     * The JDK calls that create, change or remove a file or folder. Some of them can also read
     * (a {@code RandomAccessFile} in mode "r", {@code FileChannel.open} without WRITE), but the mode
     * is a value the class files do not show, and the stages that only read have other ways to.
     * Not covered: Lucene's {@code Directory} (the search stage writes its index into the one the
     * output's {@code SearchSink} hands it, and {@code LuceneSearch} opens a built index to read it),
     * JGit (the history stage only reads), and programs started with {@code ProcessBuilder}.
     */
    static final class WritesFiles {
        private static final Set<String> FILES_METHODS = Set.of(
                "write", "writeString", "newOutputStream", "newBufferedWriter", "newByteChannel",
                "copy", "move", "delete", "deleteIfExists",
                "createDirectory", "createDirectories", "createFile", "createTempFile", "createTempDirectory",
                "createLink", "createSymbolicLink",
                "setAttribute", "setLastModifiedTime", "setPosixFilePermissions", "setOwner");
        private static final Set<String> FILE_METHODS = Set.of(
                "delete", "deleteOnExit", "mkdir", "mkdirs", "renameTo", "createNewFile", "createTempFile",
                "setLastModified", "setReadOnly", "setWritable", "setReadable", "setExecutable");
        private static final Map<Class<?>, Set<String>> METHODS = Map.of(
                Files.class, FILES_METHODS,
                FileSystemProvider.class, FILES_METHODS,
                File.class, FILE_METHODS,
                FileChannel.class, Set.of("open"),
                AsynchronousFileChannel.class, Set.of("open"));
        /** Opening one of these creates or truncates the file. */
        private static final List<Class<?>> FILE_OPENERS = List.of(
                FileOutputStream.class, FileWriter.class, RandomAccessFile.class);
        /** These open a file only when their first argument names one (a path or a {@code File}). */
        private static final List<Class<?>> OPEN_A_NAMED_FILE = List.of(PrintWriter.class, PrintStream.class);

        static final DescribedPredicate<JavaAccess<?>> CALL = DescribedPredicate.describe(
                "a JDK method that writes, moves or removes a file: Files' and FileSystemProvider's "
                        + String.join("/", FILES_METHODS.stream().sorted().toList())
                        + "; File's " + String.join("/", FILE_METHODS.stream().sorted().toList())
                        + "; FileChannel.open, AsynchronousFileChannel.open; new FileOutputStream, FileWriter,"
                        + " RandomAccessFile; new PrintWriter or PrintStream of a file",
                WritesFiles::writes);

        private static boolean writes(JavaAccess<?> access) {
            JavaClass owner = access.getTargetOwner();
            String name = access.getName();
            for (Map.Entry<Class<?>, Set<String>> e : METHODS.entrySet()) {
                if (owner.isAssignableTo(e.getKey()) && e.getValue().contains(name)) {
                    return true;
                }
            }
            if (!name.equals("<init>")) {
                return false;
            }
            if (FILE_OPENERS.stream().anyMatch(owner::isAssignableTo)) {
                return true;
            }
            if (OPEN_A_NAMED_FILE.stream().anyMatch(owner::isEquivalentTo)
                    && access.getTarget() instanceof HasParameterTypes target) {
                List<JavaClass> parameters = target.getRawParameterTypes();
                return !parameters.isEmpty()
                        && (parameters.get(0).isEquivalentTo(String.class) || parameters.get(0).isEquivalentTo(File.class));
            }
            return false;
        }
    }
}
