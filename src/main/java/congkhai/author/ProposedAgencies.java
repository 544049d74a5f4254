package congkhai.author;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code site-config.yml} entries for agencies an import found that the config does not list,
 * and their addition to the config's {@code agencies:} list, kept as the webmaster wrote the rest.
 */
public final class ProposedAgencies {

    private ProposedAgencies() {
    }

    /** The entries as YAML list items at {@code indent}, each marked for review. */
    public static String entries(Map<String, String> proposed, String indent) {
        StringBuilder y = new StringBuilder();
        proposed.forEach((id, name) -> y.append(indent).append("- id: ").append(id)
                .append("    # REVIEW proposed by import: check the name, shorten the id, set parent\n")
                .append(indent).append("  name: ").append(RecordText.quote(name)).append('\n'));
        return y.toString();
    }

    /** {@code config} with the entries added at the end of its {@code agencies:} list (a new list at the end when it has none). */
    public static String addTo(String config, Map<String, String> proposed) {
        if (proposed.isEmpty()) {
            return config;
        }
        List<String> lines = new ArrayList<>(config.lines().toList());
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^agencies\\s*:\\s*(#.*)?$")) {
                start = i;
                break;
            }
        }
        String text = config.endsWith("\n") || config.isEmpty() ? config : config + "\n";
        if (start < 0) {
            return text + "agencies:\n" + entries(proposed, "  ");
        }
        String indent = "  ";
        int end = start + 1;
        for (int i = start + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.strip().startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(l.charAt(0)) && !l.startsWith("-")) {
                break;
            }
            if (l.strip().startsWith("- ")) {
                indent = l.substring(0, l.indexOf('-'));
            }
            end = i + 1;
        }
        List<String> out = new ArrayList<>(lines.subList(0, end));
        out.addAll(entries(proposed, indent).lines().toList());
        out.addAll(lines.subList(end, lines.size()));
        return String.join("\n", out) + "\n";
    }
}
