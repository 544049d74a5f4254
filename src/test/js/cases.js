// Runs search.js on every text of a table of cases and prints what it gives, as JSON, for the Java
// test that runs the same table against the Java code to compare (TokenCasesTest, DateCasesTest).
// Usage: node cases.js path/to/search.js tokens|dates|large path/to/cases.json
'use strict';
const fs = require('fs');
const vm = require('vm');

const [searchJs, kind, casesJson] = process.argv.slice(2);
// search.js waits for the page to load before it looks for the search form; this page never loads
const page = { window: {}, document: { readyState: 'loading', addEventListener() {} }, TextEncoder };
vm.createContext(page);
vm.runInContext(fs.readFileSync(searchJs, 'utf8'), page, { filename: searchJs });
const search = page.window.congkhaiSearch;

function tokens(text) {
  const ts = search.tokens(text);
  return {
    exact: ts.map((t) => t.exact),
    folded: ts.map((t) => t.folded),
    pairs: ts.flatMap((t, i) => (t.joined ? [ts[i - 1].folded + '_' + t.folded] : [])),
    accented: ts.filter(search.accented).map((t) => t.exact),
    glued: ts.flatMap((t, i) => (t.glued ? [i] : [])),
    spans: ts.map((t) => [t.start, t.end]),
  };
}

// parseQuery composes the text (NFC) before it looks for dates, as SearchDates.in does itself
function dates(text) {
  return search.datesIn(text.normalize('NFC')).map((d) => [d.start, d.end, d.term]);
}

// a term's shard of 4096 and the entry the large terms' keys give it, or -1 (LargeTermsTest)
function large(text, c) {
  return [search.shardOf(text, 4096), search.largeEntry(c.large, text)];
}

const run = { tokens, dates, large }[kind];
const results = JSON.parse(fs.readFileSync(casesJson, 'utf8')).map((c) => run(c.text, c));
process.stdout.write(JSON.stringify(results));
