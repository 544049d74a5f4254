package congkhai.model;

import java.util.List;

/**
 * A document number with where it is listed: every document the portal knows with that number, newest
 * first, whether a record carries it or records cite it. Offices number from 01 each year and several
 * write the same suffix, so one number may be many documents; such a number has a page of its own,
 * {@code so-hieu/<slug>/}, and {@code path} is that page. A number one document alone bears has no page:
 * {@code path} is its entry in that document's register.
 *
 * @param number    as first written: by the first record that carries it (in path order), or else by
 *                  the first citation
 * @param citedBy   the published records that cite the number where it is not on the portal
 * @param documents every document with the number, newest first; those of unknown date last
 */
public record CitedNumber(String number, String path, List<DocLink> citedBy, String key, List<NumberedDocument> documents) {

    public CitedNumber {
        citedBy = List.copyOf(citedBy);
        documents = List.copyOf(documents);
    }

    public CitedNumber(String number, String path, List<DocLink> citedBy) {
        this(number, path, citedBy, congkhai.text.Folding.documentNumberKey(number), List.of());
    }

    /**
     * Whether a number gets a page of its own ({@code so-hieu/<slug>/}): when more than one document
     * bears it, and the page tells them apart. A number one document alone bears is listed in that
     * document's register instead ({@link Urls#numberInRegister}).
     */
    public static boolean hasOwnPage(int documents) {
        return documents != 1;
    }

    /** See {@link #hasOwnPage(int)}. */
    public boolean hasOwnPage() {
        return hasOwnPage(documents.size());
    }

    /** Records of the portal among {@link #documents}. */
    public long recordCount() {
        return documents.stream().filter(d -> !d.external()).count();
    }
}
