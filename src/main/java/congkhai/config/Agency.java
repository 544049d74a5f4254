package congkhai.config;

import java.util.List;
import java.util.Optional;

/**
 * A government body that issues documents or is given tasks. {@code aliases} are the other ways
 * people write its name (short forms and abbreviations such as "UBND tỉnh", "Sở TN&MT"), so that
 * citations and searches written with them find the agency.
 */
public record Agency(String id, String name, Optional<String> parent, List<String> aliases) {

    public Agency {
        aliases = List.copyOf(aliases);
    }

    public Agency(String id, String name, Optional<String> parent) {
        this(id, name, parent, List.of());
    }
}
