// The toolbar popup: the therapist chooses where notes are checked. "Now" uses the activeTab
// grant of this click (no permission kept); "Always" asks for this one site and registers the
// content script there; file:// pages are covered by Chrome's "Allow access to file URLs".
"use strict";

const status = (text) => { document.getElementById("status").textContent = text; };

async function main() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (!tab || !tab.url) { status("This page cannot be checked."); return; }
  const url = new URL(tab.url);
  const web = url.protocol === "https:" || url.protocol === "http:";
  const pattern = web ? `${url.protocol}//${url.host}/*` : null;
  const scriptId = pattern ? `site:${url.protocol}//${url.host}` : null;
  document.getElementById("site").textContent = web ? url.host : url.protocol === "file:" ? "a file on this computer" : url.protocol;

  const registered = scriptId
    ? (await chrome.scripting.getRegisteredContentScripts({ ids: [scriptId] })).length > 0
    : false;
  document.getElementById("always").hidden = !web || registered;
  document.getElementById("stop").hidden = !registered;

  document.getElementById("once").addEventListener("click", async () => {
    try {
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ["content.js"] });
      status("Checking: click into the note field.");
    } catch (error) {
      status(url.protocol === "file:"
        ? "Turn on 'Allow access to file URLs' for NoteAudit in chrome://extensions."
        : String(error.message || error));
    }
  });
  document.getElementById("always").addEventListener("click", async () => {
    const granted = await chrome.permissions.request({ origins: [pattern] });
    if (!granted) { status("Not allowed: notes on this site are not checked."); return; }
    await chrome.scripting.registerContentScripts([
      { id: scriptId, matches: [pattern], js: ["content.js"], runAt: "document_idle", persistAcrossSessions: true },
    ]);
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ["content.js"] });
    status(`Notes on ${url.host} are checked from now on.`);
  });
  document.getElementById("stop").addEventListener("click", async () => {
    await chrome.scripting.unregisterContentScripts({ ids: [scriptId] });
    await chrome.permissions.remove({ origins: [pattern] });
    status(`Notes on ${url.host} are no longer checked (reload the page).`);
  });
}

main();
