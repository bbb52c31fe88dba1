/* Sorts an overview table by the column whose heading is clicked; without it, each table reads in its first order.
   A report in several languages has one overview table in each, with its own hint: the table's id, then -sort-hint.
   (No angle brackets in this script: the page must stay well-formed XML.) */
(function () {
  function sortable(table) {
    var body = table.tBodies[0];
    var headers = table.tHead.rows[0].cells;
    var hint = document.getElementById(table.id + '-sort-hint');
    if (hint) { hint.hidden = false; }
    function key(row, column) {
      var cell = row.cells[column];
      var value = cell.getAttribute('data-sort');
      return value === null ? cell.textContent : value;
    }
    function sort(column) {
      var th = headers[column];
      var descending = th.getAttribute('aria-sort') === 'ascending';
      var text = th.getAttribute('data-type') === 'text';
      var sign = descending ? -1 : 1;
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a, column);
        var y = key(b, column);
        if (text) { return sign * x.localeCompare(y); }
        var p = parseFloat(x);
        var q = parseFloat(y);
        if (isNaN(p) || isNaN(q)) { return isNaN(p) - isNaN(q); }
        return sign * (p - q);
      });
      Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      rows.forEach(function (row) { body.appendChild(row); });
    }
    Array.prototype.forEach.call(headers, function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      button.title = th.getAttribute('data-sort-label');
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () { sort(column); });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.overview'), sortable);
}());
