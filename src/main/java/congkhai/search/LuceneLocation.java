package congkhai.search;

import congkhai.model.Urls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a built site's Lucene index lives: beside the site's folder, not in it. No browser reads the
 * index, and it is an eighth of a large portal's bytes, which a static host would otherwise be sent
 * on every publish and count against its limits. {@code congkhai search} and {@code congkhai serve}
 * read it from there, and a preview keeps its own there too. A site built by a version that
 * published the index inside the site is still found.
 */
public final class LuceneLocation {

    private LuceneLocation() {
    }

    /** The folder beside {@code site} that a build publishes the index to: {@code public/} -> {@code .public.lucene/}. */
    public static Path beside(Path site) {
        Path absolute = site.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            return absolute.resolve(Urls.luceneIndex());
        }
        return parent.resolve("." + absolute.getFileName() + ".lucene");
    }

    /** The index of the site in {@code site}: beside it, or inside it (an older build's); empty when there is none. */
    public static Optional<Path> find(Path site) {
        Path beside = beside(site);
        if (Files.isDirectory(beside)) {
            return Optional.of(beside);
        }
        Path inside = site.resolve(Urls.luceneIndex());
        return Files.isDirectory(inside) ? Optional.of(inside) : Optional.empty();
    }
}
