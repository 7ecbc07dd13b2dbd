// Claimsmith workbench: the denial work queue, one denial, and appeals. Plain JavaScript; the
// pages are server-rendered and readable without it. Uses window.Claimsmith from workbench.js.
(function () {
  "use strict";
  const { $, $$, typing, api, say } = window.Claimsmith;

  // --- Queue and appeal list: j/k or arrows move between rows, Enter opens ------------------
  const rows = $$("tr.denial-row");
  if (rows.length) {
    document.addEventListener("keydown", (ev) => {
      if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target)) return;
      const i = rows.indexOf(document.activeElement);
      const move = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 }[ev.key];
      if (move) {
        // Arrows only take over once a row has focus, so the page still scrolls otherwise.
        if (i < 0 && ev.key.startsWith("Arrow")) return;
        ev.preventDefault();
        const next = rows[Math.min(rows.length - 1, Math.max(0, i < 0 ? 0 : i + move))];
        next.focus();
        next.scrollIntoView({ block: "nearest" });
      } else if (ev.key === "Enter" && i >= 0 && ev.target === rows[i]) {
        ev.preventDefault();
        location.href = rows[i].dataset.href;
      }
    });
  }

  // --- One denial ---------------------------------------------------------------------------
  const denial = $("#denial-screen");
  if (denial) denialScreen(denial);

  function denialScreen(root) {
    const d = root.dataset;
    const out = $("#denial-status");
    const note = (text) => api("POST", "/api/denials/" + d.id + "/notes", { text });

    const corrected = $("#make-corrected");
    corrected && corrected.addEventListener("click", async () => {
      corrected.disabled = true;
      say(out, "Making the corrected claim…");
      try {
        const c = await api("POST", "/api/claims/" + d.claimId + "/correct", { reason: "Denial " + d.codes });
        await note("Corrected claim " + c.claimNumber + " (frequency 7) made to replace " + d.claimNumber + ".");
        say(out, "Corrected claim " + c.claimNumber + " made. Opening it…");
        location.href = "/claims/" + c.id;
      } catch (e) { corrected.disabled = false; say(out, "No corrected claim was made. " + e.message, true); }
    });

    const appeal = $("#make-appeal");
    appeal && appeal.addEventListener("click", async () => {
      appeal.disabled = true;
      say(out, "Opening the appeal…");
      try {
        const a = await api("POST", "/api/appeals", {
          claimId: d.claimId, claimLineId: d.claimLineId || null, denialDate: d.denialDate,
          denialCodes: d.codes, amountAppealed: Number(d.amount),
        });
        await note("Level " + a.level + " appeal opened, deadline " + a.deadline + ".");
        location.href = "/appeals/" + a.id;
      } catch (e) { appeal.disabled = false; say(out, "No appeal was opened. " + e.message, true); }
    });

    const assign = async (who) => {
      try {
        await api("POST", "/api/denials/" + d.id + "/assign", { assignee: who });
        say(out, "Assigned to " + who + ".");
        setTimeout(() => location.reload(), 600);
      } catch (e) { say(out, "Not assigned. " + e.message, true); }
    };
    const me = $("#assign-me");
    me && me.addEventListener("click", () => assign(d.me));
    const assignForm = $("#assign-form");
    assignForm && assignForm.addEventListener("submit", (ev) => { ev.preventDefault(); assign($("#assignee").value.trim()); });

    const resolve = $("#resolve-form");
    resolve && resolve.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const extra = $("#resolution-note").value.trim();
      try {
        await api("POST", "/api/denials/" + d.id + "/resolve", { text: $("#outcome").value + (extra ? ": " + extra : "") });
        say(out, "Resolved.");
        setTimeout(() => location.reload(), 600);
      } catch (e) { say(out, "Not resolved. " + e.message, true); }
    });

    const noteForm = $("#note-form");
    noteForm && noteForm.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      try {
        await note($("#note-text").value.trim());
        say(out, "Note added.");
        setTimeout(() => location.reload(), 600);
      } catch (e) { say(out, "The note was not added. " + e.message, true); }
    });
  }

  // --- One appeal ---------------------------------------------------------------------------
  const appealRoot = $("#appeal-screen");
  if (appealRoot) appealScreen(appealRoot);

  function appealScreen(root) {
    const id = root.dataset.id;
    const out = $("#appeal-status");
    const reloadSoon = () => setTimeout(() => location.reload(), 600);

    const details = $("#appeal-details");
    details && details.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      try {
        await api("PUT", "/api/appeals/" + id + "/details", {
          reason: $("#appeal-reason").value, lcdReference: $("#appeal-lcd").value, enclosures: $("#appeal-enclosures").value,
          version: Number(root.dataset.version),
        });
        say(out, "Saved. Rebuilding the letter…");
        reloadSoon();
      } catch (e) { say(out, "Not saved. " + e.message, true); }
    });

    const filed = $("#appeal-filed-form");
    filed && filed.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      try {
        await api("POST", "/api/appeals/" + id + "/filed", { filedOn: $("#filed-on").value });
        say(out, "Marked filed on " + $("#filed-on").value + ".");
        reloadSoon();
      } catch (e) { say(out, "Not marked filed. " + e.message, true); }
    });

    const decision = $("#appeal-decision-form");
    decision && decision.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      try {
        await api("POST", "/api/appeals/" + id + "/decision", {
          outcome: $("#decision-outcome").value, amountRecovered: Number($("#decision-amount").value || 0),
          decidedOn: $("#decision-on").value || null, note: $("#decision-note").value || null,
        });
        say(out, "Decision recorded.");
        reloadSoon();
      } catch (e) { say(out, "The decision was not recorded. " + e.message, true); }
    });
  }
})();
