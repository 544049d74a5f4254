package congkhai.model;

import congkhai.base.Recurrence;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One dated progress update of a task, with its evidence resolved to a link where it can be.
 *
 * @param period for a task with a recurring deadline, the period the update reports on
 */
public record Update(LocalDate date, ProgressState state, Optional<Integer> percent, String note,
                     Optional<DocLink> evidence, String sourcePath, Optional<Recurrence.Period> period) {

    public Update(LocalDate date, ProgressState state, Optional<Integer> percent, String note,
                  Optional<DocLink> evidence, String sourcePath) {
        this(date, state, percent, note, evidence, sourcePath, Optional.empty());
    }
}
