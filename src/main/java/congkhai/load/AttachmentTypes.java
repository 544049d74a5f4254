package congkhai.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which files under content/ may be published as they are. An allow-list: a file is served from the
 * portal's own address, so an HTML, SVG or XML file with a script in it would run that script as the
 * portal, and a web server may run a {@code .php} or {@code .cgi} file as a program.
 */
public final class AttachmentTypes {

    /** Documents, spreadsheets, slides, images, audio, video and archives: what a transparency portal publishes. */
    public static final List<String> ALLOWED = List.of(
            "pdf", "doc", "docx", "odt", "rtf", "txt", "csv", "json",
            "xls", "xlsx", "ods", "ppt", "pptx", "odp",
            "jpg", "jpeg", "png", "gif", "webp", "avif", "tif", "tiff", "bmp",
            "mp3", "m4a", "wav", "ogg", "oga", "mp4", "m4v", "webm", "ogv",
            "zip", "7z", "rar", "gz", "kmz");

    /** Types a browser runs scripts in when the file is opened from the portal. */
    private static final Set<String> ACTIVE = Set.of("html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml",
            "svg", "svgz", "xml", "xsl", "xslt", "js", "mjs", "swf");

    /** Extensions some web servers run as programs, wherever they appear in a name ("x.php.pdf"). */
    private static final Set<String> SERVER_SCRIPTS = Set.of("php", "php3", "php4", "php5", "php7", "phtml", "phar",
            "asp", "aspx", "jsp", "jspx", "cgi", "pl", "py", "sh");

    private AttachmentTypes() {
    }

    /** An extension in {@code name}, anywhere in it, that some web servers run as a program ("php" in "x.php.pdf"). */
    static Optional<String> serverScript(String name) {
        String[] parts = name.toLowerCase(Locale.ROOT).split("\\.");
        for (int i = 1; i < parts.length; i++) {
            if (SERVER_SCRIPTS.contains(parts[i])) {
                return Optional.of(parts[i]);
            }
        }
        return Optional.empty();
    }

    /** The reason a file named {@code name} is not published, or empty when it may be. */
    public static Optional<String> refusal(String name) {
        Optional<String> script = serverScript(name);
        if (script.isPresent()) {
            return Optional.of("the name '" + name + "' has '." + script.get()
                    + "', which some web servers run as a program; rename it or put it in a .zip");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        if (ACTIVE.contains(ext)) {
            return Optional.of("a ." + ext + " file is not published: opened from the portal, a script inside it would run"
                    + " as the portal; convert it (an image to PNG, a page to PDF) or put it in a .zip");
        }
        if (!ALLOWED.contains(ext)) {
            return Optional.of((ext.isEmpty() ? "a file without an extension" : "a ." + ext + " file")
                    + " is not published; attachments may be " + String.join(", ", ALLOWED) + " (or put it in a .zip)");
        }
        return Optional.empty();
    }
}
