// NoteAudit extension: the service worker. It holds the one port to the NoteAudit program on
// this computer (the native messaging host "org.noteaudit.host", i.e. `noteaudit native-host`)
// and relays the content script's checks to it. Nothing is sent anywhere else: there is no
// network code in this extension.
"use strict";

const HOST = "org.noteaudit.host";
let port = null;
let nextId = 1;
/** Request id -> the content script's sendResponse. */
const waiting = new Map();
/** Tab id -> the documents ("tab-3/f1") the host keeps for it, closed when the tab goes. */
const docsByTab = new Map();

function connect() {
  port = chrome.runtime.connectNative(HOST);
  port.onMessage.addListener((message) => {
    const reply = waiting.get(message.id);
    if (reply) {
      waiting.delete(message.id);
      reply(message);
    }
  });
  port.onDisconnect.addListener(() => {
    const reason = chrome.runtime.lastError ? chrome.runtime.lastError.message : "the NoteAudit program stopped";
    for (const reply of waiting.values()) {
      reply({ type: "error", message: `${reason}. Install it with 'noteaudit native-host install', then reload this page.` });
    }
    waiting.clear();
    port = null;
  });
}

function send(message, reply) {
  if (!port) connect();
  const id = nextId++;
  if (reply) waiting.set(id, reply);
  try {
    port.postMessage({ ...message, id });
  } catch (error) {
    waiting.delete(id);
    if (reply) reply({ type: "error", message: String(error) });
  }
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message.type !== "check" || !sender.tab || typeof message.text !== "string") return false;
  const doc = `tab-${sender.tab.id}/${message.field}`;
  if (!docsByTab.has(sender.tab.id)) docsByTab.set(sender.tab.id, new Set());
  docsByTab.get(sender.tab.id).add(doc);
  send({ type: "check", doc, text: message.text }, sendResponse);
  return true; // the answer comes asynchronously
});

chrome.tabs.onRemoved.addListener((tabId) => {
  const docs = docsByTab.get(tabId);
  docsByTab.delete(tabId);
  if (!docs || !port) return;
  for (const doc of docs) send({ type: "close", doc }, null);
});
