package congkhai.pages;

import java.nio.charset.StandardCharsets;

/**
 * One output file of the site, in memory.
 *
 * @param path '/'-separated path under the site root, e.g. {@code plans/kh-122/index.html}
 */
public record Page(String path, byte[] content) {

    public static Page text(String path, String text) {
        return new Page(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isHtml() {
        return path.endsWith(".html");
    }
}
