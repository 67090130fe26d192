// The browser half of ops/check-cluster.sh: node check.mjs https://127.0.0.1:PORT, with APP1_PID,
// APP2_PID, APP1_URL and APP2_URL set. Shows that a browser session stays on its instance, that a change
// made through one instance is seen through the other, that an administrator's password reset through one
// instance ends the person's open tab on the other at its next click (issue 19, M2), that failed sign-ins
// through one instance lock the account on the other (M3), and that after kill -9 of an instance its users
// land on the login page through the other one with nothing committed lost. Exits 1 with a message otherwise.
import { chromium } from 'playwright-core';

const lb = process.argv[2];
const pids = { app1: Number(process.env.APP1_PID), app2: Number(process.env.APP2_PID) };
const direct = { app1: process.env.APP1_URL, app2: process.env.APP2_URL };
const fail = (message) => { console.error('cluster check: ' + message); process.exit(1); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** A browser signed in (as zhang unless told), with the instances that served it. */
async function signIn(username = 'zhang', password = 'demo') {
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
  await page.fill('vaadin-text-field input', username);
  await page.fill('vaadin-password-field input', password);
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

// issue 19, M2: xiaoming's open tab on one instance; an administrator on the other resets his password;
// xiaoming's next click (a Vaadin request, not a page load) ends on the login page of his own instance
const c = await signIn('xiaoming', 'demo');
let d = await signIn('admin', 'admin');
for (let i = 0; i < 6 && d.route === c.route; i++) {
  await d.context.close();
  d = await signIn('admin', 'admin');
}
if (d.route === c.route) fail('every administrator sign-in landed on ' + c.route);
await d.page.goto(lb + '/admin/people');
await d.page.locator('#people-grid').getByText('xiaoming', { exact: true }).click();
await d.page.click('#reset-password');
await d.page.fill('#new-password input', 'Cluster-check-reset-2026');
await d.page.click('#save-person');
await d.page.waitForSelector('vaadin-notification-card', { timeout: 20000 });
c.servedBy.clear();
await c.page.click('#language-switcher');
await c.page.locator('vaadin-select-item').filter({ hasText: 'English' }).click();
await c.page.waitForURL((u) => u.pathname.startsWith('/login'), { timeout: 30000 });
if (!c.servedBy.has(c.route) || c.servedBy.size !== 1) fail('xiaoming\'s tab was served by ' + [...c.servedBy]);
console.log(`password reset through ${d.route}: xiaoming's open tab on ${c.route} landed on the login page at its next click`);

// issue 19, M3: five wrong passwords through one instance lock the account on the other, even for the right
// password, over the login form and the actuator's Basic alike; the administrator sees the lock and lifts it
const form = (instance, username, password) => fetch(direct[instance] + '/login', {
  method: 'POST', redirect: 'manual', body: new URLSearchParams({ username, password }),
}).then((r) => r.headers.get('location') || '');
const basic = (instance, username, password) => fetch(direct[instance] + '/actuator/prometheus', {
  headers: { Authorization: 'Basic ' + Buffer.from(username + ':' + password).toString('base64') },
}).then((r) => r.status);
const other = { app1: 'app2', app2: 'app1' };
const one = d.route, two = other[d.route];
if ((await form(two, 'xiaohong', 'demo')).includes('/login')) fail('xiaohong cannot sign in to begin with');
for (let i = 1; i <= 5; i++) {
  if (!(await form(one, 'xiaohong', 'wrong-' + i)).endsWith('/login?error')) fail('wrong password ' + i + ' was not refused');
}
if (!(await form(two, 'xiaohong', 'demo')).endsWith('/login?error')) fail(`the right password through ${two} was not refused after five failures through ${one}`);
if (await basic(two, 'xiaohong', 'demo') !== 401) fail(`actuator Basic through ${two} did not refuse the locked account`);
await d.page.goto(lb + '/admin/people');
const unlock = d.page.locator('#unlock-account-xiaohong');
await unlock.waitFor({ timeout: 20000 });
await unlock.click();
await d.page.locator('#locked-sign-ins').getByText('xiaohong').waitFor({ state: 'hidden', timeout: 20000 }); // the grid hides when empty
if ((await form(one, 'xiaohong', 'demo')).includes('/login')) fail('xiaohong cannot sign in after the unlock');
console.log(`five failures through ${one} locked xiaohong on ${two} (form and Basic); unlocked by the administrator`);
await c.context.close();
await d.context.close();

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
