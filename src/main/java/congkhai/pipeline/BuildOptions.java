package congkhai.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param asOf    the day task statuses are computed against; wins over the config's {@code as_of}
 * @param baseUrl replaces the config's {@code base_url} (serve uses the local address)
 */
public record BuildOptions(Path siteDir, Path output, Optional<LocalDate> asOf, Optional<URI> baseUrl) {
}
