/*
 * congkhai search client. It reads the search data the build derives from the Lucene index
 * (search/index.json, search/terms/*, search/records/*, search/text/*) and fetches only the shards
 * of the query's own terms. Tokens, query rules, scores and snippets follow the Java code in
 * congkhai.search (Tokens, SearchQuery, BrowserIndex, Passages) rule for rule; docs/search.md
 * describes both.
 */
(function () {
  'use strict';

  var MAX_LENGTH = 32;
  var PAGE_SIZE = 10;
  var WORD = /[\p{L}\p{Nd}\p{M}]/u;
  var JOINER = /[\s\-\/\u2013\u2014]/u;
  var SPACE = /\s/u;
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

  /** SearchQuery.parse */
  function parseQuery(text) {
    var units = new Map();
    var pairs = new Map();
    var exacts = new Map();
    var quoted = false;
    var part = '';
    for (var i = 0; i <= text.length; i++) {
      var c = i < text.length ? text.charAt(i) : '"';
      if (QUOTES.indexOf(c) >= 0) {
        var ts = tokens(part);
        for (var k = 0; k < ts.length; k++) {
          var t = ts[k];
          merge(units, t.folded, quoted);
          if (accented(t)) {
            merge(exacts, t.exact, quoted && ts.length === 1);
          }
          if (k > 0 && (quoted || t.joined)) {
            merge(pairs, ts[k - 1].folded + '_' + t.folded, quoted || t.glued);
          }
        }
        part = '';
        quoted = !quoted;
      } else {
        part += c;
      }
    }
    return { units: units, pairs: pairs, exacts: exacts };
  }

  /** BrowserIndex.shardOf: FNV-1a over UTF-8 bytes. */
  function shardOf(key, shards) {
    var bytes = new TextEncoder().encode(key);
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % shards;
  }

  function Searcher(indexUrl) {
    this.indexUrl = indexUrl;
    this.files = new Map();
  }

  Searcher.prototype.load = function (path) {
    var cached = this.files.get(path);
    if (cached) {
      return cached;
    }
    var promise = fetch(this.indexUrl + path).then(function (response) {
      if (!response.ok) {
        throw new Error(path + ': ' + response.status);
      }
      return response.arrayBuffer();
    }).then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      // a server may already have undone the gzip (Content-Encoding); then the bytes are the JSON
      if (bytes.length > 1 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
        var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
        return new Response(stream).text();
      }
      return new TextDecoder().decode(bytes);
    }).then(JSON.parse);
    this.files.set(path, promise);
    promise.catch(function () {
      this.files.delete(path);
    }.bind(this));
    return promise;
  };

  /** A term's entry: df, and its records by doc with score (hundredths) and first passage. */
  Searcher.prototype.term = function (meta, name, shardKey) {
    return this.load('terms/' + shardOf(shardKey, meta.shards) + '.json.gz').then(function (shard) {
      var raw = shard[name];
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

  /**
   * Runs a query: the same matching and scores as the command line's Lucene query (LuceneSearch),
   * from the search data. Resolves to { total, approximate, hits: [{ doc, score, passages }] }.
   */
  Searcher.prototype.search = function (text, filters, order) {
    var self = this;
    var query = parseQuery(text);
    if (query.units.size === 0) {
      return Promise.resolve({ total: 0, approximate: false, hits: [], query: query });
    }
    return this.load('index.json').then(function (meta) {
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
      Object.keys(filters).forEach(function (field) {
        var name = '@' + field + ':' + filters[field];
        wanted.push({ kind: 'facet', name: name, key: name, required: true });
      });
      return Promise.all(wanted.map(function (w) {
        return self.term(meta, w.name, w.key).then(function (entry) {
          w.entry = entry;
          return w;
        });
      })).then(function (terms) {
        return rank(meta, query, terms, order);
      });
    });
  };

  function rank(meta, query, terms, order) {
    var units = terms.filter(function (t) { return t.kind === 'unit'; });
    var anyRare = units.some(function (u) { return u.entry.df <= meta.common; });
    units.forEach(function (u) {
      u.required = !(anyRare && u.entry.df > meta.common && !u.inPhrase);
    });
    var required = terms.filter(function (t) { return t.required; });
    // A required term whose list was cut to its best records (see docs/search.md) cannot rule a
    // record out; the complete lists decide, or, when every required list was cut, any term's list.
    var complete = required.filter(function (t) { return t.entry.complete; });
    complete.sort(function (a, b) { return a.entry.postings.size - b.entry.postings.size; });
    var approximate = complete.length < required.length;
    var candidates = [];
    var keep = function (doc) {
      for (var k = 0; k < complete.length; k++) {
        if (!complete[k].entry.postings.has(doc)) {
          return;
        }
      }
      candidates.push(doc);
    };
    if (complete.length > 0) {
      complete[0].entry.postings.forEach(function (value, doc) { keep(doc); });
    } else {
      var seen = new Set();
      terms.forEach(function (t) {
        t.entry.postings.forEach(function (value, doc) { seen.add(doc); });
      });
      seen.forEach(keep);
    }
    var scored = terms.filter(function (t) { return t.kind !== 'facet'; });
    var hits = candidates.map(function (doc) {
      var score = 0;
      var passages = [];
      scored.forEach(function (t) {
        var p = t.entry.postings.get(doc);
        if (p) {
          score += p.score;
          passages.push({ kind: t.kind, term: t.term, passage: p.passage });
        }
      });
      return { doc: doc, score: score / 100, passages: passages };
    });
    hits.sort(order === 'date'
      ? function (a, b) { return a.doc - b.doc; }
      : function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return { total: hits.length, approximate: approximate, hits: hits, query: query };
  }

  /** The record of a hit, with its passages so far (inline, or the text page the snippet needs). */
  Searcher.prototype.record = function (meta, hit) {
    var self = this;
    return this.load('records/' + Math.floor(hit.doc / meta.chunk) + '.json.gz').then(function (chunk) {
      var record = chunk[hit.doc % meta.chunk];
      var best = bestPassage(hit, record);
      if (record.text) {
        return { record: record, snippet: best < record.text.length ? record.text[best] : '' };
      }
      var page = 0;
      while (page + 1 < record.pages.length && record.pages[page + 1] <= best) {
        page++;
      }
      return self.load('text/' + hit.doc + '-' + page + '.json.gz').then(function (text) {
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

  function marked(text, units) {
    var fragment = document.createDocumentFragment();
    var at = 0;
    var normalized = text.normalize('NFC');
    tokens(normalized).forEach(function (t) {
      if (units.has(t.folded)) {
        fragment.appendChild(document.createTextNode(normalized.substring(at, t.start)));
        var mark = document.createElement('mark');
        mark.textContent = normalized.substring(t.start, t.end);
        fragment.appendChild(mark);
        at = t.end;
      }
    });
    fragment.appendChild(document.createTextNode(normalized.substring(at)));
    return fragment;
  }

  var FILTERS = { loai: 'type', 'co-quan': 'agency', 'linh-vuc': 'topic', nam: 'year' };

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
      Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
        select.value = params.get(select.name) || '';
        if (select.selectedIndex < 0) {
          select.value = '';
        }
      });
    }

    function toUrl() {
      var params = new URLSearchParams();
      if (input.value.trim()) {
        params.set('q', input.value.trim());
      }
      Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
        if (select.value) {
          params.set(select.name, select.value);
        }
      });
      var query = params.toString();
      history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
    }

    function filters() {
      var out = {};
      Object.keys(FILTERS).forEach(function (name) {
        var value = form.elements[name].value;
        if (value) {
          out[FILTERS[name]] = value;
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
            status.textContent = 'Không tìm thấy văn bản hay nhiệm vụ nào có đủ các từ “' + text + '”.';
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
      var page = current.hits.slice(shown, shown + PAGE_SIZE);
      shown += page.length;
      return searcher.load('index.json').then(function (meta) {
        return Promise.all(page.map(function (hit) { return searcher.record(meta, hit); }));
      }).then(function (items) {
        if (mine !== generation) {
          return;
        }
        var units = new Set(current.query.units.keys());
        items.forEach(function (item, k) {
          list.appendChild(resultItem(item, units, page[k]));
        });
        more.hidden = shown >= current.hits.length;
        list.setAttribute('data-ready', String(shown));
      });
    }

    function resultItem(item, units, hit) {
      var r = item.record;
      var li = document.createElement('li');
      li.className = 'doc-item';
      li.setAttribute('data-id', r.id);
      li.setAttribute('data-score', String(hit.score));
      var kicker = document.createElement('p');
      kicker.className = 'doc-kicker';
      var type = document.createElement('span');
      type.className = 'doc-type';
      type.textContent = r.label;
      kicker.appendChild(type);
      if (r.number) {
        var number = document.createElement('span');
        number.className = 'doc-number';
        number.textContent = ' ' + r.number;
        kicker.appendChild(number);
      }
      kicker.appendChild(document.createTextNode(' · ' + r.date + (r.issuer ? ' · ' + r.issuer : '')));
      var link = document.createElement('a');
      link.className = 'doc-title';
      link.href = base + r.url;
      link.appendChild(marked(r.title, units));
      li.appendChild(kicker);
      li.appendChild(link);
      if (item.snippet) {
        var snippet = document.createElement('p');
        snippet.className = 'snippet';
        snippet.appendChild(marked(item.snippet, units));
        li.appendChild(snippet);
      }
      if (r.source) {
        var source = document.createElement('p');
        source.className = 'doc-tasks';
        source.textContent = 'Giao tại: ' + r.source;
        li.appendChild(source);
      }
      return li;
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      toUrl();
      run();
    });
    form.addEventListener('change', function (event) {
      if (event.target.tagName === 'SELECT') {
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
    parseQuery: parseQuery,
    shardOf: shardOf,
    Searcher: Searcher
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
