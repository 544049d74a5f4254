package congkhai.model;

/** Who signed a document, and in what capacity ("KT. Chủ tịch, Phó Chủ tịch"); position may be empty. */
public record Signer(String name, String position) {
}
