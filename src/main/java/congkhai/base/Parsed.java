package congkhai.base;

import java.util.List;
import java.util.Optional;

/**
 * What a parser returns: a value (absent when the input was too broken to give one) and every
 * problem it found. Parsers never throw for bad input.
 */
public record Parsed<T>(Optional<T> value, List<Problem> problems) {

    public Parsed {
        problems = List.copyOf(problems);
    }

    public static <T> Parsed<T> of(T value, List<Problem> problems) {
        return new Parsed<>(Optional.ofNullable(value), problems);
    }

    public static <T> Parsed<T> failed(List<Problem> problems) {
        return new Parsed<>(Optional.empty(), problems);
    }
}
