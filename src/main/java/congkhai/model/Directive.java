package congkhai.model;


import java.util.List;

/**
 * A directive of a document that names no one in particular to carry it out: shown on its
 * document's page, never counted as a task.
 *
 * @param anchor its place on the document's page: {@code chi-dao-1}
 * @param to     the agencies or groups it is addressed to, when the document names them
 */
public record Directive(String anchor, String text, List<Agency> to, String note) {

    public Directive {
        to = List.copyOf(to);
    }
}
