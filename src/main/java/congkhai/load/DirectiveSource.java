package congkhai.load;

import congkhai.base.Located;
import congkhai.base.SourcePos;

import java.util.List;

/**
 * A directive of a document that names no one to carry it out, or only a group ("các phòng, ban,
 * cơ quan, đơn vị"): shown with its document, never tracked or counted as an agency's task.
 *
 * @param to the agencies or groups it is addressed to, if the document names them
 */
public record DirectiveSource(String text, List<Located<String>> to, String note, SourcePos pos) {

    public DirectiveSource {
        to = List.copyOf(to);
    }
}
