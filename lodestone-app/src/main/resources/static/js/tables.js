/*
 * Sortable, filterable tables, as a progressive enhancement: a table with class "sortable" gets a button in each
 * column heading that sorts its rows (numbers as numbers, text in the page's language), with aria-sort telling screen
 * readers the order; a table with class "filterable" gets a labelled text box above it that hides the rows not
 * containing what is typed, and a live count. Without JavaScript the tables read as served.
 */
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.trim() : "";
  }

  /** A number as the pages print it ("1,234.5", "69.2 %", ">50 %", "3/11"), or NaN for text. */
  function numeric(text) {
    var match = /^[<>~≈]?\s*(-?[\d,]*\.?\d+)\s*(%|\/\d+)?$/.exec(text);
    return match ? parseFloat(match[1].replace(/,/g, "")) : NaN;
  }

  function compare(a, b) {
    var x = numeric(a), y = numeric(b);
    if (!isNaN(x) && !isNaN(y)) { return x - y; }
    if (a === "" || b === "") { return a === "" ? (b === "" ? 0 : 1) : -1; }
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  }

  function sortable(table) {
    var body = table.tBodies[0];
    if (!body || !table.tHead) { return; }
    var headings = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headings, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headings, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r, s) {
          var order = compare(cellValue(r, index), cellValue(s, index));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function filterable(table, number) {
    var body = table.tBodies[0];
    if (!body) { return; }
    var id = (table.id || "table-" + number) + "-filter";
    var box = document.createElement("p");
    box.className = "filter";
    var label = document.createElement("label");
    label.setAttribute("for", id);
    label.textContent = "Filter rows ";
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    var count = document.createElement("span");
    count.className = "small";
    count.setAttribute("aria-live", "polite");
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(document.createTextNode(" "));
    box.appendChild(count);
    var wrapper = table.closest(".scroll") || table;
    wrapper.parentNode.insertBefore(box, wrapper);
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var text = row.textContent.toLowerCase();
        var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !keep;
        if (keep) { shown += 1; }
      });
      count.textContent = shown + " of " + body.rows.length + " rows";
    }
    input.addEventListener("input", apply);
    apply();
  }

  function start() {
    var number = 0;
    document.querySelectorAll("table.filterable").forEach(function (t) { number += 1; filterable(t, number); });
    document.querySelectorAll("table.sortable").forEach(sortable);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
