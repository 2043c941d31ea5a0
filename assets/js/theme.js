// Runs before the first paint (loaded without defer on purpose; it is a few lines):
// applies the reader's remembered theme, and marks the page as scripted ("js") so the CSS can
// show the search box and theme toggle from the start instead of shifting the layout later.
(function () {
  document.documentElement.classList.add("js");
  try {
    var theme = localStorage.getItem("theme");
    if (theme === "light" || theme === "dark") {
      document.documentElement.setAttribute("data-theme", theme);
    }
  } catch (e) {
    // Storage blocked (private mode, strict settings): follow the system setting.
  }
})();
