// Progressive enhancement only: campaign pages work fully without this file.
(() => {
  // Print every FAQ answer: closed <details> hide their content from the printer.
  let closedBeforePrint = [];
  window.addEventListener("beforeprint", () => {
    closedBeforePrint = [...document.querySelectorAll("details:not([open])")];
    closedBeforePrint.forEach((details) => { details.open = true; });
  });
  window.addEventListener("afterprint", () => {
    closedBeforePrint.forEach((details) => { details.open = false; });
    closedBeforePrint = [];
  });

  // After a failed self-check, move focus to the list of unanswered questions (it is also announced).
  document.addEventListener("DOMContentLoaded", () => {
    const summary = document.getElementById("error-summary");
    if (summary) summary.focus();
  });
})();
