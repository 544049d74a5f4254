package congkhai.author;

import congkhai.base.Problem;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A JBake site as jbake-core reads it: its {@code jbake.properties}, every content file JBake renders
 * (Markdown, HTML and AsciiDoc, through jbake-core's own engines), and every other file of its
 * content, assets and templates folders, with where JBake published it or why it did not.
 *
 * <p>jbake-core (with its flexmark 0.62, Asciidoctor on JRuby, OrientDB and commons-configuration 1.10)
 * is loaded by a class loader of its own whose parent is the platform class loader, so none of
 * congkhai's libraries is visible to it and none of its libraries to congkhai. The two sides meet
 * through JDK types only: files in, maps, strings and dates out. Only jbake-core's parser and its
 * folder filters are used; its baking, which needs the embedded database, never runs.
 *
 * @param siteHost   {@code site.host}: the address the JBake site was published at
 * @param generated  the pages JBake makes itself, by kind ({@code index}, {@code archive}, {@code feed},
 *                   {@code sitemap}) to their path, and {@code tags} to the folder of tag pages
 * @param entries    the content files JBake renders, in path order
 * @param files      every other file, in path order
 * @param problems   content files jbake-core failed on, at their path under the site folder
 * @param warnings   what jbake-core's engines (Asciidoctor) said while reading, each after the file it is about
 */
public record JBakeSite(String siteHost, Map<String, String> generated, List<Entry> entries, List<SiteFile> files,
                        List<Problem> problems, List<String> warnings) {

    public JBakeSite {
        generated = Map.copyOf(generated);
        entries = List.copyOf(entries);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public enum Format { MARKDOWN, HTML, ASCIIDOC }

    /**
     * One content file as JBake reads and renders it.
     *
     * @param path        '/'-separated under the content folder, e.g. {@code blog/2024/x.md}
     * @param url         where JBake published it under site.host, e.g. {@code blog/2024/x.html}
     * @param date        as JBake parsed it with the site's {@code date.format}; empty when the file gives
     *                    none (JBake then dates it by the file's modification time)
     * @param otherHeader header fields JBake keeps but congkhai has no field for ({@code author=…})
     * @param markdown    the file's own Markdown after the header, for a Markdown file
     * @param html        the body as JBake renders it (the file's HTML for an HTML file)
     * @param warnings    what Asciidoctor warned of while rendering it ("line 6: include file not found: …")
     */
    public record Entry(String path, String url, Format format, String title, Optional<LocalDate> date, String type,
                        String status, List<String> tags, Map<String, String> otherHeader, Optional<String> markdown,
                        String html, List<String> warnings) {
        public Entry {
            tags = List.copyOf(tags);
            otherHeader = Map.copyOf(otherHeader);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A file of the site's content, assets or templates folder that is no page JBake renders.
     *
     * @param path       under the JBake site folder: {@code content/about/logo.png}, {@code assets/img/x.jpg}
     * @param url        where JBake published it as it is, under site.host; empty when it did not
     * @param note       why JBake did not publish it, or what it is
     * @param redirectTo for an HTML file JBake skips that only sends readers elsewhere ({@code <meta
     *                   http-equiv="refresh">}): the address it sends them to, as written
     */
    public record SiteFile(String path, Optional<String> url, String note, Optional<String> redirectTo) {

        boolean inContent() {
            return path.startsWith(CONTENT_PREFIX);
        }
    }

    static final String CONTENT_PREFIX = "content/";
    /** Asciidoctor logs through java.util.logging under this name. */
    private static final String ASCIIDOCTOR_LOGGER = "asciidoctor";

    /**
     * Reads the JBake site in {@code siteDir}.
     *
     * @param jars jbake-core and its libraries
     */
    public static JBakeSite read(Path siteDir, List<Path> jars) throws IOException {
        if (jars.isEmpty()) {
            throw new IOException("this congkhai.jar was built without the JBake libraries");
        }
        if (!Files.isRegularFile(siteDir.resolve("jbake.properties"))) {
            throw new IOException(siteDir + " is not a JBake site (it needs jbake.properties and content/)");
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
        // JRuby logs to the terminal unless told otherwise; through SLF4J it reaches jbake-core's slf4j-nop
        String jrubyLogger = System.setProperty("jruby.logger.class", "org.jruby.util.log.SLF4JLogger");
        Logger asciidoctorLog = Logger.getLogger(ASCIIDOCTOR_LOGGER);
        List<String> warnings = new ArrayList<>();
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (warnings) {
                        warnings.add(r.getMessage());
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parentHandlers = asciidoctorLog.getUseParentHandlers();
        asciidoctorLog.setUseParentHandlers(false);
        asciidoctorLog.addHandler(collect);
        try (URLClassLoader jbake = new URLClassLoader("jbake", urls, ClassLoader.getPlatformClassLoader())) {
            // jbake-core and JRuby find their engines through the context class loader
            thread.setContextClassLoader(jbake);
            JBakeReader reader = new JBakeReader(siteDir, jbake);
            try {
                return reader.read(warnings);
            } finally {
                reader.shutDownAsciidoctor();
            }
        } catch (InvocationTargetException e) {
            throw new IOException("jbake-core could not read the site: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IOException("the bundled jbake-core does not have the expected API: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
            asciidoctorLog.removeHandler(collect);
            asciidoctorLog.setUseParentHandlers(parentHandlers);
            if (jrubyLogger == null) {
                System.clearProperty("jruby.logger.class");
            } else {
                System.setProperty("jruby.logger.class", jrubyLogger);
            }
        }
    }
}
