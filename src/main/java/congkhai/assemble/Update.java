package congkhai.assemble;

import congkhai.load.ProgressState;

import java.time.LocalDate;
import java.util.Optional;

/** One dated progress update of a task, with its evidence resolved to a link where it can be. */
public record Update(LocalDate date, ProgressState state, Optional<Integer> percent, String note,
                     Optional<DocLink> evidence, String sourcePath) {
}
