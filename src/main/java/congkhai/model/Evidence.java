package congkhai.model;


import java.time.LocalDate;

/**
 * A progress update that cites a document as its evidence, seen from that document: the link that
 * lets a reader walk from a report back to the tasks it reports on.
 */
public record Evidence(String taskPath, String taskTitle, DocLink taskDocument, LocalDate date, ProgressState state) {
}
