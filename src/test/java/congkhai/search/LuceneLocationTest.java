package congkhai.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LuceneLocationTest {

    @TempDir
    Path tmp;

    @Test
    void theIndexIsBesideTheSiteHowEverItsFolderIsWritten() {
        Path expected = tmp.resolve(".public.lucene");
        assertEquals(expected, LuceneLocation.beside(tmp.resolve("public")));
        assertEquals(expected, LuceneLocation.beside(tmp.resolve("public/")));
        assertEquals(expected, LuceneLocation.beside(tmp.resolve("x/../public")));
        assertEquals(expected, LuceneLocation.beside(tmp.resolve("public/.")));
        assertEquals(Path.of("").toAbsolutePath().resolve(".public.lucene"), LuceneLocation.beside(Path.of("public")));
    }

    @Test
    void findLooksBesideTheSiteThenInsideItForAnOlderBuild() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        assertEquals(Optional.empty(), LuceneLocation.find(site));
        Path inside = Files.createDirectories(site.resolve("search/lucene"));
        assertEquals(Optional.of(inside), LuceneLocation.find(site));
        Path beside = Files.createDirectories(tmp.resolve(".site.lucene"));
        assertEquals(Optional.of(beside), LuceneLocation.find(site));
    }
}
