package congkhai.preview;

import congkhai.config.ConfigParser;
import congkhai.load.SiteLoader;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of source a changed path is, and so what the preview reads again (as Zola's serve.rs
 * tells content from templates and config before it rebuilds). Which records' fields an edit of a
 * record touched is told later, from the files as parsed ({@code PreviewSession.ownFieldEdits}).
 */
enum ChangeKind {
    /** site-config.yml: the config, the theme and every record are read again, as records are checked against its agencies and topics. */
    CONFIG,
    /** A template under templates/ (.ftlh, .ftlx, .ftl): the theme is loaded again and every page rendered again. */
    TEMPLATE,
    /** Anything else under templates/ (its assets): the theme is loaded again. */
    THEME_FILE,
    /** A record under content/ (.md): that file is read again. */
    RECORD,
    /** A file of progress updates under content/ (.yml, .yaml): that file is read again and the site assembled again. */
    PROGRESS,
    /** Any other file or folder under content/, an attachment: read again. */
    CONTENT_FILE,
    /** The site folder itself: the watcher lost events, and anything may have changed. */
    ANYTHING;

    /** The kind of {@code path} (absolute, normalised) in the site at {@code siteDir}; empty for a path the preview does not read. */
    public static Optional<ChangeKind> of(Path siteDir, Path path) {
        if (path.equals(siteDir)) {
            return Optional.of(ANYTHING);
        }
        if (path.equals(siteDir.resolve(ConfigParser.FILE_NAME))) {
            return Optional.of(CONFIG);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (path.startsWith(siteDir.resolve(SiteLoader.TEMPLATES))) {
            return Optional.of(name.endsWith(".ftlh") || name.endsWith(".ftlx") || name.endsWith(".ftl") ? TEMPLATE : THEME_FILE);
        }
        if (path.startsWith(siteDir.resolve(SiteLoader.CONTENT))) {
            return Optional.of(name.endsWith(".md") ? RECORD
                    : name.endsWith(".yml") || name.endsWith(".yaml") ? PROGRESS : CONTENT_FILE);
        }
        return Optional.empty();
    }

    /** Whether the config must be read again. */
    boolean rereadsConfig() {
        return this == CONFIG || this == ANYTHING;
    }

    /** Whether the theme must be loaded again. */
    boolean reloadsTheme() {
        return this == TEMPLATE || this == THEME_FILE || this == CONFIG || this == ANYTHING;
    }

    /** Whether the path is one of content/'s, read again on its own. */
    boolean isContent() {
        return this == RECORD || this == PROGRESS || this == CONTENT_FILE;
    }
}
