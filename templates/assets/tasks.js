// The filters of a document's task table, by status and lead agency together. Without this script the
// filter links still work one at a time: each points at a target the stylesheet reads with :target.
(function () {
  'use strict';
  var box = document.querySelector('.task-filterable');
  if (!box) { return; }
  var rows = Array.prototype.slice.call(box.querySelectorAll('.task-table tbody tr'));
  var nav = box.querySelector('.task-filter');
  box.classList.add('js-filter');

  function options(links, prefix) {
    return Array.prototype.map.call(links, function (a) {
      return { target: a.getAttribute('href').slice(1), text: a.textContent, rows: a.getAttribute('data-rows') };
    }).filter(function (o) { return o.target.indexOf(prefix) === 0; });
  }
  var statuses = options(nav.querySelectorAll('.filter-status a'), 'loc-');
  var agencies = options(nav.querySelectorAll('.filter-agency a'), 'cq-');
  // each link names its target (loc-qua-han, cq-so-xd) and the class of the rows it keeps (data-rows)
  var rowsOf = {};
  statuses.concat(agencies).forEach(function (o) { rowsOf[o.target] = o.rows; });

  var form = document.createElement('div');
  form.className = 'task-filter-js';
  function select(label, all, list) {
    var wrap = document.createElement('label');
    wrap.appendChild(document.createTextNode(label + ' '));
    var s = document.createElement('select');
    var first = document.createElement('option');
    first.value = '';
    first.textContent = all;
    s.appendChild(first);
    list.forEach(function (o) {
      var opt = document.createElement('option');
      opt.value = o.target;
      opt.textContent = o.text;
      s.appendChild(opt);
    });
    wrap.appendChild(s);
    form.appendChild(wrap);
    return s;
  }
  var byStatus = select('Tình trạng', 'Tất cả', statuses);
  var byAgency = agencies.length ? select('Cơ quan chủ trì', 'Tất cả', agencies) : null;
  var shown = document.createElement('p');
  shown.className = 'task-filter-count';
  shown.setAttribute('role', 'status');
  form.appendChild(shown);
  nav.insertBefore(form, nav.firstChild);

  function apply() {
    var status = byStatus.value ? rowsOf[byStatus.value] : '';
    var agency = byAgency && byAgency.value ? rowsOf[byAgency.value] : '';
    var count = 0;
    rows.forEach(function (tr) {
      var ok = (!status || tr.classList.contains(status)) && (!agency || tr.classList.contains(agency));
      tr.hidden = !ok;
      if (ok && !tr.classList.contains('task-parent')) { count++; }
    });
    shown.textContent = status || agency ? 'Đang hiện ' + count + ' nhiệm vụ.' : '';
  }
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf('loc-') === 0 && rowsOf[id]) { byStatus.value = id; }
    else if (byAgency && id.indexOf('cq-') === 0 && rowsOf[id]) { byAgency.value = id; }
    else if (id === 'nhiem-vu') { byStatus.value = ''; if (byAgency) { byAgency.value = ''; } }
    apply();
  }
  byStatus.addEventListener('change', apply);
  if (byAgency) { byAgency.addEventListener('change', apply); }
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
