package congkhai.load;

import congkhai.base.Parsed;
import congkhai.base.SourcePos;
import congkhai.base.YamlReader;
import congkhai.model.DocType;
import congkhai.model.Signer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser(new YamlReader(), Optional.empty());

    private static final String RECORD = String.join("\n",
            "---",
            "type: conclusion",
            "title: \"Kết luận: phiên họp tháng 3\"",
            "date: 2025-03",
            "number: \"\"",
            "signer: {name: \"Hoàng Tuấn Anh\", position: \"TL. Chủ tịch, Chánh Văn phòng\"}",
            "refs: [\"40-NQ/TU\", plans/kh-122]",
            "tasks:",
            "  - id: t1",
            "    title: \"Kiểm kê đất đai\"",
            "    lead: [phong-nnmt, ubnd-phuong-xa]",
            "    due: 2025-Q2",
            "    due_text: \"Trong quý II/2025\"",
            "---",
            "Nội dung **chính**.",
            "");

    @Test
    void readsEveryFieldOfTheContract() {
        Parsed<DocumentSource> p = parser.parse("content/conclusions/x.md", "conclusions/x", RECORD);
        assertEquals(List.of(), p.problems());
        DocumentSource d = p.value().orElseThrow();
        assertEquals(DocType.CONCLUSION, d.type());
        assertEquals("tháng 3/2025", d.date().display());
        assertEquals("", d.number().value());
        assertEquals(new Signer("Hoàng Tuấn Anh", "TL. Chủ tịch, Chánh Văn phòng"), d.signer().orElseThrow());
        assertEquals(List.of("40-NQ/TU", "plans/kh-122"), d.refs().stream().map(r -> r.value()).toList());
        TaskSource t = d.tasks().get(0);
        assertEquals(List.of("phong-nnmt", "ubnd-phuong-xa"), t.leads().stream().map(l -> l.value()).toList());
        assertEquals("quý II/2025", t.due().orElseThrow().display());
        assertEquals("Trong quý II/2025", t.dueText());
        assertEquals("Nội dung **chính**.\n", d.body().text());
        assertEquals(15, d.bodyLine());
    }

    @Test
    void aMistypedTypeIsAnsweredWithTheNearestNameInEitherLanguage() {
        Parsed<DocumentSource> vi = parser.parse("content/x.md", "x", RECORD.replace("type: conclusion", "type: thong-baoo"));
        assertEquals("unknown document type 'thong-baoo' (did you mean 'thong-bao'?); use one of resolution (nghi-quyet),"
                + " decision (quyet-dinh), conclusion (ket-luan), plan (ke-hoach), report (bao-cao), notice (thong-bao), news (tin-tuc)",
                vi.problems().get(0).message());
        Parsed<DocumentSource> en = parser.parse("content/x.md", "x", RECORD.replace("type: conclusion", "type: reprot"));
        assertTrue(en.problems().get(0).message().startsWith("unknown document type 'reprot' (did you mean 'report'?);"),
                en.problems().toString());
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkKeepPositions() {
        String crlf = "\uFEFF" + RECORD.replace("\n", "\r\n").replace("date: 2025-03", "date: 2025-02-30");
        Parsed<DocumentSource> p = parser.parse("content/x.md", "x", crlf);
        assertEquals(1, p.problems().size());
        assertEquals(new SourcePos("content/x.md", 4, 7), p.problems().get(0).pos());
    }

    @Test
    void aBooleanWhereTextIsExpectedIsNamed() {
        Parsed<DocumentSource> p = parser.parse("c/x.md", "x", "---\ntype: notice\ntitle: yes\ndate: 2025\n---\n");
        assertEquals("field 'title' must be text, not yes (quote it if you mean the word)", p.problems().get(0).message());
    }

    @Test
    void anEmptyFileSaysWhatIsMissing() {
        Parsed<DocumentSource> p = parser.parse("c/x.md", "x", "");
        assertTrue(p.problems().get(0).message().startsWith("empty file"), p.problems().toString());
    }
}
