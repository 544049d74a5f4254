package congkhai.load;

import congkhai.model.Signer;

import java.util.Optional;

/**
 * What of a document only its own page shows: no other record's assembly reads these fields. The
 * source holds them and the assembled document holds the same value, so an edit that changes
 * nothing else replaces the document as it was assembled instead of assembling the site again
 * ({@code Assembler.withOwnFieldsEdited}).
 *
 * @param sourceUrl where the document is published elsewhere
 * @param body      the Markdown after the front matter
 * @param bodyLine  the file line the body starts on
 */
public record OwnFields(Optional<Signer> signer, Optional<String> sourceUrl, String editorNote, MarkdownBody body, int bodyLine) {

    OwnFields withBody(MarkdownBody other) {
        return new OwnFields(signer, sourceUrl, editorNote, other, bodyLine);
    }
}
