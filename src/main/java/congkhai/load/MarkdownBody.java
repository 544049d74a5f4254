package congkhai.load;

import congkhai.base.SourceText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * A record's Markdown body. Bodies are most of a portal's text: a gigabyte in memory for 100,000
 * records of 8 KB. So {@code build} keeps only where a body is, and reads it from its file again
 * when the page or the search index needs it; {@code serve}, which re-renders as files change,
 * keeps the text. Either way two bodies are equal when their text is.
 */
public final class MarkdownBody {

    /** The body {@code new} writes, for the webmaster to replace; {@code check} warns of a published record that kept it. */
    public static final String PLACEHOLDER = "Nội dung văn bản.";

    private final String text;
    private final Path file;
    private final int length;
    private final long fingerprint;
    /** The file's bytes when it was read: their number and checksum ({@link #fileCheck}). */
    private final int fileBytes;
    private final long fileCheck;

    private MarkdownBody(String text, Path file, int length, long fingerprint, int fileBytes, long fileCheck) {
        this.text = text;
        this.file = file;
        this.length = length;
        this.fingerprint = fingerprint;
        this.fileBytes = fileBytes;
        this.fileCheck = fileCheck;
    }

    /** A body held in memory. */
    public static MarkdownBody of(String text) {
        return new MarkdownBody(text, null, text.length(), fingerprint(text), 0, 0);
    }

    /**
     * A body that is the end of {@code file}'s text (as decoded and normalised when it was read from
     * {@code bytes}, which were valid UTF-8), read again when needed.
     */
    static MarkdownBody atEndOf(Path file, String text, byte[] bytes) {
        return new MarkdownBody(null, file, text.length(), fingerprint(text), bytes.length, fileCheck(bytes));
    }

    /** The Markdown. */
    public String text() {
        if (text != null) {
            return text;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            // the same bytes as when the file was read: valid UTF-8 then, so decoded without the checks,
            // and the body is where it was; a page and the index read each body again, and comparing
            // the bytes costs less than encoding the text again to compare it
            if (bytes.length != fileBytes || fileCheck(bytes) != fileCheck) {
                throw new IOException("it changed while the site was being built; build again");
            }
            String all = SourceText.normalize(new String(bytes, StandardCharsets.UTF_8));
            return all.substring(all.length() - length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " again: " + e.getMessage(), e);
        }
    }

    /** Length in chars, without reading the text. */
    public int length() {
        return length;
    }

    /** The text's hash and a checksum of its bytes: equal bodies are equal text, in practice. */
    private static long fingerprint(String text) {
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return ((long) text.hashCode() << 32) | crc.getValue();
    }

    private static long fileCheck(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MarkdownBody b && b.length == length && b.fingerprint == fingerprint;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fingerprint);
    }

    @Override
    public String toString() {
        return text != null ? text : "(" + length + " chars in " + file + ")";
    }
}
