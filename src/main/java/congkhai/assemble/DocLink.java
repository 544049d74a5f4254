package congkhai.assemble;

/**
 * A link from one document to another: to a record of this portal, or to the page of a document
 * number that no record carries (an external document).
 *
 * @param path     the page's path under the site root, e.g. {@code plans/2023-05-27-kh-122/}
 * @param number   số ký hiệu, empty when the target has none
 * @param title    the target's title; empty for an external document
 * @param typeName "Kế hoạch", or empty for an external document
 * @param date     dd/mm/yyyy or the partial form; empty for an external document
 */
public record DocLink(String path, String number, String title, String typeName, String date, boolean external) {

    /** What to show as the link text: number and title where both exist. */
    public String label() {
        if (title.isEmpty()) {
            return number;
        }
        return number.isEmpty() ? title : number + " — " + title;
    }
}
