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
 * @param facts     what identifies it besides its text, for filters and for results
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
        List<String> passages,
        Facts facts) {

    /**
     * @param docType    its document's type code: a task is filtered and grouped with its document
     * @param issuerId   its document's issuer id, or empty
     * @param signer     its document's signer's name, or empty
     * @param status     a task's status code, empty for a document
     * @param statusLabel the words a reader sees for it
     * @param leads      a task's lead agencies, named
     * @param deadline   a task's deadline as shown, or empty
     * @param due        a task's deadline as yyyymmdd (its last day), 0 without one
     */
    public record Facts(String docType, String issuerId, String signer, String status, String statusLabel, String leads,
                        String deadline, int due) {
    }

    public SearchRecord {
        agencyIds = List.copyOf(agencyIds);
        agencyNames = List.copyOf(agencyNames);
        topicIds = List.copyOf(topicIds);
        topicNames = List.copyOf(topicNames);
        passages = List.copyOf(passages);
    }
}
