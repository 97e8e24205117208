// The wizard, enhanced: htmx swaps only the question panel; this file keeps
// focus, announcements and Back/Forward right, and lets visitors type to find
// their country. Without JavaScript the wizard works the same by plain forms.
(function () {
  "use strict";

  var wizard = document.getElementById("wizard");
  if (!wizard) return;
  var announcer = document.getElementById("wizard-announcer");

  // Before htmx snapshots the page for Back/Forward, write the visitor's
  // choices into the markup so the restored question shows them selected.
  document.addEventListener("htmx:beforeHistorySave", function () {
    wizard.querySelectorAll("input[type=radio]").forEach(function (input) {
      input.toggleAttribute("checked", input.checked);
    });
    wizard.querySelectorAll("select option").forEach(function (option) {
      option.toggleAttribute("selected", option.selected);
      option.hidden = false;
    });
    wizard.querySelectorAll(".country-filter").forEach(function (filter) {
      filter.remove();
    });
  });

  // After each swap, move focus to the new heading (or the error summary)
  // and announce where the visitor is now.
  function settle() {
    var target = wizard.querySelector("[data-autofocus]");
    if (target) target.focus({ preventScroll: false });
    var heading = wizard.querySelector("h1");
    if (announcer && heading) {
      var progress = wizard.querySelector(".progress");
      announcer.textContent = (progress ? progress.textContent + ": " : "") + heading.textContent.trim();
    }
    enhanceCountrySelect();
    enhanceButtons();
  }
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target === wizard) settle();
  });
  document.addEventListener("htmx:historyRestore", settle);

  // Type to filter the ~250 countries; the plain <select> stays the control.
  function enhanceCountrySelect() {
    var select = wizard.querySelector("select.country-select");
    if (!select || select.previousElementSibling && select.previousElementSibling.classList.contains("country-filter")) return;
    var wrapper = document.createElement("div");
    wrapper.className = "country-filter";
    var label = document.createElement("label");
    label.htmlFor = "country-filter-input";
    label.textContent = "Type to find your country";
    var input = document.createElement("input");
    input.type = "search";
    input.id = "country-filter-input";
    input.autocomplete = "off";
    input.setAttribute("aria-controls", select.id);
    var status = document.createElement("p");
    status.className = "hint";
    status.setAttribute("aria-live", "polite");
    wrapper.append(label, input, status);
    select.before(wrapper);

    input.addEventListener("input", function () {
      var query = input.value.trim().toLowerCase();
      var matches = [];
      Array.prototype.forEach.call(select.options, function (option) {
        if (!option.value) return;
        var hit = !query || option.text.toLowerCase().indexOf(query) !== -1;
        option.hidden = !hit;
        if (hit && query) matches.push(option);
      });
      if (query && matches.length) {
        select.value = matches[0].value;
        status.textContent = matches.length === 1
          ? matches[0].text + " selected"
          : matches.length + " countries match; " + matches[0].text + " selected";
      } else {
        status.textContent = query ? "No country matches" : "";
      }
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        if (select.value) select.form.requestSubmit();
      }
    });
  }

  // Buttons that only work with JavaScript: copy the objection text, print.
  function enhanceButtons() {
    wizard.querySelectorAll(".js-only[hidden]").forEach(function (button) {
      button.hidden = false;
    });
  }
  wizard.addEventListener("click", function (event) {
    var copy = event.target.closest("[data-copy]");
    if (copy) {
      var field = document.getElementById(copy.getAttribute("data-copy"));
      var status = copy.parentElement.querySelector(".copy-status");
      field.select();
      var done = function () { if (status) status.textContent = "Copied. Paste it into the form."; };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value).then(done, function () {
          if (status) status.textContent = "Select the text and copy it.";
        });
      } else {
        document.execCommand("copy");
        done();
      }
    }
    if (event.target.closest("[data-print]")) window.print();
  });
  wizard.addEventListener("focusin", function (event) {
    if (event.target.id === "objection-text") event.target.select();
  });

  enhanceCountrySelect();
  enhanceButtons();
  var first = wizard.querySelector(".error-summary");
  if (first) first.focus();
})();
