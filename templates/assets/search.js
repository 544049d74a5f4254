/*
 * congkhai search client. It reads the search data the build derives from the Lucene index
 * (search/index.json.gz, search/terms/*.pack, search/records/*.pack, search/text/*.pack) and reads,
 * by HTTP range, only the shards of the query's own terms and the entries of the records it shows.
 * Tokens, query rules, scores and snippets follow the Java code (congkhai.text.Tokens; SearchQuery,
 * BrowserIndex, Passages in congkhai.search) rule for rule; docs/search.md describes both, and
 * src/test/resources/text/token-cases.json holds both tokenizers to the same cases.
 */
(function () {
  'use strict';

  var MAX_LENGTH = 32;
  var PAGE_SIZE = 10;
  var TASKS_SHOWN = 3;
  var TASK_SHARES = [1, 0.5, 0.25];
  var WORD = /[\p{L}\p{Nd}\p{M}]/u;
  // Java's Character.isWhitespace or isSpaceChar, which \s is not: \s takes U+FEFF and leaves U+001C-U+001F
  var SPACE = /[\t-\r\u001c-\u001f\p{Zs}\p{Zl}\p{Zp}]/u;
  var JOINER = /[\t-\r\u001c-\u001f\p{Zs}\p{Zl}\p{Zp}\-\/\u2013\u2014]/u;
  var MARKS = /\p{M}+/gu;
  var QUOTES = '"\u201c\u201d';

  function fold(s) {
    return s.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  function isNumber(s) {
    return /^[0-9]+$/.test(s);
  }

  /** Tokens.of: runs of letters, digits and marks; dashes, slashes and spaces keep neighbours a pair. */
  function tokens(text) {
    var s = text.normalize('NFC');
    var out = [];
    var joined = false;
    var glued = false;
    var i = 0;
    while (i < s.length) {
      var ch = String.fromCodePoint(s.codePointAt(i));
      if (!WORD.test(ch)) {
        if (!JOINER.test(ch)) {
          joined = false;
        } else if (!SPACE.test(ch)) {
          glued = true;
        }
        i += ch.length;
        continue;
      }
      var start = i;
      while (i < s.length) {
        var c = String.fromCodePoint(s.codePointAt(i));
        if (!WORD.test(c)) {
          break;
        }
        i += c.length;
      }
      if (i - start <= MAX_LENGTH) {
        var exact = s.substring(start, i).toLowerCase();
        var folded = fold(exact);
        if (isNumber(folded)) {
          folded = folded.replace(/^0+(?=.)/, '');
          exact = folded;
        }
        var join = joined && out.length > 0;
        out.push({ exact: exact, folded: folded, start: start, end: i, joined: join, glued: join && glued });
        joined = true;
      } else {
        joined = false;
      }
      glued = false;
    }
    return out;
  }

  function accented(t) {
    return t.exact !== t.folded && !isNumber(t.folded);
  }

  function merge(map, key, required) {
    map.set(key, (map.get(key) || false) || required);
  }

  /** SearchDates: days and months as people write them. */
  var D = '(\\d{1,2})';
  var Y = '((?:19|20)\\d\\d)';
  // Java's \s, which the index reads dates with: ASCII white space only (JavaScript's \s takes U+00A0 too)
  var S = '[ \\t\\n\\x0b\\f\\r]';
  var WORDS_DAY = 'ng[aà]y' + S + '+' + D + S + '+th[aá]ng' + S + '+' + D + S + '+n[aă]m' + S + '+' + Y + '(?!\\d)';
  var DAY_MONTH_YEAR = '(?<![\\d/.-])' + D + S + '?([/.-])' + S + '?' + D + S + '?\\2' + S + '?' + Y + '(?![\\d/-])';
  var ISO_DAY = '(?<![\\d/.-])' + Y + '-(\\d\\d)-(\\d\\d)(?![\\d/-])';
  var WORDS_MONTH = 'th[aá]ng' + S + '+' + D + S + '?(?:[/-]|' + S + '+n[aă]m' + S + '+)' + S + '?' + Y + '(?![\\d/-])';

  function day(y, m, d) {
    var date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
      return null;
    }
    return date.toISOString().substring(0, 10);
  }

  function month(y, m) {
    return Number(m) >= 1 && Number(m) <= 12 ? y + '-' + (Number(m) < 10 ? '0' : '') + Number(m) : null;
  }

  function datesIn(s) {
    var found = [];
    var taken = new Array(s.length + 1).fill(false);
    function scan(pattern, flags, read) {
      var re = new RegExp(pattern, flags);
      var m;
      while ((m = re.exec(s)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        var start = m.index;
        var end = start + m[0].length;
        if (taken[start] || taken[end - 1]) {
          continue;
        }
        var term = read(m);
        if (term) {
          found.push({ start: start, end: end, term: term });
          for (var i = start; i < end; i++) {
            taken[i] = true;
          }
        }
      }
    }
    scan(WORDS_DAY, 'giu', function (m) { return day(m[3], m[2], m[1]); });
    scan(DAY_MONTH_YEAR, 'g', function (m) { return day(m[4], m[3], m[1]); });
    scan(ISO_DAY, 'g', function (m) { return day(m[1], m[2], m[3]); });
    scan(WORDS_MONTH, 'giu', function (m) { return month(m[2], m[1]); });
    found.sort(function (a, b) { return a.start - b.start; });
    return found;
  }

  /**
   * CitationReader.inQuery: the first document number of a query and the date and issuer written
   * after it, read as the build reads a citation; issuers maps each folded spelling to its agency.
   */
  var DASHES = '\\-\u2010\u2011\u2012\u2013\u2014\u2212';
  var QUERY_NUMBER = new RegExp('(?<![\\p{L}\\d/])\\d{1,5}[a-zA-Z]?(?:/\\d{4})?[/' + DASHES + ']\\p{L}[\\p{L}\\d&]*'
    + '(?:[/' + DASHES + ']\\p{L}[\\p{L}\\d&]*)*(?![\\p{L}\\d])', 'u');
  var Q_SEPARATOR = /[\s,(]*/y;
  var Q_DAY_IN_WORDS = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})(?!\d)/y;
  var Q_DAY = /(?:ngay\s*)?(\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?(\d{4})(?![\d/.\-]\d)/y;
  var Q_MONTH = /thang\s+(\d{1,2})\s*(?:[/.\-]|\s+nam\s+)\s*(\d{4})(?!\d)/y;
  var Q_YEAR = /nam\s+(\d{4})(?![\d/])/y;
  var Q_ISO = /(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?![\d/.\-])/y;
  var Q_OF = /cua\s+/y;
  var Q_ISSUER_END = /[,;:()\[\]"\u201c\u201d]|\.(?=\s|$)|\s(?:ngay|thang|nam)\s+\d|\s(?:ve|v\/v)\s/g;
  var ISSUER_ABBREVIATIONS = { ubnd: ['uy', 'ban', 'nhan', 'dan'], hdnd: ['hoi', 'dong', 'nhan', 'dan'], tp: ['thanh', 'pho'],
    mttq: ['mat', 'tran', 'to', 'quoc'], mttqvn: ['mat', 'tran', 'to', 'quoc', 'viet', 'nam'] };
  var ISSUER_WORDS = 12;

  /** Text.documentNumberKey */
  function numberKey(number) {
    return fold(number.normalize('NFC')).toUpperCase().replace(/\s+/gu, '').replace(new RegExp('[' + DASHES.substring(2) + ']', 'g'), '-')
      .replace(/(^|[^0-9])0+(?=[0-9])/g, '$1');
  }

  function looking(re, s, at) {
    re.lastIndex = at;
    return re.exec(s);
  }

  /** CitationReader.fold: lowercase, no accents, and where each character came from. */
  function foldFrom(text, from) {
    var out = '';
    var origins = [];
    for (var i = from; i < text.length; i++) {
      var c = text.charAt(i);
      if (c < '\x80') {
        origins.push(i);
        out += c.toLowerCase();
        continue;
      }
      if (/\p{Mn}/u.test(c)) {
        continue;
      }
      var base = c === '\u0111' || c === '\u0110' ? 'd' : c.normalize('NFD').charAt(0);
      origins.push(i);
      out += /\s/u.test(base) ? ' ' : base.toLowerCase();
    }
    return { text: out, origin: function (k) { return k < origins.length ? origins[k] : text.length; } };
  }

  function pad(n) {
    return (Number(n) < 10 ? '0' : '') + Number(n);
  }

  /** A date's ISO form, or false when it is no real day or month (then no qualifier). */
  function qualifierDate(y, m, d) {
    if (Number(y) < 1900 || Number(y) > 2200) {
      return false;
    }
    if (d !== undefined) {
      return day(y, m, d) || false;
    }
    if (m !== undefined) {
      return Number(m) >= 1 && Number(m) <= 12 ? y + '-' + pad(m) : false;
    }
    return y;
  }

  function qualifierDateAt(s, at) {
    var m = looking(Q_DAY_IN_WORDS, s, at) || looking(Q_DAY, s, at);
    if (m) {
      return { iso: qualifierDate(m[3], m[2], m[1]), end: at + m[0].length };
    }
    m = looking(Q_MONTH, s, at);
    if (m) {
      return { iso: qualifierDate(m[2], m[1]), end: at + m[0].length };
    }
    m = looking(Q_YEAR, s, at);
    if (m) {
      return { iso: qualifierDate(m[1]), end: at + m[0].length };
    }
    m = looking(Q_ISO, s, at);
    if (m) {
      return { iso: qualifierDate(m[1], m[2], m[3]), end: at + m[0].length };
    }
    return null;
  }

  /** IssuerNames.words */
  function issuerWords(text, from, to) {
    var words = [];
    var re = /[\p{L}\p{Nd}\p{Mn}]+/gu;
    var part = text.substring(from, to);
    var m;
    while ((m = re.exec(part)) !== null) {
      var folded = fold(m[0]);
      (ISSUER_ABBREVIATIONS[folded] || [folded]).forEach(function (w) {
        words.push({ folded: w, start: from + m.index, end: from + m.index + m[0].length });
      });
    }
    return words;
  }

  /** IssuerNames.at, from the first word */
  function issuerAt(text, words, issuers, longest) {
    for (var n = Math.min(longest, words.length); n >= 1; n--) {
      var key = words.slice(0, n).map(function (w) { return w.folded; }).join(' ');
      if (!Object.prototype.hasOwnProperty.call(issuers, key)) {
        continue;
      }
      var end = words[n - 1].end;
      var next = n;
      while (next < words.length && words[next].start < end) {
        next++;
      }
      if (next < words.length && /^\s*$/u.test(text.substring(end, words[next].start))) {
        var c = text.charAt(words[next].start);
        if (c !== c.toLowerCase() && c === c.toUpperCase()) {
          return null;
        }
      }
      return { agency: issuers[key], end: words[next - 1].end };
    }
    return null;
  }

  function inQuery(text, issuers) {
    var m = QUERY_NUMBER.exec(text);
    if (!m) {
      return null;
    }
    var end = m.index + m[0].length;
    var f = foldFrom(text, end);
    var s = f.text;
    var longest = 0;
    Object.keys(issuers).forEach(function (k) { longest = Math.max(longest, k.split(' ').length); });
    var date = '';
    var issuer = '';
    var at = 0;
    var consumed = 0;
    for (;;) {
      var next = at + looking(Q_SEPARATOR, s, at)[0].length;
      if (!date) {
        var d = qualifierDateAt(s, next);
        if (d && !d.iso) {
          break;
        }
        if (d) {
          date = d.iso;
          at = consumed = d.end;
          continue;
        }
      }
      if (!issuer) {
        var of = looking(Q_OF, s, next);
        if (of && next + of[0].length < s.length) {
          var from = next + of[0].length;
          Q_ISSUER_END.lastIndex = from;
          var stop = Q_ISSUER_END.exec(s);
          var to = stop ? stop.index : s.length;
          var count = 0;
          var inWord = false;
          for (var i = from; i < to; i++) {
            var w = /[\p{L}\p{Nd}\p{Mn}]/u.test(s.charAt(i));
            if (w && !inWord && ++count > ISSUER_WORDS) {
              to = i;
              break;
            }
            inWord = w;
          }
          var named = issuerAt(text, issuerWords(text, f.origin(from), f.origin(to)), issuers, longest);
          if (!named) {
            break;
          }
          issuer = named.agency;
          var k = from;
          while (k < s.length && f.origin(k) < named.end) {
            k++;
          }
          at = consumed = k;
          continue;
        }
      }
      break;
    }
    return { number: m[0], key: numberKey(m[0]), end: end, qualifiersEnd: Math.max(end, f.origin(consumed)), date: date, issuer: issuer };
  }

  /** SearchQuery.Cited.points: 2 for the issuer typed, 2 for the date at its precision, 1 for its year alone. */
  function citedPoints(cited, iso, issuer) {
    var points = cited.issuer && cited.issuer === issuer ? 2 : 0;
    if (cited.date && iso.indexOf(cited.date) === 0) {
      points += 2;
    } else if (cited.date && iso.length >= 4 && iso.indexOf(cited.date.substring(0, 4)) === 0) {
      points += 1;
    }
    return points;
  }

  /** SearchQuery.formTerms: the pairs of joined neighbours, and each syllable no pair covers. */
  function formTerms(ts) {
    var terms = [];
    var covered = [];
    for (var i = 1; i < ts.length; i++) {
      if (ts[i].joined) {
        terms.push(ts[i - 1].folded + '_' + ts[i].folded);
        covered[i - 1] = true;
        covered[i] = true;
      }
    }
    for (var k = 0; k < ts.length; k++) {
      if (!covered[k] && terms.indexOf(ts[k].folded) < 0) {
        terms.push(ts[k].folded);
      }
    }
    return terms;
  }

  function compileForms(aliases) {
    var forms = [];
    (aliases || []).forEach(function (line, index) {
      line.forEach(function (f) {
        var ts = tokens(f);
        if (ts.length > 0) {
          forms.push({ line: index, tokens: ts.map(function (t) { return t.folded; }), terms: formTerms(ts) });
        }
      });
    });
    return forms;
  }

  /** SearchQuery.expand: runs that are a form of an alias line, longest first; each line once. */
  function expand(ts, forms, expanded, alternatives) {
    var i = 0;
    while (i < ts.length) {
      var best = null;
      if (!ts[i].glued) {
        forms.forEach(function (f) {
          var end = i + f.tokens.length;
          if (end > ts.length || (best && f.tokens.length <= best.tokens.length) || (end < ts.length && ts[end].glued)) {
            return;
          }
          for (var k = 0; k < f.tokens.length; k++) {
            if (ts[i + k].folded !== f.tokens[k]) {
              return;
            }
          }
          best = f;
        });
      }
      if (!best) {
        i++;
        continue;
      }
      if (!alternatives.has(best.line)) {
        var lineForms = [];
        forms.forEach(function (f) {
          if (f.line === best.line && !lineForms.some(function (g) { return g.join(' ') === f.terms.join(' '); })) {
            lineForms.push(f.terms);
          }
        });
        alternatives.set(best.line, lineForms);
      }
      for (var k = i; k < i + best.tokens.length; k++) {
        expanded[k] = true;
      }
      i += best.tokens.length;
    }
  }

  /** SearchQuery.parse */
  function parseQuery(text, aliases, issuers) {
    var forms = compileForms(aliases);
    var units = new Map();
    var pairs = new Map();
    var exacts = new Map();
    var alternatives = new Map();
    var dates = [];
    text = text.normalize('NFC');
    var cited = inQuery(text, issuers || {});
    if (cited && cited.qualifiersEnd > cited.end) {
      // what qualifies the number is not a word to find: "2023" would rule out the notice of 2021
      text = text.substring(0, cited.end) + ',' + text.substring(cited.qualifiersEnd);
    }
    var found = datesIn(text);
    for (var f = found.length - 1; f >= 0; f--) {
      text = text.substring(0, found[f].start) + ',' + text.substring(found[f].end);
    }
    found.forEach(function (d) {
      if (dates.indexOf(d.term) < 0) {
        dates.push(d.term);
      }
    });
    var quoted = false;
    var part = '';
    for (var i = 0; i <= text.length; i++) {
      var c = i < text.length ? text.charAt(i) : '"';
      if (QUOTES.indexOf(c) >= 0) {
        var ts = tokens(part);
        var expanded = [];
        if (!quoted) {
          expand(ts, forms, expanded, alternatives);
        }
        for (var k = 0; k < ts.length; k++) {
          var t = ts[k];
          if (expanded[k]) {
            continue;
          }
          merge(units, t.folded, quoted);
          if (accented(t)) {
            merge(exacts, t.exact, quoted && ts.length === 1);
          }
          if (k > 0 && !expanded[k - 1] && (quoted || t.joined)) {
            merge(pairs, ts[k - 1].folded + '_' + t.folded, quoted || t.glued);
          }
        }
        part = '';
        quoted = !quoted;
      } else {
        part += c;
      }
    }
    return { units: units, pairs: pairs, exacts: exacts, dates: dates, alternatives: Array.from(alternatives.values()), cited: cited };
  }

  /** Every unit and pair the query looks for, its alternatives' included: what snippets and marks go by. */
  function queryTerms(query) {
    var units = new Set(query.units.keys());
    var pairs = new Set(query.pairs.keys());
    query.alternatives.forEach(function (forms) {
      forms.forEach(function (form) {
        form.forEach(function (term) {
          (term.indexOf('_') >= 0 ? pairs : units).add(term);
        });
      });
    });
    return { units: units, pairs: pairs, exacts: new Set(query.exacts.keys()) };
  }

  /** Text.slug */
  function slug(s) {
    return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }

  /** BrowserIndex.shardOf: FNV-1a over UTF-8 bytes. */
  function shardOf(key, shards) {
    return fnv1a(key, FNV_BASIS) % shards;
  }

  var FNV_BASIS = 0x811c9dc5;

  /** FNV-1a over the UTF-8 bytes from a starting value, unsigned; BrowserIndex and LargeTerms compute the same. */
  function fnv1a(key, basis) {
    var bytes = new TextEncoder().encode(key);
    var h = basis;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  /**
   * LargeTerms: the entry of a term's own list among the large terms' entries (after the shards), or
   * -1. The keys are the top bits of FNV-1a, listed in order as gaps; an index of a name that shares
   * its key with a large term leads to an entry without it, and the caller reads the shard.
   */
  function largeEntry(large, name) {
    if (!large.sorted) {
      large.sorted = [];
      var key = 0;
      for (var k = 0; k < large.keys.length; k++) {
        key += large.keys[k];
        large.sorted.push(key);
      }
    }
    // >>> takes its shift modulo 32: 32 bits keep the whole hash
    var wanted = fnv1a(name, FNV_BASIS) >>> (32 - large.bits);
    var low = 0;
    var high = large.sorted.length - 1;
    while (low <= high) {
      var middle = (low + high) >>> 1;
      if (large.sorted[middle] < wanted) {
        low = middle + 1;
      } else if (large.sorted[middle] > wanted) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
  }

  function Searcher(indexUrl) {
    this.indexUrl = indexUrl;
    this.files = new Map();
    this.wholePacks = new Map();
    this.firstReads = new Map();
  }

  /** The JSON in a file's bytes: a gzip member, or, when a server already undid the gzip (Content-Encoding), the JSON itself. */
  function decoded(bytes) {
    if (bytes.length > 1 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Response(stream).text().then(JSON.parse);
    }
    return Promise.resolve(JSON.parse(new TextDecoder().decode(bytes)));
  }

  /** Caches a file's promise under its key, and forgets it when it fails, so a retry fetches again. */
  Searcher.prototype.cached = function (key, make) {
    var cached = this.files.get(key);
    if (cached) {
      return cached;
    }
    var promise = make();
    this.files.set(key, promise);
    promise.catch(function () {
      this.files.delete(key);
    }.bind(this));
    return promise;
  };

  Searcher.prototype.load = function (path) {
    var url = this.indexUrl + path;
    return this.cached(path, function () {
      return fetch(url).then(function (response) {
        if (!response.ok) {
          throw new Error(path + ': ' + response.status);
        }
        return response.arrayBuffer();
      }).then(function (buffer) {
        return decoded(new Uint8Array(buffer));
      });
    });
  };

  /**
   * {@code length} bytes of a pack from {@code start}, by an HTTP range request. A server that
   * ignores ranges sends the whole pack (200): it is kept, and later entries are cut from it.
   */
  Searcher.prototype.bytes = function (path, start, length) {
    var self = this;
    // until the first read of a pack has answered, no one knows whether the server sends ranges or
    // the whole pack: later reads of the same pack wait for it, so a whole pack comes only once
    var first = this.firstReads.get(path);
    if (first) {
      return first.then(function () {
        return self.read(path, start, length);
      });
    }
    var read = this.read(path, start, length);
    this.firstReads.set(path, read.then(function () {}, function () {
      self.firstReads.delete(path);
    }));
    return read;
  };

  Searcher.prototype.read = function (path, start, length) {
    var self = this;
    var whole = this.wholePacks.get(path);
    if (whole) {
      return whole.then(function (all) {
        return all.subarray(start, start + length);
      });
    }
    var range = 'bytes=' + start + '-' + (start + length - 1);
    return fetch(this.indexUrl + path, { headers: { Range: range } }).then(function (response) {
      if (response.status === 206) {
        return response.arrayBuffer().then(function (buffer) {
          return new Uint8Array(buffer);
        });
      }
      if (!response.ok) {
        throw new Error(path + ' (' + range + '): ' + response.status);
      }
      var all = response.arrayBuffer().then(function (buffer) {
        return new Uint8Array(buffer);
      });
      self.wholePacks.set(path, all);
      all.catch(function () {
        self.wholePacks.delete(path);
      });
      return all.then(function (bytes) {
        return bytes.subarray(start, start + length);
      });
    });
  };

  /** The JSON of entry {@code entry} of a record pack of {@code count} entries (export.BrowserRecords: a table of offsets, then the entries). */
  Searcher.prototype.packEntry = function (path, entry, count) {
    var self = this;
    return this.cached(path + '#' + entry, function () {
      var table = self.cached(path + '#table', function () {
        return self.bytes(path, 0, 4 * (count + 1)).then(function (bytes) {
          return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        });
      });
      return table.then(function (offsets) {
        var start = offsets.getUint32(4 * entry);
        return self.bytes(path, start, offsets.getUint32(4 * (entry + 1)) - start);
      }).then(decoded);
    });
  };

  /** A text page of a record: its entry in the text pack of the record's documents, where the record's {@code at} says. */
  Searcher.prototype.textPage = function (pack, record, page) {
    var self = this;
    var path = 'text/' + pack + '.pack';
    return this.cached(path + '@' + record.at[2 * page], function () {
      return self.bytes(path, record.at[2 * page], record.at[2 * page + 1]).then(decoded);
    });
  };

  /**
   * Entry {@code entry} of the term packs (export.BrowserIndex: shards, then the large terms' lists,
   * meta.terms.entries to a pack, gzip members one after another), by one range where the
   * description's lengths say it is.
   */
  Searcher.prototype.termEntry = function (meta, entry) {
    var self = this;
    var terms = meta.terms;
    if (!terms.starts) {
      terms.starts = [];
      var start = 0;
      for (var e = 0; e < terms.lengths.length; e++) {
        start = e % terms.entries === 0 ? 0 : start;
        terms.starts.push(start);
        start += terms.lengths[e];
      }
    }
    return this.cached('terms#' + entry, function () {
      var path = 'terms/' + Math.floor(entry / terms.entries) + '.pack';
      return self.bytes(path, terms.starts[entry], terms.lengths[entry]).then(decoded);
    });
  };

  /**
   * A term's list as stored: from its own entry when the description's keys say it may be a term
   * in many records (BrowserIndex.writeLargeTerms), else, or when the key was another's, from its shard.
   */
  Searcher.prototype.stored = function (meta, name, shardKey) {
    var self = this;
    var fromShard = function () {
      return self.termEntry(meta, shardOf(shardKey, meta.shards)).then(function (shard) {
        return shard[name];
      });
    };
    var own = largeEntry(meta.large, name);
    if (own < 0) {
      return fromShard();
    }
    return this.termEntry(meta, meta.shards + own).then(function (terms) {
      return terms[name] || fromShard();
    });
  };

  /** A term's entry: df, and its records by doc with score (hundredths) and first passage. */
  Searcher.prototype.term = function (meta, name, shardKey) {
    return this.stored(meta, name, shardKey).then(function (raw) {
      var postings = new Map();
      if (!raw) {
        return { df: 0, postings: postings, complete: true };
      }
      var doc = 0;
      var facet = name.charAt(0) === '@';
      var step = facet ? 1 : 3;
      for (var i = 1; i < raw.length; i += step) {
        doc += raw[i];
        postings.set(doc, facet ? null : { score: raw[i + 1], passage: raw[i + 2] });
      }
      return { df: raw[0], postings: postings, complete: postings.size === raw[0] };
    });
  };

  /** The documents carrying a cited number, each with its SearchQuery.Cited.points: [df, gap, iso date, issuer, …]. */
  Searcher.prototype.carriers = function (meta, cited) {
    var name = '$' + cited.key;
    return this.stored(meta, name, name).then(function (stored) {
      var raw = stored || [0];
      var points = new Map();
      var doc = 0;
      for (var i = 1; i < raw.length; i += 3) {
        doc += raw[i];
        points.set(doc, citedPoints(cited, raw[i + 1], raw[i + 2]));
      }
      return points;
    });
  };

  /**
   * Each record's document's record number, from the description's task counts per document; and
   * where each document's records are: its pack (documents in packs of meta.pack) and its first
   * entry there (its records in entries of meta.piece), with the number of entries of each pack.
   */
  function parents(meta) {
    if (!meta.parentOf) {
      var parentOf = new Int32Array(meta.records);
      var packOf = new Int32Array(meta.records);
      var firstEntry = new Int32Array(meta.records);
      var entries = [];
      var r = 0;
      (meta.tasks || []).forEach(function (count, ordinal) {
        var doc = r;
        var pack = Math.floor(ordinal / meta.pack);
        if (pack === entries.length) {
          entries.push(0);
        }
        packOf[doc] = pack;
        firstEntry[doc] = entries[pack];
        entries[pack] += Math.ceil((count + 1) / meta.piece);
        for (var k = 0; k <= count; k++) {
          parentOf[r++] = doc;
        }
      });
      meta.packOf = packOf;
      meta.firstEntry = firstEntry;
      meta.packEntries = entries;
      meta.parentOf = parentOf;
    }
    return meta.parentOf;
  }

  /**
   * Runs a query: the same matching and scores as the command line's Lucene query (LuceneSearch),
   * from the search data, grouped by document as it groups them. Resolves to
   * { total, approximate, groups: [{ doc, score, own, tasks, more }], query }; with tasks alone,
   * each group is one task.
   */
  Searcher.prototype.search = function (text, filters, order) {
    var self = this;
    return this.load('index.json.gz').then(function (meta) {
      var query = parseQuery(text, meta.aliases, meta.issuers);
      if (query.units.size === 0 && query.dates.length === 0 && query.alternatives.length === 0) {
        return { total: 0, approximate: false, groups: [], query: query };
      }
      var wanted = [];
      query.units.forEach(function (inPhrase, term) {
        wanted.push({ kind: 'unit', term: term, name: term, key: term, inPhrase: inPhrase });
      });
      query.pairs.forEach(function (required, term) {
        wanted.push({ kind: 'pair', term: term, name: term, key: term, required: required });
      });
      query.exacts.forEach(function (required, term) {
        wanted.push({ kind: 'exact', term: term, name: '=' + term, key: fold(term), required: required });
      });
      query.dates.forEach(function (term) {
        wanted.push({ kind: 'date', term: term, name: '#' + term, key: '#' + term, required: true });
      });
      var alternatives = query.alternatives.map(function (forms) {
        return forms.map(function (form) {
          return form.map(function (term) {
            var w = { kind: term.indexOf('_') >= 0 ? 'pair' : 'unit', term: term, name: term, key: term, inAlternative: true };
            wanted.push(w);
            return w;
          });
        });
      });
      var tasksAlone = filters.type === 'task';
      var cited = query.cited && order !== 'date' && !tasksAlone ? self.carriers(meta, query.cited) : Promise.resolve(null);
      if (query.cited && query.cited.date.length >= 7 && query.dates.indexOf(query.cited.date) < 0) {
        // a day or month said of the number also prefers the documents that mention it
        var d = query.cited.date;
        wanted.push({ kind: 'date', term: d, name: '#' + d, key: '#' + d, required: false });
      }
      Object.keys(filters).forEach(function (field) {
        if (field === 'dueFrom' || field === 'dueTo') {
          return;
        }
        var name = '@' + (field === 'type' && !tasksAlone ? 'doctype' : field) + ':' + filters[field];
        wanted.push({ kind: 'facet', name: name, key: name, required: true });
      });
      var due = filters.dueFrom || filters.dueTo ? self.load('due.json.gz') : Promise.resolve(null);
      return Promise.all([due, cited].concat(wanted.map(function (w) {
        return self.term(meta, w.name, w.key).then(function (entry) {
          w.entry = entry;
          return w;
        });
      }))).then(function (loaded) {
        var deadlines = loaded[0];
        var carriers = loaded[1];
        var terms = wanted.filter(function (t) { return !t.inAlternative; });
        var conditions = [];
        if (deadlines) {
          var from = Number((filters.dueFrom || '').replace(/-/g, '')) || 1;
          var to = Number((filters.dueTo || '').replace(/-/g, '')) || 99991231;
          var inRange = new Map();
          var record = 0;
          for (var i = 0; i < deadlines.length; i += 2) {
            record += deadlines[i];
            if (deadlines[i + 1] >= from && deadlines[i + 1] <= to) {
              inRange.set(record, null);
            }
          }
          terms.push({ kind: 'facet', name: 'due', required: true, entry: { df: inRange.size, postings: inRange, complete: true } });
        }
        alternatives.forEach(function (forms) {
          conditions.push(alternativeCondition(forms));
        });
        return rank(meta, query, terms, conditions, alternatives, order, tasksAlone, carriers);
      });
    });
  };

  /** A record has an alternative when it has every term of one of its forms. */
  function alternativeCondition(forms) {
    var complete = forms.every(function (form) { return form.every(function (t) { return t.entry.complete; }); });
    var size = 0;
    forms.forEach(function (form) { size += form[0].entry.postings.size; });
    return {
      complete: complete,
      size: size,
      has: function (doc) {
        return forms.some(function (form) { return form.every(function (t) { return t.entry.postings.has(doc); }); });
      },
      each: function (fn) {
        forms.forEach(function (form) { form[0].entry.postings.forEach(function (value, doc) { fn(doc); }); });
      }
    };
  }

  function termCondition(t) {
    return {
      complete: t.entry.complete,
      size: t.entry.postings.size,
      has: function (doc) { return t.entry.postings.has(doc); },
      each: function (fn) { t.entry.postings.forEach(function (value, doc) { fn(doc); }); }
    };
  }

  /** Whether the query asks for nothing but its cited number's own syllables. */
  function numberAlone(query) {
    var own = new Set(tokens(query.cited.number).map(function (t) { return t.folded; }));
    var alone = query.dates.length === 0 && query.alternatives.length === 0;
    query.units.forEach(function (inPhrase, unit) {
      alone = alone && own.has(unit);
    });
    return alone;
  }

  function rank(meta, query, terms, alternativeConditions, alternatives, order, tasksAlone, carriers) {
    var units = terms.filter(function (t) { return t.kind === 'unit'; });
    var anyRare = units.some(function (u) { return u.entry.df <= meta.common; });
    units.forEach(function (u) {
      u.required = !(anyRare && u.entry.df > meta.common && !u.inPhrase);
    });
    var required = terms.filter(function (t) { return t.required; }).map(termCondition).concat(alternativeConditions);
    // A required term whose list was cut to its best records (see docs/search.md) cannot rule a
    // record out; the complete lists decide, or, when every required list was cut, any term's list.
    var complete = required.filter(function (c) { return c.complete; });
    complete.sort(function (a, b) { return a.size - b.size; });
    var approximate = complete.length < required.length;
    var candidates = new Set();
    var keep = function (doc) {
      for (var k = 0; k < complete.length; k++) {
        if (!complete[k].has(doc)) {
          return;
        }
      }
      candidates.add(doc);
    };
    if (complete.length > 0) {
      complete[0].each(keep);
    } else {
      var seen = new Set();
      terms.forEach(function (t) {
        t.entry.postings.forEach(function (value, doc) { seen.add(doc); });
      });
      alternatives.forEach(function (forms) {
        forms.forEach(function (form) {
          form.forEach(function (t) { t.entry.postings.forEach(function (value, doc) { seen.add(doc); }); });
        });
      });
      if (carriers && numberAlone(query)) {
        // the carriers' list is never cut: a query of the number alone matches each of them, as in Lucene
        carriers.forEach(function (points, doc) { seen.add(doc); });
      }
      seen.forEach(keep);
    }
    var scored = terms.filter(function (t) { return t.kind !== 'facet'; });
    var hits = Array.from(candidates).map(function (doc) {
      var score = 0;
      var passages = [];
      var counted = new Set();
      var note = function (t, p) {
        if (!counted.has(t.kind + t.term)) {
          counted.add(t.kind + t.term);
          passages.push({ kind: t.kind, term: t.term, passage: p.passage });
        }
      };
      scored.forEach(function (t) {
        var p = t.entry.postings.get(doc);
        if (p) {
          score += p.score;
          note(t, p);
        }
      });
      alternatives.forEach(function (forms) {
        forms.forEach(function (form) {
          var all = true;
          var sum = 0;
          form.forEach(function (t) {
            var p = t.entry.postings.get(doc);
            if (p) {
              sum += p.score;
              note(t, p);
            } else {
              all = false;
            }
          });
          if (all) {
            score += sum;
          }
        });
      });
      return { doc: doc, score: score / 100, passages: passages };
    });
    var best = function (a, b) { return b.score - a.score || a.doc - b.doc; };
    hits.sort(best);
    if (tasksAlone) {
      if (order === 'date') {
        hits.sort(function (a, b) { return a.doc - b.doc; });
      }
      var single = hits.map(function (h) { return { doc: h.doc, score: h.score, own: h, tasks: [], more: 0 }; });
      return { total: single.length, approximate: approximate, groups: single, query: query };
    }
    // LuceneSearch.Group: a document's own score, plus its best task's, half its second's, a quarter of its third's
    var parentOf = parents(meta);
    var groups = new Map();
    hits.forEach(function (h) {
      var parent = parentOf[h.doc];
      var g = groups.get(parent);
      if (!g) {
        g = { doc: parent, own: null, tasks: [], score: 0 };
        groups.set(parent, g);
      }
      if (parent === h.doc) {
        g.own = h;
      } else {
        g.tasks.push(h);
      }
    });
    var list = Array.from(groups.values());
    list.forEach(function (g) {
      g.score = g.own ? g.own.score : 0;
      for (var i = 0; i < Math.min(TASK_SHARES.length, g.tasks.length); i++) {
        g.score += TASK_SHARES[i] * g.tasks[i].score;
      }
      g.more = Math.max(0, g.tasks.length - TASKS_SHOWN);
      g.tasks = g.tasks.slice(0, TASKS_SHOWN);
    });
    list.sort(order === 'date' ? function (a, b) { return a.doc - b.doc; } : best);
    if (carriers) {
      // LuceneSearch: the documents carrying the number first, the best match of what the query says of it, then the newest
      list.sort(function (a, b) {
        var ca = carriers.has(a.doc);
        if (ca !== carriers.has(b.doc)) {
          return ca ? -1 : 1;
        }
        return ca ? carriers.get(b.doc) - carriers.get(a.doc) || a.doc - b.doc : best(a, b);
      });
    }
    return { total: list.length, approximate: approximate, groups: list, query: query };
  }

  /** The record of a hit, with its passages so far (inline, or the text page the snippet needs). */
  Searcher.prototype.record = function (meta, hit) {
    var self = this;
    // a document's records, itself then its tasks, are entries of meta.piece records in its pack
    var doc = parents(meta)[hit.doc];
    var offset = hit.doc - doc;
    var pack = meta.packOf[doc];
    var entry = meta.firstEntry[doc] + Math.floor(offset / meta.piece);
    return this.packEntry('records/' + pack + '.pack', entry, meta.packEntries[pack]).then(function (records) {
      var record = records[offset % meta.piece];
      if (!hit.passages) {
        // a document shown for its tasks alone: they are what matched
        return { record: record, snippet: '' };
      }
      var best = bestPassage(hit, record);
      if (record.text) {
        return { record: record, snippet: best < record.text.length ? record.text[best] : '' };
      }
      var page = 0;
      while (page + 1 < record.pages.length && record.pages[page + 1] <= best) {
        page++;
      }
      return self.textPage(pack, record, page).then(function (text) {
        return { record: record, snippet: text[best - record.pages[page]] || '' };
      });
    });
  };

  /** Passages.snippet: the passage after the heading where most query terms first appear (pairs and exact forms count twice). */
  function bestPassage(hit, record) {
    var count = record.text ? record.text.length : Infinity;
    if (count < 2) {
      return count;
    }
    var weight = new Map();
    hit.passages.forEach(function (p) {
      if (p.passage > 0) {
        weight.set(p.passage, (weight.get(p.passage) || 0) + (p.kind === 'unit' ? 1 : 2));
      }
    });
    var best = 1;
    weight.forEach(function (w, passage) {
      var current = weight.get(best) || 0;
      if (w > current || (w === current && passage < best)) {
        best = passage;
      }
    });
    return best;
  }

  /** Passages.marks: pairs of the query side by side, and its other words as typed. */
  function marked(text, terms) {
    var fragment = document.createDocumentFragment();
    var normalized = text.normalize('NFC');
    var inPairs = new Set();
    terms.pairs.forEach(function (p) {
      p.split('_').forEach(function (u) { inPairs.add(u); });
    });
    var typed = new Map();
    terms.exacts.forEach(function (e) { typed.set(fold(e), e); });
    var ts = tokens(normalized);
    var mark = ts.map(function () { return false; });
    ts.forEach(function (t, i) {
      if (terms.units.has(t.folded) && !inPairs.has(t.folded) && (!typed.has(t.folded) || typed.get(t.folded) === t.exact)) {
        mark[i] = true;
      }
      if (i > 0 && t.joined && terms.pairs.has(ts[i - 1].folded + '_' + t.folded)) {
        mark[i - 1] = true;
        mark[i] = true;
      }
    });
    var at = 0;
    ts.forEach(function (t, i) {
      if (mark[i]) {
        fragment.appendChild(document.createTextNode(normalized.substring(at, t.start)));
        var m = document.createElement('mark');
        m.textContent = normalized.substring(t.start, t.end);
        fragment.appendChild(m);
        at = t.end;
      }
    });
    fragment.appendChild(document.createTextNode(normalized.substring(at)));
    return fragment;
  }

  /** A record's title without the type and number its kicker already shows. */
  function titleOf(r) {
    var prefix = r.label + (r.number ? ' ' + r.number : '') + ': ';
    return r.title.indexOf(prefix) === 0 ? r.title.substring(prefix.length) : r.title;
  }

  var FILTERS = { loai: 'type', 'co-quan': 'agency', 'linh-vuc': 'topic', nam: 'year', 'ban-hanh': 'issuedBy',
    'nguoi-ky': 'signedBy', 'tinh-trang': 'status', 'han-tu': 'dueFrom', 'han-den': 'dueTo' };

  function start() {
    var form = document.getElementById('search-form');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var more = document.getElementById('search-more');
    if (!form) {
      return;
    }
    if (!window.fetch || !window.DecompressionStream) {
      status.textContent = 'Trình duyệt này chưa hỗ trợ tìm kiếm trên cổng; hãy tra cứu theo các danh sách văn bản, cơ quan, lĩnh vực và năm ở đầu trang.';
      return;
    }
    form.hidden = false;
    var searcher = new Searcher(form.getAttribute('data-index'));
    var base = form.getAttribute('data-base');
    var input = form.elements.q;
    var current = null;
    var shown = 0;
    var generation = 0;

    function fromUrl() {
      var params = new URLSearchParams(location.search);
      input.value = params.get('q') || '';
      Array.prototype.forEach.call(form.querySelectorAll('select, .search-filters input'), function (select) {
        select.value = params.get(select.name) || '';
        if (select.tagName === 'SELECT' && select.selectedIndex < 0) {
          select.value = '';
        }
      });
    }

    function toUrl() {
      var params = new URLSearchParams();
      if (input.value.trim()) {
        params.set('q', input.value.trim());
      }
      Array.prototype.forEach.call(form.querySelectorAll('select, .search-filters input'), function (select) {
        if (select.value.trim()) {
          params.set(select.name, select.value.trim());
        }
      });
      var query = params.toString();
      history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
    }

    function filters() {
      var out = {};
      Object.keys(FILTERS).forEach(function (name) {
        var value = form.elements[name].value.trim();
        if (value) {
          out[FILTERS[name]] = FILTERS[name] === 'signedBy' ? slug(value) : value;
        }
      });
      return out;
    }

    function run() {
      var text = input.value.trim();
      var mine = ++generation;
      list.textContent = '';
      list.removeAttribute('data-ready');
      more.hidden = true;
      if (!text) {
        status.textContent = '';
        return Promise.resolve();
      }
      status.textContent = 'Đang tìm…';
      return searcher.search(text, filters(), form.elements['sap-xep'].value === 'ngay' ? 'date' : 'relevance')
        .then(function (results) {
          if (mine !== generation) {
            return;
          }
          current = results;
          shown = 0;
          if (results.total === 0) {
            status.textContent = 'Không tìm thấy văn bản hay nhiệm vụ nào khớp với “' + text + '”.';
            return;
          }
          status.textContent = (results.approximate ? 'Khoảng ' : 'Có ') + results.total + ' kết quả cho “' + text + '”.';
          return showMore(mine);
        })
        .catch(function () {
          if (mine === generation) {
            status.textContent = 'Chưa tải được dữ liệu tìm kiếm. Hãy thử lại sau giây lát.';
          }
        });
    }

    function showMore(mine) {
      var page = current.groups.slice(shown, shown + PAGE_SIZE);
      shown += page.length;
      return searcher.load('index.json.gz').then(function (meta) {
        return Promise.all(page.map(function (g) {
          return Promise.all([searcher.record(meta, g.own || { doc: g.doc })].concat(g.tasks.map(function (t) {
            return searcher.record(meta, t);
          })));
        }));
      }).then(function (items) {
        if (mine !== generation) {
          return;
        }
        var terms = queryTerms(current.query);
        items.forEach(function (item, k) {
          list.appendChild(resultItem(item, terms, page[k]));
        });
        more.hidden = shown >= current.groups.length;
        list.setAttribute('data-ready', String(shown));
      });
    }

    function text(element, className, content) {
      var e = document.createElement(element);
      e.className = className;
      e.textContent = content;
      return e;
    }

    /** Lead, deadline and status of a task, each said once. */
    function taskFacts(r) {
      var p = document.createElement('p');
      p.className = 'task-facts';
      var parts = [];
      if (r.leads) {
        parts.push('Chủ trì: ' + r.leads);
      }
      if (r.deadline) {
        parts.push('Hạn: ' + r.deadline);
      }
      p.textContent = parts.join(' · ') + (parts.length ? ' · ' : '');
      if (r.statusLabel) {
        var status = text('span', 'status status-' + r.status, r.statusLabel);
        p.appendChild(status);
      }
      return p;
    }

    function resultItem(items, terms, group) {
      var item = items[0];
      var r = item.record;
      var li = document.createElement('li');
      li.className = 'doc-item';
      li.setAttribute('data-id', r.id);
      li.setAttribute('data-score', String(group.score));
      var kicker = document.createElement('p');
      kicker.className = 'doc-kicker';
      kicker.appendChild(text('span', 'doc-type', r.label));
      if (r.number) {
        kicker.appendChild(text('span', 'doc-number', ' ' + r.number));
      }
      if (r.status) {
        // a task listed alone: its document, once
        kicker.appendChild(document.createTextNode(' · Giao tại: ' + r.source));
      } else {
        kicker.appendChild(document.createTextNode(' · ' + r.date + (r.issuer ? ' · ' + r.issuer : '')));
      }
      var link = document.createElement('a');
      link.className = 'doc-title';
      link.href = base + r.url;
      link.appendChild(marked(titleOf(r), terms));
      li.appendChild(kicker);
      li.appendChild(link);
      if (r.status) {
        li.appendChild(taskFacts(r));
      }
      if (item.snippet) {
        var snippet = document.createElement('p');
        snippet.className = 'snippet';
        snippet.appendChild(marked(item.snippet, terms));
        li.appendChild(snippet);
      }
      if (items.length > 1) {
        var tasks = document.createElement('ul');
        tasks.className = 'search-tasks';
        tasks.setAttribute('aria-label', 'Nhiệm vụ khớp');
        items.slice(1).forEach(function (t, k) {
          var tr = t.record;
          var tli = document.createElement('li');
          tli.setAttribute('data-id', tr.id);
          tli.setAttribute('data-score', String(group.tasks[k].score));
          var a = document.createElement('a');
          a.href = base + tr.url;
          a.appendChild(marked(tr.title, terms));
          tli.appendChild(a);
          tli.appendChild(taskFacts(tr));
          if (t.snippet) {
            var ts = document.createElement('p');
            ts.className = 'snippet';
            ts.appendChild(marked(t.snippet, terms));
            tli.appendChild(ts);
          }
          tasks.appendChild(tli);
        });
        li.appendChild(tasks);
      }
      if (group.more > 0) {
        li.appendChild(text('p', 'search-more-tasks', '+ ' + group.more + ' nhiệm vụ khác khớp'));
      }
      return li;
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      toUrl();
      run();
    });
    form.addEventListener('change', function (event) {
      if (event.target.tagName === 'SELECT' || event.target.tagName === 'INPUT' && event.target.name !== 'q') {
        toUrl();
        run();
      }
    });
    more.addEventListener('click', function () {
      showMore(generation);
    });
    window.addEventListener('popstate', function () {
      fromUrl();
      run();
    });
    fromUrl();
    run();
  }

  window.congkhaiSearch = {
    tokens: tokens,
    accented: accented,
    parseQuery: parseQuery,
    datesIn: datesIn,
    inQuery: inQuery,
    shardOf: shardOf,
    largeEntry: largeEntry,
    Searcher: Searcher
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
