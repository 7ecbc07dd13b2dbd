// Payer rules settings screen (admins): "Reload rules from file" asks the server to read the rules
// file again (POST /api/payer-rules/reload) and says the outcome in words: the counts now in force
// and what changed, or why the file was refused (each problem with its file and line; the rules
// in force stay). After a reload the list of rules is refreshed from the page itself, so it is
// rendered in one place only. Uses window.Claimsmith (workbench.js).
(function () {
  "use strict";
  const C = window.Claimsmith;
  if (!C) return;
  const { $, say } = C;
  const button = $("#reload-rules");
  if (!button) return;
  const status = $("#reload-status");
  const problems = $("#reload-problems");

  function where(p) {
    return p.file + (p.line > 0 ? ", line " + p.line : "") + ": " + p.message + " (" + p.code + ")";
  }

  // The rules part and the counts as the server renders them now.
  async function refresh() {
    const res = await fetch(location.pathname, { credentials: "same-origin", headers: { Accept: "text/html" } });
    if (!res.ok) return;
    const doc = new DOMParser().parseFromString(await res.text(), "text/html");
    for (const id of ["rules-in-force", "rules-counts", "rules-file"]) {
      const fresh = doc.getElementById(id), old = document.getElementById(id);
      if (fresh && old) old.replaceWith(document.importNode(fresh, true));
    }
  }

  button.addEventListener("click", async () => {
    button.disabled = true;
    problems.textContent = "";
    say(status, "Reloading the rules file…", false);
    try {
      const result = await C.api("POST", button.dataset.url);
      await refresh();
      say(status, result.summary, false);
      status.classList.add("ok");
    } catch (err) {
      status.classList.remove("ok");
      const data = err.data || {};
      if (err.status === 422 && Array.isArray(data.problems)) {
        say(status, "Not reloaded. " + data.title + " " + (data.detail || ""), true);
        for (const p of data.problems) {
          const li = document.createElement("li");
          li.textContent = where(p);
          problems.appendChild(li);
        }
      } else {
        say(status, "Not reloaded. " + err.message, true);
      }
    } finally {
      button.disabled = false;
    }
  });
})();
