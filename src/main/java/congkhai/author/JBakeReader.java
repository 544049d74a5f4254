package congkhai.author;

import congkhai.author.JBakeSite.Entry;
import congkhai.author.JBakeSite.Format;
import congkhai.author.JBakeSite.SiteFile;
import congkhai.base.Problem;
import congkhai.base.SourcePos;

import java.io.File;
import java.io.FileFilter;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One read of a JBake site through one jbake-core class loader (see {@link JBakeSite}): the files JBake
 * renders, found by its crawler's folder filter and rendered by its parser, and every other file of
 * its content, assets and templates folders, with where JBake published it or why it did not.
 */
final class JBakeReader {

    private static final String ASSETS_PREFIX = "assets/";
    private static final String REDIRECT_NOTE = "an old page that only sends readers on to ";
    private static final Set<String> HEADER_FIELDS = Set.of("title", "date", "type", "status", "tags");

    private final Path siteDir;
    private final ClassLoader jbake;
    private final Object config;
    private final Object parser;
    private final Method processFile;

    JBakeReader(Path siteDir, ClassLoader jbake) throws ReflectiveOperationException {
        this.siteDir = siteDir;
        this.jbake = jbake;
        Class<?> factoryClass = jbake.loadClass("org.jbake.app.configuration.JBakeConfigurationFactory");
        Object factory = factoryClass.getConstructor().newInstance();
        // the destination is where JBake would bake to; the parser never writes there
        config = factoryClass.getMethod("createDefaultJbakeConfiguration", File.class, File.class, boolean.class)
                .invoke(factory, siteDir.toFile(), siteDir.resolve("output").toFile(), false);
        Class<?> parserClass = jbake.loadClass("org.jbake.app.Parser");
        parser = parserClass.getConstructor(jbake.loadClass("org.jbake.app.configuration.JBakeConfiguration")).newInstance(config);
        processFile = parserClass.getMethod("processFile", File.class);
    }

    /** What the engines said while reading the current file; Asciidoctor names a text it is given "<stdin>". */
    private List<String> said = List.of();

