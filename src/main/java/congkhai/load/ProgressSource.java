package congkhai.load;

import congkhai.base.Located;
import congkhai.base.SourcePos;

import java.time.LocalDate;
import java.util.Optional;

/** One dated update on a task, from a progress {@code .yml} file. */
public record ProgressSource(
        Located<String> task,
        LocalDate date,
        ProgressState status,
        Optional<Integer> percent,
        String note,
        Optional<Located<String>> evidence,
        SourcePos pos) {
}
