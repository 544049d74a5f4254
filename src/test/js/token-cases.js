// Runs search.js's tokenizer on every text of a table of token cases and prints what it gives, as
// JSON, for TokenCasesTest to compare with the table (the Java tokenizer runs the same table).
// Usage: node token-cases.js path/to/search.js path/to/token-cases.json
'use strict';
const fs = require('fs');
const vm = require('vm');

const [searchJs, casesJson] = process.argv.slice(2);
// search.js waits for the page to load before it looks for the search form; this page never loads
const page = { window: {}, document: { readyState: 'loading', addEventListener() {} } };
vm.createContext(page);
vm.runInContext(fs.readFileSync(searchJs, 'utf8'), page, { filename: searchJs });
const search = page.window.congkhaiSearch;

const results = JSON.parse(fs.readFileSync(casesJson, 'utf8')).map((c) => {
  const tokens = search.tokens(c.text);
  return {
    exact: tokens.map((t) => t.exact),
    folded: tokens.map((t) => t.folded),
    pairs: tokens.flatMap((t, i) => (t.joined ? [tokens[i - 1].folded + '_' + t.folded] : [])),
    accented: tokens.filter(search.accented).map((t) => t.exact),
    glued: tokens.flatMap((t, i) => (t.glued ? [i] : [])),
    spans: tokens.map((t) => [t.start, t.end]),
  };
});
process.stdout.write(JSON.stringify(results));
