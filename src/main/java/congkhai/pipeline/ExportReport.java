package congkhai.pipeline;

import congkhai.base.Problem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How an export of the search records went.
 *
 * @param records  search records written: documents and their tasks
 * @param problems every located content error, in path order; empty on success
 * @param failure  an error writing the output, when that is what stopped the export
 */
public record ExportReport(int records, long bytes, long nanos, LocalDate asOf, List<Problem> problems, Optional<String> failure) {

    public ExportReport {
        problems = List.copyOf(problems);
    }

    public double seconds() {
        return nanos / 1e9;
    }
}
