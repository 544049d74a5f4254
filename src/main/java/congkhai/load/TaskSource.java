package congkhai.load;

import congkhai.base.Located;
import congkhai.base.PartialDate;
import congkhai.base.SourcePos;
import congkhai.model.Deadline;

import java.util.List;
import java.util.Optional;

/**
 * A task as written in a document's front matter.
 *
 * @param deadline when it is due: fixed, expected, recurring or none (thường xuyên)
 * @param dueText  the deadline in the document's own words, shown beside the computed date
 * @param parent   the task of the same document this one is a part of
 * @param topics   its own topics when the record gives them; absent, it has its document's
 */
public record TaskSource(
        Located<String> id,
        String title,
        List<Located<String>> leads,
        List<Located<String>> support,
        Deadline deadline,
        String dueText,
        String note,
        Optional<Located<String>> parent,
        Optional<List<Located<String>>> topics,
        SourcePos pos) {

    public TaskSource {
        leads = List.copyOf(leads);
        support = List.copyOf(support);
        topics = topics.map(List::copyOf);
    }

    /** The fixed deadline, if any. */
    public Optional<PartialDate> due() {
        return deadline.date();
    }
}
