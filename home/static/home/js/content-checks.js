// Checks for the editors' content checker (Wagtail userbar), configured in home/editorial/content_checks.py.
// Loaded with the userbar, before it configures axe-core on window load.
(() => {
  const userbar = document.querySelector("wagtail-userbar");
  if (!userbar || typeof userbar.registerCheck !== "function") return;
  // Passes unless the link's whole text is one of the vague phrases (any case, trailing punctuation ignored).
  userbar.registerCheck("portal-link-text", (node, options) => {
    const text = (node.textContent || "")
      .replace(/\s+/g, " ")
      .replace(/[\s.:…»›>→]+$/u, "")
      .trim()
      .toLocaleLowerCase();
    return !(options.vague || []).includes(text);
  });
})();
