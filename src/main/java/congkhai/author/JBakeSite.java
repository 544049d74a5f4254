package congkhai.author;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The adapter to jbake-core, which reads an existing JBake site: its {@code jbake.properties} and
 * the headers and bodies of its content files. jbake-core (with its flexmark 0.62, OrientDB and
 * commons-configuration 1.10) is loaded by a class loader of its own whose parent is the platform
 * class loader, so none of congkhai's libraries is visible to it and none of its libraries to
 * congkhai. The two sides meet through JDK types only: files in, {@code Map<String, Object>} out.
 * Only jbake-core's parser is used; its baking, which needs the embedded database, never runs.
 */
public final class JBakeSite {

    /**
     * One content file as JBake reads it.
     *
     * @param path     '/'-separated, under the JBake site's content folder, e.g. {@code blog/2024/x.md}
     * @param date     as JBake parsed it with the site's {@code date.format}
     * @param markdown the file's own Markdown after the header, for a {@code .md} file
     * @param html     the body as JBake renders it (the file's HTML for a {@code .html} file)
     */
    public record Entry(String path, String title, Optional<LocalDate> date, String type, String status, List<String> tags,
                        Optional<String> markdown, String html) {
        public Entry {
            tags = List.copyOf(tags);
        }
    }

    private static final String HEADER_END = "~~~~~~";

    private JBakeSite() {
    }

    /**
     * Reads every {@code .md} and {@code .html} content file of the JBake site in {@code siteDir}.
     *
     * @param jars jbake-core and its libraries
     */
    public static List<Entry> read(Path siteDir, List<Path> jars) throws IOException {
        if (jars.isEmpty()) {
            throw new IOException("this congkhai.jar was built without the JBake libraries");
        }
        Path content = siteDir.resolve("content");
        if (!Files.isRegularFile(siteDir.resolve("jbake.properties")) || !Files.isDirectory(content)) {
            throw new IOException(siteDir + " is not a JBake site (it needs jbake.properties and content/)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".md") || n.endsWith(".html");
            }).sorted().toList();
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IOException(e);
            }
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader jbake = new URLClassLoader("jbake", urls, ClassLoader.getPlatformClassLoader())) {
            // jbake-core finds its markup engines through the context class loader
            thread.setContextClassLoader(jbake);
            Class<?> factoryClass = jbake.loadClass("org.jbake.app.configuration.JBakeConfigurationFactory");
            Object factory = factoryClass.getConstructor().newInstance();
            // the destination is where JBake would bake to; the parser never writes there
            Object config = factoryClass.getMethod("createDefaultJbakeConfiguration", File.class, File.class, boolean.class)
                    .invoke(factory, siteDir.toFile(), siteDir.resolve("output").toFile(), false);
            Class<?> parserClass = jbake.loadClass("org.jbake.app.Parser");
            Object parser = parserClass.getConstructor(jbake.loadClass("org.jbake.app.configuration.JBakeConfiguration")).newInstance(config);
            var processFile = parserClass.getMethod("processFile", File.class);
            List<Entry> entries = new ArrayList<>();
            for (Path file : files) {
                Object parsed = processFile.invoke(parser, file.toFile());
                if (parsed instanceof Map<?, ?> fields) {
                    entries.add(entry(content, file, fields));
                }
            }
            return entries;
        } catch (InvocationTargetException e) {
            throw new IOException("jbake-core could not read the site: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IOException("the bundled jbake-core does not have the expected API: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Entry entry(Path content, Path file, Map<?, ?> fields) throws IOException {
        String path = content.relativize(file).toString().replace(File.separatorChar, '/');
        Optional<LocalDate> date = fields.get("date") instanceof Date d
                ? Optional.of(LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault())) : Optional.empty();
        List<String> tags = new ArrayList<>();
        if (fields.get("tags") instanceof String[] t) {
            for (String tag : t) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
        }
        Optional<String> markdown = Optional.empty();
        if (path.toLowerCase(Locale.ROOT).endsWith(".md")) {
            String text = Files.readString(file);
            int end = text.indexOf("\n" + HEADER_END);
            if (end >= 0) {
                int bodyStart = text.indexOf('\n', end + 1);
                markdown = Optional.of(bodyStart < 0 ? "" : text.substring(bodyStart + 1).strip() + "\n");
            }
        }
        return new Entry(path, string(fields.get("title")), date, string(fields.get("type")), string(fields.get("status")),
                tags, markdown, string(fields.get("body")));
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
