// Background jobs on the workbench: start a batch scrub (claims list) or batch coding (coding
// queue), follow its progress in the section's status region ("12 of 40 claims scrubbed"), cancel
// it, read its per-item errors; the jobs screen lists recent jobs and updates them while any runs.
// The work runs on the server (/api/jobs): leaving the page does not stop it, and coming back
// picks the running job up again (the section's data-job). Loads after workbench.js.
(function () {
  "use strict";
  const { $, $$, api, say } = window.Claimsmith;
  const finished = (job) => job.state === "Done" || job.state === "Failed" || job.state === "Cancelled";

  function renderErrors(list, job) {
    list.textContent = "";
    for (const e of job.errors) {
      const li = document.createElement("li");
      if (e.href) {
        const a = document.createElement("a"); a.href = e.href; a.textContent = e.label;
        li.appendChild(a);
        li.appendChild(document.createTextNode(": " + e.message));
      } else {
        li.textContent = e.label + ": " + e.message;
      }
      list.appendChild(li);
    }
    if (job.errorsLeftOut > 0) {
      const li = document.createElement("li"); li.textContent = "and " + job.errorsLeftOut + " more.";
      list.appendChild(li);
    }
    list.hidden = job.errors.length === 0;
  }

  function render(section, job) {
    const progress = $(".job-progress", section), bar = $(".job-bar", section), result = $(".job-result", section);
    const cancel = $(".job-cancel", section), errors = $(".job-errors", section);
    const done = finished(job);
    say(progress, job.progress + " " + (done ? job.message : "You can leave this page: the work continues on the server."), job.state === "Failed");
    section.dataset.state = job.state;
    if (bar) { bar.hidden = done; bar.max = Math.max(job.total, 1); bar.value = job.done; }
    if (result) {
      result.textContent = "";
      if (done && job.link) {
        const a = document.createElement("a"); a.href = job.link; a.textContent = job.linkText || "Show the outcome"; a.className = "job-link";
        result.appendChild(a);
      }
      result.hidden = !result.firstChild;
    }
    if (cancel) { cancel.hidden = done || !job.canCancel; cancel.dataset.jobId = job.id; }
    if (errors) renderErrors(errors, job);
    for (const b of $$("button[data-job-start]", section)) b.disabled = !done || b.dataset.empty === "1";
  }

  function follow(section, id) {
    const tick = async () => {
      let job;
      try { job = await api("GET", "/api/jobs/" + id); }
      catch (e) { say($(".job-progress", section), "Cannot read the progress: " + e.message + " The work continues on the server; see the jobs screen.", true); return; }
      render(section, job);
      if (!finished(job)) setTimeout(tick, 1000);
    };
    tick();
  }

  for (const section of $$("section.job")) {
    for (const b of $$("button[data-job-start]", section)) if (b.disabled) b.dataset.empty = "1";
    section.addEventListener("click", async (ev) => {
      const cancel = ev.target.closest("button.job-cancel");
      if (cancel) {
        try { render(section, await api("POST", "/api/jobs/" + cancel.dataset.jobId + "/cancel", {})); }
        catch (e) { say($(".job-progress", section), e.message, true); }
        return;
      }
      const b = ev.target.closest("button[data-job-start]");
      if (!b) return;
      let body;
      if (b.dataset.jobSelection) {
        const ids = $$("input[name='" + b.dataset.jobSelection + "']:checked").map((x) => x.value);
        if (!ids.length) { say($(".job-progress", section), "Select one or more rows first (Space on a row's box), or use the button that takes all matching the filter.", true); return; }
        body = { [b.dataset.jobIds]: ids };
      } else {
        body = JSON.parse(b.dataset.jobBody || "{}");
      }
      for (const x of $$("button[data-job-start]", section)) x.disabled = true;
      try {
        const job = await api("POST", b.dataset.jobStart, body);
        section.dataset.job = job.id;
        render(section, job);
        follow(section, job.id);
      } catch (e) {
        say($(".job-progress", section), "Not started. " + e.message, true);
        for (const x of $$("button[data-job-start]", section)) x.disabled = x.dataset.empty === "1";
      }
    });
    if (section.dataset.job) follow(section, section.dataset.job);
  }

  // --- The jobs screen: refresh the rows while any job runs ----------------------------------
  const table = $("#jobs-list");
  if (table) {
    table.addEventListener("click", async (ev) => {
      const b = ev.target.closest("button[data-cancel]");
      if (!b) return;
      const row = b.closest("tr");
      try { update(row, await api("POST", "/api/jobs/" + b.dataset.cancel + "/cancel", {})); say($("#jobs-status"), "Asked the job to stop before its next item."); }
      catch (e) { say($("#jobs-status"), e.message, true); }
    });
    const update = (row, j) => {
      row.dataset.state = j.state;
      const state = $(".job-state", row); state.textContent = j.state; state.className = "job-state job-state-" + j.state;
      $(".job-progress", row).textContent = j.progress;
      $(".job-message", row).textContent = j.message;
      $(".job-counts", row).textContent = j.succeeded + " / " + j.failed;
      const link = $(".job-link", row);
      if (link && j.link && finished(j)) { link.href = j.link; link.textContent = j.linkText || "Show the outcome"; link.hidden = false; }
      const errors = $(".job-errors", row); if (errors) renderErrors(errors, j);
      const b = $("button[data-cancel]", row); if (b) b.hidden = finished(j) || !j.canCancel;
    };
    const refresh = async () => {
      let list;
      try { list = await api("GET", "/api/jobs"); } catch { return; }
      let running = false;
      for (const j of list) {
        const row = table.querySelector("tr[data-job='" + j.id + "']");
        if (!row) continue; // started after this page was shown: reloading the page lists it
        update(row, j);
        running ||= !finished(j);
      }
      if (running) setTimeout(refresh, 2000);
    };
    if (table.dataset.poll) setTimeout(refresh, 1000);
  }
})();
