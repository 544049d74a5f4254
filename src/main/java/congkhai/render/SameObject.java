package congkhai.render;

/** An object as a key compared by identity: in the immutable model the same object is the same value, known at once. */
record SameObject(Object value) {
    @Override
    public boolean equals(Object o) {
        return o instanceof SameObject other && other.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
