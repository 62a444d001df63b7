/*
 * Scenario runs with progress, as an enhancement of the scenario form: instead of waiting for the page, the form's
 * run is started as a job through the API (POST /api/v1/scenarios/runs), its progress polled and shown as a percent,
 * and the finished run's page (/scenarios?run=ID) opened. Without JavaScript, or if the API refuses, the form is sent
 * as it is and the page runs the scenario itself.
 */
(function () {
  "use strict";

  function start() {
    var form = document.getElementById("scenario-form");
    if (!form || !window.fetch) { return; }
    var status = document.getElementById("run-status");
    var bar = document.getElementById("run-progress");
    var button = document.getElementById("run");

    function number(name) {
      var value = form.elements[name].value.trim();
      return value === "" ? undefined : Number(value);
    }

    function show(progress, text) {
      bar.hidden = false;
      bar.value = Math.round(progress * 100);
      status.textContent = text;
    }

    var query = "";

    function poll(id) {
      fetch("/api/v1/scenarios/runs/" + encodeURIComponent(id), { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (job) {
          var percent = Math.round((job.progress || 0) * 100);
          if (job.status === "done") {
            show(1, "Run " + id + ": 100 %; opening the result");
            // the preset, paths and seed stay in the address: they run it again once the run has expired
            window.location.assign("/scenarios?run=" + encodeURIComponent(id) + "&" + query);
          } else if (job.status === "failed") {
            status.textContent = "The run failed: " + (job.error || "no reason given");
            button.disabled = false;
          } else {
            show(job.progress || 0, "Run " + id + " " + job.status + ": " + percent + " %");
            window.setTimeout(function () { poll(id); }, 300);
          }
        })
        .catch(function () { form.submit(); });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      button.disabled = true;
      show(0, "Starting the run");
      var body = { preset: form.elements.preset.value, paths: number("paths"), seed: number("seed") };
      query = new URLSearchParams(new FormData(form)).toString();
      fetch("/api/v1/scenarios/runs", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(body)
      })
        .then(function (r) {
          if (r.status !== 202) { throw new Error("refused: " + r.status); }
          return r.json();
        })
        .then(function (job) { poll(job.id); })
        .catch(function () { form.submit(); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
