package congkhai.output;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Jars that ship inside congkhai.jar as plain files (the JBake import's libraries). A class loader
 * cannot read a jar inside a jar, so they are copied to a temporary folder that is removed when the
 * program ends; when running from a build folder they are used where they are.
 */
public final class BundledLibraries {

    private BundledLibraries() {
    }

    /** The jars under {@code resourceFolder} (e.g. {@code /congkhai/jbake/lib}), as files; empty if there are none. */
    public static List<Path> jars(String resourceFolder) throws IOException {
        URL url = BundledLibraries.class.getResource(resourceFolder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return list(Path.of(uri));
            }
            Path target = Files.createTempDirectory("congkhai-lib-");
            try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
                for (Path jar : list(zip.getPath(resourceFolder))) {
                    try (InputStream in = Files.newInputStream(jar)) {
                        Files.copy(in, target.resolve(jar.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> SitePublisher.deleteQuietly(target)));
            return list(target);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList());
        }
    }
}
