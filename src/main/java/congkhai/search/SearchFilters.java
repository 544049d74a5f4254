package congkhai.search;

import java.util.Optional;

/**
 * Narrowing a search. {@code type} is a document type code ({@code plan}: documents of that type
 * with their tasks) or {@code task} (tasks alone, listed one by one); {@code agency} an agency id
 * (issuer of a document, lead or support of a task); {@code issuer} and {@code signer} (a signer's
 * name as a slug, {@code luong-trong-quynh}) are a document's, which its tasks share; {@code status}
 * a task status code; {@code dueFrom} and {@code dueTo} bound a task's deadline, as yyyymmdd.
 */
public record SearchFilters(Optional<String> type, Optional<String> agency, Optional<String> topic, Optional<Integer> year,
                            Optional<String> issuer, Optional<String> signer, Optional<String> status,
                            Optional<Integer> dueFrom, Optional<Integer> dueTo) {

    public static final SearchFilters NONE = new SearchFilters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public SearchFilters(Optional<String> type, Optional<String> agency, Optional<String> topic, Optional<Integer> year) {
        this(type, agency, topic, year, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Tasks one by one rather than under their documents. */
    public boolean tasksAlone() {
        return type.filter(SearchRecords.TASK::equals).isPresent();
    }

    /** "2023-06-30" or "20230630" as yyyymmdd; empty when it is neither. */
    public static Optional<Integer> day(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replace("-", "");
        if (!digits.matches("\\d{8}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }
}
