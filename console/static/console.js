// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  function countdown(seconds) {
    if (seconds <= 0) { return "now"; }
    var days = Math.floor(seconds / 86400), hours = Math.floor(seconds % 86400 / 3600),
        minutes = Math.floor(seconds % 3600 / 60);
    if (days) { return "in " + days + " day" + (days === 1 ? "" : "s") + " " + hours + " h"; }
    if (hours) { return "in " + hours + " h " + minutes + " min"; }
    return "in " + Math.max(1, minutes) + " min";
  }

  function tick() {
    document.querySelectorAll("time[data-countdown]").forEach(function (node) {
      var at = Date.parse(node.getAttribute("datetime"));
      if (!isNaN(at)) { node.textContent = countdown(Math.floor((at - Date.now()) / 1000)); }
    });
  }

  // Live Markdown preview and checks: the server renders the body with the statement page's renderer and
  // runs the checks on the whole form as typed (both HTML come escaped from the server).
  function livePreview(body) {
    var section = document.getElementById("body-preview-section"),
        target = document.getElementById("body-preview"),
        panel = document.getElementById("checks-panel"),
        token = body.form.querySelector("input[name=csrf_token]"),
        timer = null;
    if (!section || !target || !token) { return; }
    function render() {
      fetch(body.getAttribute("data-preview"), {
        method: "POST", body: new FormData(body.form), credentials: "same-origin",
        headers: {"X-CSRFToken": token.value}
      }).then(function (response) { return response.ok ? response.json() : null; })
        .then(function (json) {
          if (json) { target.innerHTML = json.html; section.hidden = false; }
          if (json && panel && json.checks) { panel.innerHTML = json.checks; }
        }).catch(function () { /* the Preview button still works */ });
    }
    body.form.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(render, 400);
    });
    // Typing can start before this deferred script runs, and a browser restores a form on Back without an
    // input event: a form that already differs from the page as served is checked at once.
    if (edited(body.form)) { render(); }
  }

  function edited(form) {
    return Array.prototype.some.call(form.elements, function (field) {
      if (field.tagName === "SELECT") {
        return Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; });
      }
      if (field.type === "checkbox" || field.type === "radio") { return field.checked !== field.defaultChecked; }
      return field.type !== "hidden" && "defaultValue" in field && field.value !== field.defaultValue;
    });
  }

  // Forms that destroy something (delete a contact or a list) ask first; without script they just submit.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) { event.preventDefault(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    tick();
    var body = document.querySelector("textarea[data-preview]");
    if (body) { livePreview(body); }
    window.setInterval(tick, 30000);
    var quotes = document.querySelector("fieldset[data-focus]");
    if (quotes) {
      var blank = Array.prototype.find.call(quotes.querySelectorAll("textarea"), function (t) { return !t.value; });
      if (blank) { blank.focus(); }
    }
  });
}());
