package congkhai.model;

/** A file published with a document: its name, its path in the site and its size in bytes. */
public record Attachment(String name, String path, long size) {

    /** "1,2 MB" and the like, for a reader deciding whether to download it on a phone. */
    public String sizeText() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.0f KB", size / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024)).replace('.', ',');
    }
}
