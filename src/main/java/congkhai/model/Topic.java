package congkhai.model;

/** A subject area (lĩnh vực) documents are filed under. */
public record Topic(String id, String name) {
}
