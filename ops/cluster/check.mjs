// The browser half of ops/check-cluster.sh: node check.mjs https://127.0.0.1:PORT, with APP1_PID and
// APP2_PID set. Shows that a browser session stays on its instance, that a change made through one
// instance is seen through the other, and that after kill -9 of an instance its users land on the
// login page through the other one with nothing committed lost. Exits 1 with a message otherwise.
import { chromium } from 'playwright-core';

const lb = process.argv[2];
const pids = { app1: Number(process.env.APP1_PID), app2: Number(process.env.APP2_PID) };
const fail = (message) => { console.error('cluster check: ' + message); process.exit(1); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** A browser signed in as zhang, with the instances that served it. */
async function signIn() {
  // the check's nginx has a self-signed certificate (ops/check-cluster.sh)
  const context = await browser.newContext({ locale: 'zh-CN', ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const servedBy = new Set();
  page.on('response', (r) => {
    const by = r.headers()['x-served-by'];
    // pages and Vaadin's own requests; scripts and styles may come from the browser's cache
    const type = r.request().resourceType();
    if (by && r.url().startsWith(lb) && ['document', 'xhr', 'fetch'].includes(type)) servedBy.add(by);
  });
  await page.goto(lb + '/login');
  await page.fill('vaadin-text-field input', 'zhang');
  await page.fill('vaadin-password-field input', 'demo');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 60000 });
  await page.waitForSelector('#notification-bell', { timeout: 60000 });
  const cookie = (await context.cookies()).find((c) => c.name === 'JSESSIONID');
  const route = cookie && cookie.value.split('.').pop();
  if (!pids[route]) fail('the session cookie names no instance: ' + (cookie && cookie.value));
  return { context, page, route, servedBy };
}

async function unread(page) {
  const count = page.locator('#unread-count');
  return (await count.isVisible()) ? Number(await count.textContent()) : 0;
}

// two browsers, one on each instance (a browser without a cookie goes round-robin)
const a = await signIn();
let b = await signIn();
for (let i = 0; i < 6 && b.route === a.route; i++) {
  await b.context.close();
  b = await signIn();
}
if (b.route === a.route) fail('every sign-in landed on ' + a.route);
console.log(`browser A on ${a.route}, browser B on ${b.route}`);

// stickiness: every request of a session, page loads and Vaadin's own, goes to its instance
for (const path of ['/portfolio', '/projects', '/notifications', '/my-tasks', '/templates']) {
  await a.page.goto(lb + path);
  await a.page.waitForSelector('#notification-bell');
}
if (a.servedBy.size !== 1 || !a.servedBy.has(a.route)) fail('A was served by ' + [...a.servedBy].join(', '));
console.log(`A stayed on ${a.route} for ${a.servedBy.size} instance(s) over its requests`);

// a change through A is seen through B at once: no instance keeps a stale copy
await b.page.goto(lb + '/notifications');
await b.page.waitForSelector('#notification-bell');
const before = await unread(b.page);
if (before === 0) fail('zhang has no unread notices to mark read');
await a.page.goto(lb + '/notifications');
await a.page.click('#mark-all-read');
for (let i = 0; i < 20; i++) { // the bell recounts at the next navigation
  await a.page.goto(lb + '/notifications');
  await a.page.waitForSelector('#notification-bell');
  if (await unread(a.page) === 0) break;
  await new Promise((r) => setTimeout(r, 500));
}
if (await unread(a.page) !== 0) fail('marking all read through ' + a.route + ' did not take');
await b.page.goto(lb + '/portfolio');
await b.page.waitForSelector('#notification-bell');
const after = await unread(b.page);
if (after !== 0) fail(`B still shows ${after} unread after A marked all read (was ${before})`);
console.log(`marked read through ${a.route} (${before} notices), seen through ${b.route}`);

// kill -9 the instance A is on: A's next request reaches the other instance and the login page
process.kill(pids[a.route], 'SIGKILL');
await new Promise((r) => setTimeout(r, 1500));
a.servedBy.clear();
await a.page.goto(lb + '/portfolio');
await a.page.waitForURL((u) => u.pathname.startsWith('/login'), { timeout: 60000 });
if (!a.servedBy.has(b.route) || a.servedBy.has(a.route)) fail('after the kill A was served by ' + [...a.servedBy]);
console.log(`${a.route} killed: A's next request went to ${b.route}, which showed the login page`);
await a.page.fill('vaadin-text-field input', 'zhang');
await a.page.fill('vaadin-password-field input', 'demo');
await a.page.keyboard.press('Enter');
await a.page.waitForSelector('#notification-bell', { timeout: 60000 });
if (await unread(a.page) !== 0) fail('the change committed before the kill was lost');
console.log('signed in again through ' + b.route + ': the committed change is there');

await browser.close();
