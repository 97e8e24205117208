// The newsletter link builder's "Copy the link": shown only where the browser can copy.
document.querySelectorAll("[data-copy-from]").forEach((button) => {
  if (!navigator.clipboard) return;
  const field = document.getElementById(button.dataset.copyFrom);
  const status = button.parentElement.querySelector(".copy-status");
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.clipboard.writeText(field.value).then(
      () => { status.textContent = "Copied."; },
      () => { field.select(); status.textContent = "Select the link and copy it."; },
    );
  });
});
