package congkhai.base;

/** A value read from a source file together with where it was written. */
public record Located<T>(T value, SourcePos pos) {
}
