// Claimsmith workbench: the remittance screens. Upload an 835 for a preview, post it as a
// background job and follow its progress, and resolve exceptions by hand. Loads after
// workbench.js and uses its helpers (window.Claimsmith).
(function () {
  "use strict";
  const { $, $$, api, problemText, say } = window.Claimsmith;

  const dollars = (n) => (n < 0 ? "-$" : "$") + Math.abs(Number(n)).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = text; if (cls) e.className = cls; return e; };
  const reasons = (list) => list.map((r) => r.code + " " + dollars(r.amount) + " " + r.reason + (r.line ? " (line " + r.line + ")" : "")).join("; ");
  const outcomeWords = { Posted: "Would post", Exception: "Would wait in the exceptions queue", AlreadyPosted: "Posted before", NotPosted: "Would not post" };

  // --- Upload and preview ----------------------------------------------------------------------
  const form = $("#remit-upload");
  const status = $("#remit-status");
  const box = $("#remit-preview");
  if (form) {
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const file = $("#remit-file").files[0];
      box.textContent = "";
      if (!file) { say(status, "Choose the 835 file first.", true); return; }
      const max = Number(form.dataset.maxBytes);
      if (file.size > max) { say(status, "The file has " + (file.size / 1048576).toFixed(1) + " MB; at most " + Math.round(max / 1048576) + " MB can be uploaded at once. Ask the payer or clearinghouse to split it.", true); return; }
      if (file.size === 0) { say(status, "The file is empty. Choose the 835 file the payer sent.", true); return; }
      say(status, "Reading " + file.name + " (" + Math.ceil(file.size / 1024) + " KB) and checking it against your claims…");
      try {
        // The file goes as the request body: the browser streams it, nothing is read into this page.
        const res = await fetch("/api/remittances/uploads?name=" + encodeURIComponent(file.name), {
          method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/octet-stream", Accept: "application/json" }, body: file,
        });
        const text = await res.text();
        let data = null; try { data = text ? JSON.parse(text) : null; } catch { data = { title: text }; }
        if (!res.ok) { say(status, "Not uploaded. " + problemText(res.status, data), true); return; }
        renderPreview(data);
      } catch (e) { say(status, "Not uploaded: " + e.message + ". Check the connection and try again.", true); }
    });
  }

  function renderPreview(p) {
    box.textContent = "";
    const h = el("h3", "Preview of " + p.fileName + ": " + p.totalClaims + " claim payment(s)");
    h.id = "preview-h"; h.tabIndex = -1;
    box.appendChild(h);
    if (p.readIssues.length) {
      box.appendChild(el("p", "This file is not a readable 835, so nothing can be posted: " + p.readIssues.join(" "), "error"));
      say(status, "The file cannot be posted: it is not a readable 835.", true);
      h.focus();
      return;
    }
    p.remittances.forEach((r, i) => box.appendChild(remittance(r, i)));
    if (p.canPost) {
      const bar = el("div", null, "bulk-bar");
      const post = el("button", "Post " + p.totalClaims + " claim payment(s)", "primary");
      post.type = "button"; post.id = "remit-post";
      post.addEventListener("click", () => start(p, post));
      bar.appendChild(post);
      bar.appendChild(el("span", "Only what balances posts; unmatched claims wait in the exceptions queue. Posting continues if you leave this page.", "note"));
      box.appendChild(bar);
      say(status, "Preview ready. Check it, then choose Post.");
    } else {
      say(status, "Nothing to post: every remittance of this file was posted before.");
    }
    h.focus();
  }

  function remittance(r, i) {
    const s = el("section", null, "remit-preview");
    s.setAttribute("aria-label", "Remittance " + r.traceNumber);
    s.appendChild(el("h4", "Check " + r.traceNumber + " from " + (r.payer || r.payerKey) + ": " + dollars(r.paymentAmount) + (r.paymentDate ? " paid on " + r.paymentDate : "")));
    const bal = el("p", r.checkBalance, r.checkBalances ? "ok balance" : "error balance");
    bal.dataset.balance = r.checkBalances ? "yes" : "no";
    s.appendChild(bal);
    s.appendChild(el("p", r.balanced ? "Every claim balances at line and claim level." : "Does not balance: " + r.issues.join(" "), r.balanced ? "ok" : "error"));
    if (r.alreadyPosted) s.appendChild(el("p", "This remittance (payer and check number) was posted before: posting it again changes nothing.", "note"));
    if (r.rejected) s.appendChild(el("p", "It would not post at all: " + r.rejected, "error"));
    if (r.providerAdjustments.length) {
      s.appendChild(el("p", "Provider-level adjustments (PLB): " + reasons(r.providerAdjustments) + "."));
    }
    const t = el("table", null, "grid preview-claims");
    t.setAttribute("aria-label", "Claims of remittance " + r.traceNumber);
    const head = el("thead"); const hr = el("tr");
    for (const c of ["Claim", "Patient", "Payer's answer", "Charge", "Paid", "Patient owes", "Written off", "Denied", "What posting does"]) {
      const th = el("th", c); th.scope = "col"; if (["Charge", "Paid"].includes(c)) th.className = "num"; hr.appendChild(th);
    }
    head.appendChild(hr); t.appendChild(head);
    const body = el("tbody");
    for (const c of r.claims) {
      const x = c.explanation || {};
      const tr = el("tr"); tr.dataset.claim = c.claimNumber; tr.dataset.outcome = c.outcome;
      const num = el("td");
      if (c.claimId) { const a = el("a", c.claimNumber); a.href = "/claims/" + c.claimId; num.appendChild(a); } else num.textContent = c.claimNumber + " (no such claim)";
      tr.appendChild(num);
      tr.appendChild(el("td", c.patient || "unknown"));
      tr.appendChild(el("td", (x.status || "") + (x.payerClaimControlNumber ? ", payer claim " + x.payerClaimControlNumber : "") + (x.crossoverTo ? ", forwarded to " + x.crossoverTo : "")));
      tr.appendChild(el("td", dollars(x.charge || 0), "num"));
      tr.appendChild(el("td", dollars(x.paid || 0), "num"));
      tr.appendChild(el("td", (x.patientOwes ? dollars(x.patientOwes) + ": " + reasons(x.patientReasons) : "nothing")));
      tr.appendChild(el("td", (x.writtenOff ? dollars(x.writtenOff) + ": " + reasons(x.writeOffReasons) : "nothing")));
      tr.appendChild(el("td", (x.deniedLines && x.deniedLines.length)
        ? x.deniedLines.map((d) => (d.line ? "line " + d.line : "claim") + " " + dollars(d.amount) + " " + d.code + " " + d.reason + (d.remarks.length ? " (" + d.remarks.join("; ") + ")" : "") + ", category " + d.category + ". " + d.action).join(" ")
        : "nothing"));
      tr.appendChild(el("td", (outcomeWords[c.outcome] || c.outcome) + (c.statusAfter ? ": claim becomes " + c.statusAfter : "") + (c.message ? ". " + c.message : "") + (x.balanced === false ? " (does not balance)" : ""),
        c.outcome === "Exception" || c.outcome === "NotPosted" ? "error" : ""));
      body.appendChild(tr);
    }
    t.appendChild(body);
    s.appendChild(t);
    if (r.claimsLeftOut) s.appendChild(el("p", r.claimsLeftOut + " more claim payment(s) are not shown here; posting handles them all.", "note"));
    return s;
  }

  async function start(p, button) {
    button.disabled = true;
    say(status, "Starting…");
    try {
      const job = await api("POST", "/api/remittances/uploads/" + p.id + "/post", {});
      follow(job.id);
    } catch (e) { button.disabled = false; say(status, "Not posted. " + e.message, true); }
  }

  // Polls one job until it ends; the status region says "N of M claims posted".
  function follow(id) {
    const tick = async () => {
      let job;
      try { job = await api("GET", "/api/remittances/jobs/" + id); }
      catch (e) { say(status, "Cannot read the progress: " + e.message + " The posting continues on the server; reload this page to see it.", true); return; }
      say(status, job.progress + " " + (job.state === "Running" || job.state === "Queued" ? "You can leave this page: posting continues." : job.message), job.state === "Failed" || job.state === "Cancelled");
      if (job.state === "Completed") {
        for (const rid of job.remittanceIds) {
          const a = el("a", "Open the posted remittance"); a.href = "/remittance/" + rid; a.className = "posted-link";
          status.appendChild(document.createTextNode(" ")); status.appendChild(a);
        }
        return;
      }
      if (job.state === "Queued" || job.state === "Running") setTimeout(tick, 1000);
    };
    tick();
  }

  // --- Running jobs on the list ------------------------------------------------------------------
  const jobs = $("#remit-jobs");
  if (jobs && jobs.dataset.poll) {
    const refresh = async () => {
      let list;
      try { list = await api("GET", "/api/remittances/jobs"); } catch { return; }
      let running = false;
      for (const j of list) {
        const row = jobs.querySelector("tr[data-job='" + j.id + "']");
        if (!row) continue;
        row.dataset.state = j.state;
        $(".job-progress", row).textContent = j.progress;
        $(".job-message", row).textContent = j.message;
        if (j.state === "Queued" || j.state === "Running") running = true;
      }
      if (running) setTimeout(refresh, 2000);
    };
    setTimeout(refresh, 2000);
  }

  // --- Exceptions: resolve by hand ---------------------------------------------------------------
  $$("form.resolve").forEach((f) => f.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const number = f.elements.claimNumber.value.trim();
    if (!number) { say(status, "Enter the claim number this payment belongs to.", true); f.elements.claimNumber.focus(); return; }
    try {
      const r = await api("POST", "/api/remittances/exceptions/" + f.dataset.id + "/resolve", { claimNumber: number });
      const cell = f.parentElement;
      cell.textContent = "Posted to claim " + number + ". ";
      if (r.claimId) { const a = el("a", "Open the claim"); a.href = "/claims/" + r.claimId; cell.appendChild(a); }
      say(status, "The payment was posted to claim " + number + ".");
    } catch (e) { say(status, "Not posted to " + number + ". " + e.message, true); }
  }));
})();
