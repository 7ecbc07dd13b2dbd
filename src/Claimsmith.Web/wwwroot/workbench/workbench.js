// Claimsmith workbench: keyboard shortcuts and the interactive parts of the coding and claims
// screens. Plain JavaScript, no build step; pages work as server-rendered HTML without it.
(function () {
  "use strict";

  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const typing = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

  async function api(method, url, body) {
    const res = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? { Accept: "application/json" } : { "Content-Type": "application/json", Accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data = null;
    const text = await res.text();
    if (text) { try { data = JSON.parse(text); } catch { data = { title: text }; } }
    if (!res.ok) {
      const err = new Error(problemText(res.status, data));
      err.status = res.status; err.data = data;
      throw err;
    }
    return data;
  }

  // RFC 7807 problem details in words: the title, the detail and every field error.
  function problemText(status, p) {
    if (status === 401) return "Your session has ended. Sign in again (your work on this screen is not saved).";
    if (status === 403) return "Your role does not allow this action. Ask an administrator if your work needs it.";
    if (!p) return "The server answered " + status + ". Try again; if it keeps happening, tell your administrator.";
    const parts = [p.title || ("Error " + status)];
    if (p.detail) parts.push(p.detail);
    if (p.errors) for (const [k, v] of Object.entries(p.errors)) parts.push(k + ": " + [].concat(v).join(" "));
    return parts.join(" ");
  }

  function say(el, message, isError) {
    if (!el) return;
    el.textContent = message;
    el.classList.toggle("error", !!isError);
  }

  // Shared with the screen scripts (remittance.js, denials.js, ...), which load after this file.
  window.Claimsmith = Object.freeze({ $, $$, typing, api, problemText, say });

  // --- Global shortcuts ------------------------------------------------------------------
  let pendingG = false;
  document.addEventListener("keydown", (ev) => {
    if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target)) return;
    if (pendingG) {
      pendingG = false;
      const go = { q: "/coding", c: "/claims", p: "/patients", r: "/remittance", d: "/denials", b: "/dashboard", t: "/freelance/time", a: "/audit", u: "/admin/users", s: "/admin/settings" }[ev.key];
      if (go) { ev.preventDefault(); location.href = go; }
      return;
    }
    if (ev.key === "g") { pendingG = true; setTimeout(() => (pendingG = false), 1500); return; }
    if (ev.key === "/") {
      const f = $("form.filters input, form.filters select, #encoder-q");
      if (f) { ev.preventDefault(); f.focus(); }
      return;
    }
    if (ev.key === "?") {
      ev.preventDefault();
      document.body.classList.toggle("hide-keys");
      return;
    }
    const keyed = $('[data-key="' + CSS.escape(ev.key) + '"]');
    if (keyed) { ev.preventDefault(); keyed.click(); }
  });

  // A select that changes the working organization submits its form.
  $$("select[data-autosubmit]").forEach((s) => s.addEventListener("change", () => s.form.requestSubmit()));

  // --- Coding screen -----------------------------------------------------------------------
  const screen = $("#coding-screen");
  if (screen) codingScreen(screen);

  function codingScreen(root) {
    const model = JSON.parse(root.dataset.model);
    const status = $("#save-status");
    const byId = new Map(model.suggestions.map((s) => [s.id, s]));
    // Each suggestion: pending | accepted | rejected | changed (with final code).
    const state = new Map(model.suggestions.map((s) => [s.id, { kind: "pending", code: null, display: null }]));
    // The sequence of diagnoses to bill: { code (display form), source: suggestion id | null, description }.
    let finalDx = model.diagnoses.map((c) => ({ code: c, source: null, description: "" }));
    let charges = model.charges.map((c) => ({ code: c.code || "", revenueCode: c.revenueCode || "", units: c.units, charge: c.charge, modifiers: (c.modifiers || []).join(" ") }));
    let target = null; // suggestion id being replaced through the encoder, or null to add
    let dirty = false, nextUrl = null;

    // Previously saved codes mark their suggestions accepted.
    for (const s of model.suggestions) {
      if (s.system !== "Icd10Cm") continue;
      const hit = finalDx.find((d) => d.code.replace(".", "") === s.code);
      if (hit) { hit.source = s.id; hit.description = s.description || ""; state.get(s.id).kind = "accepted"; }
    }

    const items = () => $$("li.sug", root);
    const current = () => document.activeElement && document.activeElement.closest("li.sug");

    function paintSuggestion(id) {
      const li = document.getElementById("sug-" + id);
      const st = state.get(id);
      li.dataset.state = st.kind;
      $(".state-label", li).textContent = st.kind === "changed" ? "replaced by " + st.display : st.kind;
    }

    function renderFinal() {
      const ol = $("#final-dx");
      ol.textContent = "";
      finalDx.forEach((d, i) => {
        const li = document.createElement("li");
        li.tabIndex = 0;
        li.draggable = true;
        li.dataset.index = i;
        li.className = "final";
        li.setAttribute("aria-label", (i + 1) + ". " + d.code + " " + d.description);
        li.innerHTML = "<span class='code'></span> <span class='desc'></span> " +
          "<button type='button' data-move='-1'>Up</button><button type='button' data-move='1'>Down</button><button type='button' data-remove>Remove</button>";
        $(".code", li).textContent = d.code;
        $(".desc", li).textContent = d.description;
        ol.appendChild(li);
      });
      $("#final-empty").hidden = finalDx.length > 0;
    }

    function renderCharges() {
      const body = $("#charge-rows");
      body.textContent = "";
      const institutional = model.kind === "Institutional";
      charges.forEach((c, i) => {
        const tr = document.createElement("tr");
        tr.dataset.index = i;
        const cell = (name, value, label, attrs) => {
          const td = document.createElement("td");
          const input = document.createElement("input");
          input.name = name; input.value = value == null ? "" : value; input.setAttribute("aria-label", label + ", line " + (i + 1));
          for (const [k, v] of Object.entries(attrs || {})) input.setAttribute(k, v);
          td.appendChild(input); tr.appendChild(td);
        };
        cell("code", c.code, "Procedure code", { size: 7 });
        if (institutional) cell("revenueCode", c.revenueCode, "Revenue code", { size: 5 });
        cell("modifiers", c.modifiers, "Modifiers, separated by spaces", { size: 8 });
        cell("units", c.units, "Units", { size: 4, inputmode: "decimal" });
        cell("charge", c.charge, "Charge in dollars", { size: 8, inputmode: "decimal" });
        const td = document.createElement("td");
        const b = document.createElement("button"); b.type = "button"; b.textContent = "Remove"; b.dataset.removeCharge = i;
        b.setAttribute("aria-label", "Remove charge line " + (i + 1));
        td.appendChild(b); tr.appendChild(td);
        body.appendChild(tr);
      });
    }

    function draft() {
      return {
        diagnoses: finalDx.map((d) => d.code),
        charges: charges.filter((c) => c.code || c.revenueCode).map((c) => ({
          code: c.code || null, revenueCode: c.revenueCode || null,
          units: c.units === "" || c.units == null ? 1 : Number(c.units),
          charge: c.charge === "" || c.charge == null ? null : Number(c.charge),
          modifiers: String(c.modifiers || "").split(/[\s,]+/).filter(Boolean),
        })),
      };
    }

    let scrubTimer = null, scrubSeq = 0;
    function changed() {
      dirty = true;
      renderFinal();
      clearTimeout(scrubTimer);
      scrubTimer = setTimeout(scrub, 250);
      $("#build-claim") && ($("#build-claim").hidden = true);
    }

    async function scrub() {
      const out = $("#scrub-results");
      const seq = ++scrubSeq;
      out.setAttribute("aria-busy", "true");
      try {
        const r = await api("POST", "/api/workbench/encounters/" + model.encounterId + "/scrub", draft());
        if (seq !== scrubSeq) return;
        out.textContent = "";
        const list = document.createElement("ul");
        list.className = "findings";
        for (const i of r.issues) {
          const li = document.createElement("li");
          li.className = "finding sev-Error"; li.dataset.rule = "draft." + i.field;
          li.textContent = "Cannot bill yet (" + i.field + "): " + i.message;
          list.appendChild(li);
        }
        for (const f of r.findings) {
          const li = document.createElement("li");
          li.className = "finding sev-" + f.severity; li.dataset.rule = f.ruleId;
          li.innerHTML = "<strong></strong> <span class='rule'></span>: <span class='msg'></span> <span class='fix'></span>";
          $("strong", li).textContent = f.severity;
          $(".rule", li).textContent = f.ruleId + (f.line ? " (line " + f.line + ")" : "");
          $(".msg", li).textContent = f.message;
          $(".fix", li).textContent = f.fix ? "Fix: " + f.fix : "";
          list.appendChild(li);
        }
        if (!list.children.length) {
          const p = document.createElement("p"); p.className = "ok"; p.textContent = "No findings: the scrubber has nothing to say about these codes.";
          out.appendChild(p);
        } else out.appendChild(list);
      } catch (e) {
        if (seq === scrubSeq) { out.textContent = ""; const p = document.createElement("p"); p.className = "error"; p.textContent = e.message; out.appendChild(p); }
      } finally {
        if (seq === scrubSeq) out.removeAttribute("aria-busy");
      }
    }

    function decide(id, kind) {
      const s = byId.get(id), st = state.get(id);
      if (s.system !== "Icd10Cm" && kind !== "rejected") {
        st.kind = kind; paintSuggestion(id);
        say(status, s.display + " is a procedure code: add it as a charge line (ICD-10-PCS codes travel on the institutional claim).");
        return;
      }
      finalDx = finalDx.filter((d) => d.source !== id);
      st.kind = kind; st.code = null; st.display = null;
      if (kind === "accepted") finalDx.push({ code: s.display, source: id, description: s.description || "" });
      paintSuggestion(id);
      changed();
    }

    function replaceWith(id, code, description) {
      const s = byId.get(id), st = state.get(id);
      const same = code.replace(".", "").toUpperCase() === s.code;
      const idx = finalDx.findIndex((d) => d.source === id);
      const entry = { code, source: id, description: description || "" };
      if (idx >= 0) finalDx[idx] = entry; else finalDx.push(entry);
      st.kind = same ? "accepted" : "changed"; st.code = same ? null : code; st.display = same ? null : code;
      paintSuggestion(id);
      changed();
    }

    function show(id) {
      $$("mark.ev.flash").forEach((m) => m.classList.remove("flash"));
      const marks = $$("mark.ev").filter((m) => m.dataset.sids.split(" ").includes("sug-" + id));
      if (!marks.length) { say(status, "This code has no quoted evidence in the note."); return; }
      marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
      marks.forEach((m) => { void m.offsetWidth; m.classList.add("flash"); });
      say(status, "Evidence for " + byId.get(id).display + " highlighted in the note.");
    }

    function focusSuggestion(delta) {
      const list = items();
      if (!list.length) return;
      const i = list.indexOf(current());
      const next = list[Math.max(0, Math.min(list.length - 1, i < 0 ? 0 : i + delta))];
      next.focus();
    }

    // Clicks on the suggestions, the evidence, the final list and the charges.
    root.addEventListener("click", (ev) => {
      const t = ev.target.closest("button, mark.ev");
      if (!t) return;
      const li = t.closest("li.sug");
      const id = li && li.dataset.sid;
      const act = t.dataset.act;
      if (act === "accept") decide(id, "accepted");
      else if (act === "reject") decide(id, "rejected");
      else if (act === "replace") openEncoder(id);
      else if (act === "show") show(id);
      else if (act === "accept-all") { for (const s of model.suggestions) if (state.get(s.id).kind === "pending" && s.system === "Icd10Cm") decide(s.id, "accepted"); }
      else if (act === "add-em") { charges.push({ code: t.dataset.code, units: 1, charge: "", modifiers: "" }); renderCharges(); changed(); const inputs = $$("#charge-rows tr:last-child input[name=charge]"); inputs.length && inputs[0].focus(); }
      else if (act === "add-charge") { charges.push({ code: "", revenueCode: "", units: 1, charge: "", modifiers: "" }); renderCharges(); $("#charge-rows tr:last-child input").focus(); }
      else if (act === "save") save();
      else if (act === "build-claim") buildClaim();
      else if (t.matches("mark.ev")) {
        const ids = t.dataset.sids.split(" ");
        ids.forEach((x) => { const el = document.getElementById(x); el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash"); });
        const first = document.getElementById(ids[0]);
        first.scrollIntoView({ block: "nearest" });
        first.focus();
        say(status, "These words support: " + ids.map((x) => byId.get(x.slice(4)).display).join(", ") + ".");
      } else if (t.dataset.move) moveFinal(Number(t.closest("li").dataset.index), Number(t.dataset.move));
      else if (t.hasAttribute("data-remove")) removeFinal(Number(t.closest("li").dataset.index));
      else if (t.dataset.removeCharge !== undefined) { charges.splice(Number(t.dataset.removeCharge), 1); renderCharges(); changed(); }
    });

    root.addEventListener("change", (ev) => {
      const tr = ev.target.closest("#charge-rows tr");
      if (!tr) return;
      charges[Number(tr.dataset.index)][ev.target.name] = ev.target.value;
      changed();
    });

    function moveFinal(i, delta) {
      const j = i + delta;
      if (j < 0 || j >= finalDx.length) return;
      [finalDx[i], finalDx[j]] = [finalDx[j], finalDx[i]];
      changed();
      $$("#final-dx li")[j].focus();
      say(status, finalDx[j].code + " is now number " + (j + 1) + ".");
    }

    function removeFinal(i) {
      const d = finalDx[i];
      if (d.source) { decide(d.source, "rejected"); } else { finalDx.splice(i, 1); changed(); }
      const left = $$("#final-dx li");
      if (left.length) left[Math.min(i, left.length - 1)].focus();
    }

    // Drag to reorder the sequence.
    let dragFrom = null;
    $("#final-dx").addEventListener("dragstart", (ev) => { dragFrom = Number(ev.target.dataset.index); });
    $("#final-dx").addEventListener("dragover", (ev) => ev.preventDefault());
    $("#final-dx").addEventListener("drop", (ev) => {
      ev.preventDefault();
      const li = ev.target.closest("li");
      if (!li || dragFrom === null) return;
      const to = Number(li.dataset.index);
      const [d] = finalDx.splice(dragFrom, 1);
      finalDx.splice(to, 0, d);
      dragFrom = null;
      changed();
    });

    root.addEventListener("keydown", (ev) => {
      if (ev.ctrlKey && ev.key === "Enter") { ev.preventDefault(); save(); return; }
      const finalLi = ev.target.closest && ev.target.closest("#final-dx li");
      if (finalLi && ev.altKey && (ev.key === "ArrowUp" || ev.key === "ArrowDown")) {
        ev.preventDefault(); moveFinal(Number(finalLi.dataset.index), ev.key === "ArrowUp" ? -1 : 1); return;
      }
      if (finalLi && (ev.key === "Delete" || ev.key === "Backspace") && ev.target === finalLi) { ev.preventDefault(); removeFinal(Number(finalLi.dataset.index)); return; }
      if (ev.target.matches && ev.target.matches("mark.ev") && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); ev.target.click(); return; }
      if (ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target)) return;
      const li = current();
      switch (ev.key) {
        case "j": ev.preventDefault(); focusSuggestion(1); break;
        case "k": ev.preventDefault(); focusSuggestion(-1); break;
        case "a": if (li) { ev.preventDefault(); decide(li.dataset.sid, "accepted"); focusSuggestion(1); } break;
        case "x": if (li) { ev.preventDefault(); decide(li.dataset.sid, "rejected"); focusSuggestion(1); } break;
        case "r": if (li) { ev.preventDefault(); openEncoder(li.dataset.sid); } break;
        case "A": ev.preventDefault(); $('[data-act="accept-all"]') && $('[data-act="accept-all"]').click(); break;
        case "e": ev.preventDefault(); openEncoder(null); break;
        case "n": if (nextUrl && !dirty) { ev.preventDefault(); location.href = nextUrl; } break;
        case "Enter": if (li && ev.target === li) { ev.preventDefault(); show(li.dataset.sid); } break;
      }
    });

    // --- Encoder -------------------------------------------------------------------------
    function openEncoder(id) {
      target = id;
      const s = id && byId.get(id);
      say($("#encoder-target"), s ? "Replacing " + s.display + " (" + (s.description || "") + "). Pick the right code and choose \"Use\"." : "Adding a code: search, then choose \"Use\".");
      const q = $("#encoder-q");
      if (s && !q.value) q.value = s.display.split(".")[0];
      $("#encoder").scrollIntoView({ block: "start" });
      q.focus();
      q.select();
    }

    $("#encoder-form").addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const q = $("#encoder-q").value.trim();
      const ul = $("#encoder-results");
      ul.textContent = "";
      if (!q) return;
      try {
        const hits = await api("GET", "/api/codes/search?q=" + encodeURIComponent(q) + "&system=" + $("#encoder-system").value + "&date=" + model.dateOfService + "&limit=25");
        if (!hits.length) { const li = document.createElement("li"); li.textContent = "Nothing found for \"" + q + "\". Try other words or the first characters of the code."; ul.appendChild(li); return; }
        for (const h of hits) {
          const li = document.createElement("li");
          const b = document.createElement("button");
          b.type = "button"; b.className = "hit"; b.dataset.code = h.code; b.dataset.system = h.system;
          b.textContent = h.code + " " + (h.description || "") + (h.isBillable ? "" : " (header, not billable)");
          li.appendChild(b); ul.appendChild(li);
        }
        $("button.hit", ul).focus();
      } catch (e) { const li = document.createElement("li"); li.className = "error"; li.textContent = e.message; ul.appendChild(li); }
    });

    $("#encoder-results").addEventListener("click", (ev) => { const b = ev.target.closest("button.hit"); if (b) detail(b.dataset.system, b.dataset.code); });
    $("#encoder-results").addEventListener("keydown", (ev) => {
      const list = $$("#encoder-results button.hit");
      const i = list.indexOf(document.activeElement);
      if (ev.key === "ArrowDown" && i >= 0 && i + 1 < list.length) { ev.preventDefault(); list[i + 1].focus(); }
      if (ev.key === "ArrowUp" && i > 0) { ev.preventDefault(); list[i - 1].focus(); }
    });

    const systemPath = (s) => ({ Icd10Cm: "icd10cm", Icd10Pcs: "icd10pcs", Hcpcs: "hcpcs" }[s] || String(s).toLowerCase());

    async function detail(system, code) {
      const box = $("#encoder-detail");
      box.textContent = "";
      try {
        const d = await api("GET", "/api/codes/" + systemPath(system) + "/" + encodeURIComponent(code.replace(".", "")) + "?date=" + model.dateOfService);
        const h = document.createElement("h3"); h.textContent = d.code + " " + (d.longDescription || d.shortDescription || ""); box.appendChild(h);
        const v = document.createElement("p");
        v.textContent = (d.isHeader ? "Header: not billable, pick a code below it. " : "Billable. ") + (d.validity && d.validity.status ? "Valid on " + model.dateOfService + ": " + d.validity.status + "." : "");
        box.appendChild(v);
        if (d.hierarchy && d.hierarchy.length) {
          const t = document.createElement("h4"); t.textContent = "Hierarchy"; box.appendChild(t);
          const ol = document.createElement("ol"); ol.className = "hierarchy";
          for (const l of d.hierarchy) { const li = document.createElement("li"); li.textContent = l.code + " " + l.description; ol.appendChild(li); }
          box.appendChild(ol);
        }
        if (d.notes && d.notes.length) {
          const t = document.createElement("h4"); t.textContent = "Instructional notes"; box.appendChild(t);
          const ul = document.createElement("ul"); ul.className = "notes";
          for (const n of d.notes) { const li = document.createElement("li"); li.textContent = n.kind + " (" + n.source + "): " + n.text; ul.appendChild(li); }
          box.appendChild(ul);
        }
        const use = document.createElement("button");
        use.type = "button"; use.className = "primary"; use.dataset.use = d.code;
        use.textContent = "Use " + d.code + (target ? " instead of " + byId.get(target).display : "");
        use.addEventListener("click", () => useCode(d.system, d.code, d.longDescription || d.shortDescription || ""));
        box.appendChild(use);
        use.focus();
      } catch (e) { const p = document.createElement("p"); p.className = "error"; p.textContent = e.message; box.appendChild(p); }
    }

    function useCode(system, code, description) {
      if (system === "Hcpcs") {
        charges.push({ code, revenueCode: "", units: 1, charge: "", modifiers: "" });
        renderCharges(); changed();
        say(status, code + " added as a charge line: enter its charge.");
        $("#charge-rows tr:last-child input[name=charge]").focus();
        return;
      }
      if (target) {
        const id = target; target = null;
        replaceWith(id, code, description);
        say(status, byId.get(id).display + " replaced by " + code + ".");
        document.getElementById("sug-" + id).focus();
      } else {
        if (!finalDx.some((d) => d.code === code)) finalDx.push({ code, source: null, description });
        changed();
        say(status, code + " added to the codes to bill.");
      }
      say($("#encoder-target"), "Search to add a code, or press r on a suggestion to replace it.");
      const used = $("#encoder-detail button[data-use]");
      if (used) { used.disabled = true; used.textContent = code + " is in use"; }
    }

    // --- Save ------------------------------------------------------------------------------
    async function save() {
      if (!model.canSave) { say(status, "Your role can read this encounter but not code it.", true); return; }
      const decisions = [];
      const added = finalDx.filter((d) => !d.source);
      for (const s of model.suggestions) {
        const st = state.get(s.id);
        if (s.decided || st.kind === "pending") continue;
        if (st.kind === "accepted") decisions.push({ suggestionId: s.id, kind: "Accepted" });
        else if (st.kind === "rejected") decisions.push({ suggestionId: s.id, kind: "Rejected" });
        else if (st.kind === "changed") decisions.push({ suggestionId: s.id, kind: "Changed", code: st.code });
      }
      const docs = new Set(model.suggestions.map((s) => s.documentId));
      for (const d of added) decisions.push({ kind: "Added", code: d.code, documentId: docs.size === 1 ? [...docs][0] : null });
      say(status, "Saving…");
      try {
        const r = await api("POST", "/api/workbench/encounters/" + model.encounterId + "/coding", Object.assign(draft(), { setId: model.setId, decisions, version: model.version }));
        model.version = r.version;
        for (const s of model.suggestions) if (state.get(s.id).kind !== "pending") s.decided = true;
        dirty = false; nextUrl = r.next;
        say(status, "Saved: " + r.diagnoses + " diagnosis(es), " + r.charges + " charge line(s), " + r.decisions + " decision(s) recorded." + (r.pricedFromFeeSchedule ? " " + r.pricedFromFeeSchedule + " charge(s) priced from the fee schedule." : "") + (r.next ? " Press n for the next encounter." : " The queue is empty."));
        const b = $("#build-claim"); if (b) b.hidden = false;
      } catch (e) { say(status, "Not saved. " + e.message, true); }
    }

    async function buildClaim() {
      say(status, "Building the claim…");
      try {
        const c = await api("POST", "/api/claims", { encounterId: model.encounterId });
        location.href = "/claims/" + c.id;
      } catch (e) { say(status, "No claim was built. " + e.message, true); }
    }

    window.addEventListener("beforeunload", (ev) => { if (dirty) { ev.preventDefault(); ev.returnValue = ""; } });

    model.suggestions.forEach((s) => { if (state.get(s.id).kind !== "pending") paintSuggestion(s.id); });
    renderFinal();
    renderCharges();
    scrub();
  }

  // --- Claims list and claim detail ------------------------------------------------------------
  const bulk = $("#claims-bulk");
  if (bulk) claimsBulk(bulk);

  function selectedIds() { return $$("input[name=claim]:checked").map((c) => c.value); }

  function claimsBulk(form) {
    const out = $("#bulk-status");
    const all = $("#select-all");
    all && all.addEventListener("change", () => $$("input[name=claim]").forEach((c) => (c.checked = all.checked)));
    form.addEventListener("click", async (ev) => {
      const b = ev.target.closest("button[data-bulk]");
      if (!b) return;
      ev.preventDefault();
      const ids = b.dataset.ids ? b.dataset.ids.split(",") : selectedIds();
      if (!ids.length) { say(out, "Select one or more claims first (Space on a row's box).", true); return; }
      const kind = b.dataset.bulk;
      if (kind === "ready") {
        let ok = 0; const problems = [];
        for (const id of ids) {
          try { await api("POST", "/api/claims/" + id + "/ready", {}); ok++; }
          catch (e) { problems.push((b.dataset.number || id.slice(0, 8)) + ": " + e.message); }
        }
        say(out, ok + " claim(s) marked ready." + (problems.length ? " Not marked: " + problems.join(" | ") : ""), problems.length > 0);
        if (ok && !problems.length) setTimeout(() => location.reload(), 800);
      } else if (kind === "export") {
        try {
          const batch = await api("POST", "/api/claims/batches", { kind: b.dataset.kind || "Professional", claimIds: ids });
          say(out, "Exported batch " + batch.controlNumber + " with " + batch.claimCount + " claim(s). ");
          const a = document.createElement("a");
          a.href = "/api/claims/batches/" + batch.id + "/file"; a.download = "batch-" + batch.controlNumber + ".837"; a.id = "download-837";
          a.textContent = "Download the 837 file";
          out.appendChild(a); a.focus();
        } catch (e) { say(out, "No batch was exported. " + e.message, true); }
      } else if (kind === "pdf") {
        location.href = "/api/workbench/claims/cms1500.zip?ids=" + ids.join(",");
      } else if (kind === "scrub") {
        const box = $("#claim-scrub");
        try {
          const r = await api("POST", "/api/claims/" + ids[0] + "/scrub");
          box.textContent = "";
          if (!r.findings.length) { const p = document.createElement("p"); p.className = "ok"; p.textContent = "No findings: the claim is clean."; box.appendChild(p); }
          else {
            const ul = document.createElement("ul"); ul.className = "findings";
            for (const f of r.findings) { const li = document.createElement("li"); li.className = "finding sev-" + f.severity; li.dataset.rule = f.ruleId; li.textContent = f.severity + " " + f.ruleId + ": " + f.message + (f.fix ? " Fix: " + f.fix : ""); ul.appendChild(li); }
            box.appendChild(ul);
          }
          say(out, "Scrubbed: " + r.errors + " error(s), " + r.warnings + " warning(s).");
        } catch (e) { say(out, e.message, true); }
      }
    });
  }
})();

