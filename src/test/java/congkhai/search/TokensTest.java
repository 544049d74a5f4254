package congkhai.search;

import congkhai.text.Token;
import congkhai.text.Tokens;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokensTest {

    private static List<String> folded(String text) {
        return Tokens.of(text).stream().map(Token::folded).toList();
    }

    @Test
    void foldsAccentsAndDWithoutLosingTheExactForm() {
        List<Token> tokens = Tokens.of("Đất đai, KẾ HOẠCH");
        assertEquals(List.of("dat", "dai", "ke", "hoach"), tokens.stream().map(Token::folded).toList());
        assertEquals(List.of("đất", "đai", "kế", "hoạch"), tokens.stream().map(Token::exact).toList());
        assertTrue(tokens.get(0).accented());
        assertEquals("Đất", "Đất đai".substring(tokens.get(0).start(), tokens.get(0).end()));
    }

    @Test
    void decomposedInputGivesTheSameTokensAsComposed() {
        String decomposed = java.text.Normalizer.normalize("quy hoạch", java.text.Normalizer.Form.NFD);
        assertEquals(List.of("quy", "hoach"), folded(decomposed));
        assertEquals("hoạch", Tokens.of(decomposed).get(1).exact());
    }

    @Test
    void documentNumbersSplitTheSameWayHoweverTheyAreTyped() {
        List<String> expected = List.of("122", "kh", "ubnd");
        assertEquals(expected, folded("122/KH-UBND"));
        assertEquals(expected, folded("122/kh-ubnd"));
        assertEquals(expected, folded("122 KH UBND"));
        assertEquals(expected, folded("122 / KH–UBND"));
        assertEquals(List.of("6", "nq", "tw"), folded("06-NQ/TW"), "leading zeros do not count");
    }

    @Test
    void dashesAndSlashesGlueNeighboursWhileOtherPunctuationSeparatesThem() {
        List<Token> number = Tokens.of("122/KH-UBND");
        assertTrue(number.get(1).gluedToPrevious() && number.get(2).gluedToPrevious());
        List<Token> spaced = Tokens.of("122 KH UBND");
        assertTrue(spaced.get(1).joinedToPrevious());
        assertFalse(spaced.get(1).gluedToPrevious());
        List<Token> sentence = Tokens.of("quy. Hoạch, chung");
        assertFalse(sentence.get(1).joinedToPrevious());
        assertFalse(sentence.get(2).joinedToPrevious());
    }

    @Test
    void pairsComeOnlyFromJoinedNeighbours() {
        assertEquals(List.of("quy_hoach", "hoach_chung"), AnalyzedTerms.of(SearchFields.PAIRS, "quy hoạch chung"));
        assertEquals(List.of("quy_hoach"), AnalyzedTerms.of(SearchFields.PAIRS, "quy hoạch; chung"));
        assertEquals(List.of("hoạch"), AnalyzedTerms.of(SearchFields.EXACT, "quy hoạch 2030"));
        assertEquals(List.of("quy", "hoach", "2030"), AnalyzedTerms.of(SearchFields.BODY, "Quy hoạch 02030"));
    }

    @Test
    void queriesRequireQuotedAndNumberPairsButOnlyPreferOthers() {
        SearchQuery number = SearchQuery.parse("122/KH-UBND");
        assertTrue(number.pairs().stream().allMatch(SearchQuery.Clause::required));
        SearchQuery spaced = SearchQuery.parse("122 KH UBND");
        assertTrue(spaced.pairs().stream().noneMatch(SearchQuery.Clause::required));
        SearchQuery phrase = SearchQuery.parse("“quy hoạch chung” Lạng Sơn");
        assertEquals(List.of(new SearchQuery.Clause("quy_hoach", true), new SearchQuery.Clause("hoach_chung", true),
                new SearchQuery.Clause("lang_son", false)), phrase.pairs());
        assertTrue(phrase.units().get(0).inPhrase());
        assertFalse(phrase.units().get(3).inPhrase());
        assertEquals(List.of(new SearchQuery.Clause("hoạch", false), new SearchQuery.Clause("lạng", false),
                new SearchQuery.Clause("sơn", false)), phrase.exacts());
        assertTrue(SearchQuery.parse(" ,;").isEmpty());
    }

    @Test
    void aNumbersDateAndIssuerQualifyItAndAreNoWordsToFind() {
        congkhai.assemble.CitationReader reader = new congkhai.assemble.CitationReader(List.of(
                new congkhai.model.Agency("ubnd-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", java.util.Optional.empty(), List.of("UBND tỉnh")),
                new congkhai.model.Agency("ubnd-tp", "Ủy ban nhân dân thành phố Lạng Sơn", java.util.Optional.empty(), List.of("UBND thành phố"))));
        java.util.function.Function<String, SearchQuery> parse = q -> SearchQuery.parse(q, List.of(), java.util.Optional.of(reader));
        assertEquals(java.util.Optional.of(new SearchQuery.Cited("7/TB-UBND", "2021", "")), parse.apply("07/tb-ubnd 2021").cited());
        assertEquals(List.of("7", "tb", "ubnd"), parse.apply("07/tb-ubnd 2021").units().stream().map(SearchQuery.Unit::term).toList());
        SearchQuery dated = parse.apply("122/KH-UBND ngày 27 tháng 5 năm 2023");
        assertEquals(java.util.Optional.of(new SearchQuery.Cited("122/KH-UBND", "2023-05-27", "")), dated.cited());
        assertEquals(List.of(), dated.dates(), "the day qualifies the number; it does not rule out its other documents");
        SearchQuery issued = parse.apply("122/KH-UBND của UBND thành phố chỉnh trang");
        assertEquals(java.util.Optional.of(new SearchQuery.Cited("122/KH-UBND", "", "ubnd-tp")), issued.cited());
        assertEquals(List.of("122", "kh", "ubnd", "chinh", "trang"), issued.units().stream().map(SearchQuery.Unit::term).toList(),
                "the issuer's name is read, the words after it still count");
        assertEquals(java.util.Optional.of(new SearchQuery.Cited("122/KH-UBND", "2024", "ubnd-tinh")),
                parse.apply("122/KH-UBND năm 2024 của Ủy ban nhân dân tỉnh Lạng Sơn").cited());
        assertEquals(java.util.Optional.of(new SearchQuery.Cited("122/KH-UBND", "", "")),
                parse.apply("122/KH-UBND ngày 31/2/2023").cited(), "no real day, no qualifier");
        assertEquals(List.of("2023-05-27"), parse.apply("quy hoạch 27/5/2023").dates(), "a date without a number is a date to find");
        assertTrue(parse.apply("báo cáo 2023 - kinh tế").cited().isEmpty(), "a year and a dash are no number");
        SearchQuery.Cited cited = new SearchQuery.Cited("122/KH-UBND", "2024-06-03", "ubnd-tp");
        assertEquals(4, cited.points("2024-06-03", "ubnd-tp"));
        assertEquals(1, cited.points("2024", "ubnd-tinh"));
        assertEquals(0, cited.points("2023-05-27", "ubnd-tinh"));
    }
}
