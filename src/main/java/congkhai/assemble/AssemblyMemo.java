package congkhai.assemble;

import congkhai.base.Located;
import congkhai.base.PartialDate;
import congkhai.base.Problem;
import congkhai.load.DocumentSource;
import congkhai.model.Agency;
import congkhai.model.Citation;
import congkhai.model.Task;
import congkhai.model.Topic;
import congkhai.model.Update;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one assembly worked out that the next assembly of the same site can take as it is, when its
 * inputs did not change: a preview assembles the whole site again after an edit of a title, a task or
 * a progress update, and at ten thousand records most of that work gives the same results as before.
 *
 * <ul>
 * <li>What each ref and evidence names, with the problems it gave: reading every citation again (its
 * number, date and issuer, {@link CitationReader}) was a third of such an assembly. It depends only on
 * the ref's text and place, on the record it is written in, and on the {@link World}: every record's
 * id, file, draft flag, whether it is published and number, a numbered record's date and issuer, the
 * agencies and the as-of day. When the world changed (a number, a date of a numbered record, a record
 * added), every ref is resolved again.</li>
 * <li>Each document's tasks, made from its source and the updates of its tasks, with the same
 * agencies, topics and as-of day
 * ({@link Setting}). Kept tasks are the same objects as in the last site, which also lets the preview
 * compare the pages that list them at once.</li>
 * </ul>
 *
 * <p>Each assembly keeps only what it used, so nothing of a removed record stays. Not thread-safe: the
 * one thread of a preview session assembles with it. A build, which assembles once, gives its assembly
 * a new one.
 */
public final class AssemblyMemo {

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
     * What it named: nothing ({@code found} false), a record by id, or a document not on the portal
     * with its identity ({@code ExternalDocuments.identity}); and the problems it gave.
     */
    record Outcome(boolean found, Optional<String> recordId, Optional<Citation> external, String identity, List<Problem> problems) {
        Outcome {
            problems = List.copyOf(problems);
        }
    }

    /** What every document's tasks are made with besides their own inputs. */
    record Setting(LocalDate asOf, Map<String, Agency> agencies, Map<String, Topic> topics) {
    }

    /**
     * What a document's tasks are made from: its source (the link each task carries to it is made from
     * the source and the agencies) and the updates of each of its tasks in the order written.
     */
    record TaskInputs(DocumentSource source, List<List<Update>> updates) {
    }

    /** A document's tasks and what they were made from. */
    record MadeTasks(TaskInputs inputs, List<Task> tasks) {
    }

    private final boolean keeps;
    private World world;
    private Map<Call, Outcome> outcomes = Map.of();
    private Setting setting;
    private Map<String, MadeTasks> tasks = Map.of();

    /** A memo that keeps each assembly's work for the next: a preview's. */
    public AssemblyMemo() {
        this(true);
    }

    private AssemblyMemo(boolean keeps) {
        this.keeps = keeps;
    }

    /**
     * A memo for a site assembled once, as a build's: it keeps nothing, since nothing would read it,
     * and at 100,000 records what it would keep (every ref's outcome, every document's task inputs)
     * is more than a build with {@code -Xmx1g} can spare.
     */
    static AssemblyMemo forOneAssembly() {
        return new AssemblyMemo(false);
    }

    /** Whether an assembly should hand its work to {@link #keepOutcomes} and {@link #keepTasks}. */
    boolean keeps() {
        return keeps;
    }

    /** The outcomes of the last assembly when its world was {@code now} too, else none. */
    Map<Call, Outcome> outcomesFor(World now) {
        if (!now.equals(world)) {
            world = now;
            outcomes = Map.of();
        }
        return outcomes;
    }

    /** Keeps {@code made}, the outcomes of this assembly's refs and evidence, for the next one. */
    void keepOutcomes(Map<Call, Outcome> made) {
        outcomes = made;
    }

    /** The tasks of the last assembly by document id, when it had the same setting; empty otherwise. */
    Map<String, MadeTasks> tasksFor(Setting now) {
        if (!now.equals(setting)) {
            setting = now;
            tasks = Map.of();
        }
        return tasks;
    }

    /** Keeps {@code made}, the tasks of this assembly by document id, for the next one. */
    void keepTasks(Map<String, MadeTasks> made) {
        tasks = made;
    }
}
