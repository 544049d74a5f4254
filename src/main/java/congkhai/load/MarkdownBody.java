package congkhai.load;

import congkhai.base.Parsed;
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

    private MarkdownBody(String text, Path file, int length, long fingerprint) {
        this.text = text;
        this.file = file;
        this.length = length;
        this.fingerprint = fingerprint;
    }

    /** A body held in memory. */
    public static MarkdownBody of(String text) {
        return new MarkdownBody(text, null, text.length(), fingerprint(text));
    }

    /** A body that is the end of {@code file}'s text (as decoded and normalised when it was read), read again when needed. */
    static MarkdownBody atEndOf(Path file, String text) {
        return new MarkdownBody(null, file, text.length(), fingerprint(text));
    }

    /** The Markdown. */
    public String text() {
        if (text != null) {
            return text;
        }
        try {
            Parsed<String> decoded = SourceText.decode(file.toString(), Files.readAllBytes(file));
            String all = SourceText.normalize(decoded.value().orElse(""));
            String body = all.length() >= length ? all.substring(all.length() - length) : "";
            if (fingerprint(body) != fingerprint) {
                throw new IOException("it changed while the site was being built; build again");
            }
            return body;
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
