package congkhai.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds sites/archive, a portal of three years and two issuers whose numbers repeat (7/TB-UBND of
 * the province in 2021 and 2023 and of the city in 2023; 122/KH-UBND of the province in 2023 and 2024
 * and of the city in 2024), and checks through the built pages and data that each citation form names
 * the one document it means.
 */
class NumberIdentityTest {

    @TempDir
    static Path out;

    private static final String TB7_2021 = "/notices/2021-01-15-tb-7/";
    private static final String TB7_2023 = "/notices/2023-02-10-tb-7/";
    private static final String TB7_2023_CITY = "/notices/2023-03-tb-7-tp/";
    private static final String KH122_2023 = "/plans/2023-05-27-kh-122/";
    private static final String KH122_2024 = "/plans/2024-kh-122/";
    private static final String KH122_2024_CITY = "/plans/2024-06-03-kh-122-tp/";
    private static final String NQ12_2023 = "/resolutions/2023-12-08-nq-12/";
    private static final String TB5 = "/notices/2024-04-01-tb-5/";

    @BeforeAll
    static void build() {
        TestSites.Run run = TestSites.build(TestSites.fixture("archive"), out);
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "numbers repeating across years and issuers are no error, and the draft's is not checked");
        assertTrue(run.out().startsWith("built 9 records"), run.out());
    }

    static Document page(String path) throws IOException {
        Path file = out.resolve(path.substring(1) + "index.html");
        assertTrue(Files.exists(file), "missing page " + path);
        return Jsoup.parse(file.toFile(), "UTF-8", "https://example.gov.vn" + path);
    }

    private static List<String> refs(Document doc) {
        return doc.select("h3:contains(Căn cứ, dẫn chiếu) + ul > li > a").eachAttr("href");
    }

    @Test
    void refsInEveryFormNameTheOneDocumentTheyMean() throws IOException {
        List<String> refs = refs(page("/reports/2024-12-20-bao-cao/"));
        assertEquals(List.of(
                TB7_2021,            // "7/TB-UBND ngày 15/01/2021": a day
                TB7_2023_CITY,       // "Thông báo số 07/TB-UBND tháng 3/2023 của UBND thành phố": words before, zero, month, issuer alias
                KH122_2023,          // "122/KH-UBND ngày 27 tháng 5 năm 2023": the day in words
                KH122_2024_CITY,     // "122/KH-UBND, 3-6-2024": a comma and a day with dashes
                KH122_2024,          // {number, date: 2024, issuer: ubnd-tinh}: the mapping form, a year
                TB7_2023,            // "7/TB-UBND năm 2023 của UBND tỉnh": a year and an issuer
                NQ12_2023,           // "12/2023/NQ-HĐND": the number carries its year
                "/so-hieu/7-tb-ubnd/",   // "7/TB-UBND ngày 20/06/2022 của UBND tỉnh": no such record, so on the number's page
                "/so-hieu/khac/2022/#so-06-nq-tw", // "06-NQ/TW" bare, and cited elsewhere with its date and issuer: one document, in its register
                TB5), refs);             // "5/TB-VP": a bare number only one record carries
    }

    @Test
    void aCitationOfADocumentNotOnThePortalShowsWhatItSays() throws IOException {
        Document report = page("/reports/2024-12-20-bao-cao/");
        List<String> external = new ArrayList<>();
        for (Element li : report.select("h3:contains(Căn cứ, dẫn chiếu) + ul > li")) {
            if (li.text().contains("chưa có trên cổng")) {
                external.add(li.selectFirst("a").text());
            }
        }
        assertEquals(List.of("7/TB-UBND ngày 20/06/2022 của Ủy ban nhân dân tỉnh Lạng Sơn", "06-NQ/TW ngày 24/01/2022 của Bộ Chính trị"),
                external, "a bare 06-NQ/TW is the one document the portal knows by that number");
    }

    @Test
    void numbersInABodyLinkByTheDateAndIssuerThatFollowThem() throws IOException {
        Element body = page("/reports/2024-12-20-bao-cao/").selectFirst(".doc-body");
        List<String> links = body.select("a.doc-number-link").eachAttr("href");
        assertEquals(List.of(
                KH122_2023,          // Kế hoạch số 122/KH-UBND ngày 27/5/2023 của UBND tỉnh
                KH122_2024_CITY,     // Kế hoạch 122/KH-UBND năm 2024 của UBND thành phố
                TB7_2021,            // Thông báo số 07/TB-UBND, ngày 15/01/2021
                "/so-hieu/khac/2022/#so-06-nq-tw", // Nghị quyết số 06-NQ/TW, ngày 24/01/2022 của Bộ Chính trị: not on the portal, one document
                TB7_2023,            // Thông báo 7/TB-UBND tháng 2/2023: the province's (the city's is of tháng 3)
                KH122_2023,          // Kế hoạch số 122/KH-UBND ngày 27 tháng 5 năm 2023
                TB7_2021,            // Thông báo 7/TB-UBND 15-1-2021
                NQ12_2023,           // Nghị quyết số 12/2023/NQ-HĐND ngày 08/12/2023
                KH122_2023,          // Kế hoạch số 122/KH-UBND ngày 27/05/2023
                KH122_2024_CITY,     // Kế hoạch số 122/KH-UBND, ngày 3/6/2024 của Ủy ban nhân dân thành phố Lạng Sơn
                "/so-hieu/7-tb-ubnd/", // Thông báo số 7/TB-UBND: four documents carry it
                "/so-hieu/7-tb-ubnd/", // Thông báo số 7/TB-UBND của UBND tỉnh: still two of them
                KH122_2024_CITY),      // **Kế hoạch số 122/KH-UBND** (ngày 03/6/2024 của UBND thành phố): bold, then in brackets
                links);
        assertEquals("07/TB-UBND", body.select("a.doc-number-link").get(2).text(), "the number is linked as written");
    }

    @Test
    void aBodyLinksAnEarlierDocumentWithItsOwnNumberButNotItself() throws IOException {
        assertEquals(List.of(KH122_2023), page(KH122_2024).select(".doc-body a.doc-number-link").eachAttr("href"),
                "\"Kế hoạch số 122/KH-UBND ngày 27/5/2023 của UBND tỉnh\" in the 2024 plan of the same number");
        assertTrue(page(KH122_2023).select(".doc-body a.doc-number-link").isEmpty(), "\"Kế hoạch 122/KH-UBND này\" is itself");
        assertEquals(List.of(TB7_2021), page(TB7_2023).select(".doc-body a.doc-number-link").eachAttr("href"));
    }

    @Test
    void evidenceNamesItsDocumentByDateAndIssuerToo() throws IOException {
        Document task = page(KH122_2023 + "t1/");
        List<String> evidence = new ArrayList<>();
        for (Element e : task.select(".timeline .evidence")) {
            Element a = e.selectFirst("a");
            evidence.add(a == null ? e.text() : a.attr("href") + " " + a.text());
        }
        assertEquals(List.of(
                KH122_2024_CITY + " 122/KH-UBND — Kế hoạch chỉnh trang đô thị thành phố năm 2024",
                "/so-hieu/7-tb-ubnd/ 7/TB-UBND ngày 20/06/2022 của Ủy ban nhân dân tỉnh Lạng Sơn",
                TB7_2021 + " 7/TB-UBND — Kết quả kiểm tra công tác cải cách hành chính năm 2020"), evidence, "newest first");
        assertFalse(page(TB7_2021).select("#bao-cao-tien-do ~ ul a").isEmpty(), "the evidence lists the task it reports on");
    }

    @Test
    void aNumbersPageListsEveryDocumentWithItNewestFirst() throws IOException {
        Document tb7 = page("/so-hieu/7-tb-ubnd/");
        assertEquals("Số ký hiệu 7/TB-UBND", tb7.selectFirst("h1").text());
        List<String> kickers = tb7.select("main .doc-list > li > .doc-kicker").eachText();
        assertEquals(List.of(
                "Thông báo 07/TB-UBND · tháng 3/2023 · Ủy ban nhân dân thành phố Lạng Sơn",
                "Thông báo 7/TB-UBND · 10/02/2023 · Ủy ban nhân dân tỉnh Lạng Sơn",
                "7/TB-UBND · 20/06/2022 · Ủy ban nhân dân tỉnh Lạng Sơn",
                "Thông báo 7/TB-UBND · 15/01/2021 · Ủy ban nhân dân tỉnh Lạng Sơn"), kickers);
        assertEquals(List.of(TB7_2023_CITY, TB7_2023, TB7_2021), tb7.select("main .doc-list > li > a.doc-title").eachAttr("href"));
        assertEquals(List.of("/reports/2024-12-20-bao-cao/"), tb7.select("main .doc-list .ref-list a").eachAttr("href"),
                "the document not on the portal, with what cites it");

        assertEquals(List.of(KH122_2024_CITY, KH122_2024, KH122_2023),
                page("/so-hieu/122-kh-ubnd/").select("main .doc-list > li > a.doc-title").eachAttr("href"),
                "03/06/2024, then one dated only 2024 (as 1 January), then 2023");
    }

    @Test
    void theIndexListsEachIssuersRegistersByYearAndARegisterIsInNumberOrder() throws IOException {
        Document index = page("/so-hieu/");
        List<String> issuers = index.select("main h2").eachText();
        assertEquals(List.of("Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân thành phố Lạng Sơn", "Hội đồng nhân dân tỉnh Lạng Sơn",
                "Cơ quan khác hoặc chưa rõ cơ quan ban hành"), issuers);
        assertEquals(List.of("/so-hieu/ubnd-tinh/2024/", "/so-hieu/ubnd-tinh/2023/", "/so-hieu/ubnd-tinh/2022/", "/so-hieu/ubnd-tinh/2021/"),
                index.select("main section").get(0).select("a").eachAttr("href"), "newest year first; 2022 holds the cited 7/TB-UBND");

        Document province2023 = page("/so-hieu/ubnd-tinh/2023/");
        assertEquals(List.of("7/TB-UBND", "122/KH-UBND"), province2023.select("main .doc-list a.doc-number").eachText());
        assertEquals(List.of(TB7_2023, KH122_2023), province2023.select("main .doc-list a.doc-title").eachAttr("href"));
        assertEquals(List.of("/so-hieu/7-tb-ubnd/", "/so-hieu/122-kh-ubnd/"), province2023.select("main .doc-list a.doc-number").eachAttr("href"));

        Document others2024 = page("/so-hieu/khac/2024/");
        assertEquals(List.of(TB5), others2024.select("main .doc-list a.doc-title").eachAttr("href"), "a record without issuer");
        assertTrue(page("/so-hieu/khac/2022/").text().contains("06-NQ/TW · 24/01/2022 · Bộ Chính trị"));

        // a number one document alone bears has no page: its entry in the register is where links to it lead
        assertEquals(List.of("so-5-tb-vp"), others2024.select("main .doc-list > li[id]").eachAttr("id"));
        assertTrue(others2024.select("main .doc-list a.doc-number").isEmpty(), "the entry is the number's place: nothing to link to");
        assertFalse(Files.exists(out.resolve("so-hieu/5-tb-vp/index.html")));
        Element number = page(TB5).select(".doc-meta dl > div").stream()
                .filter(d -> d.selectFirst("dt").text().equals("Số ký hiệu")).findFirst().orElseThrow().selectFirst("dd");
        assertEquals("/so-hieu/khac/2024/#so-5-tb-vp", number.selectFirst("a").attr("href"));
    }

    @Test
    void aDocumentPageShowsItsWholeIdentity() throws IOException {
        assertEquals("Số 7/TB-UBND ngày 10/02/2023 của Ủy ban nhân dân tỉnh Lạng Sơn", page(TB7_2023).selectFirst(".doc-identity").text());
        assertEquals("Số 07/TB-UBND tháng 3/2023 của Ủy ban nhân dân thành phố Lạng Sơn",
                page(TB7_2023_CITY).selectFirst(".doc-identity").text());
        assertEquals("Số 122/KH-UBND năm 2024 của Ủy ban nhân dân tỉnh Lạng Sơn", page(KH122_2024).selectFirst(".doc-identity").text());
        assertEquals("Số 5/TB-VP ngày 01/04/2024", page(TB5).selectFirst(".doc-identity").text());
        assertEquals("Chưa có số, ngày 20/12/2024 của Ủy ban nhân dân thành phố Lạng Sơn",
                page("/reports/2024-12-20-bao-cao/").selectFirst(".doc-identity").text());
        Element number = page(TB7_2023).select(".doc-meta dl > div").stream()
                .filter(d -> d.selectFirst("dt").text().equals("Số ký hiệu")).findFirst().orElseThrow().selectFirst("dd");
        assertEquals("/so-hieu/7-tb-ubnd/", number.selectFirst("a").attr("href"));
        assertEquals("7/TB-UBND (cùng số với 3 văn bản khác)", number.text());
    }

    @Test
    void openDataCarriesAnIdentifierUniqueAcrossYearsAndIssuers() throws IOException {
        JsonNode docs = new ObjectMapper().readTree(out.resolve("data/documents.json").toFile());
        Map<String, String> identifiers = new HashMap<>();
        for (JsonNode d : docs) {
            identifiers.put(d.get("id").asText(), d.get("identifier").asText());
        }
        assertEquals(9, new HashSet<>(identifiers.values()).size(), "unique: " + identifiers);
        assertEquals("ubnd-tinh/2021/7-tb-ubnd", identifiers.get("notices/2021-01-15-tb-7"));
        assertEquals("ubnd-tinh/2023/7-tb-ubnd", identifiers.get("notices/2023-02-10-tb-7"));
        assertEquals("ubnd-tp/2023/7-tb-ubnd", identifiers.get("notices/2023-03-tb-7-tp"), "07 and 7 are one number");
        assertEquals("ubnd-tinh/2024/122-kh-ubnd", identifiers.get("plans/2024-kh-122"));
        assertEquals("hdnd-tinh/2023/12-2023-nq-hdnd", identifiers.get("resolutions/2023-12-08-nq-12"));
        assertEquals("2024/5-tb-vp", identifiers.get("notices/2024-04-01-tb-5"), "no issuer");
        assertEquals("van-ban/reports/2024-12-20-bao-cao", identifiers.get("reports/2024-12-20-bao-cao"), "no number");

        List<String> csv = Files.readAllLines(out.resolve("data/documents.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(csv.get(0).replace("\uFEFF", "").split(","));
        assertEquals("identifier", header.get(header.size() - 1));
        assertTrue(csv.stream().anyMatch(l -> l.endsWith(",ubnd-tp/2023/7-tb-ubnd")), csv.toString());
    }

    @Test
    void jsonLdCarriesTheIdentifierAndTheNumber() throws IOException {
        Element script = page(TB7_2023_CITY).selectFirst("script[type=application/ld+json]");
        JsonNode ld = new ObjectMapper().readTree(script.data());
        JsonNode ids = ld.get("identifier");
        assertEquals("PropertyValue", ids.get(0).get("@type").asText());
        assertEquals("ubnd-tp/2023/7-tb-ubnd", ids.get(0).get("value").asText());
        assertEquals("07/TB-UBND", ids.get(1).get("value").asText());
        JsonNode resolution = new ObjectMapper().readTree(page(NQ12_2023).selectFirst("script[type=application/ld+json]").data());
        assertEquals("12/2023/NQ-HĐND", resolution.get("legislationIdentifier").asText());
        assertEquals("hdnd-tinh/2023/12-2023-nq-hdnd", resolution.get("identifier").get(0).get("value").asText());
    }

    @Test
    void theOpenSearchExportCarriesTheIdentifier(@TempDir Path tmp) throws IOException {
        TestSites.Run run = TestSites.cli("export", "--format", "opensearch", "--source", TestSites.fixture("archive").toString(),
                "--output", tmp.resolve("export").toString(), "--as-of", "2025-06-30");
        assertEquals(0, run.code(), run.err());
        ObjectMapper json = new ObjectMapper();
        assertEquals("keyword", json.readTree(tmp.resolve("export/mapping.json").toFile()).at("/mappings/properties/identifier/type").asText());
        Map<String, String> byId = new HashMap<>();
        for (String line : Files.readAllLines(tmp.resolve("export/documents.ndjson"))) {
            JsonNode record = json.readTree(line);
            if (record.has("identifier")) {
                byId.put(record.get("id").asText(), record.get("identifier").asText());
            }
        }
        assertEquals("ubnd-tinh/2021/7-tb-ubnd", byId.get("notices/2021-01-15-tb-7"));
        assertEquals("ubnd-tinh/2023/122-kh-ubnd#t1", byId.get("plans/2023-05-27-kh-122#t1"), "a task: its document's and its own id");
        assertEquals(new HashSet<>(byId.values()).size(), byId.size(), "unique");
    }

    @Test
    void draftsAreNotCheckedForDuplicateNumbersNorPublished() {
        assertFalse(Files.exists(out.resolve("notices/du-thao-tb-7/index.html")));
    }
}
