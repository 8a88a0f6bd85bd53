// Progressive enhancement only: every page works without this file.
// Remember the language a visitor picks in the switcher, so that "/" sends them there next time.
// Set only on that explicit choice (a functional preference, not tracking).
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-set-language]");
  if (!link) return;
  const secure = location.protocol === "https:" ? "; secure" : "";
  document.cookie = `django_language=${link.dataset.setLanguage}; path=/; max-age=31536000; samesite=lax${secure}`;
});
