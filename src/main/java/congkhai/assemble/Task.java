package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.config.Agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A task a document assigns, with its status on the as-of day.
 *
 * @param id       {@code <record-id>#<task-id>}
 * @param path     its own page, under its document's: {@code plans/kh-122/t1/}
 * @param anchor   its place on the document's page: {@code plans/kh-122/#t1}
 * @param issued   the first day of its document's date: a task exists from then on
 * @param updates  every update up to the as-of day, oldest first
 * @param updated  the day of the latest update counted
 */
public record Task(
        String id,
        String localId,
        String path,
        String anchor,
        DocLink document,
        LocalDate issued,
        String title,
        List<Agency> leads,
        List<Agency> support,
        Optional<PartialDate> due,
        String dueText,
        String note,
        List<Update> updates,
        TaskStatus status,
        Optional<Integer> percent,
        Optional<LocalDate> updated) {

    public Task {
        leads = List.copyOf(leads);
        support = List.copyOf(support);
        updates = List.copyOf(updates);
    }

    public String recordId() {
        return id.substring(0, id.indexOf('#'));
    }

    public boolean hasReport() {
        return !updates.isEmpty();
    }
}
