package congkhai.assemble;

import congkhai.base.Located;
import congkhai.base.PartialDate;
import congkhai.base.Problem;
import congkhai.model.Agency;
import congkhai.model.Citation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one assembly's refs and evidence resolved to, with the problems each gave, kept for the next
 * assembly of the same site. A preview assembles the site again after an edit of a title, a task or
 * a progress update, and at ten thousand records reading every citation again (its number, date and
 * issuer, {@link CitationReader}) was a third of that assembly. What a ref names depends only on its
 * text and place, on the record it is written in, on every record's id, file, draft flag, whether it
 * is published and number, on a numbered record's date and issuer, on the agencies and the as-of
 * day: while none of those changed (the {@link World}), a resolution is taken from here.
 *
 * <p>Not thread-safe: the one thread of a preview session assembles with it. A build, which
 * assembles once, gives each assembly a new one.
 */
public final class ResolvedReferences {

    /** Everything of a site that what a ref names can depend on, apart from the ref and the record it is written in. */
    record World(LocalDate asOf, List<Agency> agencies, List<Identity> records) {
    }

    /**
     * What of one record a ref's resolution can read: its date and issuer only when it has a number
     * (they tell numbers apart; an unnumbered record is named by its id alone).
     */
    record Identity(String id, String path, boolean draft, boolean published, Located<String> number, PartialDate numberedDate,
                    Optional<Located<String>> numberedIssuer) {
    }

    /** One resolution: a ref or an evidence as written, in a record. */
    record Call(Located<String> ref, String fromId, boolean fromDraft, boolean fromPublished) {
    }

    /**
     * What it named: nothing ({@code found} false), a record by id, or a document not on the portal;
     * and the problems it gave.
     */
    record Outcome(boolean found, Optional<String> recordId, Optional<Citation> external, List<Problem> problems) {
        Outcome {
            problems = List.copyOf(problems);
        }
    }

    private World world;
    private Map<Call, Outcome> outcomes = new HashMap<>();

    /** The outcomes kept for {@code now}: those of the last assembly when its world was the same, else none. */
    Map<Call, Outcome> outcomesFor(World now) {
        if (!now.equals(world)) {
            world = now;
            outcomes = new HashMap<>();
        }
        return outcomes;
    }
}