    JBakeSite read(List<String> warnings) throws ReflectiveOperationException, IOException {
        List<String> fileWarnings = new ArrayList<>();
        Path content = folder("getContentFolder");
        if (!Files.isDirectory(content)) {
            throw new IOException(siteDir + " is not a JBake site (it needs jbake.properties and content/)");
        }
        Class<?> fileUtil = jbake.loadClass("org.jbake.app.FileUtil");
        Set<Path> pages = new HashSet<>();
        walk(content, (FileFilter) fileUtil.getMethod("getFileFilter").invoke(null), pages);
        Set<Path> published = new HashSet<>();
        walk(content, (FileFilter) fileUtil.getMethod("getNotContentFileFilter").invoke(null), published);

        List<Entry> entries = new ArrayList<>();
        List<SiteFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : allFiles(content)) {
            String rel = relative(content, file);
            String inSite = JBakeSite.CONTENT_PREFIX + rel;
            if (pages.contains(file)) {
                try {
                    int before = count(warnings);
                    Object parsed = processFile.invoke(parser, file.toFile());
                    said = since(warnings, before);
                    said.forEach(w -> fileWarnings.add(inSite + ": " + w));
                    Optional<String> redirect = parsed instanceof Map<?, ?> fields && rel.toLowerCase(Locale.ROOT).endsWith(".html")
                            ? refreshTarget(string(fields.get("body"))) : Optional.empty();
                    if (redirect.isPresent()) {
                        // published through a default type and status, but a page whose only work is to send readers on
                        files.add(new SiteFile(inSite, Optional.empty(), REDIRECT_NOTE + redirect.get(), redirect));
                    } else if (parsed instanceof Map<?, ?> fields) {
                        entries.add(entry(file, rel, fields));
                    } else {
                        files.add(skipped(file, inSite));
                    }
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    problems.add(new Problem(SourcePos.startOf(inSite), "jbake-core cannot read this file: "
                            + (cause.getMessage() == null ? cause.toString() : cause.getMessage())));
                } catch (java.nio.charset.CharacterCodingException e) {
                    problems.add(new Problem(SourcePos.startOf(inSite), "this file is not valid UTF-8; save it as UTF-8 and import again"));
                }
            } else if (published.contains(file)) {
                files.add(new SiteFile(inSite, Optional.of(rel), "published by JBake as it is", Optional.empty()));
            } else {
                files.add(new SiteFile(inSite, Optional.empty(), rel.startsWith(".") || rel.contains("/.")
                        ? "hidden, so JBake skips it" : "in a folder JBake ignores (.jbakeignore)", Optional.empty()));
            }
        }
        Path assets = folder("getAssetFolder");
        for (Path file : allFiles(assets)) {
            String rel = relative(assets, file);
            files.add(new SiteFile(ASSETS_PREFIX + rel, Optional.of(rel), "an asset of the JBake site", Optional.empty()));
        }
        Path templates = folder("getTemplateFolder");
        for (Path file : allFiles(templates)) {
            files.add(new SiteFile(relative(siteDir, file), Optional.empty(), "a template of JBake's theme", Optional.empty()));
        }
        Map<String, String> generated = new LinkedHashMap<>();
        generated.put("index", setting("getIndexFileName"));
        generated.put("archive", setting("getArchiveFileName"));
        generated.put("feed", setting("getFeedFileName"));
        generated.put("sitemap", setting("getSiteMapFileName"));
        generated.put("tags", setting("getTagPathName"));
        return new JBakeSite(setting("getSiteHost"), generated, entries, files, problems, fileWarnings);
    }

    private static int count(List<String> warnings) {
        synchronized (warnings) {
            return warnings.size();
        }
    }

    private static List<String> since(List<String> warnings, int from) {
        synchronized (warnings) {
            return warnings.subList(from, warnings.size()).stream().map(w -> w.replaceFirst("^<stdin>: ", "")).toList();
        }
    }

    /** Walks {@code dir} as JBake's crawler and asset copier do: into folders and to files the filter accepts. */
    private static void walk(Path dir, FileFilter filter, Set<Path> found) {
        File[] contents = dir.toFile().listFiles(filter);
        if (contents == null) {
            return;
        }
        for (File f : contents) {
            if (f.isFile()) {
                found.add(f.toPath());
            } else if (f.isDirectory()) {
                walk(f.toPath(), filter, found);
            }
        }
    }

    /** A content file whose header JBake does not accept: skipped, or a page that only redirects. */
    private SiteFile skipped(Path file, String inSite) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new SiteFile(inSite, Optional.empty(), "empty, so JBake skips it", Optional.empty());
        }
        Optional<String> redirect = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")
                ? refreshTarget(text) : Optional.empty();
        return new SiteFile(inSite, Optional.empty(), redirect.isPresent()
                ? REDIRECT_NOTE + redirect.get()
                : "no JBake header with type and status (and jbake.properties gives no default), so JBake skips it", redirect);
    }

    private Entry entry(Path file, String rel, Map<?, ?> fields) throws IOException, ReflectiveOperationException {
        String lower = rel.toLowerCase(Locale.ROOT);
        Format format = lower.endsWith(".md") ? Format.MARKDOWN : lower.endsWith(".html") ? Format.HTML : Format.ASCIIDOC;
        // JBake dates a file without a date by its modification time, which says nothing about the page
        Optional<LocalDate> date = fields.get("date") instanceof Date d && d.getTime() != Files.getLastModifiedTime(file).toMillis()
                ? Optional.of(LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault())) : Optional.empty();
        List<String> tags = new ArrayList<>();
        if (fields.get("tags") instanceof String[] t) {
            for (String tag : t) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
        }
        String type = string(fields.get("type"));
        String status = string(fields.get("status"));
        Map<String, String> other = new TreeMap<>();
        Optional<String> markdown = Optional.empty();
        if (format == Format.ASCIIDOC) {
            fields.forEach((k, v) -> {
                String key = k.toString();
                if (key.startsWith("jbake-") && !HEADER_FIELDS.contains(key.substring(6)) && v != null) {
                    other.put(key.substring(6), v.toString());
                }
            });
        } else {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String separator = setting("getHeaderSeparator");
            List<String> lines = text.lines().toList();
            int end = lines.indexOf(separator);
            for (int i = 0; i < end; i++) {
                String[] kv = lines.get(i).split("=", 2);
                if (kv.length == 2 && !HEADER_FIELDS.contains(kv[0].strip())) {
                    other.put(kv[0].strip(), kv[1].strip());
                }
            }
            if (format == Format.MARKDOWN) {
                markdown = Optional.of(String.join("\n", end < 0 ? lines : lines.subList(end + 1, lines.size())).strip() + "\n");
            }
        }
        // JBake's templates print a title as HTML (Asciidoctor's has entities, "Oliver&#8217;s Post"); a record's is text
        String title = org.jsoup.Jsoup.parse(string(fields.get("title"))).text();
        return new Entry(rel, url(rel, type, status), format, title, date, type, status, tags, other,
                markdown, string(fields.get("body")), said);
    }

    /**
     * Where JBake publishes a content file, as its crawler names it and its renderer writes it: the
     * extension replaced by the type's, in a folder of its own under {@code uri.noExtension.prefix}, and
     * with {@code draft.suffix} for a draft. The name is kept as it is: a browser shows it so.
     */
    private String url(String rel, String type, String status) throws ReflectiveOperationException {
        int slash = rel.lastIndexOf('/');
        String folder = rel.substring(0, slash + 1);
        String name = rel.substring(slash + 1);
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String prefix = setting("getPrefixForUriWithoutExtension");
        boolean noExtension = (Boolean) call("getUriWithoutExtension") && prefix != null && !prefix.isEmpty()
                && ("/" + rel).startsWith(prefix);
        String path = noExtension ? folder + base + "/index" : folder + base;
        String draft = "draft".equals(status) ? setting("getDraftSuffix") : "";
        String extension = (String) config.getClass().getMethod("getOutputExtensionByDocType", String.class).invoke(config, type);
        return path + draft + extension;
    }

    /** Stops the JRuby runtime jbake-core's Asciidoctor engine started, if it started one: it holds threads and memory. */
    void shutDownAsciidoctor() {
        try {
            Object engine = jbake.loadClass("org.jbake.parser.Engines").getMethod("get", String.class).invoke(null, "adoc");
            if (engine != null && engine.getClass().getName().equals("org.jbake.parser.AsciidoctorEngine")) {
                Field field = engine.getClass().getDeclaredField("engine");
                field.setAccessible(true);
                Object asciidoctor = field.get(engine);
                if (asciidoctor != null) {
                    asciidoctor.getClass().getMethod("shutdown").invoke(asciidoctor);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a runtime left running only costs memory until the program ends
        }
    }

    private Path folder(String getter) throws ReflectiveOperationException {
        return ((File) call(getter)).toPath();
    }

    private String setting(String getter) throws ReflectiveOperationException {
        Object value = call(getter);
        return value == null ? "" : value.toString();
    }

    private Object call(String getter) throws ReflectiveOperationException {
        Method m = jbake.loadClass("org.jbake.app.configuration.JBakeConfiguration").getMethod(getter);
        return m.invoke(config);
    }

/** Where a page that does nothing but send readers on ({@code <meta http-equiv="refresh" content="0; url=…">}) sends them. */
static Optional<String> refreshTarget(String html) {
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
    org.jsoup.nodes.Element refresh = page.selectFirst("meta[http-equiv=refresh]");
    if (refresh == null || !page.body().text().isBlank() && page.body().select("a[href]").isEmpty()) {
        return Optional.empty();
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^\\s*\\d+\\s*[;,]\\s*url\\s*=\\s*['\"]?([^'\"]+)['\"]?\\s*$")
            .matcher(refresh.attr("content"));
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
}

private static List<Path> allFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
        return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
        return walk.filter(Files::isRegularFile).sorted().toList();
    }
}

private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(File.separatorChar, '/');
}

private static String string(Object value) {
    return value == null ? "" : value.toString().strip();
}
}
