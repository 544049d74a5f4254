package congkhai.load;

import congkhai.base.Parsed;
import congkhai.base.SourceText;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.base.YamlReader;
import congkhai.config.SiteConfig;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The load stage: reads a site's {@code content/} and theme from disk and parses every record.
 * Files are read and parsed in parallel; results come back in path order.
 */
public final class SiteLoader {

    public static final String CONTENT = "content";
    public static final String TEMPLATES = "templates";
    private static final String BUILT_IN_THEME = "/congkhai/theme";
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final String WINDOWS_FORBIDDEN_CHARS = "<>:\"|?*\\";

    private final DocumentParser documentParser;
    private final ProgressParser progressParser;
    private final boolean bodiesInMemory;

    /** A loader that keeps records' bodies in memory, as a preview that re-renders pages needs. */
    public SiteLoader(YamlReader yaml, Optional<SiteConfig> config) {
        this(yaml, config, true);
    }

    private SiteLoader(YamlReader yaml, Optional<SiteConfig> config, boolean bodiesInMemory) {
        this.documentParser = new DocumentParser(yaml, config);
        this.progressParser = new ProgressParser(yaml);
        this.bodiesInMemory = bodiesInMemory;
    }

    /**
     * A loader for one build, whose records keep only where their bodies are and read them from their
     * files again when rendered ({@link MarkdownBody}), so a large site's text is not all in memory.
     */
    public static SiteLoader forOneBuild(YamlReader yaml, Optional<SiteConfig> config) {
        return new SiteLoader(yaml, config, false);
    }

    public SiteSources load(Path siteDir) {
        List<Problem> themeProblems = new ArrayList<>();
        Theme theme = loadTheme(siteDir, themeProblems);
        return sources(readContent(siteDir), theme, themeProblems);
    }

    /**
     * Every content file read and parsed, by path. A preview keeps it and, after an edit, asks
     * {@link #update} to read only the files that changed.
     */
    public record ContentSnapshot(SortedMap<Path, FileResult> files, List<Problem> listingProblems) {
        public ContentSnapshot {
            files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
            listingProblems = List.copyOf(listingProblems);
        }
    }

