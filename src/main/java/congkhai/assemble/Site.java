package congkhai.assemble;

import congkhai.config.SiteConfig;
import congkhai.load.AttachmentSource;
import congkhai.load.Theme;
import congkhai.model.CitedNumber;
import congkhai.model.Redirect;
import congkhai.model.Task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A whole portal, ready to render: every published document newest first, every task, every
 * document number with the documents that carry it or are cited by it, the files to publish as
 * they are, and the day statuses are computed against.
 *
 * @param issuedLater documents left out because they are dated after the as-of day
 * @param numbers     every published number and its page, which body citations are resolved against
 * @param redirects   the old addresses of published documents, by path
 */
public record Site(
        SiteConfig config,
        LocalDate asOf,
        List<Document> documents,
        List<Task> tasks,
        List<CitedNumber> citedNumbers,
        List<AttachmentSource> attachments,
        Theme theme,
        Map<String, Document> documentsById,
        int issuedLater,
        NumberIndex numbers,
        List<Redirect> redirects) {

    public Site {
        documents = List.copyOf(documents);
        tasks = List.copyOf(tasks);
        citedNumbers = List.copyOf(citedNumbers);
        attachments = List.copyOf(attachments);
        documentsById = Map.copyOf(documentsById);
        redirects = List.copyOf(redirects);
    }

    /** The same site with these documents in place of its own, everything else the same objects. */
    Site withDocuments(List<Document> others, Map<String, Document> othersById) {
        return withDocuments(others, othersById, tasks);
    }

    /** The same site with these documents and tasks in place of its own, everything else the same objects. */
    Site withDocuments(List<Document> others, Map<String, Document> othersById, List<Task> otherTasks) {
        return new Site(config, asOf, others, otherTasks, citedNumbers, attachments, theme, othersById, issuedLater, numbers, redirects);
    }
}
