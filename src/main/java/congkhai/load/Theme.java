package congkhai.load;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The templates and static assets of a theme, in memory, so rendering never touches files.
 *
 * @param templates template name (e.g. {@code record.ftlh}) to its text
 * @param assets    path under the site (e.g. {@code assets/site.css}) to the file's bytes; read only
 */
public record Theme(Map<String, String> templates, Map<String, byte[]> assets) {

    public Theme {
        templates = Collections.unmodifiableMap(new TreeMap<>(templates));
        assets = Collections.unmodifiableMap(new TreeMap<>(assets));
    }
}
