package congkhai.search;

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
        assertEquals(List.of("quy_hoach", "hoach_chung"), FieldTerms.pairs(Tokens.of("quy hoạch chung")));
        assertEquals(List.of("quy_hoach"), FieldTerms.pairs(Tokens.of("quy hoạch; chung")));
        assertEquals(List.of("hoạch"), FieldTerms.exacts(Tokens.of("quy hoạch 2030")));
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
}
