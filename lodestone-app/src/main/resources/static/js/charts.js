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

  function draw(el, option) {
    var chart = echarts.init(el);
    chart.on("finished", function once() { chart.off("finished", once); el.setAttribute("data-rendered", "true"); done(); });
    chart.setOption(option);
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function bars(el, data) {
    draw(el, {
      title: { text: data.title || "", textStyle: { fontSize: 14 } },
      tooltip: { valueFormatter: pct },
      grid: { left: 160, right: 40, top: 40, bottom: 20 },
      xAxis: { type: "value", max: 1, axisLabel: { formatter: pct } },
      yAxis: { type: "category", inverse: true, data: data.bars.map(function (b) { return b.label; }) },
      series: [{ type: "bar", data: data.bars.map(function (b) { return b.value; }), itemStyle: { color: "#8a2c0d" } }]
    });
  }

  function stageShare(el, data) {
    var rows = data.rows;
    draw(el, {
      title: { text: data.title, textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis", valueFormatter: function (v) { return v === "" ? "n/a" : pct(v); } },
      legend: { top: 0, right: 0, data: ["mining", "processing"] },
      grid: { left: 150, right: 30, top: 40, bottom: 20 },
      xAxis: { type: "value", max: 1, axisLabel: { formatter: pct } },
      yAxis: { type: "category", inverse: true, data: rows.map(function (r) { return r.label; }) },
      series: [
        { name: "mining", type: "bar", data: rows.map(function (r) { return r.mining; }), itemStyle: { color: "#c0703a" } },
        { name: "processing", type: "bar", data: rows.map(function (r) { return r.processing; }), itemStyle: { color: "#1d2733" } }
      ]
    });
  }

  function stages(el, data) {
    if (!data.stages.length) { el.remove(); done(); return; }
    var series = [];
    var labels = [];
    data.stages.forEach(function (s) { s.bars.forEach(function (b) { if (labels.indexOf(b.label) < 0) { labels.push(b.label); } }); });
    data.stages.forEach(function (s) {
      var byLabel = {};
      s.bars.forEach(function (b) { byLabel[b.label] = b.value; });
      series.push({ name: s.stage + " (" + s.series + ")", type: "bar", data: labels.map(function (l) { return byLabel[l] || 0; }) });
    });
    draw(el, {
      title: { text: "Largest producers by stage", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis", valueFormatter: pct },
      legend: { top: 22, type: "scroll" },
      grid: { left: 150, right: 30, top: 60, bottom: 20 },
      xAxis: { type: "value", max: 1, axisLabel: { formatter: pct } },
      yAxis: { type: "category", inverse: true, data: labels },
      series: series
    });
  }

  function map(el, data) {
    if (!data.values) { el.remove(); done(); return; }
    fetch("/static/geo/world.json").then(function (r) { return r.json(); }).then(function (geo) {
      echarts.registerMap("world", geo);
      var values = Object.keys(data.values).map(function (k) { return { name: k, value: data.values[k] }; });
      draw(el, {
        title: { text: "Share of world supply: " + data.stage + " (" + data.series + ")", textStyle: { fontSize: 14 } },
        tooltip: { trigger: "item", formatter: function (p) { return p.name + ": " + (isNaN(p.value) ? "n/a" : pct(p.value)); } },
        visualMap: { min: 0, max: 1, left: 10, bottom: 10, text: ["100 %", "0 %"], inRange: { color: ["#f3e3d8", "#8a2c0d"] }, calculable: true },
        series: [{ type: "map", map: "world", nameProperty: "iso2", roam: true, data: values, emphasis: { label: { show: false } } }]
      });
    });
  }

  function timeline(el, data) {
    var colours = { announced: "#9aa5b1", effective: "#8a2c0d", suspended: "#d9a441", lifted: "#1e5b2c", expired: "#1e5b2c", reinstated: "#8a2c0d", amended: "#5b6775" };
    var points = [];
    data.rows.forEach(function (row, i) {
      row.events.forEach(function (e) {
        points.push({ value: [e.date, i], itemStyle: { color: colours[e.type] || "#333" }, name: row.id + ": " + e.type + (e.until ? " until " + e.until : "") });
        if (e.until) { points.push({ value: [e.until, i], symbol: "triangle", itemStyle: { color: "#d9a441" }, name: row.id + ": suspension's last day" }); }
      });
    });
    draw(el, {
      title: { text: "Measures over time (status on " + data.on + ")", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "item", formatter: function (p) { return p.data.name + "<br>" + p.value[0]; } },
      grid: { left: 260, right: 30, top: 40, bottom: 40 },
      xAxis: { type: "time" },
      yAxis: { type: "category", inverse: true, data: data.rows.map(function (r) { return r.id; }), axisLabel: { fontSize: 10 } },
      series: [{ type: "scatter", symbolSize: 10, data: points, markLine: { symbol: "none", data: [{ xAxis: data.on }], lineStyle: { color: "#1d2733" } } }]
    });
  }

  function outlook(el, data) {
    var years = data.years.map(function (y) { return y.year; });
    draw(el, {
      title: { text: data.title, textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      legend: { top: 0, right: 0 },
      xAxis: { type: "category", data: years },
      yAxis: { type: "value" },
      series: [
        { name: "P10", type: "line", data: data.years.map(function (y) { return y.p10TonnesPerYear; }), lineStyle: { type: "dashed" } },
        { name: "expected", type: "line", data: data.years.map(function (y) { return y.expectedTonnesPerYear; }) },
        { name: "P90", type: "line", data: data.years.map(function (y) { return y.p90TonnesPerYear; }), lineStyle: { type: "dashed" } }
      ]
    });
  }

  function fan(el, data) {
    var months = data.months.map(function (m) { return m.month; });
    function band(name, low, high, colour, axis) {
      return [
        { name: name + " P5", type: "line", yAxisIndex: axis, stack: name, symbol: "none", lineStyle: { opacity: 0 }, data: data.months.map(low) },
        { name: name + " P5-P95", type: "line", yAxisIndex: axis, stack: name, symbol: "none", lineStyle: { opacity: 0 }, areaStyle: { color: colour, opacity: 0.25 },
          data: data.months.map(function (m) { return high(m) - low(m); }) }
      ];
    }
    var series = band("shortfall", function (m) { return m.shortfall.p5; }, function (m) { return m.shortfall.p95; }, "#8a2c0d", 0)
      .concat([{ name: "shortfall P50", type: "line", yAxisIndex: 0, symbol: "none", lineStyle: { color: "#8a2c0d", width: 2 }, data: data.months.map(function (m) { return m.shortfall.p50; }) }])
      .concat(band("outside price", function (m) { return m.priceOutside.p5; }, function (m) { return m.priceOutside.p95; }, "#1d2733", 1))
      .concat([{ name: "outside price P50", type: "line", yAxisIndex: 1, symbol: "none", lineStyle: { color: "#1d2733", width: 2 }, data: data.months.map(function (m) { return m.priceOutside.p50; }) }])
      .concat([{ name: "issuer's home price P50", type: "line", yAxisIndex: 1, symbol: "none", lineStyle: { color: "#2f6f4e", width: 2, type: "dashed" }, data: data.months.map(function (m) { return m.priceInside.p50; }) }]);
    draw(el, {
      title: { text: data.title + ": shortfall (share of demand), outside spot and home price indices, P5-P50-P95", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      legend: { top: 22, data: ["shortfall P50", "outside price P50", "issuer's home price P50"] },
      grid: { left: 60, right: 60, top: 60, bottom: 40 },
      xAxis: { type: "category", data: months },
      yAxis: [{ type: "value", name: "shortfall", min: 0, max: 1, axisLabel: { formatter: pct } }, { type: "value", name: "price", min: 0 }],
      series: series
    });
  }

  function frontier(el, data) {
    draw(el, {
      title: { text: data.title + ": optimal tail shortfall by budget (months of demand)", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      grid: { left: 60, right: 30, top: 50, bottom: 50 },
      xAxis: { type: "category", name: "budget (US$m)", nameLocation: "middle", nameGap: 30,
        data: data.points.map(function (p) { return Math.round(p.budgetUsd / 1e6).toLocaleString("en"); }) },
      yAxis: { type: "value", name: "tail", min: 0 },
      series: [{ name: "tail shortfall", type: "line", step: false, data: data.points.map(function (p) { return p.tail; }) }]
    });
  }

  var kinds = { frontier: frontier, fan: fan, bars: bars, stageshare: stageShare, stages: stages, map: map, timeline: timeline, outlook: outlook };

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
