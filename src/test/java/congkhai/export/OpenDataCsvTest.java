package congkhai.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenDataCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasStayText() {
        assertEquals("'=HYPERLINK(\"x\")", OpenData.Csv.defused("=HYPERLINK(\"x\")"));
        assertEquals("'+1+1", OpenData.Csv.defused("+1+1"));
        assertEquals("'@SUM(A1)", OpenData.Csv.defused("@SUM(A1)"));
        assertEquals("'- gạch đầu dòng", OpenData.Csv.defused("- gạch đầu dòng"));
        assertEquals("-5", OpenData.Csv.defused("-5"));
        assertEquals("Kế hoạch", OpenData.Csv.defused("Kế hoạch"));
    }

    @Test
    void quotesWhereRfc4180Needs() throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", "Kế hoạch \"A\", năm 2025");
        row.put("support", List.of("so-xd", "so-tnmt"));
        row.put("percent", null);
        StringWriter out = new StringWriter();
        OpenData.Csv.write(List.of("title", "support", "percent"), List.of(row).iterator(), out);
        assertEquals("\uFEFFtitle,support,percent\r\n\"Kế hoạch \"\"A\"\", năm 2025\",so-xd; so-tnmt,\r\n", out.toString());
    }

    @Test
    void aCellWithALineBreakIsQuotedWhateverTheBreak() throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("lf", "dòng 1\ndòng 2");
        row.put("crlf", "dòng 1\r\ndòng 2");
        row.put("cr", "dòng 1\rdòng 2");
        row.put("plain", "# không phải chú thích");
        StringWriter out = new StringWriter();
        OpenData.Csv.write(List.of("lf", "crlf", "cr", "plain"), List.of(row).iterator(), out);
        assertEquals("\uFEFFlf,crlf,cr,plain\r\n\"dòng 1\ndòng 2\",\"dòng 1\r\ndòng 2\",\"dòng 1\rdòng 2\",# không phải chú thích\r\n",
                out.toString());
    }

    @Test
    void aFileWithNoRowsStillHasItsHeaderRow() throws IOException {
        StringWriter out = new StringWriter();
        OpenData.Csv.write(List.of("task", "date", "status"), java.util.Collections.emptyIterator(), out);
        assertEquals("\uFEFFtask,date,status\r\n", out.toString());
    }
}
