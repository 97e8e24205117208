// The wizard, enhanced. It works fully without this file: every question is a
// GET form and every state a URL. htmx swaps the question panel; this keeps
// focus, announcements and Back/Forward right, finds countries, copies, shares.
(function () {
  "use strict";
  // Looked up on every event: htmx replaces the panel on swaps and on Back, so
  // an element kept from page load would be a removed one.
  function wizard() { return document.getElementById("wizard"); }
  // htmx snapshots the panel's markup for Back: write the live answers into it
  // as attributes, or the restored question would show none.
  document.addEventListener("htmx:beforeHistorySave", function () {
    var panel = wizard();
    if (!panel) return;
    panel.querySelectorAll("input[type=radio]").forEach(function (input) {
      input.toggleAttribute("checked", input.checked);
    });
    // Back shows the page as it was left: the whole country list (the filter
    // removes options), the chosen country selected, the slot with its tip.
    panel.querySelectorAll("select").forEach(function (select) {
      var value = select.value;
      if (select.all) select.replaceChildren.apply(select, select.all);
      select.value = value;
      Array.prototype.forEach.call(select.options, function (option) {
        option.toggleAttribute("selected", option.selected);
      });
    });
    panel.querySelectorAll(".country-filter div").forEach(function (filter) { filter.remove(); });
  });
  // After a swap or a restore: focus the new heading (or the error summary) and
  // say "Question N of 3: …" in the live region, as a page load would.
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
  // The same folding as policies/countries.py fold(): the server sends each
  // country's other names (data-terms) folded this way.
  var LETTERS = { "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "đ": "d", "ı": "i" };
  function fold(text) {
    return text.toLowerCase().replace(/[łøßæđı]/g, function (c) { return LETTERS[c]; })
      .normalize("NFD").replace(/[\u0300-\u036f.'\u2019]/g, "")
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ").trim().normalize("NFC");
  }

  function enhanceCountrySelect(panel) {
    var slot = panel.querySelector(".country-filter"), select = panel.querySelector("select");
    if (!slot || slot.querySelector("input")) return;
    slot.insertAdjacentHTML("afterbegin", '<div><label for="country-filter-input"></label>' +
      '<input type="search" id="country-filter-input" autocomplete="off" ' +
      'aria-controls="country-field"><p class="hint" aria-live="polite"></p></div>');
    var input = slot.querySelector("input"), status = slot.querySelector("[aria-live]");
    slot.querySelector("label").textContent = slot.dataset.label;
    // Safari ignores hidden on <option>: the filter takes options out of the
    // list and puts them back, in order, from this array.
    var all = select.all = Array.prototype.slice.call(select.options);
    var names = all.map(function (o) { return "|" + fold(o.text) + "|" + (o.dataset.terms || "") + "|"; });
    var found = null;
    input.addEventListener("input", function () {
      var query = fold(input.value), matches = [], exact = [];
      all.forEach(function (option, i) {
        if (!query || !option.value || names[i].indexOf(query) < 0) return;
        matches.push(option);
        if (names[i].indexOf("|" + query + "|") >= 0) exact.push(option);
      });
      found = exact.length === 1 ? exact[0] : matches.length === 1 ? matches[0] : null;
      // A choice the query no longer finds is dropped, so it is never sent unseen.
      var kept = !query || matches.indexOf(select.selectedOptions[0]) >= 0;
      var value = found ? found.value : kept ? select.value : "";
      select.replaceChildren.apply(select, matches.length ? [all[0]].concat(matches) : all);
      select.value = value;
      status.textContent = found ? slot.dataset.one.replace("%(country)s", found.text)
        : !query ? "" : matches.length ? slot.dataset.many.replace("%(count)s", matches.length)
        : slot.dataset.none.replace("%(query)s", input.value.trim());
    });
    input.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault();
      if (found) select.form.requestSubmit();
      else select.focus();
    });
  }
  // Buttons that need JavaScript are hidden in the HTML and shown from here.
  function enhance() {
    var panel = wizard();
    if (!panel) return;
    enhanceCountrySelect(panel);
    panel.querySelectorAll(".js-only[hidden]").forEach(function (button) { button.hidden = false; });
  }

  document.addEventListener("click", function (event) {
    // The objection text: copied in one tap; without JavaScript it is a
    // read-only text area to select.
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
    // Share: the phone's own share sheet where there is one, else copy the
    // address. Either way nothing is sent to us.
    var share = event.target.closest("#wizard [data-share]");
    if (share) {
      var said = share.parentElement.querySelector(".copy-status");
      if (navigator.share) {
        navigator.share({ title: share.dataset.title, url: share.dataset.url }).catch(function () {});
      } else {
        navigator.clipboard.writeText(share.dataset.url).then(
          function () { said.textContent = share.dataset.copied; }, function () {});
      }
    }
    // A citation mark opens the collapsed list of sources it points into.
    var cite = event.target.closest("sup.cite a");
    var target = cite && document.querySelector(cite.getAttribute("href"));
    if (target && target.closest("details")) target.closest("details").open = true;
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.id === "objection-text") event.target.select();
  });

  enhance();
  var summary = document.querySelector("#wizard .error-summary");
  if (summary) summary.focus();
})();
