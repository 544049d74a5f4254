package congkhai.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderDeletionTest {

    @TempDir
    Path tmp;

    /** A site's shape: sections, years, a folder a page, files at each level, empty folders. */
    private Path site(Path root, int sections, int years, int pages) throws Exception {
        Files.createDirectories(root);
        Files.writeString(root.resolve("index.html"), "home");
        for (int s = 0; s < sections; s++) {
            Path section = Files.createDirectories(root.resolve("section-" + s));
            Files.writeString(section.resolve("index.html"), "list");
            for (int y = 0; y < years; y++) {
                for (int p = 0; p < pages; p++) {
                    Path page = Files.createDirectories(section.resolve("20" + (10 + y)).resolve("page-" + p));
                    Files.writeString(page.resolve("index.html"), "page " + s + y + p);
                }
            }
            Files.createDirectories(section.resolve("empty/deeper"));
        }
        return root;
    }

    @Test
    void deletesALargeSiteWholeOnSeveralThreads() throws Exception {
        Path root = site(tmp.resolve("old"), 6, 4, 5);
        FolderDeletion.deleteQuietly(root);
        assertFalse(Files.exists(root));
        assertEquals(List.of(), Files.list(tmp).toList());
    }

    @Test
    void deletesASmallFolderAndAFolderOfOneFile() throws Exception {
        Path small = site(tmp.resolve("small"), 1, 1, 1);
        FolderDeletion.deleteQuietly(small);
        assertFalse(Files.exists(small));
        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.writeString(one.resolve("a.txt"), "a");
        FolderDeletion.deleteQuietly(one);
        assertFalse(Files.exists(one));
        FolderDeletion.deleteQuietly(tmp.resolve("never-made"));
    }

    @Test
    void removesLinksWithoutFollowingThem() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside/keep"));
        Files.writeString(outside.resolve("file.txt"), "mine");
        Path root = site(tmp.resolve("old"), 5, 2, 2);
        // at every level the threads split the work at: the root, a section, a year, a page
        Files.createSymbolicLink(root.resolve("to-folder"), outside);
        Files.createSymbolicLink(root.resolve("section-0/to-folder"), outside);
        Files.createSymbolicLink(root.resolve("section-1/2010/to-file"), outside.resolve("file.txt"));
        Files.createSymbolicLink(root.resolve("section-2/2010/page-0/to-folder"), outside);
        FolderDeletion.deleteQuietly(root);
        assertFalse(Files.exists(root));
        assertTrue(Files.isRegularFile(outside.resolve("file.txt")), "what a link points to outside is left alone");
        assertEquals("mine", Files.readString(outside.resolve("file.txt")));

        Path linkedRoot = Files.createSymbolicLink(tmp.resolve("linked-root"), outside);
        FolderDeletion.deleteQuietly(linkedRoot);
        assertFalse(Files.exists(linkedRoot, java.nio.file.LinkOption.NOFOLLOW_LINKS), "a link given as the folder is removed itself");
        assertEquals("mine", Files.readString(outside.resolve("file.txt")));
    }
}
