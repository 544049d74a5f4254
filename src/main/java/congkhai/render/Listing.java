package congkhai.render;

/** One entry of a navigation list: a type, agency, topic or year with its page and how many documents it has. */
public record Listing(String key, String name, String path, int count) {
}
