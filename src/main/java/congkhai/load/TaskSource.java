package congkhai.load;

import congkhai.base.Located;
import congkhai.base.PartialDate;
import congkhai.base.SourcePos;

import java.util.List;
import java.util.Optional;

/**
 * A task as written in a document's front matter.
 *
 * @param due     absent for ongoing work (thường xuyên); a period means its last day
 * @param dueText the deadline in the document's own words, shown beside the computed date
 */
public record TaskSource(
        Located<String> id,
        String title,
        List<Located<String>> leads,
        List<Located<String>> support,
        Optional<PartialDate> due,
        String dueText,
        String note,
        SourcePos pos) {

    public TaskSource {
        leads = List.copyOf(leads);
        support = List.copyOf(support);
    }
}
