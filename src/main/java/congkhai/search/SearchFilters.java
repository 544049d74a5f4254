package congkhai.search;

import java.util.Optional;

/** Narrowing a search to one type ({@code plan}, {@code task}), agency id, topic id or year. */
public record SearchFilters(Optional<String> type, Optional<String> agency, Optional<String> topic, Optional<Integer> year) {

    public static final SearchFilters NONE = new SearchFilters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
