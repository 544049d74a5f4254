/**
 * Vietnamese text, for every stage that compares or searches it: folding (accents off, đ as d),
 * slugs and document number keys ({@link congkhai.text.Folding}), and the one tokenizer
 * ({@link congkhai.text.Tokens}), also as Lucene analysis components that the search index is made
 * with ({@link congkhai.text.SyllableTokenizer} and its filters). search.js repeats the tokenizer;
 * the table of cases in src/test/resources/text/token-cases.json runs against both. Uses nothing of
 * the pipeline's stages.
 */
package congkhai.text;
