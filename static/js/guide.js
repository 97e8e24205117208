// The wizard, enhanced (see docs/javascript.md): htmx swaps the question panel;
// this keeps focus, announcements and Back/Forward right, and finds countries.
(function () {
  "use strict";
  function wizard() { return document.getElementById("wizard"); }
  document.addEventListener("htmx:beforeHistorySave", function () {
    var panel = wizard();
    if (!panel) return;
    panel.querySelectorAll("input[type=radio]").forEach(function (input) {
      input.toggleAttribute("checked", input.checked);
    });
    panel.querySelectorAll("select option").forEach(function (option) {
      option.toggleAttribute("selected", option.selected);
      option.hidden = false;
    });
    panel.querySelectorAll(".country-filter").forEach(function (filter) { filter.remove(); });
  });
  function settle() {
    var panel = wizard();
    if (!panel) return;
    var target = panel.querySelector("[data-autofocus]");
    if (target) target.focus();
    var heading = panel.querySelector("h1");
    var announcer = document.getElementById("wizard-announcer");
    if (announcer && heading) {
      var progress = panel.querySelector(".progress");
      announcer.textContent = (progress ? progress.textContent + ": " : "") + heading.textContent.trim();
    }
    enhance();
  }
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target === wizard()) settle();
  });
  document.addEventListener("htmx:historyRestore", settle);
  var ALIASES = { uk: "GB", britain: "GB", england: "GB", usa: "US", us: "US",
    america: "US", holland: "NL" };

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function enhanceCountrySelect(panel) {
    var select = panel.querySelector("select.country-select");
    if (!select || panel.querySelector(".country-filter")) return;
    select.insertAdjacentHTML("beforebegin", '<div class="country-filter"><label ' +
      'for="country-filter-input"></label><input type="search" id="country-filter-input" ' +
      'autocomplete="off" aria-controls="country-field"><p class="hint" aria-live="polite"></p></div>');
    var wrapper = select.previousElementSibling;
    var input = wrapper.querySelector("input"), status = wrapper.querySelector("p");
    wrapper.firstChild.textContent = select.dataset.filterLabel;

    var found = null;
    input.addEventListener("input", function () {
      var query = fold(input.value.trim());
      var alias = ALIASES[query];
      var matches = [];
      Array.prototype.forEach.call(select.options, function (option) {
        if (!option.value) return;
        var words = fold(option.text).split(/[\s,()\-.]+/);
        var hit = !query || option.value === alias || fold(option.text).indexOf(query) === 0 ||
          words.some(function (word) { return word && word.indexOf(query) === 0; });
        option.hidden = !hit;
        if (hit && query) matches.push(option);
      });
      var exact = matches.filter(function (o) { return o.value === alias || fold(o.text) === query; });
      found = exact.length === 1 ? exact[0] : matches.length === 1 ? matches[0] : null;
      if (found) {
        select.value = found.value;
        status.textContent = select.dataset.one.replace("%(country)s", found.text);
      } else if (!query) {
        status.textContent = "";
      } else if (!matches.length) {
        status.textContent = select.dataset.none;
      } else {
        status.textContent = select.dataset.many.replace("%(count)s", matches.length);
      }
    });
    input.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault();
      if (found) select.form.requestSubmit();
      else select.focus();
    });
  }
  function enhance() {
    var panel = wizard();
    if (!panel) return;
    enhanceCountrySelect(panel);
    panel.querySelectorAll(".js-only[hidden]").forEach(function (button) { button.hidden = false; });
  }

  document.addEventListener("click", function (event) {
    var copy = event.target.closest("#wizard [data-copy]");
    if (copy) {
      var field = document.getElementById(copy.dataset.copy);
      var status = copy.parentElement.querySelector(".copy-status");
      field.select();
      navigator.clipboard.writeText(field.value).then(
        function () { status.textContent = copy.dataset.copied; },
        function () { status.textContent = copy.dataset.failed; });
    }
    if (event.target.closest("#wizard [data-print]")) window.print();
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.id === "objection-text") event.target.select();
  });

  enhance();
  var summary = document.querySelector("#wizard .error-summary");
  if (summary) summary.focus();
})();
