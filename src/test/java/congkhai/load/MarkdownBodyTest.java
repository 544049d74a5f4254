package congkhai.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownBodyTest {

    @TempDir
    Path tmp;

    @Test
    void aBodyInItsFileIsReadAgainAsItWasNormalised() throws IOException {
        Path file = tmp.resolve("kh-45.md");
        Files.writeString(file, "\uFEFF---\r\ntype: plan\r\n---\r\nNội dung **chính**.\r\nDòng hai.\r\n");
        MarkdownBody body = MarkdownBody.atEndOf(file, "Nội dung **chính**.\nDòng hai.\n", Files.readAllBytes(file));
        assertEquals("Nội dung **chính**.\nDòng hai.\n", body.text());
        assertEquals(MarkdownBody.of("Nội dung **chính**.\nDòng hai.\n"), body, "equal to the same text held in memory");
        assertNotEquals(MarkdownBody.of("Nội dung khác.\n"), body);
    }

    @Test
    void aFileEditedDuringTheBuildIsAnErrorNotAMixOfTwoVersions() throws IOException {
        Path file = tmp.resolve("kh-45.md");
        Files.writeString(file, "---\ntype: plan\n---\nBản cũ.\n");
        MarkdownBody body = MarkdownBody.atEndOf(file, "Bản cũ.\n", Files.readAllBytes(file));
        // the same number of bytes, another letter
        Files.writeString(file, "---\ntype: plan\n---\nBản cú.\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, body::text);
        assertTrue(e.getMessage().contains("changed while the site was being built"), e.getMessage());
        // the front matter edited, the body as it was: the page would mix what was read before with what is there now
        Files.writeString(file, "---\ntype: report\n---\nBản cũ.\n");
        assertThrows(UncheckedIOException.class, body::text);
        Files.writeString(file, "---\ntype: plan\n---\nBản cũ.\n");
        assertEquals("Bản cũ.\n", body.text(), "the file as it was read");
    }
}
