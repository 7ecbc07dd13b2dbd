// Claimsmith workbench: time capture from the work itself (issue 10). A work screen (coding,
// claim) loads this script with the client organization and the encounter or claim on the script
// tag; while the user works (keys, pointer, scrolling, focus) it reports a heartbeat at most every
// 30 seconds, and an end when the page is hidden or left. The server stamps each report with its
// own clock and builds sessions from them; a gap longer than the client's idle pause is not counted,
// so a screen left open over lunch adds nothing.
(function () {
  "use strict";

  const tag = document.currentScript;
  if (!tag || !tag.dataset.organization) return;
  const body = (kind) => JSON.stringify({
    organizationId: tag.dataset.organization,
    encounterId: tag.dataset.encounter || null,
    claimId: tag.dataset.claim || null,
    screen: tag.dataset.screen || "work",
    kind,
  });
  // At most one heartbeat per interval; the engine's default idle pause is five minutes.
  const interval = Math.max(1000, Number(tag.dataset.interval) || 30000);
  let lastSent = 0;
  let timer = null;
  let ended = false;

  function send(kind) {
    // keepalive lets the end report outlive the page being unloaded.
    return fetch("/api/freelance/activity", {
      method: "POST",
      credentials: "same-origin",
      keepalive: true,
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: body(kind),
    }).catch(() => { /* offline: the time is simply not captured */ });
  }

  function heartbeat() {
    timer = null;
    lastSent = Date.now();
    ended = false;
    send("Heartbeat");
  }

  function activity() {
    if (document.visibilityState !== "visible") return;
    const wait = lastSent + interval - Date.now();
    if (wait <= 0 && !timer) heartbeat();
    else if (!timer) timer = setTimeout(heartbeat, wait);
  }

  function end() {
    if (ended) return;
    ended = true;
    if (timer) { clearTimeout(timer); timer = null; }
    lastSent = 0;
    send("End");
  }

  for (const type of ["keydown", "pointerdown", "pointermove", "wheel", "scroll", "focusin"]) {
    window.addEventListener(type, activity, { passive: true, capture: true });
  }
  document.addEventListener("visibilitychange", () => (document.visibilityState === "hidden" ? end() : activity()));
  window.addEventListener("pagehide", end);
  window.addEventListener("pageshow", (ev) => { if (ev.persisted) activity(); });
  activity();
})();
