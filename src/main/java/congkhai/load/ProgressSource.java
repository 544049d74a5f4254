package congkhai.load;

import congkhai.base.Located;
import congkhai.base.PartialDate;
import congkhai.base.SourcePos;
import congkhai.model.ProgressState;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One dated update on a task, from a progress {@code .yml} file.
 *
 * @param period for a recurring task, the period it reports on, when that is not the one its date falls in
 */
public record ProgressSource(
        Located<String> task,
        LocalDate date,
        ProgressState status,
        Optional<Integer> percent,
        String note,
        Optional<Located<String>> evidence,
        Optional<Located<PartialDate>> period,
        SourcePos pos) {

    /** The id of the task it reports on, as written without the spaces around it: {@code plans/kh-45#t1}. */
    public String taskId() {
        return task.value().strip();
    }

    /** The id of the record whose task it reports on: what comes before '#' in {@link #taskId}, or nothing. */
    public String recordId() {
        String taskId = taskId();
        return taskId.substring(0, Math.max(0, taskId.indexOf('#')));
    }

    /** Whether {@link #recordId} is {@code id}, found without making it: a preview edit asks it of every progress entry of the site. */
    public boolean reportsOn(String id) {
        String taskId = taskId();
        int hash = taskId.indexOf('#');
        return Math.max(0, hash) == id.length() && taskId.startsWith(id);
    }
}
