package congkhai.model;

/** Another task of the same document, as a link: a sub-task's parent. */
public record TaskLink(String localId, String path, String title) {
}
