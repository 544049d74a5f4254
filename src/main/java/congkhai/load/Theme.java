package congkhai.load;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The templates and static assets of a theme, in memory, so rendering never touches files.
 *
 * @param templates template name (e.g. {@code record.ftlh}) to its text
 * @param assets    path under the site (e.g. {@code assets/site.css}) to the file's bytes; read only
 * @param labels    the words the code puts on pages, from the theme's {@link Labels#FILE}
 */
public record Theme(Map<String, String> templates, Map<String, byte[]> assets, Labels labels) {

    public Theme {
        templates = Collections.unmodifiableMap(new TreeMap<>(templates));
        assets = Collections.unmodifiableMap(new TreeMap<>(assets));
    }
}
