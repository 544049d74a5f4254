package congkhai.assemble;

import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.config.SiteConfig;
import congkhai.load.DocumentSource;
import congkhai.model.Agency;
import congkhai.model.DocLink;
import congkhai.model.Topic;
import congkhai.model.Urls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One assembly of a site, as {@link Assembler}, {@link References} and {@link TaskAssembler} share it:
 * the config, the as-of day, the problems found so far and the links to documents.
 */
final class Assembly {

    private final SiteConfig config;
    private final LocalDate asOf;
    private final List<Problem> problems = new ArrayList<>();
    /**
     * One link per document, shared by every ref, backlink, task and evidence that points at it: a
     * portal of 100,000 records has a million of those, and a new link with new strings for each
     * was a fifth of a build's memory.
     */
    private final Map<String, DocLink> links = new HashMap<>();

    Assembly(SiteConfig config, LocalDate asOf) {
        this.config = config;
        this.asOf = asOf;
    }

    SiteConfig config() {
        return config;
    }

    LocalDate asOf() {
        return asOf;
    }

    List<Problem> problems() {
        return problems;
    }

    void error(SourcePos pos, String message) {
        problems.add(new Problem(pos, message));
    }

    /** Published on the as-of day: not a draft, and issued on or before it, so a past as-of day shows the portal as it stood. */
    boolean isPublished(DocumentSource d) {
        return !d.draft() && !d.date().first().isAfter(asOf);
    }

    Optional<Agency> issuerOf(DocumentSource d) {
        return d.issuer().map(i -> config.agencies().get(i.value()));
    }

    List<Topic> topicsOf(DocumentSource d) {
        return d.topics().stream().map(t -> config.topics().get(t.value())).filter(t -> t != null).distinct().toList();
    }

    DocLink linkOf(DocumentSource d) {
        return links.computeIfAbsent(d.id(), id -> new DocLink(Urls.document(id), d.number().value(), d.title(), d.type().singularKey(),
                d.date().display(), false, issuerOf(d).map(Agency::name).orElse("")));
    }
}
