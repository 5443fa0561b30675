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

  // Live Markdown preview: the server renders it with the same renderer the statement page uses.
  function livePreview(body) {
    var section = document.getElementById("body-preview-section"),
        target = document.getElementById("body-preview"),
        token = body.form.querySelector("input[name=csrf_token]"),
        timer = null;
    if (!section || !target || !token) { return; }
    function render() {
      var data = new FormData();
      data.append("body", body.value);
      fetch(body.getAttribute("data-preview"), {
        method: "POST", body: data, credentials: "same-origin", headers: {"X-CSRFToken": token.value}
      }).then(function (response) { return response.ok ? response.json() : null; })
        .then(function (json) {
          if (json) { target.innerHTML = json.html; section.hidden = false; }
        }).catch(function () { /* the Preview button still works */ });
    }
    body.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(render, 400);
    });
  }

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
