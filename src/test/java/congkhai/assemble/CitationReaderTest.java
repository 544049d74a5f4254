package congkhai.assemble;

import congkhai.base.PartialDate;
import congkhai.model.Agency;
import congkhai.model.Citation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Citations as Vietnamese documents write them, in refs and in running prose. */
class CitationReaderTest {

    private static final Agency PROVINCE = new Agency("ubnd-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", Optional.empty(), List.of("UBND tỉnh"));
    private static final Agency CITY = new Agency("ubnd-tp", "Ủy ban nhân dân thành phố Lạng Sơn", Optional.of("ubnd-tinh"));
    private static final Agency DISTRICT_A = new Agency("ubnd-cao-loc", "Ủy ban nhân dân huyện Cao Lộc", Optional.of("ubnd-tinh"));
    private static final Agency DISTRICT_B = new Agency("ubnd-van-lang", "Ủy ban nhân dân huyện Văn Lãng", Optional.of("ubnd-tinh"));
    private static final Agency COUNCIL = new Agency("hdnd-tinh", "Hội đồng nhân dân tỉnh Lạng Sơn", Optional.empty());
    private static final CitationReader READER = new CitationReader(List.of(PROVINCE, CITY, DISTRICT_A, DISTRICT_B, COUNCIL));

    private static Citation ref(String text) {
        CitationReader.Read read = READER.ref(text);
        assertTrue(read.error().isEmpty(), read.error().toString());
        return read.citation().orElseThrow(() -> new AssertionError("not a citation: " + text));
    }

    /** What a body says after the first number in {@code text}. */
    private static CitationReader.Qualifiers body(String text) {
        Matcher m = CitationReader.BODY_NUMBER.matcher(text);
        assertTrue(m.find(), text);
        return READER.inBody(text, m.end());
    }

    private static PartialDate day(int y, int m, int d) {
        return PartialDate.parse(String.format("%04d-%02d-%02d", y, m, d), false);
    }

    @Test
    void aDayInEveryUsualForm() {
        PartialDate may27 = day(2023, 5, 27);
        for (String form : List.of("ngày 27/5/2023", "ngày 27/05/2023", "27-5-2023", "ngày 27.5.2023", "ngày 27 tháng 5 năm 2023",
                "NGÀY 27/5/2023", "ngay 27/5/2023", "ngày\n27/5/2023", ", ngày 27/5/2023", "2023-05-27")) {
            assertEquals(Optional.of(may27), ref("122/KH-UBND " + form).date(), form);
        }
    }

    @Test
    void aMonthOrAYear() {
        PartialDate march = PartialDate.parse("2023-03", false);
        assertEquals(Optional.of(march), ref("07/TB-UBND tháng 3/2023").date());
        assertEquals(Optional.of(march), ref("07/TB-UBND tháng 3 năm 2023").date());
        assertEquals(Optional.of(march), ref("07/TB-UBND 2023-03").date());
        PartialDate year = PartialDate.parse("2023", false);
        assertEquals(Optional.of(year), ref("07/TB-UBND năm 2023").date());
        assertEquals(Optional.of(year), ref("07/TB-UBND 2023").date(), "a year alone, in a ref");
    }

    @Test
    void theIssuerByAliasNameAbbreviationOrId() {
        assertEquals(Optional.of(PROVINCE), ref("122/KH-UBND của UBND tỉnh").issuer());
        assertEquals(Optional.of(PROVINCE), ref("122/KH-UBND của Ủy ban nhân dân tỉnh Lạng Sơn").issuer());
        assertEquals(Optional.of(PROVINCE), ref("122/KH-UBND của UBND tỉnh Lạng Sơn").issuer(), "UBND is Ủy ban nhân dân");
        assertEquals(Optional.of(PROVINCE), ref("122/KH-UBND của uy ban nhan dan tinh lang son").issuer(), "accents and case do not matter");
        assertEquals(Optional.of(PROVINCE), ref("122/KH-UBND của ubnd-tinh").issuer(), "the id, as the mapping form writes it");
        assertEquals(Optional.of(CITY), ref("122/KH-UBND của UBND thành phố").issuer(), "the name without its place");
        assertEquals(Optional.of(CITY), ref("122/KH-UBND của UBND TP Lạng Sơn").issuer(), "TP is thành phố");
        assertEquals(Optional.of(COUNCIL), ref("12/2023/NQ-HĐND của HĐND tỉnh").issuer());
        assertEquals(Optional.of(DISTRICT_A), ref("5/KH-UBND của UBND huyện Cao Lộc").issuer());
    }

    @Test
    void aBodyThatIsNotOneOfThePortalsAgencies() {
        Citation hanoi = ref("122/KH-UBND của UBND thành phố Hà Nội");
        assertEquals(Optional.empty(), hanoi.issuer(), "another city's committee is not this city's");
        assertEquals("UBND thành phố Hà Nội", hanoi.issuerText());
        Citation district = ref("5/KH-UBND của UBND huyện");
        assertEquals(Optional.empty(), district.issuer(), "two districts share 'UBND huyện': it names neither");
        Citation politburo = ref("06-NQ/TW ngày 24/01/2022 của Bộ Chính trị");
        assertEquals(Optional.empty(), politburo.issuer());
        assertEquals("Bộ Chính trị", politburo.issuerText());
        assertTrue(politburo.namesIssuer());
    }

