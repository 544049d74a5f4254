// Asks Pagefind (through its browser client, in headless Chromium) and congkhai (through
// `congkhai search --json`) the relevance suite's queries that name an expected document, and prints
// whether each puts that document first and in the first three. See docs/search.md, "Pagefind".
//
//   node compare.mjs --repo DIR --site DIR --url http://127.0.0.1:PORT [--json FILE]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
  a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc, []));
const repo = args.repo, site = args.site, base = args.url;

// The cases are read from the suite itself, so this comparison follows it as it changes. Only the
// sample portal's list (CASES) is used: the archive cases run on a test fixture, not on public/.
const suite = readFileSync(join(repo, 'src/test/java/congkhai/search/RelevanceSuite.java'), 'utf8');
const constants = Object.fromEntries([...suite.matchAll(/String (\w+) = "([^"]+)";/g)].map(m => [m[1], m[2]]));
const body = suite.slice(suite.indexOf('CASES = List.of('), suite.indexOf('ARCHIVE_CASES'));
const javaString = s => JSON.parse(s);
const all = [...body.matchAll(/c\(("(?:[^"\\]|\\.)*"), Expect\.(\w+), ((?:"(?:[^"\\]|\\.)*")|[\w ]+(?:\+ "[^"]*")?)/g)]
  .map(m => ({ query: javaString(m[1]), expect: m[2], value: m[3].startsWith('"') ? javaString(m[3]) : constants[m[3].trim()] }));
const named = all.filter(c => c.expect === 'FIRST' || c.expect === 'IN_TOP_3');
const cases = [];
for (const c of named) cases.push({ query: c.query, expect: c.expect, doc: c.value, via: '' });
// "SAME_AS q" inherits q's expected document when q names one: this is how the suite tests aliases and
// date forms, so they are compared too, and counted apart.
for (const c of all.filter(c => c.expect === 'SAME_AS')) {
  const target = named.find(n => n.query === c.value);
  if (target) cases.push({ query: c.query, expect: target.expect, doc: target.value, via: c.value });
}

const tasks = JSON.parse(readFileSync(join(site, 'data/tasks.json'), 'utf8'));
const documents = JSON.parse(readFileSync(join(site, 'data/documents.json'), 'utf8'));
const docIds = new Set(documents.map(d => d.id));
const taskDoc = new Map(tasks.map(t => [new URL(t.url).pathname.replace(/^\/|\/$/g, ''), t.record]));

/** A page's path to the document it belongs to, or null for a list, index or other page. */
function documentOf(path) {
  const p = decodeURI(path).replace(/^\//, '').replace(/(index\.html)?$/, '').replace(/\/$/, '');
  if (docIds.has(p)) return { doc: p, task: false };
  if (taskDoc.has(p)) return { doc: taskDoc.get(p), task: true };
  return null;
}

function congkhai(query) {
  const out = execFileSync('java', ['-jar', join(repo, 'target/congkhai.jar'), 'search', '--site', site,
    '--json', '--limit', '10', query], { encoding: 'utf8' });
  return JSON.parse(out).map(h => h.id.split('#')[0]);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
await page.goto(base + '/robots.txt');
await page.evaluate(async () => {
  window.pf = await import('/pagefind-cmp/pagefind.js');
  await window.pf.init();
});

async function pagefind(query) {
  return page.evaluate(async q => {
    const r = await window.pf.search(q);
    const data = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
    return { count: r.results.length, urls: data.map(d => d.url) };
  }, query);
}

const rows = [];
for (const c of cases) {
  const pf = await pagefind(c.query);
  const mapped = pf.urls.map(u => ({ url: u, of: documentOf(u) }));
  // As returned: a task page counts as its document, a list page as a miss.
  const raw = mapped.map(m => m.of ? m.of.doc : 'other:' + m.url);
  // Documents only: list pages dropped and a document counted once, where it first appears.
  const grouped = [...new Set(mapped.filter(m => m.of).map(m => m.of.doc))];
  const ck = [...new Set(congkhai(c.query))];
  const score = list => ({ first: list[0] === c.doc, top3: list.slice(0, 3).includes(c.doc) });
  rows.push({ ...c, pagefindCount: pf.count, pagefindTop: mapped.slice(0, 5).map(m => m.url),
    pagefind: score(raw), pagefindGrouped: score(grouped), congkhai: score(ck), congkhaiTop: ck.slice(0, 3) });
}
await browser.close();

const yes = b => (b ? 'yes' : '**no**');
const short = id => id.split('/').pop();
console.log('| query | expected | Pagefind 1st / top 3 | Pagefind, documents only, 1st / top 3 | congkhai 1st / top 3 |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  const q = '`' + r.query + '`' + (r.via ? ` (as \`${r.via}\`)` : '');
  const e = short(r.doc) + (r.expect === 'IN_TOP_3' ? ' (top 3)' : '');
  console.log(`| ${q} | ${e} | ${yes(r.pagefind.first)} / ${yes(r.pagefind.top3)} | ${yes(r.pagefindGrouped.first)} / ${yes(r.pagefindGrouped.top3)} | ${yes(r.congkhai.first)} / ${yes(r.congkhai.top3)} |`);
}
const total = (list, label) => {
  const n = k => list.filter(r => r[k[0]][k[1]]).length;
  console.log(`| **${label}: ${list.length} queries** | | ${n(['pagefind', 'first'])} / ${n(['pagefind', 'top3'])} | ${n(['pagefindGrouped', 'first'])} / ${n(['pagefindGrouped', 'top3'])} | ${n(['congkhai', 'first'])} / ${n(['congkhai', 'top3'])} |`);
};
total(rows.filter(r => !r.via), 'cases naming a document');
total(rows.filter(r => r.via), 'same-as cases (aliases, date forms)');
total(rows, 'all');
if (args.json) writeFileSync(args.json, JSON.stringify(rows, null, 2));
