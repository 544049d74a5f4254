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
}
