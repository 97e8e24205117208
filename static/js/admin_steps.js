// Numbered steps in admin, enhanced (policies/admin_steps.py). Without this file,
// "Move up" and "Move down" save the form with the two numbers swapped. With it,
// they swap the numbers and the places on the page without saving: Save keeps the
// new order, so several moves and other edits go in one save.
(function () {
  "use strict";

  function numberOf(step) { return step.querySelector("input.step-number"); }
  function isSaved(step) { return step.classList.contains("has_original"); }
  function isDeleted(step) {
    var box = step.querySelector("input[type=checkbox][name$='-DELETE']");
    return Boolean(box && box.checked);
  }
  function value(step) { return parseInt(numberOf(step).value, 10); }

  function announce(group, text) {
    var status = group.querySelector(".step-move-status");
    if (!status) {
      status = document.createElement("p");
      status.className = "step-move-status";
      status.setAttribute("role", "status");
      group.querySelector("fieldset").prepend(status);
    }
    status.textContent = text;
  }

  // The heading says "Step: 3. Tap Settings": keep its number in step with the field.
  function relabel(step, number) {
    var label = step.querySelector(".inline_label");
    var text = label && label.firstChild;
    if (text && text.nodeType === Node.TEXT_NODE && /^\d+\./.test(text.data)) {
      text.data = text.data.replace(/^\d+\./, number + ".");
    }
  }

  function neighbour(step, up) {
    var mine = value(step), best = null, bestNumber = null;
    var steps = step.closest(".inline-group").querySelectorAll(".inline-related:not(.empty-form)");
    steps.forEach(function (other) {
      if (other === step || isDeleted(other) || !numberOf(other)) return;
      var theirs = value(other);
      if (isNaN(theirs)) return;
      var closer = up
        ? theirs < mine && (bestNumber === null || theirs > bestNumber)
        : theirs > mine && (bestNumber === null || theirs < bestNumber);
      if (closer) { best = other; bestNumber = theirs; }
    });
    return best;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.step-move");
    if (!button) return;
    var step = button.closest(".inline-related");
    var group = step.closest(".inline-group");
    var input = numberOf(step);
    var up = / up$/.test(button.value);
    // A step added on this page has a name the button's value does not know yet.
    button.value = input.name + (up ? " up" : " down");
    var mine = value(step);
    if (isNaN(mine)) return;  // the form saves and says what is wrong with the number
    var other = neighbour(step, up);
    if (!other) {
      event.preventDefault();
      announce(group, "Step " + mine + " is already the " + (up ? "first" : "last") + ".");
      return;
    }
    // Django's formset keeps saved steps before new ones: a new step and a saved
    // one trade places by saving (the server swaps their numbers).
    if (isSaved(other) !== isSaved(step)) return;
    event.preventDefault();
    var theirs = value(other);
    input.value = theirs;
    numberOf(other).value = mine;
    var marker = document.createElement("div");
    step.before(marker);
    other.before(step);
    marker.replaceWith(other);
    relabel(step, theirs);
    relabel(other, mine);
    button.focus();
    announce(group, "Step " + mine + " is now step " + theirs + ". Save to keep the new order.");
  });
})();
