package congkhai.search;

import java.util.List;

/**
 * One search result: a document or a task, flattened to the fields search knows.
 *
 * @param type      a document type code ({@code plan}) or {@code task}
 * @param heading   what a reader sees as its name: "Kế hoạch 122/KH-UBND: Thực hiện…", "Nhiệm vụ: Tổ chức…"
 * @param passages  its text cut into snippet-sized passages; the first is the heading
 * @param date      dd/mm/yyyy or the partial form, as shown
 * @param isoDate   the same date for machines
 * @param source    for a task, the label of the document that assigns it; empty for a document
 */
public record SearchRecord(
        String id,
        String url,
        String type,
        String typeLabel,
        String heading,
        String number,
        String issuer,
        String signer,
        List<String> agencyIds,
        List<String> agencyNames,
        List<String> topicIds,
        List<String> topicNames,
        int year,
        String date,
        String isoDate,
        String source,
        List<String> passages) {

    public SearchRecord {
        agencyIds = List.copyOf(agencyIds);
        agencyNames = List.copyOf(agencyNames);
        topicIds = List.copyOf(topicIds);
        topicNames = List.copyOf(topicNames);
        passages = List.copyOf(passages);
    }
}
