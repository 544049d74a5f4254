package congkhai.model;

import congkhai.base.PartialDate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One document with a given number, as a number's page lists it: a record of the portal, or a
 * document its records cite that is not on the portal, known by what the citations say.
 *
 * @param number     as written
 * @param date       its date; for an external document the most precise date a citation gives
 * @param year       the year of its identity, when known: the year its number carries, or its date's
 * @param issuer     the agency that issued it, when it is one of the portal's
 * @param issuerName the issuer's name, or for an external document the issuer as its citation
 *                   writes it; empty when unknown
 * @param record     the record, when the document is on the portal
 * @param citedBy    for an external document, the published records that cite it
 */
public record NumberedDocument(String number, Optional<PartialDate> date, Optional<Integer> year, Optional<Agency> issuer,
                               String issuerName, Optional<DocLink> record, List<DocLink> citedBy) {

    /** Newest first by date (an external document known only by year as 1 January), those of unknown year last. */
    public static final Comparator<NumberedDocument> NEWEST_FIRST = Comparator
            .comparing((NumberedDocument d) -> d.date().map(PartialDate::first)
                    .orElse(d.year().map(y -> LocalDate.of(y, 1, 1)).orElse(LocalDate.MIN))).reversed()
            .thenComparing(NumberedDocument::external)
            .thenComparing(NumberedDocument::issuerName)
            .thenComparing(d -> d.record().map(DocLink::path).orElse(""));

    public NumberedDocument {
        citedBy = List.copyOf(citedBy);
    }

    public boolean external() {
        return record.isEmpty();
    }

    /**
     * The issuer folder of the register it is in ({@link Urls#register}): its issuer's id, or
     * {@code otherIssuers} ({@link Urls#otherIssuers}) when the issuer is none of the portal's agencies.
     */
    public String registerIssuer(String otherIssuers) {
        return issuer.map(Agency::id).orElse(otherIssuers);
    }

    /** The year folder of the register it is in: the year of its identity, or {@link Urls#UNKNOWN_YEAR}. */
    public String registerYear() {
        return year.map(String::valueOf).orElse(Urls.UNKNOWN_YEAR);
    }

    /** "122/KH-UBND ngày 27/05/2023 của Ủy ban nhân dân tỉnh Lạng Sơn". */
    public String phrase() {
        return Citation.phrase(number, date, issuerName);
    }
}
