package congkhai.pipeline;

import congkhai.base.Problem;
import congkhai.base.Warning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How a build went.
 *
 * @param problems every located content or template error, in path order; empty on success
 * @param failure  an error writing the output, when that is what stopped the build
 * @param issuedLater records left out because they are dated after the as-of day
 * @param warnings what {@code check} found a reader would notice, though the site builds
 */
public record BuildReport(int records, int issuedLater, int pages, int files, long bytes, long nanos, LocalDate asOf,
                          List<Problem> problems, Optional<String> failure, List<Warning> warnings) {

    public BuildReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public BuildReport(int records, int issuedLater, int pages, int files, long bytes, long nanos, LocalDate asOf,
                       List<Problem> problems, Optional<String> failure) {
        this(records, issuedLater, pages, files, bytes, nanos, asOf, problems, failure, List.of());
    }

    public double seconds() {
        return nanos / 1e9;
    }
}