    @Test
    void aRefMayStartWithTheKindOfDocumentAndEndWithItsSubject() {
        Citation c = ref("Kế hoạch số 122/KH-UBND ngày 27/5/2023 của UBND tỉnh về thực hiện Nghị quyết số 148/NQ-CP");
        assertEquals("122/KH-UBND", c.number());
        assertEquals(Optional.of(day(2023, 5, 27)), c.date());
        assertEquals(Optional.of(PROVINCE), c.issuer());
        Citation issuerFirst = ref("Thông báo số 7/TB-UBND của UBND tỉnh ngày 15/01/2021");
        assertEquals(Optional.of(PROVINCE), issuerFirst.issuer());
        assertEquals(Optional.of(day(2021, 1, 15)), issuerFirst.date());
    }

    @Test
    void whatIsNotACitationIsLeftToBeTakenWhole() {
        assertTrue(READER.ref("KH–UBND 7").citation().isEmpty(), "no number first: the old reading, a number of its own");
        assertTrue(READER.ref("122/KH-UBND và 123/KH-UBND").citation().isEmpty());
        assertEquals("'ngày 31/2/2023' is not a real day", READER.ref("122/KH-UBND ngày 31/2/2023").error().orElseThrow());
        assertEquals("'tháng 13/2023' is not a real month", READER.ref("122/KH-UBND tháng 13/2023").error().orElseThrow());
        assertEquals("'năm 1800' has the year 1800, out of range (1900 to 2200)", READER.ref("122/KH-UBND năm 1800").error().orElseThrow());
    }

    @Test
    void refNumbersTolerateCaseSpacesAndDashes() {
        Citation c = ref("122 / kh–ubnd");
        assertEquals("122/KH-UBND", c.key());
        assertTrue(c.bare());
    }

    @Test
    void realProseFromTheSeeds() {
        CitationReader.Qualifiers plan = body("Thực hiện Kế hoạch số 122/KH-UBND ngày 27/5/2023 của UBND tỉnh về việc …");
        assertEquals(Optional.of(day(2023, 5, 27)), plan.date());
        assertEquals(Optional.of(PROVINCE), plan.issuer());

        CitationReader.Qualifiers notice = body("Căn cứ Thông báo số 07/TB-UBND, ngày 15/01/2021 và Nghị quyết số …");
        assertEquals(Optional.of(day(2021, 1, 15)), notice.date());
        assertFalse(notice.issuer().isPresent());
        assertEquals("", notice.issuerText());

        CitationReader.Qualifiers party = body("Nghị quyết số 06-NQ/TW, ngày 24/01/2022 của Bộ Chính trị về quy hoạch, xây dựng");
        assertEquals(Optional.of(day(2022, 1, 24)), party.date());
        assertEquals("Bộ Chính trị", party.issuerText());

        CitationReader.Qualifiers decision = body("theo Quyết định số 2227/QĐ-UBND ngày 14/11/2021 của UBND tỉnh.");
        assertEquals(Optional.of(PROVINCE), decision.issuer());

        CitationReader.Qualifiers city = body("QĐ số 199/QĐ-UBND ngày 28/01/2022 của UBND thành phố Lạng Sơn.");
        assertEquals(Optional.of(CITY), city.issuer());

        CitationReader.Qualifiers chairman = body("Thông báo số 45/TB-UBND ngày 02/3/2023 của Chủ tịch UBND tỉnh tại buổi làm việc");
        assertEquals(Optional.of(PROVINCE), chairman.issuer(), "the chairman's notice is the committee's");

        CitationReader.Qualifiers lineBreak = body("Chương trình hành động số 74-CTr/TU, ngày\n22/3/2023 của Ban Chấp hành Đảng bộ tỉnh");
        assertEquals(Optional.of(day(2023, 3, 22)), lineBreak.date());

        CitationReader.Qualifiers cityParty = body("Công văn số 771-CV/TU ngày 20/10/2022 của Thành ủy về việc chuẩn bị");
        assertEquals("Thành ủy", cityParty.issuerText(), "the subject after 'về' is not part of the issuer");
        assertFalse(cityParty.issuer().isPresent());
    }

    @Test
    void aDateInBrackets() {
        assertEquals(Optional.of(day(2024, 6, 3)), ref("122/KH-UBND (ngày 03/6/2024)").date());
        CitationReader.Qualifiers q = body("Kế hoạch số 122/KH-UBND (ngày 03/6/2024 của UBND thành phố) đã nêu");
        assertEquals(Optional.of(day(2024, 6, 3)), q.date());
        assertEquals(Optional.of(CITY), q.issuer());
    }

    @Test
    void aBodyDoesNotTakeWhatOnlyLooksLikeAQualifier() {
        assertTrue(body("Kế hoạch số 5/KH-UBND đến năm 2030").date().isEmpty(), "'đến năm' is not the document's year");
        assertTrue(body("Kế hoạch số 5/KH-UBND của tỉnh").issuerText().isEmpty(), "'của tỉnh' names no body");
        assertTrue(body("Kế hoạch số 5/KH-UBND 2023").date().isEmpty(), "a year alone after a number is a ref's form only");
        assertTrue(body("Kế hoạch số 5/KH-UBND ngày 31/2/2023").date().isEmpty(), "not a real day: no date");
    }

    @Test
    void numbersThatCarryTheirOwnYear() {
        assertEquals(Optional.of(2023), CitationReader.ownYear("12/2023/NQ-HDND"));
        assertEquals(Optional.of(2014), CitationReader.ownYear("45/2014/ND-CP"));
        assertEquals(Optional.empty(), CitationReader.ownYear("122/KH-UBND"));
        assertEquals(Optional.empty(), CitationReader.ownYear("2227/QD-UBND"));
        Matcher law = CitationReader.BODY_NUMBER.matcher("Luật Đất đai số 45/2013/QH13 ngày 29/11/2013");
        assertTrue(law.find());
        assertEquals("45/2013/QH13", law.group());
    }
}
