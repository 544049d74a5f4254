package congkhai.site;

import congkhai.TestSites;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of the sample portal and of the fixture site is valid HTML by the Nu Html Checker. */
class HtmlValidityTest {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    Path tmp;

    @Test
    void everyPageOfTheSamplePortalIsValidHtml() throws Exception {
        assertEquals(List.of(), errorsIn(TestSites.SAMPLE_PORTAL, tmp.resolve("portal"), 100));
    }

    @Test
    void everyPageOfTheFixtureSiteIsValidHtml() throws Exception {
        assertEquals(List.of(), errorsIn(TestSites.fixture("basic"), tmp.resolve("basic"), 20));
    }

    private static List<String> errorsIn(Path site, Path out, int atLeast) throws Exception {
        TestSites.Run run = TestSites.build(site, out);
        assertEquals(0, run.code(), run.err());
        List<Path> pages;
        try (Stream<Path> s = Files.walk(out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= atLeast, "pages: " + pages.size());
        List<String> errors = new ArrayList<>();
        Path[] current = new Path[1];
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are advice ("consider adding lang"), not invalidity
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(out.relativize(current[0]) + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collect);
        validator.setUpValidatorAndParsers(collect, false, false);
        for (Path page : pages) {
            current[0] = page;
            validator.checkHtmlFile(page.toFile(), true);
        }
        return errors;
    }
}
