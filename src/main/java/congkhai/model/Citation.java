package congkhai.model;

import congkhai.base.PartialDate;
import congkhai.text.Folding;

import java.util.Optional;

/**
 * A document as a citation names it: its number, and where the citation says so, its date and its
 * issuer ("122/KH-UBND ngày 27/5/2023 của UBND tỉnh").
 *
 * @param number     as written, e.g. {@code 07/TB-UBND}
 * @param key        the number's key ({@code Folding.documentNumberKey}), under which writings are equal
 * @param date       the date the citation gives: a day, a month or a year
 * @param issuer     the agency of this portal the citation names, if it names one
 * @param issuerText the issuer as written after "của", or "" when the citation names none; a text
 *                   without {@code issuer} names a body that is not one of the portal's agencies
 */
public record Citation(String number, String key, Optional<PartialDate> date, Optional<Agency> issuer, String issuerText) {

    public boolean namesIssuer() {
        return !issuerText.isEmpty();
    }

    /** Neither a date nor an issuer: only the number says which document. */
    public boolean bare() {
        return date.isEmpty() && !namesIssuer();
    }

    /** How a page names the document: "7/TB-UBND ngày 15/01/2021 của Ủy ban nhân dân tỉnh Lạng Sơn". */
    public String phrase() {
        return phrase(number, date, issuer.map(Agency::name).orElse(issuerText));
    }

    /** "số" is left to the reader's sentence; a partial date reads "tháng 3/2025" or "năm 2025". */
    public static String phrase(String number, Optional<PartialDate> date, String issuer) {
        StringBuilder s = new StringBuilder(number);
        date.ifPresent(d -> s.append(d.isDay() ? " ngày " : " ").append(d.display()));
        if (!issuer.isEmpty()) {
            s.append(" của ").append(issuer);
        }
        return s.toString();
    }
}
