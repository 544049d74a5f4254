package congkhai.model;

/**
 * A link from one document to another: to a record of this portal, or to the page of a document
 * number that no record carries (an external document).
 *
 * @param path     the page's path under the site root, e.g. {@code plans/2023-05-27-kh-122/}; for an
 *                 external document its number's page, or "" when it has none
 * @param number   số ký hiệu, empty when the target has none
 * @param title    the target's title; empty for an external document
 * @param typeKey  the theme's label for one document of its type ({@code doctype.plan.singular}), or
 *                 empty for an external document
 * @param date     dd/mm/yyyy or the partial form; for an external document the date its citation
 *                 gives, or empty
 * @param issuer   the issuing body's name; for an external document the issuer its citation names, or empty
 */
public record DocLink(String path, String number, String title, String typeKey, String date, boolean external, String issuer) {

    public DocLink(String path, String number, String title, String typeKey, String date, boolean external) {
        this(path, number, title, typeKey, date, external, "");
    }

    /** What to show as the link text: number and title where both exist; an external document as cited. */
    public String label() {
        if (title.isEmpty()) {
            return external ? number + datePhrase() + (issuer.isEmpty() ? "" : " của " + issuer) : number;
        }
        return number.isEmpty() ? title : number + " — " + title;
    }

    private String datePhrase() {
        if (date.isEmpty()) {
            return "";
        }
        return Character.isDigit(date.charAt(0)) ? " ngày " + date : " " + date;
    }
}
