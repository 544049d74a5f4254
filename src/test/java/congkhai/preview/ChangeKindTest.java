package congkhai.preview;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangeKindTest {

    private static final Path SITE = Path.of("/srv/portal").toAbsolutePath();

    private static Optional<ChangeKind> kind(String relative) {
        return ChangeKind.of(SITE, relative.isEmpty() ? SITE : SITE.resolve(relative));
    }

    @Test
    void eachSourceHasItsKind() {
        assertEquals(Optional.of(ChangeKind.ANYTHING), kind(""));
        assertEquals(Optional.of(ChangeKind.CONFIG), kind("site-config.yml"));
        assertEquals(Optional.of(ChangeKind.TEMPLATE), kind("templates/document.ftlh"));
        assertEquals(Optional.of(ChangeKind.TEMPLATE), kind("templates/feed.ftlx"));
        assertEquals(Optional.of(ChangeKind.THEME_FILE), kind("templates/assets/site.css"));
        assertEquals(Optional.of(ChangeKind.THEME_FILE), kind("templates"));
        assertEquals(Optional.of(ChangeKind.RECORD), kind("content/plans/kh-122.md"));
        assertEquals(Optional.of(ChangeKind.PROGRESS), kind("content/plans/kh-122.progress.yml"));
        assertEquals(Optional.of(ChangeKind.CONTENT_FILE), kind("content/plans/kh-122.pdf"));
        assertEquals(Optional.of(ChangeKind.CONTENT_FILE), kind("content/plans"));
        assertEquals(Optional.empty(), kind("public/index.html"));
    }
}
