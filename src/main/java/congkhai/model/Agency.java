package congkhai.model;

import java.util.List;
import java.util.Optional;

/**
 * A government body that issues documents or is given tasks. {@code aliases} are the other ways
 * people write its name (short forms and abbreviations such as "UBND tỉnh", "Sở TN&MT"), so that
 * citations and searches written with them find the agency.
 *
 * @param group a set of bodies named together ("Các sở, ban, ngành", "UBND các huyện, thành phố"):
 *              tasks given to it are shown, but it is never scored or ranked as if it were one body
 */
public record Agency(String id, String name, Optional<String> parent, List<String> aliases, boolean group) {

    public Agency {
        aliases = List.copyOf(aliases);
    }

    public Agency(String id, String name, Optional<String> parent, List<String> aliases) {
        this(id, name, parent, aliases, false);
    }

    public Agency(String id, String name, Optional<String> parent) {
        this(id, name, parent, List.of(), false);
    }
}