    public ContentSnapshot readContent(Path siteDir) {
        List<Problem> problems = new ArrayList<>();
        Path content = siteDir.resolve(CONTENT);
        List<Path> files = contentFiles(siteDir, content, problems);
        Map<Path, FileResult> results = new ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> results.put(f, readOne(siteDir, content, f)));
        return new ContentSnapshot(new TreeMap<>(results), problems);
    }

    /**
     * The snapshot after the files or folders {@code changed} were created, edited or removed:
     * only those are read again.
     */
    public ContentSnapshot update(Path siteDir, ContentSnapshot previous, Collection<Path> changed) {
        Path content = siteDir.resolve(CONTENT);
        if (!Files.isDirectory(content) || changed.stream().anyMatch(c -> c.equals(content) || !c.startsWith(content))) {
            return readContent(siteDir);
        }
        TreeMap<Path, FileResult> files = new TreeMap<>(previous.files());
        List<Path> toRead = new ArrayList<>();
        for (Path c : changed) {
            files.keySet().removeIf(p -> p.startsWith(c));
            if (isHidden(content, c)) {
                continue;
            }
            if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)) {
                List<Problem> problems = new ArrayList<>();
                toRead.addAll(contentFiles(siteDir, c, content, problems));
                problems.forEach(p -> files.put(siteDir.resolve(p.pos().path()), FileResult.problems(List.of(p))));
            } else if (Files.exists(c, LinkOption.NOFOLLOW_LINKS)) {
                toRead.add(c);
            }
        }
        Path realContent = realPath(content);
        Map<Path, FileResult> read = new ConcurrentHashMap<>();
        toRead.parallelStream().distinct().forEach(f -> {
            List<Problem> refused = new ArrayList<>();
            if (accept(siteDir, realContent, f, refused)) {
                read.put(f, readOne(siteDir, content, f));
            } else if (!refused.isEmpty()) {
                read.put(f, FileResult.problems(refused));
            }
        });
        files.putAll(read);
        return new ContentSnapshot(files, previous.listingProblems());
    }

    /** Sources from read content and a theme, in path order. */
    public static SiteSources sources(ContentSnapshot content, Theme theme, List<Problem> themeProblems) {
        List<Problem> problems = new ArrayList<>(content.listingProblems());
        List<DocumentSource> documents = new ArrayList<>();
        List<ProgressSource> progress = new ArrayList<>();
        List<AttachmentSource> attachments = new ArrayList<>();
        Map<String, String> idOwners = new HashMap<>();
        for (FileResult r : content.files().values()) {
            problems.addAll(r.problems());
            r.document().ifPresent(d -> {
                String first = idOwners.putIfAbsent(d.id(), d.path());
                if (first == null) {
                    documents.add(d);
                } else {
                    problems.add(new Problem(d.pos(), "record id '" + d.id() + "' is also the id of " + first + "; rename one of them"));
                }
            });
            progress.addAll(r.progress());
            r.attachment().ifPresent(attachments::add);
        }
        problems.addAll(themeProblems);
        return new SiteSources(documents, progress, attachments, theme, problems);
    }

    /** The built-in theme overlaid with the site's {@code templates/}; problems go to {@code problems}. */
    public static Theme loadTheme(Path siteDir, List<Problem> problems) {
        Path siteTemplates = siteDir.resolve(TEMPLATES);
        Map<String, String> templates = new HashMap<>();
        Map<String, byte[]> assets = new HashMap<>();
        List<Labels> labels = new ArrayList<>();
        readBuiltInTheme((name, bytes) -> addThemeFile(name, bytes, templates, assets, labels, problems));
        if (Files.isDirectory(siteTemplates)) {
            walkTheme(siteTemplates, (name, bytes) -> addThemeFile(name, bytes, templates, assets, labels, problems));
        }
        // the built-in file comes first: a site's file changes some labels, the built-in one keeps the rest
        Labels merged = labels.stream().reduce(Labels.none(), Labels::overriddenBy);
        return new Theme(templates, assets, merged);
    }

    /** One content file as read: a document, progress updates, an attachment, or only problems. */
    public record FileResult(Optional<DocumentSource> document, List<ProgressSource> progress,
                             Optional<AttachmentSource> attachment, List<Problem> problems) {
        public FileResult {
            progress = List.copyOf(progress);
            problems = List.copyOf(problems);
        }

        static FileResult problems(List<Problem> problems) {
            return new FileResult(Optional.empty(), List.of(), Optional.empty(), problems);
        }
    }

    private FileResult readOne(Path siteDir, Path content, Path file) {
        String shown = displayPath(siteDir, file);
        String relative = slashes(content.relativize(file));
        String lower = relative.toLowerCase(Locale.ROOT);
        try {
            boolean record = lower.endsWith(".md") || lower.endsWith(".yml") || lower.endsWith(".yaml");
            if (record && !SourceText.checkSize(shown, Files.size(file)).isEmpty()) {
                return FileResult.problems(SourceText.checkSize(shown, Files.size(file)));
            }
            if (lower.endsWith(".md")) {
                byte[] bytes = Files.readAllBytes(file);
                Parsed<String> text = SourceText.decode(shown, bytes);
                if (text.value().isEmpty()) {
                    return FileResult.problems(text.problems());
                }
                String id = relative.substring(0, relative.length() - 3);
                Parsed<DocumentSource> doc = documentParser.parse(shown, id, text.value().get());
                Optional<DocumentSource> read = bodiesInMemory ? doc.value()
                        : doc.value().map(d -> d.withBody(MarkdownBody.atEndOf(file, d.body().text(), bytes)));
                return new FileResult(read, List.of(), Optional.empty(), doc.problems());
            }
            if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
                Parsed<String> text = SourceText.decode(shown, Files.readAllBytes(file));
                if (text.value().isEmpty()) {
                    return FileResult.problems(text.problems());
                }
                Parsed<List<ProgressSource>> updates = progressParser.parse(shown, text.value().get());
                return new FileResult(Optional.empty(), updates.value().orElse(List.of()),
                        Optional.empty(), updates.problems());
            }
            Optional<String> refused = AttachmentTypes.refusal(file.getFileName().toString());
            if (refused.isPresent()) {
                return FileResult.problems(List.of(new Problem(SourcePos.startOf(shown), refused.get())));
            }
            AttachmentSource attachment = new AttachmentSource(relative, file, Files.size(file));
            return new FileResult(Optional.empty(), List.of(), Optional.of(attachment), List.of());
        } catch (IOException e) {
            return FileResult.problems(List.of(new Problem(SourcePos.startOf(shown), "cannot read file: " + e.getMessage())));
        }
    }

    /** Every regular file under content/, skipping hidden ones; links that leave content/ are errors. */
    private static List<Path> contentFiles(Path siteDir, Path content, List<Problem> problems) {
        if (!Files.isDirectory(content)) {
            problems.add(new Problem(SourcePos.startOf(CONTENT), "no content/ folder in " + siteDir.toAbsolutePath().normalize()));
            return List.of();
        }
        return contentFiles(siteDir, content, content, problems);
    }

    private static List<Path> contentFiles(Path siteDir, Path folder, Path content, List<Problem> problems) {
        Path realContent = realPath(content);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (p.equals(content) || isHidden(content, p)) {
                    continue;
                }
                if (accept(siteDir, realContent, p, problems)) {
                    files.add(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(SourcePos.startOf(CONTENT), "cannot list content/: " + e.getMessage()));
        }
        return files;
    }

    /** A regular file with a usable name that stays inside content/; what is wrong goes to {@code problems}. */
    private static boolean accept(Path siteDir, Path realContent, Path p, List<Problem> problems) {
        String shown = displayPath(siteDir, p);
        Optional<String> badName = badName(p.getFileName().toString());
        if (badName.isPresent()) {
            problems.add(new Problem(SourcePos.startOf(shown), badName.get()));
            return false;
        }
        if (Files.isSymbolicLink(p)) {
            Path target;
            try {
                target = p.toRealPath();
            } catch (IOException e) {
                problems.add(new Problem(SourcePos.startOf(shown), "broken symbolic link"));
                return false;
            }
            if (!target.startsWith(realContent)) {
                problems.add(new Problem(SourcePos.startOf(shown), "symbolic link points outside content/ (to " + target + ")"));
                return false;
            }
            if (isHidden(realContent, target)) {
                problems.add(new Problem(SourcePos.startOf(shown), "symbolic link points to a hidden file ("
                        + CONTENT + "/" + slashes(realContent.relativize(target)) + "), which is never published"));
                return false;
            }
        }
        return Files.isRegularFile(p);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why a file or folder name under content/ cannot be used, if it cannot: the repository must check
     * out on Windows, and every name becomes part of a web address.
     */
    static Optional<String> badName(String name) {
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("the name '" + name + "' contains a control character; rename it");
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (WINDOWS_RESERVED.contains(stem.toLowerCase(Locale.ROOT)) || name.endsWith(".") || name.endsWith(" ")
                || name.chars().anyMatch(c -> WINDOWS_FORBIDDEN_CHARS.indexOf(c) >= 0)) {
            return Optional.of("the name '" + name + "' cannot be used on Windows; rename it");
        }
        if (name.contains("#") || name.contains("%")) {
            return Optional.of("the name '" + name + "' has '" + (name.contains("#") ? "#" : "%")
                    + "', which a web address cannot carry as it is; rename it");
        }
        return Optional.empty();
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private interface ThemeFileSink {
        void accept(String relativeName, byte[] bytes);
    }

    private static void addThemeFile(String name, byte[] bytes, Map<String, String> templates, Map<String, byte[]> assets,
                                     List<Labels> labels, List<Problem> problems) {
        if (name.equals(Labels.FILE)) {
            Parsed<String> text = SourceText.decode(TEMPLATES + "/" + name, bytes);
            problems.addAll(text.problems());
            text.value().ifPresent(t -> labels.add(Labels.parse(TEMPLATES + "/" + name, SourceText.normalize(t), problems)));
        } else if (name.endsWith(".ftlh") || name.endsWith(".ftlx") || name.endsWith(".ftl")) {
            Parsed<String> text = SourceText.decode(TEMPLATES + "/" + name, bytes);
            problems.addAll(text.problems());
            text.value().ifPresent(t -> templates.put(name, SourceText.normalize(t)));
        } else if (name.startsWith("assets/")) {
            assets.put(name, bytes);
        }
    }

    /** The files of the built-in theme by path under {@code templates/}, for a site that wants its own copy. */
    public static Map<String, byte[]> builtInThemeFiles() {
        Map<String, byte[]> files = new TreeMap<>();
        readBuiltInTheme(files::put);
        return files;
    }

    private static void readBuiltInTheme(ThemeFileSink sink) {
        URL url = SiteLoader.class.getResource(BUILT_IN_THEME);
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
                    walkTheme(zip.getPath(BUILT_IN_THEME), sink);
                }
            } else {
                walkTheme(Path.of(uri), sink);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the built-in theme cannot be read from the jar", e);
        }
    }

    private static void walkTheme(Path root, ThemeFileSink sink) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.comparing(Path::toString))::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !isHidden(root, p)) {
                    sink.accept(slashes(root.relativize(p)), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String displayPath(Path siteDir, Path file) {
        return slashes(siteDir.relativize(file));
    }

    private static String slashes(Path p) {
        StringBuilder sb = new StringBuilder();
        for (Path part : p) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
