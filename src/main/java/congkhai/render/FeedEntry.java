package congkhai.render;

/** One Atom entry; {@code updated} is an RFC 3339 timestamp. */
public record FeedEntry(String id, String title, String path, String updated, String summary, String category) {
}
