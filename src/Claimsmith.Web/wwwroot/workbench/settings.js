// Settings screens (admins): payers, contract rates, fee schedule, CSV import. Forms marked
// data-settings call the REST API with JSON; problems (RFC 7807) are worded in the form's status
// region, a stale version (409/412) says that someone else changed the record. Uses window.Claimsmith.
(function () {
  "use strict";
  const C = window.Claimsmith;
  if (!C) return;
  const { $, $$, say } = C;

  const stale = "Not saved: someone else changed this record after you opened the page. Reload the page (F5) to see their change, then make yours again.";

  function wording(status, data) {
    if (status === 409 && data && data.type === "https://claimsmith.dev/problems/concurrency") return stale;
    if (status === 412) return stale;
    return "Not saved. " + C.problemText(status, data);
  }

  // Field values to JSON: data-type="number" (integer or empty = null), "money" (dollars), "date"
  // and "optional" (empty = null); names with a dot nest (address.city); an all-empty nested
  // object is null; data-skip fields stay out.
  function bodyOf(form) {
    const body = {};
    const problems = [];
    for (const el of form.elements) {
      if (!el.name || el.disabled || el.hasAttribute("data-skip") || el.type === "submit" || el.type === "button") continue;
      const raw = (el.value || "").trim();
      const type = el.dataset.type || "";
      let value = raw;
      if (type === "number" || type === "version") {
        if (raw === "") value = null;
        else if (/^-?\d+$/.test(raw)) value = Number(raw);
        else { problems.push((el.dataset.label || el.name) + ": write a whole number."); continue; }
      } else if (type === "money") {
        if (raw === "") value = null;
        else if (/^\d+(\.\d+)?$/.test(raw.replace(/^\$/, "").replace(/,/g, ""))) value = Number(raw.replace(/^\$/, "").replace(/,/g, ""));
        else { problems.push((el.dataset.label || el.name) + ": '" + raw + "' is not an amount; write dollars and cents, e.g. 125.00."); continue; }
      } else if (type === "date" || type === "optional") {
        value = raw === "" ? null : raw;
      }
      const path = el.name.split(".");
      if (path.length === 2) {
        body[path[0]] = body[path[0]] || {};
        body[path[0]][path[1]] = value;
      } else body[el.name] = value;
    }
    for (const [k, v] of Object.entries(body)) {
      if (v && typeof v === "object" && Object.values(v).every((x) => x === null || x === "")) body[k] = null;
    }
    return { body, problems };
  }

  function statusOf(form) {
    return document.getElementById(form.dataset.status || "") || $("[role=status]", form) || $("#settings-status");
  }

  $$("form[data-settings]").forEach((form) => {
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const out = statusOf(form);
      const { body, problems } = bodyOf(form);
      if (problems.length) { say(out, "Not saved. " + problems.join(" "), true); return; }
      const method = form.dataset.method || "POST";
      try {
        const saved = await C.api(method, form.dataset.url, body);
        const version = $$("[data-type=version]").filter((el) => el.form === form)[0];
        if (version && saved && saved.version !== undefined) version.value = saved.version;
        say(out, form.dataset.done || "Saved.");
        if (form.dataset.after === "reload") setTimeout(() => location.reload(), 600);
      } catch (e) {
        say(out, e.status ? wording(e.status, e.data) : "Not saved: " + e.message + ". Check the connection and try again.", true);
      }
    });
  });

  // Delete buttons: data-delete-url (with the version read), then the row goes.
  $$("button[data-delete-url]").forEach((b) => {
    b.addEventListener("click", async () => {
      const out = document.getElementById(b.dataset.status || "") || $("#settings-status");
      const form = b.dataset.form ? document.getElementById(b.dataset.form) : null;
      const version = form ? $$("[data-type=version]").filter((el) => el.form === form)[0] : null;
      try {
        await C.api("DELETE", b.dataset.deleteUrl + (version ? "?version=" + encodeURIComponent(version.value) : ""));
        const row = b.closest("tr");
        say(out, (b.dataset.what || "The row") + " was deleted.");
        if (row) row.remove();
      } catch (e) {
        say(out, e.status ? wording(e.status, e.data).replace("Not saved", "Not deleted") : "Not deleted: " + e.message, true);
      }
    });
  });

  // CSV import: the file (or pasted text) goes as text/csv; every problem is listed by line and column.
  const importForm = $("#fee-import");
  if (importForm) {
    const out = $("#import-status");
    const list = $("#import-problems");
    const file = $("#import-file");
    const text = $("#import-text");
    importForm.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      list.textContent = "";
      let csv = text.value;
      if (file.files && file.files.length) csv = await file.files[0].text();
      if (!csv.trim()) { say(out, "Choose a CSV file or paste its lines first.", true); return; }
      const org = $("#import-org");
      const url = "/api/fee-schedules/import" + (org && org.value ? "?organizationId=" + encodeURIComponent(org.value) : "");
      say(out, "Importing…");
      try {
        const res = await fetch(url, { method: "POST", credentials: "same-origin", headers: { "Content-Type": "text/csv", Accept: "application/json" }, body: csv });
        const data = await res.json().catch(() => null);
        if (!res.ok) {
          say(out, res.status === 400 && data && data.errors ? (data.title || "Nothing was imported.") + " " + Object.keys(data.errors).length + " problem(s):" : wording(res.status, data), true);
          if (data && data.errors) {
            for (const [where, messages] of Object.entries(data.errors)) {
              const li = document.createElement("li");
              li.textContent = where + ": " + [].concat(messages).join(" ");
              list.appendChild(li);
            }
          }
          return;
        }
        say(out, data.imported + " row(s) imported. Reloading the list…");
        setTimeout(() => location.reload(), 800);
      } catch (e) { say(out, "Nothing was imported: " + e.message + ". Check the connection and try again.", true); }
    });
  }
})();
