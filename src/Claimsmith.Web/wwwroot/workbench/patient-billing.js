// Claimsmith workbench: the billing parts of the patient screen (eligibility checks). Loads after
// workbench.js and uses its helpers (window.Claimsmith).
(function () {
  "use strict";
  const { $$, api, say } = window.Claimsmith;
  const status = document.getElementById("patient-billing-status");

  $$("button[data-check-coverage]").forEach((b) => b.addEventListener("click", async () => {
    b.disabled = true;
    say(status, "Building the 270 eligibility inquiry…");
    const today = new Date().toISOString().slice(0, 10);
    try {
      const c = await api("POST", "/api/eligibility/checks", { coverageId: b.dataset.checkCoverage, dateOfService: today });
      const sent = c.sentAs
        ? "The 270 was sent to the clearinghouse as " + c.sentAs + "; the answer appears here when the payer's 271 comes back."
        : "No clearinghouse connection is configured, so the 270 was built and kept but not sent. Download it and send it yourself; read the payer's 271 back with POST /api/eligibility/checks/" + c.id + "/271.";
      say(status, "Eligibility check recorded for " + today + ". " + sent);
      const a = document.createElement("a");
      a.href = "/api/eligibility/checks/" + c.id + "/270"; a.textContent = "Download the 270"; a.id = "download-270";
      a.setAttribute("download", "270-" + c.traceNumber + ".x12");
      status.appendChild(a);
      const row = b.closest("tr");
      if (row) row.querySelector(".elig-result").textContent = "Asked, no answer yet (the payer's 271 has not come back).";
    } catch (e) { say(status, "No eligibility check was made. " + e.message, true); }
    finally { b.disabled = false; }
  }));
})();