// Forms that call the REST API directly (admin screens): fields become JSON; checkbox groups and
// selects marked data-array become arrays; a lone checkbox becomes true/false.
(function () {
  "use strict";
  document.querySelectorAll("form[data-api-form]").forEach((form) => {
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const body = {};
      for (const el of form.elements) {
        if (!el.name) continue;
        const group = form.querySelectorAll("[name='" + el.name + "']").length > 1;
        if (el.type === "checkbox") {
          if (group) { body[el.name] = body[el.name] || []; if (el.checked) body[el.name].push(el.value); }
          else body[el.name] = el.checked;
        } else if (el.hasAttribute("data-array")) body[el.name] = [el.value];
        else body[el.name] = el.value;
      }
      const out = document.getElementById("admin-status");
      try {
        const res = await fetch(form.dataset.url, { method: form.dataset.method, credentials: "same-origin", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) });
        if (!res.ok) {
          let p = null; try { p = await res.json(); } catch { /* no body */ }
          const parts = [p && p.title ? p.title : "The server answered " + res.status + "."];
          if (p && p.errors) for (const [k, v] of Object.entries(p.errors)) parts.push(k + ": " + [].concat(v).join(" "));
          out.textContent = "Not saved. " + parts.join(" ");
          out.className = "error";
          return;
        }
        out.textContent = "Saved.";
        out.className = "ok";
        if (form.dataset.method === "POST" && form.dataset.url === "/api/users") setTimeout(() => location.reload(), 500);
      } catch (e) { out.textContent = "Not saved: " + e.message + ". Check the connection and try again."; out.className = "error"; }
    });
  });
})();
