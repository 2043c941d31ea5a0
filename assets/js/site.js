// Concurrency, Measured: what a page does with JavaScript. Every page reads fully without it;
// this adds the theme toggle, copy buttons, search, and "compare with your machine".
"use strict";

(function () {
  const root = document.documentElement.dataset.root || "/";
  const status = announcer();

  themeToggle();
  openMenusOnWideScreens();
  search();
  // Buttons that are not needed for the first paint come in separate idle tasks, so no single task
  // keeps a slow phone's main thread busy for long while the page loads.
  whenIdle(copyButtons);
  whenIdle(compareWithYourMachine);
  whenIdle(focusableScrollers);

  /** Runs work that can wait until the browser has nothing else to do (keeps the page responsive). */
  function whenIdle(work) {
    if ("requestIdleCallback" in window) requestIdleCallback(work, { timeout: 1000 });
    else setTimeout(work, 200);
  }

  /** A polite live region that screen readers read out ("Copied", "5 results"). */
  function announcer() {
    const region = document.createElement("p");
    region.className = "visually-hidden";
    region.setAttribute("role", "status");
    document.body.append(region);
    return (text) => {
      region.textContent = "";
      setTimeout(() => { region.textContent = text; }, 50);
    };
  }

  /** The header's button: switches light/dark and remembers the choice (js/theme.js applies it). */
  function themeToggle() {
    const button = document.querySelector(".theme-toggle");
    if (!button) return;
    const system = matchMedia("(prefers-color-scheme: dark)");
    const current = () => document.documentElement.dataset.theme || (system.matches ? "dark" : "light");
    const show = () => button.setAttribute("aria-pressed", String(current() === "dark"));
    show();
    system.addEventListener("change", show);
    button.addEventListener("click", () => {
      const next = current() === "dark" ? "light" : "dark";
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem("theme", next);
      } catch (e) {
        // Not remembered, but the page still switches.
      }
      show();
    });
  }

  /**
   * The sidebar and the page's contents are <details>, closed in the HTML so phones show them collapsed.
   * On wide screens CSS already shows them (no layout shift); this also marks them open, for assistive
   * technology and for browsers without ::details-content.
   */
  function openMenusOnWideScreens() {
    const wide = matchMedia("(min-width: 60rem)");
    const apply = () => document.querySelectorAll("details.collapsible").forEach((d) => { d.open = wide.matches; });
    apply();
    wide.addEventListener("change", apply);
  }

  /** A "Copy" button on every listing (sample sources, JShell) and beside every run command. */
  function copyButtons() {
    document.querySelectorAll(".listingblock > .content").forEach((box) => {
      const pre = box.querySelector("pre");
      if (pre) box.append(copyButton(() => pre.innerText, "copy-button", "the code"));
    });
    document.querySelectorAll(".run-command").forEach((line) => {
      const code = line.querySelector("code");
      if (code) line.append(copyButton(() => code.innerText, "copy-button copy-inline", "the command"));
    });
  }

  function copyButton(text, className, what) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = className;
    button.innerHTML = 'Copy<span class="visually-hidden"> ' + what + "</span>";
    button.addEventListener("click", async () => {
      const label = button.firstChild;
      try {
        await navigator.clipboard.writeText(text());
        label.textContent = "Copied";
        status("Copied " + what + " to the clipboard");
      } catch (e) {
        label.textContent = "Press Ctrl+C";
        selectText(button.parentElement.querySelector("pre, code"));
      }
      setTimeout(() => { label.textContent = "Copy"; }, 2000);
    });
    return button;
  }

  function selectText(element) {
    if (!element) return;
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /** A block that scrolls sideways must be reachable by keyboard (WCAG 2.1.1). */
  function focusableScrollers() {
    const update = () => {
      // All measurements first, then all changes: one layout, not one per block.
      const blocks = [...document.querySelectorAll("pre, table, .table-scroll")];
      const scrolls = blocks.map((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
      blocks.forEach((el, i) => {
        if (scrolls[i]) el.tabIndex = 0;
        else if (el.hasAttribute("tabindex")) el.removeAttribute("tabindex");
      });
    };
    update();
    let timer;
    addEventListener("resize", () => { clearTimeout(timer); timer = setTimeout(update, 200); });
  }

  /** Search over every page with the Pagefind index the build writes to /pagefind/ (loaded on first use). */
  function search() {
    const box = document.querySelector(".site-search");
    if (!box) return;
    const input = box.querySelector("input");
    const panel = box.querySelector(".search-results");
    const said = box.querySelector("[role=status]");
    let engine;
    let latest = "";

    const load = () => {
      engine ??= import(new URL(root + "pagefind/pagefind.js", document.baseURI).href).then(async (pagefind) => {
        await pagefind.init();
        return pagefind;
      });
      return engine;
    };
    const close = () => { panel.hidden = true; };
    const note = (text) => {
      panel.replaceChildren(Object.assign(document.createElement("p"), { className: "search-note", textContent: text }));
      panel.hidden = false;
      said.textContent = text;
    };

    input.addEventListener("focus", () => load().catch(() => {}), { once: true });
    input.addEventListener("input", async () => {
      const query = input.value.trim();
      latest = query;
      if (!query) return close();
      let pagefind;
      try {
        pagefind = await load();
      } catch (e) {
        return note("Search is not available: this copy of the site has no search index.");
      }
      const found = await pagefind.debouncedSearch(query, {}, 150);
      if (found === null || query !== latest) return;
      const pages = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
      if (query !== latest) return;
      if (!pages.length) return note("No page mentions “" + query + "”.");
      const list = document.createElement("ol");
      for (const page of pages) {
        const link = document.createElement("a");
        link.href = page.url;
        const title = Object.assign(document.createElement("span"), { className: "result-title", textContent: page.meta.title });
        const excerpt = Object.assign(document.createElement("span"), { className: "result-excerpt" });
        excerpt.innerHTML = page.excerpt; // Pagefind's excerpt: escaped page text with <mark> around the hits.
        link.append(title, excerpt);
        const item = document.createElement("li");
        item.append(link);
        list.append(item);
      }
      panel.replaceChildren(list);
      panel.hidden = false;
      const count = found.results.length;
      said.textContent = count + (count === 1 ? " page found" : " pages found") + (count > 8 ? ", showing 8" : "");
    });

    // Keyboard: "/" focuses the box; arrows move through results; Escape closes; Enter opens the first.
    document.addEventListener("keydown", (event) => {
      const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
    box.addEventListener("keydown", (event) => {
      const links = [...panel.querySelectorAll("a")];
      const at = links.indexOf(document.activeElement);
      if (event.key === "Escape") {
        close();
        input.focus();
      } else if (event.key === "ArrowDown" && links.length) {
        event.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (event.key === "ArrowUp" && links.length) {
        event.preventDefault();
        (at <= 0 ? input : links[at - 1]).focus();
      } else if (event.key === "Enter" && document.activeElement === input && links.length) {
        event.preventDefault();
        links[0].click();
      }
    });
    document.addEventListener("click", (event) => { if (!box.contains(event.target)) close(); });
    box.addEventListener("focusout", (event) => { if (!box.contains(event.relatedTarget)) close(); });
  }

  /**
   * Measurement samples: a learner who ran the sample pastes its output and sees their numbers beside the
   * page's (reported numbers "label: value unit" and the cells of result tables), computed in the browser.
   * The button sits over the output block and the form opens in a dialog, so nothing moves on the page.
   */
  function compareWithYourMachine() {
    document.querySelectorAll(".openblock.sample").forEach((sample, index) => {
      const output = sample.querySelector("pre.output");
      if (!output || !isMeasurement(sample, output)) return;
      const pageNumbers = numbersOnPage(sample, output);
      if (!pageNumbers.size) return;
      const box = document.createElement("div");
      box.className = "output-box";
      output.before(box);
      box.append(output);
      const open = document.createElement("button");
      open.type = "button";
      open.className = "compare-button";
      open.innerHTML = 'Compare<span class="visually-hidden"> with your machine</span>';
      box.append(open);
      // The dialog is built on first use: most readers never open it.
      let dialog = null;
      open.addEventListener("click", () => {
        if (!dialog) {
          const command = sample.querySelector(".run-command code");
          dialog = compareDialog("compare-" + (index + 1), pageNumbers, command ? command.textContent : "");
          sample.append(dialog);
        }
        dialog.showModal();
      });
    });
  }

  /** A sample with run statistics or a result table, or whose output reports a timing, rate or ratio. */
  function isMeasurement(sample, output) {
    if (sample.querySelector("table.run-stats, table.result-table")) return true;
    const text = output.textContent;
    return /^\s*\|.*\|\s*$/m.test(text)
      || /^[^:|\n]+:\s*-?[\d,]*\.?\d+\s*(ns|µs|us|ms|s|x|×|%|[KMG]i?B|\S+\/s)\s*$/m.test(text);
  }

  function compareDialog(id, pageNumbers, command) {
    const dialog = document.createElement("dialog");
    dialog.className = "compare-dialog";
    dialog.setAttribute("aria-labelledby", id + "-title");
    dialog.innerHTML =
      '<h2 id="' + id + '-title">Compare with your machine</h2>' +
      "<p>Run <code></code> on your machine and paste its whole output here. Nothing leaves your browser.</p>" +
      '<label for="' + id + '">Your output</label><textarea id="' + id + '" spellcheck="false"></textarea>' +
      '<p class="compare-actions"><button type="button" class="compare-run">Compare</button> ' +
      '<button type="button" class="compare-close">Close</button></p>' +
      '<div class="compare-result" role="status"></div>';
    dialog.querySelector("p code").textContent = command || "the sample";
    dialog.querySelector(".compare-run").addEventListener("click", () => {
      const yours = numbersInText(dialog.querySelector("textarea").value);
      dialog.querySelector(".compare-result").replaceChildren(comparison(pageNumbers, yours));
    });
    dialog.querySelector(".compare-close").addEventListener("click", () => dialog.close());
    return dialog;
  }

  /**
   * label → {value, unit}: the medians of the run statistics and the cells of result tables, or else
   * the numbers the shown output reports.
   */
  function numbersOnPage(sample, output) {
    const numbers = new Map();
    sample.querySelectorAll("table.run-stats tbody tr").forEach((row) => {
      const label = row.querySelector("th");
      const median = row.querySelector("td.num");
      const cells = row.querySelectorAll("td");
      const value = median && parseNumber(median.textContent);
      if (label && value !== null) {
        numbers.set(clean(label.textContent), { value, unit: clean(cells[cells.length - 1].textContent) });
      }
    });
    sample.querySelectorAll("table.result-table").forEach((table) => {
      const headers = [...table.querySelectorAll("thead th")].map((th) => clean(th.textContent));
      table.querySelectorAll("tbody tr").forEach((row) => {
        const cells = [...row.children];
        const key = clean(cells[0].textContent);
        cells.slice(1).forEach((cell, i) => {
          const copy = cell.cloneNode(true);
          copy.querySelectorAll(".spread").forEach((s) => s.remove());
          const value = parseNumber(copy.textContent);
          if (value !== null) numbers.set(key + " · " + headers[i + 1], { value, unit: "" });
        });
      });
    });
    return numbers.size ? numbers : numbersInText(output.textContent);
  }

  /** The same kinds of numbers, read from a pasted output. */
  function numbersInText(text) {
    const numbers = new Map();
    let headers = null;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (line.startsWith("|")) {
        const cells = line.replace(/^\||\|$/g, "").split("|").map(clean);
        if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
        if (!headers) { headers = cells; continue; }
        cells.slice(1).forEach((cell, i) => {
          const value = parseNumber(cell);
          if (value !== null && headers[i + 1]) numbers.set(cells[0] + " · " + headers[i + 1], { value, unit: "" });
        });
        continue;
      }
      headers = null;
      const match = /^([^:|]+?)\s*:\s*(-?[\d,]*\.?\d+)\s*(\S.*)?$/.exec(line);
      if (match) numbers.set(clean(match[1]), { value: parseNumber(match[2]), unit: clean(match[3] || "") });
    }
    return numbers;
  }

  function comparison(page, yours) {
    const shared = [...page.keys()].filter((label) => yours.has(label));
    if (!shared.length) {
      return Object.assign(document.createElement("p"), {
        className: "compare-note",
        textContent: "No number in what you pasted matches one on this page. Paste the whole output of the program.",
      });
    }
    const table = document.createElement("table");
    table.innerHTML = "<caption>Your run beside the run on this page</caption><thead><tr><th scope=\"col\">measured</th>" +
      "<th scope=\"col\" class=\"num\">this page</th><th scope=\"col\" class=\"num\">yours</th>" +
      "<th scope=\"col\" class=\"num\">yours ÷ page</th></tr></thead><tbody></tbody>";
    const body = table.querySelector("tbody");
    for (const label of shared) {
      const ours = page.get(label);
      const theirs = yours.get(label);
      const row = document.createElement("tr");
      const cells = [label, format(ours.value, ours.unit), format(theirs.value, theirs.unit),
        ours.value === 0 ? "–" : (theirs.value / ours.value).toFixed(2) + "×"];
      cells.forEach((text, i) => {
        const cell = document.createElement(i === 0 ? "th" : "td");
        if (i === 0) cell.scope = "row"; else cell.className = "num";
        cell.textContent = text;
        row.append(cell);
      });
      body.append(row);
    }
    return table;
  }

  function parseNumber(text) {
    const match = /-?[\d,]*\.?\d+/.exec(text.replace(/\s/g, ""));
    if (!match) return null;
    const value = Number(match[0].replace(/,/g, ""));
    return Number.isFinite(value) ? value : null;
  }

  function format(value, unit) {
    return value.toLocaleString("en", { maximumFractionDigits: 3 }) + (unit ? " " + unit : "");
  }

  function clean(text) {
    return text.replace(/\s+/g, " ").trim();
  }
})();
