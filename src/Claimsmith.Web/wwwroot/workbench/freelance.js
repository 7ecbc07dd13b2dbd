// Claimsmith workbench: the freelance screens (time sheet, productivity, quality review,
// invoices, clients). The pages are server-rendered; their forms call the REST API under
// /api/freelance through Claimsmith.api (workbench.js) and reload or move on when it answers.
(function () {
  "use strict";
  const { $, $$, api, say } = window.Claimsmith;
  const status = () => $("#freelance-status");

  // Fields become JSON: empty fields are left out (null to the API), data-num fields are numbers,
  // data-list fields are arrays split on commas and spaces, checkboxes are true/false.
  function fields(form) {
    const body = {};
    for (const el of form.elements) {
      if (!el.name || el.disabled) continue;
      if (el.type === "radio" && !el.checked) continue;
      if (el.type === "checkbox") { body[el.name] = el.checked; continue; }
      const v = el.value.trim();
      if (v === "") continue;
      if (el.hasAttribute("data-num")) body[el.name] = Number(v);
      else if (el.hasAttribute("data-list")) body[el.name] = v.split(/[\s,]+/).filter(Boolean);
      else body[el.name] = v;
    }
    return body;
  }

  function after(form, result) {
    const then = form.dataset.then || "reload";
    if (then === "reload") { location.reload(); return; }
    location.href = then.replace("{id}", result && result.id ? result.id : "");
  }

  $$("form[data-api]").forEach((form) => {
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const out = $("[role=status]", form) || status();
      say(out, form.dataset.busy || "Saving…");
      try {
        const result = await api(form.dataset.method || "POST", form.dataset.api, fields(form));
        say(out, form.dataset.done || "Saved.");
        after(form, result);
      } catch (e) {
        say(out, (form.dataset.failed || "Not saved.") + " " + e.message, true);
      }
    });
  });

  // Quality review: per code of the coder agree, disagree (remove) or replace; plus codes the
  // coder missed. The auditor's codes are what is agreed, the replacements and the additions.
  $$("form.recode").forEach((form) => {
    const sync = () => $$("fieldset.code-choice", form).forEach((fs) => {
      const replace = $("input[type=radio][value=replace]", fs).checked;
      const input = $("input.replacement", fs);
      input.disabled = !replace;
      input.required = replace;
    });
    form.addEventListener("change", sync);
    sync();
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const out = $("[role=status]", form);
      const codes = [];
      for (const fs of $$("fieldset.code-choice", form)) {
        const choice = $("input[type=radio]:checked", fs);
        if (!choice) { say(out, "Choose agree, disagree or replace for " + fs.dataset.code + ".", true); $("input[type=radio]", fs).focus(); return; }
        if (choice.value === "agree") codes.push(fs.dataset.code);
        if (choice.value === "replace") {
          const r = $("input.replacement", fs).value.trim();
          if (!r) { say(out, "Enter the code that replaces " + fs.dataset.code + ".", true); $("input.replacement", fs).focus(); return; }
          codes.push(r);
        }
      }
      const added = $("input[name=added]", form).value.split(/[\s,]+/).filter(Boolean);
      codes.push(...added);
      say(out, "Saving the review of this chart…");
      try {
        await api("PUT", form.dataset.api, { codes });
        say(out, "Saved.");
        location.reload();
      } catch (e) { say(out, "Not saved. " + e.message, true); }
    });
  });
})();
