// Lodestone dashboard charts. Pages carry their data in data-chart attributes (JSON) and read without JavaScript;
// this script draws ECharts charts from that data. No inline scripts: the content security policy forbids them.
(function () {
  "use strict";
  var ready = 0;
  var expected = 0;

  function pct(v) { return (v * 100).toFixed(1) + " %"; }

  function done() {
    ready += 1;
    if (ready >= expected) { document.body.setAttribute("data-charts-ready", "true"); }
  }

  function narrow(el) { return (el.clientWidth || 600) < 560; }

  // A title that breaks into lines on narrow screens; returns the height it takes, so legends and plots start below.
  function title(el, text, option) {
    var width = Math.max(200, (el.clientWidth || 600) - 16);
    var lines = Math.max(1, Math.ceil(text.length * 7.6 / width));
    option.title = { text: text, left: 0, textStyle: { fontSize: 14, width: width, overflow: "break", lineHeight: 18 } };
    return 8 + lines * 18;
  }

  // A height for a category chart that leaves every row room for its label (ECharts hides labels that would overlap).
  function rowsHeight(el, rows, perRow, extra) {
    var height = Math.max(el.clientHeight || 0, rows * perRow + extra);
    el.style.height = height + "px";
  }

  // The chart's data as a table under it, for screen readers and for anyone who wants the numbers.
  function fallback(el, headers, rows) {
    var details = document.createElement("details");
    details.className = "chart-data";
    var summary = document.createElement("summary");
    summary.textContent = "Chart data as a table";
    details.appendChild(summary);
    var box = document.createElement("div");
    box.className = "scroll";
    box.setAttribute("tabindex", "0");
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", (el.getAttribute("aria-label") || "Chart").split(":")[0] + " data");
    var table = document.createElement("table");
    var head = table.createTHead().insertRow();
    headers.forEach(function (h) { var th = document.createElement("th"); th.textContent = h; head.appendChild(th); });
    var body = table.createTBody();
    rows.forEach(function (r) {
      var tr = body.insertRow();
      r.forEach(function (c, i) { var td = tr.insertCell(); td.textContent = c; if (i > 0 && /^[<>]?[\d.,\s%-]+$/.test(String(c))) { td.className = "num"; } });
    });
    box.appendChild(table);
    details.appendChild(box);
    el.parentNode.insertBefore(details, el.nextSibling);
  }

  function share(v) { return v === "" || v === null || v === undefined ? "n/a" : pct(v); }

  function draw(el, option) {
    var chart = echarts.init(el);
    chart.on("finished", function once() { chart.off("finished", once); el.setAttribute("data-rendered", "true"); done(); });
    chart.setOption(option);
    window.addEventListener("resize", function () { chart.resize(); });
    return chart;
  }

  function valueAxis(el) {
    return { type: "value", max: 1, splitNumber: narrow(el) ? 2 : 5, axisLabel: { formatter: function (v) { return (v * 100).toFixed(0) + " %"; } } };
  }

  function bars(el, data) {
    rowsHeight(el, data.bars.length, 24, 80);
    var option = {};
    var top = title(el, data.title || "", option);
    option.tooltip = { valueFormatter: pct };
    option.grid = { left: 8, right: 24, top: top + 8, bottom: 8, containLabel: true };
    option.xAxis = valueAxis(el);
    option.yAxis = { type: "category", inverse: true, axisLabel: { interval: 0, width: narrow(el) ? 130 : 260, overflow: "truncate" },
      data: data.bars.map(function (b) { return b.label; }) };
    option.series = [{ name: "share", type: "bar", data: data.bars.map(function (b) { return b.value; }), itemStyle: { color: "#8a2c0d" } }];
    draw(el, option);
    fallback(el, ["", "Share of world supply"], data.bars.map(function (b) { return [b.label, pct(b.value)]; }));
  }

  function stageShare(el, data) {
    var rows = data.rows;
    rowsHeight(el, rows.length, 30, 110);
    var option = {};
    var top = title(el, data.title, option);
    option.tooltip = { trigger: "axis", valueFormatter: share };
    option.legend = { top: top, left: 0, data: ["mining", "processing"] };
    option.grid = { left: 8, right: 24, top: top + 34, bottom: 8, containLabel: true };
    option.xAxis = valueAxis(el);
    option.yAxis = { type: "category", inverse: true, axisLabel: { interval: 0 }, data: rows.map(function (r) { return r.label; }) };
    option.series = [
      { name: "mining", type: "bar", data: rows.map(function (r) { return r.mining; }), itemStyle: { color: "#c0703a" } },
      { name: "processing", type: "bar", data: rows.map(function (r) { return r.processing; }), itemStyle: { color: "#1d2733" } }
    ];
    draw(el, option);
    fallback(el, ["Mineral", "China, mining", "China, processing"], rows.map(function (r) { return [r.label, share(r.mining), share(r.processing)]; }));
  }

  function stages(el, data) {
    if (!data.stages.length) { el.remove(); done(); return; }
    var series = [];
    var labels = [];
    var palette = ["#8a2c0d", "#1d2733", "#c0703a", "#4f7a8a", "#6b8e23", "#9aa5b1"];
    data.stages.forEach(function (s) { s.bars.forEach(function (b) { if (labels.indexOf(b.label) < 0) { labels.push(b.label); } }); });
    data.stages.forEach(function (s, i) {
      var byLabel = {};
      s.bars.forEach(function (b) { byLabel[b.label] = b.value; });
      series.push({ name: s.stage + " (" + s.series + ")", type: "bar", itemStyle: { color: palette[i % palette.length] },
        data: labels.map(function (l) { return byLabel[l] === undefined ? 0 : byLabel[l]; }) });
    });
    rowsHeight(el, labels.length, 14 + 10 * data.stages.length, 120);
    var option = {};
    var top = title(el, "Largest producers by stage", option);
    option.tooltip = { trigger: "axis", valueFormatter: pct };
    option.legend = { top: top, left: 0, type: "scroll" };
    option.grid = { left: 8, right: 24, top: top + 34, bottom: 8, containLabel: true };
    option.xAxis = valueAxis(el);
    option.yAxis = { type: "category", inverse: true, axisLabel: { interval: 0 }, data: labels };
    option.series = series;
    draw(el, option);
    fallback(el, ["Country"].concat(series.map(function (s) { return s.name; })),
      labels.map(function (l, i) { return [l].concat(series.map(function (s) { return pct(s.data[i]); })); }));
  }

  // The world map of one stage's shares, with a switch between the stages that have a preferred share set.
  function map(el, data) {
    var stages = data.stages || [];
    if (!stages.length) { el.remove(); done(); return; }
    fetch("/static/geo/world.json").then(function (r) { return r.json(); }).then(function (geo) {
      echarts.registerMap("world", geo);
      function option(set) {
        var values = Object.keys(set.values).map(function (k) { return { name: k, value: set.values[k] }; });
        var result = {};
        var top = title(el, "Share of world supply: " + set.stage + " (" + set.series + ")", result);
        result.tooltip = { trigger: "item", formatter: function (p) { return p.name + ": " + (isNaN(p.value) ? "n/a" : pct(p.value)); } };
        result.visualMap = { min: 0, max: 1, left: 0, bottom: 0, itemHeight: narrow(el) ? 80 : 140, text: ["100 %", "0 %"], inRange: { color: ["#f3e3d8", "#8a2c0d"] }, calculable: true };
        result.series = [{ type: "map", map: "world", nameProperty: "iso2", roam: true, top: top + 8, data: values, emphasis: { label: { show: false } } }];
        return result;
      }
      var chart = draw(el, option(stages[0]));
      if (stages.length > 1) {
        var label = document.createElement("label");
        label.className = "chart-switch";
        label.textContent = "Stage on the map ";
        var select = document.createElement("select");
        select.id = el.id ? el.id + "-stage" : "";
        stages.forEach(function (s, i) {
          var choice = document.createElement("option");
          choice.value = String(i);
          choice.textContent = s.stage + " (" + s.series + ")";
          select.appendChild(choice);
        });
        select.addEventListener("change", function () {
          var set = stages[Number(select.value)];
          chart.setOption(option(set), true);
          el.setAttribute("aria-label", el.getAttribute("aria-label").replace(/at the [^;]*;/, "at the " + set.stage + " stage;"));
        });
        label.appendChild(select);
        el.parentNode.insertBefore(label, el);
      }
    });
  }

  function timeline(el, data) {
    var colours = { announced: "#9aa5b1", effective: "#8a2c0d", suspended: "#d9a441", lifted: "#1e5b2c", expired: "#4f7a8a", reinstated: "#5c1a06", amended: "#5b6775" };
    var labels = { announced: "announced", effective: "in effect", suspended: "suspended", lifted: "lifted", expired: "expired", reinstated: "reinstated", amended: "amended" };
    var byType = {};
    var order = [];
    var table = [];
    function add(type, point) {
      if (!byType[type]) { byType[type] = []; order.push(type); }
      byType[type].push(point);
    }
    data.rows.forEach(function (row, i) {
      row.events.forEach(function (e) {
        add(e.type, { value: [e.date, i], name: row.id + ": " + e.type + (e.until ? " until " + e.until : "") });
        table.push([row.id, e.date, e.type + (e.until ? " until " + e.until : "")]);
        if (e.until) { add("last day of suspension", { value: [e.until, i], name: row.id + ": suspension's last day" }); }
      });
    });
    var series = order.map(function (type) {
      var last = type === "last day of suspension";
      return { name: labels[type] || type, type: "scatter", symbol: last ? "triangle" : "circle", symbolSize: 10,
        itemStyle: { color: last ? "#d9a441" : (colours[type] || "#333") }, data: byType[type] };
    });
    series.push({ name: "status date", type: "line", data: [], itemStyle: { color: "#1d2733" }, lineStyle: { type: "dashed", color: "#1d2733" },
      markLine: { symbol: "none", silent: true, label: { formatter: data.on }, data: [{ xAxis: data.on }], lineStyle: { color: "#1d2733", type: "dashed" } } });
    rowsHeight(el, data.rows.length, 22, 150);
    var option = {};
    var top = title(el, "Measures over time (status on " + data.on + ")", option);
    option.tooltip = { trigger: "item", formatter: function (p) { return p.data && p.data.name ? p.data.name + "<br>" + p.value[0] : data.on; } };
    option.legend = { top: top, left: 0, data: series.map(function (s) { return s.name; }) };
    option.grid = { left: 8, right: 24, top: top + (narrow(el) ? 80 : 40), bottom: 30, containLabel: true };
    option.xAxis = { type: "time", splitNumber: narrow(el) ? 3 : 8 };
    option.yAxis = { type: "category", inverse: true, data: data.rows.map(function (r) { return r.id; }),
      axisLabel: { fontSize: 10, interval: 0, width: narrow(el) ? 110 : 240, overflow: "truncate" } };
    option.series = series;
    draw(el, option);
    fallback(el, ["Measure", "Date", "Event"], table);
  }

  function outlook(el, data) {
    var years = data.years.map(function (y) { return y.year; });
    var option = {};
    var top = title(el, data.title, option);
    option.tooltip = { trigger: "axis" };
    option.legend = { top: top, left: 0 };
    option.grid = { left: 8, right: 24, top: top + 34, bottom: 8, containLabel: true };
    option.xAxis = { type: "category", data: years };
    option.yAxis = { type: "value" };
    option.series = [
      { name: "P10", type: "line", itemStyle: { color: "#9aa5b1" }, lineStyle: { type: "dashed", color: "#9aa5b1" }, data: data.years.map(function (y) { return y.p10TonnesPerYear; }) },
      { name: "expected", type: "line", itemStyle: { color: "#8a2c0d" }, lineStyle: { color: "#8a2c0d" }, data: data.years.map(function (y) { return y.expectedTonnesPerYear; }) },
      { name: "P90", type: "line", itemStyle: { color: "#1d2733" }, lineStyle: { type: "dashed", color: "#1d2733" }, data: data.years.map(function (y) { return y.p90TonnesPerYear; }) }
    ];
    draw(el, option);
  }

  function fan(el, data) {
    var months = data.months.map(function (m) { return m.month; });
    var shortfall = "#8a2c0d";
    var price = "#1d2733";
    function band(name, low, high, colour, axis) {
      return [
        { name: name + " P5", type: "line", yAxisIndex: axis, stack: name, symbol: "none", lineStyle: { opacity: 0 }, data: data.months.map(low) },
        { name: name + " P5-P95", type: "line", yAxisIndex: axis, stack: name, symbol: "none", lineStyle: { opacity: 0 }, itemStyle: { color: colour },
          areaStyle: { color: colour, opacity: 0.25 }, data: data.months.map(function (m) { return high(m) - low(m); }) }
      ];
    }
    var home = "#2f6f4e";
    var series = band("shortfall", function (m) { return m.shortfall.p5; }, function (m) { return m.shortfall.p95; }, shortfall, 0)
      .concat([{ name: "shortfall P50", type: "line", yAxisIndex: 0, symbol: "none", itemStyle: { color: shortfall }, lineStyle: { color: shortfall, width: 2 }, data: data.months.map(function (m) { return m.shortfall.p50; }) }])
      .concat(band("outside price", function (m) { return m.priceOutside.p5; }, function (m) { return m.priceOutside.p95; }, price, 1))
      .concat([{ name: "outside price P50", type: "line", yAxisIndex: 1, symbol: "none", itemStyle: { color: price }, lineStyle: { color: price, width: 2 }, data: data.months.map(function (m) { return m.priceOutside.p50; }) }])
      .concat([{ name: "issuer's home price P50", type: "line", yAxisIndex: 1, symbol: "none", itemStyle: { color: home }, lineStyle: { color: home, width: 2, type: "dashed" }, data: data.months.map(function (m) { return m.priceInside.p50; }) }]);
    var option = {};
    var top = title(el, data.title + ": shortfall (share of demand), outside spot and home price indices, P5-P50-P95", option);
    option.tooltip = { trigger: "axis" };
    option.legend = { top: top, left: 0, data: ["shortfall P50", "shortfall P5-P95", "outside price P50", "outside price P5-P95", "issuer's home price P50"] };
    option.grid = { left: 8, right: 8, top: top + (narrow(el) ? 64 : 40), bottom: 8, containLabel: true };
    option.xAxis = { type: "category", data: months };
    option.yAxis = [{ type: "value", name: "shortfall", min: 0, max: 1, axisLabel: { formatter: pct } }, { type: "value", name: "price", min: 0 }];
    option.series = series;
    draw(el, option);
  }

  function frontier(el, data) {
    var option = {};
    var top = title(el, data.title + ": optimal tail shortfall by budget (months of demand)", option);
    var budgets = data.points.map(function (p) { return Math.round(p.budgetUsd / 1e6).toLocaleString("en"); });
    option.tooltip = { trigger: "axis" };
    option.grid = { left: 8, right: 24, top: top + 24, bottom: 36, containLabel: true };
    option.xAxis = { type: "category", name: "budget (US$m)", nameLocation: "middle", nameGap: 30, data: budgets };
    option.yAxis = { type: "value", name: "tail", min: 0 };
    option.series = [{ name: "tail shortfall", type: "line", itemStyle: { color: "#8a2c0d" }, lineStyle: { color: "#8a2c0d" }, data: data.points.map(function (p) { return p.tail; }) }];
    draw(el, option);
    fallback(el, ["Budget (US$m)", "Tail shortfall (months of demand)"], data.points.map(function (p, i) { return [budgets[i], p.tail.toFixed(2)]; }));
  }

  // A mineral's figures by data year (lodestone history): one line per stage or series, every point labelled with its
  // value ("e" after estimates, drawn hollow), years with an estimate marked "e" on the axis, legend colours those of
  // the lines. Labels that would overlap are hidden; the table under the section has every value.
  function history(el, data) {
    var palette = ["#8a2c0d", "#1d2733", "#2f6f4e", "#4f7a8a", "#b5651d", "#6a3d9a", "#5b6775", "#9c2f5e"];
    var years = data.years.map(String);
    var estimated = data.estimatedYears.map(String);
    function shown(v) { return data.percent ? pct(v) : Number(v).toLocaleString("en", { maximumSignificantDigits: 4 }); }
    var series = data.lines.map(function (line, i) {
      var colour = palette[i % palette.length];
      var byYear = {};
      line.points.forEach(function (p) { if (!byYear[p.year]) { byYear[p.year] = p; } });
      return { name: line.name, type: "line", connectNulls: false, symbol: "circle", symbolSize: 8,
        itemStyle: { color: colour }, lineStyle: { color: colour, width: 2, type: i < palette.length ? "solid" : "dashed" },
        label: { show: true, position: "top", fontSize: 11, color: colour, formatter: function (p) { return p.data ? p.data.text : ""; } },
        labelLayout: { hideOverlap: true },
        // on a phone, labels alternate above and below the points so that neighbours do not hide each other
        data: data.years.map(function (y, k) {
          var p = byYear[y];
          return p ? { value: p.value, text: p.label, edition: p.edition, revision: p.revision,
            symbol: p.estimated ? "emptyCircle" : "circle",
            label: { position: narrow(el) && k % 2 === 1 ? "bottom" : "top" } } : null;
        }) };
    });
    var values = [];
    data.lines.forEach(function (line) { line.points.forEach(function (p) { values.push(p.value); }); });
    var low = Math.min.apply(null, values);
    var high = Math.max.apply(null, values);
    var option = {};
    var top = title(el, data.title, option);
    option.tooltip = { trigger: "item", formatter: function (p) {
      var d = p.data || {};
      return p.seriesName + "<br>" + p.name + ": " + d.text + " (" + d.edition + ")" + (d.revision ? "<br>" + d.revision : "");
    } };
    option.legend = { top: top, left: 0, type: "scroll", data: series.map(function (s) { return s.name; }) };
    option.grid = { left: 8, right: 24, top: top + 40, bottom: 8, containLabel: true };
    option.xAxis = { type: "category", boundaryGap: true, data: years,
      axisLabel: { interval: 0, formatter: function (y) { return estimated.indexOf(y) >= 0 ? y + "e" : y; } } };
    option.yAxis = data.log
      ? { type: "log", logBase: 10, axisLabel: { formatter: shown } }
      : { type: "value", min: low < 0 ? null : 0, max: data.percent && high <= 1 ? 1 : null,
        interval: data.percent && low >= 0 && high <= 1 ? 0.25 : null, splitNumber: narrow(el) ? 3 : 5, axisLabel: { formatter: function (v) { return data.percent ? (v * 100).toFixed(0) + " %" : shown(v); } } };
    option.series = series;
    draw(el, option);
  }

  var kinds = { frontier: frontier, fan: fan, bars: bars, stageshare: stageShare, stages: stages, map: map, timeline: timeline, outlook: outlook, history: history };

  function start() {
    var charts = document.querySelectorAll("[data-chart]");
    expected = charts.length;
    if (expected === 0 || typeof echarts === "undefined") { document.body.setAttribute("data-charts-ready", "true"); return; }
    charts.forEach(function (el) {
      var data = JSON.parse(el.getAttribute("data-chart"));
      var kind = kinds[data.kind];
      if (kind) { kind(el, data); } else { done(); }
    });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
  window.lodestoneCharts = { kinds: kinds };
}());
