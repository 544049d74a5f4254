package congkhai.config;

import java.util.Optional;

/** A government body that issues documents or is given tasks. */
public record Agency(String id, String name, Optional<String> parent) {
}
