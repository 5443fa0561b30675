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

  document.addEventListener("DOMContentLoaded", function () {
    tick();
    window.setInterval(tick, 30000);
    var quotes = document.querySelector("fieldset[data-focus]");
    if (quotes) {
      var blank = Array.prototype.find.call(quotes.querySelectorAll("textarea"), function (t) { return !t.value; });
      if (blank) { blank.focus(); }
    }
  });
}());
