package congkhai.base;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TranslatorTest {

    private final Translator vi = Translator.of(Lang.VI);

    @Test
    void theLinesOfServeAndImportReadInVietnamese() {
        assertEquals("đang phục vụ bản xem trước tại http://localhost:8080/ (Ctrl+C để dừng); theo dõi content/, templates/ và site-config.yml",
                vi.apply("serving http://localhost:8080/ (Ctrl+C to stop); watching content/, templates/ and site-config.yml"));
        assertEquals("dựng lại trong 120 ms: 3/400 trang được dựng lại, 5 tệp thay đổi",
                vi.apply("rebuilt in 120 ms: 3 of 400 pages rendered, 5 files changed"));
        assertEquals("đã dựng 5 văn bản, 366 trang trong 2,01 giây -> public (trạng thái tính đến ngày 30/06/2025)",
                vi.apply("built 5 records, 366 pages in 2.01 s -> public (statuses as of 2025-06-30)"));
        assertEquals("đã chép portal/content/img/a.jpg", vi.apply("copied portal/content/img/a.jpg"));
        assertEquals("error: không ghi được trang vào public: không đọc lại được content/plans/kh-45.md: tệp đã thay đổi"
                        + " trong lúc dựng trang; hãy dựng lại",
                vi.apply("error: cannot write the site to public: cannot read content/plans/kh-45.md again: it changed while"
                        + " the site was being built; build again"));
        assertEquals("content/a.md:2:7: error: không có cơ quan 'so-x' trong site-config.yml (có phải ý bạn là 'so-xd'?)",
                vi.apply("content/a.md:2:7: error: unknown agency 'so-x' (did you mean 'so-xd'?)"));
    }

    @Test
    void englishIsLeftAsWrittenAndVietnameseIsNotTouched() {
        Translator en = Translator.of(Lang.EN);
        assertEquals("unknown agency 'x'", en.apply("unknown agency 'x'"));
        String vietnamese = "đã dựng 5 văn bản, 366 trang trong 2.01 giây -> public (trạng thái tính đến ngày 30/06/2025)";
        assertEquals(vietnamese, vi.apply(vietnamese));
    }

    @Test
    void aLineColouredForATerminalIsTranslatedInsideItsColours() {
        // as picocli writes a parameter error when its output is a terminal
        String bold = "\u001B[31m\u001B[1m";
        String plain = "\u001B[21m\u001B[39m\u001B[0m";
        assertEquals(bold + "Tùy chọn không hợp lệ: '-o', 'x'" + plain,
                vi.apply(bold + "Unknown options: '-o', 'x'" + plain));
        assertEquals("\u001B[1mTham số thừa: 'a'", vi.apply("\u001B[1mUnmatched argument at index 2: 'a'"));
    }

    @Test
    void aWrappedWriterTranslatesWholeLines() {
        StringWriter out = new StringWriter();
        PrintWriter w = vi.wrap(new PrintWriter(out));
        w.print("3 err");
        w.print("ors\n");
        w.println("tự viết");
        w.close();
        assertEquals("3 lỗi\ntự viết" + System.lineSeparator(), out.toString().replace("\r", ""));
    }

    @Test
    void theLanguageIsChosenByOptionThenLocale() {
        assertEquals(Lang.EN, Lang.choose(List.of("build", "--lang", "en"), Map.of("LANG", "vi_VN.UTF-8")));
        assertEquals(Lang.VI, Lang.choose(List.of("build", "--lang=vi"), Map.of("LANG", "en_US.UTF-8")));
        assertEquals(Lang.EN, Lang.choose(List.of(), Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "vi_VN")));
        assertEquals(Lang.VI, Lang.choose(List.of(), Map.of("LANG", "C.UTF-8")));
        assertEquals(Lang.VI, Lang.choose(List.of(), Map.of()));
    }

    @Test
    void everyOwnerOfAnAddressARedirectClashesWithReadsInVietnamese() {
        // RedirectPages names what holds an address in four ways; each clash reads with each of them
        List<String> owners = List.of("a page the site makes", "the page of content/tin/a.md", "the file content/tep/a.pdf",
                "the theme file assets/site.css");
        List<String> clashes = List.of("is the address of %s", "needs a folder /x/, where there is %s",
                "would be a file where there is a folder, which holds %s",
                "differs only in case from the address of %s, and Windows and macOS hosts keep the two as one file");
        for (String clash : clashes) {
            for (String owner : owners) {
                for (String quoted : List.of("alias '/x/a.html'", "redirect from '/x/a.html'")) {
                    String message = "site-config.yml:9:12: error: " + quoted + " " + clash.formatted(owner);
                    String vietnamese = vi.apply(message);
                    String words = vietnamese.replaceAll("'[^']*'", "").replaceAll("\\S+/\\S+", "");
                    assertEquals(false, words.matches(".*\\b(the|of|is|a|where|which|holds|needs|page|file|address)\\b.*"),
                            message + " -> " + vietnamese);
                }
            }
        }
    }
}
