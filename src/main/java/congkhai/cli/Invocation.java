package congkhai.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the webmaster runs congkhai from the folder they stand in, for the commands a message
 * suggests: the launcher they ran ({@code bin/congkhai}, which names itself in
 * {@code CONGKHAI_LAUNCHER}), or {@code java -jar ../tools/congkhai.jar} with the path of the jar
 * actually running, so the command works when pasted into the same terminal.
 */
final class Invocation {

    private Invocation() {
    }

    /** The environment variable in which {@code bin/congkhai} and {@code bin\congkhai.cmd} give their own path. */
    static final String LAUNCHER = "CONGKHAI_LAUNCHER";

    /**
     * The launcher's path, or {@code java -jar PATH}; either relative to {@code cwd} when that is
     * shorter.
     */
    static String command(Path cwd, Map<String, String> environment) {
        String launcher = environment.get(LAUNCHER);
        if (launcher != null && !launcher.isBlank()) {
            try {
                Path path = Path.of(launcher);
                if (Files.isRegularFile(path)) {
                    return quoted(relative(cwd, path));
                }
            } catch (InvalidPathException e) {
                // not a path this system reads: the jar is named instead
            }
        }
        return jar().map(jar -> "java -jar " + quoted(relative(cwd, jar))).orElse("java -jar congkhai.jar");
    }

    /** A path as typed from {@code cwd}: relative when that is shorter, else absolute. */
    static String relative(Path cwd, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path here = cwd.toAbsolutePath().normalize();
        if (abs.getRoot() == null || !abs.getRoot().equals(here.getRoot())) {
            return abs.toString();
        }
        String rel = here.relativize(abs).toString();
        if (rel.isEmpty()) {
            return ".";
        }
        return rel.length() <= abs.toString().length() ? rel : abs.toString();
    }

    static String quoted(String path) {
        return path.matches("[A-Za-z0-9_./:\\\\-]+") ? path : "\"" + path + "\"";
    }

    /** The jar this code runs from; empty when it runs from class folders, as in tests. */
    private static Optional<Path> jar() {
        try {
            Path location = Path.of(Invocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
