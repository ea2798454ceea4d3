/**
 * The page's only script (inlined, vanilla, no data from the report in its text): switches the
 * diagram's views (graphs and workflows folded or unfolded), sorts and filters the boundary
 * table, and opens a boundary's details when a link targets it.
 */
export const CLIENT_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('boundary-table');
  var filter = document.getElementById('boundary-filter');
  var counter = document.getElementById('boundary-filter-count');
  if (table) {
    var body = table.tBodies[0];
    var headers = table.querySelectorAll('th[data-sort]');
    var cellValue = function (row, column, numeric) {
      var cell = row.cells[column];
      var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
      return numeric ? Number(raw) : String(raw).trim().toLowerCase();
    };
    Array.prototype.forEach.call(headers, function (header) {
      header.addEventListener('click', function () {
        var column = header.cellIndex;
        var numeric = header.getAttribute('data-sort') === 'number';
        var direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        var sign = direction === 'ascending' ? 1 : -1;
        var rows = Array.prototype.slice.call(body.rows).map(function (row, position) {
          return { row: row, position: position, value: cellValue(row, column, numeric) };
        });
        rows.sort(function (a, b) {
          if (a.value < b.value) return -sign;
          if (a.value > b.value) return sign;
          return a.position - b.position;
        });
        rows.forEach(function (entry) { body.appendChild(entry.row); });
        Array.prototype.forEach.call(headers, function (other) { other.setAttribute('aria-sort', 'none'); });
        header.setAttribute('aria-sort', direction);
      });
    });
    var applyFilter = function () {
      var query = filter.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var match = query === '' || row.textContent.toLowerCase().indexOf(query) !== -1;
        row.hidden = !match;
        if (match) shown++;
      });
      counter.textContent = query === '' ? '' : shown + ' of ' + body.rows.length + ' shown';
    };
    if (filter && counter) filter.addEventListener('input', applyFilter);
  }
  var views = document.querySelectorAll('.diagram-view');
  var showView = function (id) {
    var found = false;
    Array.prototype.forEach.call(views, function (view) { if (view.getAttribute('data-view') === id) found = true; });
    if (!found) return;
    Array.prototype.forEach.call(views, function (view) { view.hidden = view.getAttribute('data-view') !== id; });
  };
  var viewToggle = function (event) {
    var target = event.target && event.target.closest ? event.target.closest('[data-view-target]') : null;
    if (!target) return;
    if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    showView(target.getAttribute('data-view-target'));
  };
  document.addEventListener('click', viewToggle);
  document.addEventListener('keydown', viewToggle);
  var openTarget = function () {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === 'DETAILS') target.open = true;
  };
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
`;
