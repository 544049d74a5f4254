package congkhai.author;

import congkhai.output.BundledLibraries;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JBake import's libraries are kept apart (docs/architecture.md): they are bundled at the
 * versions jbake-core was built for, one version of each, and none of them is on congkhai's class path.
 */
class JBakeLibrariesTest {

    private static final String LIBRARIES = "/congkhai/jbake/lib";

    @Test
    void noneOfJBakesLibrariesIsOnCongkhaisClassPath() {
        for (String name : List.of("org.jbake.app.Parser", "com.orientechnologies.orient.core.db.OrientDB",
                "org.apache.commons.configuration.Configuration", "org.asciidoctor.Asciidoctor", "org.jruby.Ruby",
                "com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name + " is on the class path");
        }
        String ours = com.vladsch.flexmark.util.ast.Node.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertTrue(ours.endsWith("flexmark-util-ast-0.64.8.jar"), ours);
    }

    @Test
    void theBundleHoldsJBakesVersionsOneOfEach() throws IOException {
        List<Path> jars = BundledLibraries.jars(LIBRARIES);
        List<String> names = jars.stream().map(p -> p.getFileName().toString()).toList();
        for (String expected : List.of("jbake-core-2.6.7.jar", "flexmark-0.62.2.jar", "flexmark-profile-pegdown-0.62.2.jar",
                "asciidoctorj-2.4.3.jar", "orientdb-core-3.0.37.jar", "commons-configuration-1.10.jar", "slf4j-nop-1.7.30.jar")) {
            assertTrue(names.contains(expected), expected + " is missing from " + names);
        }
        Map<String, List<String>> versionsByLibrary = new HashMap<>();
        for (String name : names) {
            // artifactId-version[-classifier].jar: the library is what comes before the first "-digit"
            String library = name.replaceFirst("-\\d.*$", "");
            String rest = name.substring(library.length());
            if (!rest.endsWith("-native.jar")) {
                versionsByLibrary.computeIfAbsent(library, k -> new ArrayList<>()).add(name);
            }
        }
        versionsByLibrary.values().forEach(v -> assertEquals(1, v.size(), "two versions of one library: " + v));
    }

    @Test
    void anIsolatedLoaderReadsJBakesOwnFlexmark() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (Path jar : BundledLibraries.jars(LIBRARIES)) {
            urls.add(jar.toUri().toURL());
        }
        try (URLClassLoader jbake = new URLClassLoader("jbake", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> parser = jbake.loadClass("org.jbake.app.Parser");
            assertEquals(jbake, parser.getClassLoader());
            Class<?> node = jbake.loadClass("com.vladsch.flexmark.util.ast.Node");
            String location = node.getProtectionDomain().getCodeSource().getLocation().getPath();
            assertTrue(location.endsWith("flexmark-util-ast-0.62.2.jar"), location);
        }
    }
}
