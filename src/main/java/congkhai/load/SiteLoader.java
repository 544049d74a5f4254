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

    private final DocumentParser documentParser;
    private final ProgressParser progressParser;

    public SiteLoader(YamlReader yaml, Optional<SiteConfig> config) {
        this.documentParser = new DocumentParser(yaml, config);
        this.progressParser = new ProgressParser(yaml);
    }

    public SiteSources load(Path siteDir) {
        List<Problem> problems = new ArrayList<>();
        Path content = siteDir.resolve(CONTENT);
        List<Path> files = contentFiles(siteDir, content, problems);

        List<FileResult> results = files.parallelStream().map(f -> readOne(siteDir, content, f)).toList();
        List<DocumentSource> documents = new ArrayList<>();
        List<ProgressSource> progress = new ArrayList<>();
        List<AttachmentSource> attachments = new ArrayList<>();
        for (FileResult r : results) {
            problems.addAll(r.problems());
            r.document().ifPresent(documents::add);
            progress.addAll(r.progress());
            r.attachment().ifPresent(attachments::add);
        }
        Theme theme = loadTheme(siteDir.resolve(TEMPLATES), problems);
        return new SiteSources(documents, progress, attachments, theme, problems);
    }

    private record FileResult(Optional<DocumentSource> document, List<ProgressSource> progress,
                              Optional<AttachmentSource> attachment, List<Problem> problems) {
        static FileResult problems(List<Problem> problems) {
            return new FileResult(Optional.empty(), List.of(), Optional.empty(), problems);
        }
    }

    private FileResult readOne(Path siteDir, Path content, Path file) {
        String shown = displayPath(siteDir, file);
        String relative = slashes(content.relativize(file));
        String lower = relative.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".md")) {
                Parsed<String> text = SourceText.decode(shown, Files.readAllBytes(file));
                if (text.value().isEmpty()) {
                    return FileResult.problems(text.problems());
                }
                String id = relative.substring(0, relative.length() - 3);
                Parsed<DocumentSource> doc = documentParser.parse(shown, id, text.value().get());
                return new FileResult(doc.value(), List.of(), Optional.empty(), doc.problems());
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
        Path realContent;
        try {
            realContent = content.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (p.equals(content) || isHidden(content, p)) {
                    continue;
                }
                String shown = displayPath(siteDir, p);
                String name = p.getFileName().toString();
                String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                if (WINDOWS_RESERVED.contains(stem.toLowerCase(Locale.ROOT)) || name.endsWith(".") || name.endsWith(" ")) {
                    problems.add(new Problem(SourcePos.startOf(shown), "the name '" + name + "' cannot be used on Windows; rename it"));
                    continue;
                }
                if (Files.isSymbolicLink(p)) {
                    Path target;
                    try {
                        target = p.toRealPath();
                    } catch (IOException e) {
                        problems.add(new Problem(SourcePos.startOf(shown), "broken symbolic link"));
                        continue;
                    }
                    if (!target.startsWith(realContent)) {
                        problems.add(new Problem(SourcePos.startOf(shown), "symbolic link points outside content/ (to " + target + ")"));
                        continue;
                    }
                }
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(SourcePos.startOf(CONTENT), "cannot list content/: " + e.getMessage()));
        }
        return files;
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The built-in default theme, overlaid file by file with the site's own {@code templates/}, so a
     * webmaster copies and edits only the templates they want to change.
     */
    private static Theme loadTheme(Path siteTemplates, List<Problem> problems) {
        Map<String, String> templates = new HashMap<>();
        Map<String, byte[]> assets = new HashMap<>();
        readBuiltInTheme((name, bytes) -> addThemeFile(name, bytes, templates, assets, problems));
        if (Files.isDirectory(siteTemplates)) {
            walkTheme(siteTemplates, (name, bytes) -> addThemeFile(name, bytes, templates, assets, problems));
        }
        return new Theme(templates, assets);
    }

    private interface ThemeFileSink {
        void accept(String relativeName, byte[] bytes);
    }

    private static void addThemeFile(String name, byte[] bytes, Map<String, String> templates, Map<String, byte[]> assets,
                                     List<Problem> problems) {
        if (name.endsWith(".ftlh") || name.endsWith(".ftlx") || name.endsWith(".ftl")) {
            Parsed<String> text = SourceText.decode(TEMPLATES + "/" + name, bytes);
            problems.addAll(text.problems());
            text.value().ifPresent(t -> templates.put(name, SourceText.normalize(t)));
        } else if (name.startsWith("assets/")) {
            assets.put(name, bytes);
        }
    }

    /** The files of the built-in theme by path under {@code templates/}, for a site that wants its own copy. */
    public static Map<String, byte[]> builtInThemeFiles() {
        Map<String, byte[]> files = new java.util.TreeMap<>();
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
