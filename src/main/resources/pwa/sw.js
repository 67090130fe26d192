/*
 * Campaign Tracker's service worker (README, Install on a phone), served at /sw.js by ServiceWorkerController
 * instead of the one Vaadin's @PWA would build, which precaches the app shell and the frontend bundle and, in
 * development mode, comes from Vaadin's own default bundle with offline path "." (the app shell, not our
 * page). This one does one thing: when a page of the app cannot be loaded because the network is gone, it
 * shows the static offline page.
 *
 * - It caches only offline.html, a static page that holds nothing of any person. Pages, the UI's requests and
 *   files always go to the network and are never stored, so a signed-in person never gets a stale page and no
 *   personal data is kept on the phone.
 * - It answers only page loads (navigations) of its scope; everything else passes through untouched.
 * - Each version's cache has its own name; an activated version deletes the caches of earlier versions (and
 *   those of Vaadin's generated worker, should an earlier install have registered it).
 */
const VERSION = "ct-offline-v1";
const OFFLINE_PAGE = new URL("offline.html", self.registration.scope).href;
let connectionLost = false;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(VERSION)
    .then((cache) => cache.add(new Request(OFFLINE_PAGE, { cache: "reload", credentials: "omit" })))
    .then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== VERSION).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  if (event.request.mode !== "navigate") {
    return; // the browser fetches it as if there were no worker
  }
  event.respondWith(fetch(event.request)
    .then((response) => {
      connectionLost = false;
      return response;
    })
    .catch(async (error) => {
      connectionLost = true;
      const offline = await caches.match(OFFLINE_PAGE, { cacheName: VERSION });
      if (offline) {
        return offline;
      }
      throw error;
    }));
});

// Vaadin's client asks the worker whether the connection was lost (its ConnectionStateStore)
self.addEventListener("message", (event) => {
  const data = event.data;
  if (data && typeof data === "object" && data.method === "Vaadin.ServiceWorker.isConnectionLost" && "id" in data) {
    event.source?.postMessage({ id: data.id, result: connectionLost }, []);
  }
});
