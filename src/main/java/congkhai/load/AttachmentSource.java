package congkhai.load;

import java.nio.file.Path;

/**
 * A file under content/ that is neither a record nor an update: copied to the site as it is.
 *
 * @param relativePath '/'-separated path under content/, which is also its path in the site
 */
public record AttachmentSource(String relativePath, Path file, long size) {
}
