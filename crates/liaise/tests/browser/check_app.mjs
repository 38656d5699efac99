// The web application in Debian's Chromium (issue 12), driven by playwright-core (which downloads
// no browser). It walks the secretariat's week by keyboard: log in, upload FG-MV-LS1, check the
// preview's 53 recipients, confirm, see 38 bodies asked, mark an action answered, upload a reply
// and see it linked, open the matrix and the roadmap; then a rapporteur's view; then the public's.
// Every page visited is screenshotted, checked by axe-core, tabbed through (every control must take
// the focus) and loaded again with JavaScript disabled. Prints a JSON report; exits 0 unless the
// browser itself failed (the Rust test reads the report and says what is wrong).
//   node check_app.mjs BASE_URL ARTIFACTS_DIR LS1_DOCX REPLY_FILE
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const [base, artifacts, ls1, reply] = process.argv.slice(2);
const password = 'correct horse battery';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const report = { pages: [], flow: {}, outside: [], console_errors: [] };
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}/g;

async function context(js = true) {
  // bypassCSP: the pages allow only their own script, and axe-core is injected by the test.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: js, bypassCSP: true });
  return ctx;
}

// Checks the page that is open: axe, a screenshot, the keyboard, then the same address without
// JavaScript (with the same cookies).
async function check(page, name, { who, keyboard = true } = {}) {
  const url = page.url();
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const axe = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  let unreached = [];
  let controls = 0;
  if (keyboard) {
    // Every visible control, then Tab until the focus comes back round (or a bound), marking
    // each control the focus reached.
    controls = await page.evaluate(() => {
      const sel = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';
      const all = [...document.querySelectorAll(sel)].filter((e) => e.offsetParent !== null || e.getClientRects().length);
      all.forEach((e, i) => e.setAttribute('data-kb', String(i)));
      window.__reached = new Set();
      document.addEventListener('focusin', (ev) => { const k = ev.target.getAttribute && ev.target.getAttribute('data-kb'); if (k) window.__reached.add(k); });
      document.activeElement && document.activeElement.blur();
      return all.length;
    });
    // A date input takes three stops (day, month, year): Tab until every control was reached,
    // or three times as many presses as controls.
    for (let i = 0; i < controls * 3 + 20 && i < 3000; i++) {
      await page.keyboard.press('Tab');
      if (i >= controls && i % 10 === 0 && await page.evaluate((n) => window.__reached.size >= n, controls)) break;
    }
    unreached = await page.evaluate(() => [...document.querySelectorAll('[data-kb]')]
      .filter((e) => !window.__reached.has(e.getAttribute('data-kb')))
      .map((e) => (e.outerHTML || '').slice(0, 120)));
  }
  const text = await page.content();
  const emails = who === 'public' ? (text.match(email) || []) : [];
  // The same page without JavaScript: it renders its main content.
  const cookies = await page.context().cookies();
  const nojs = await context(false);
  await nojs.addCookies(cookies);
  const p2 = await nojs.newPage();
  const resp = await p2.goto(url, { waitUntil: 'load' });
  const nojsMain = await p2.evaluate(() => (document.querySelector('main')?.innerText || '').trim().length);
  await nojs.close();
  report.pages.push({ name, url: url.replace(base, ''), who, axe, controls, unreached, emails,
    nojs_status: resp ? resp.status() : 0, nojs_main: nojsMain, title: await page.title() });
}

// Tabs until the focused element matches, then returns whether it did (the keyboard way to a
// control).
async function tabTo(page, matches, bound = 1500) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  for (let i = 0; i < bound; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return true;
  }
  return false;
}

// Presses Enter on the focused control and waits for the page it leads to.
async function pressAndWait(page, pattern) {
  await Promise.all([page.waitForURL(pattern, { waitUntil: 'load' }), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
}

async function login(page, who) {
  await page.goto(base + '/login', { waitUntil: 'load' });
  await check(page, `login-${who}`, { who: 'public' });
  await tabTo(page, () => document.activeElement?.name === 'login');
  await page.keyboard.type(who);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await pressAndWait(page, (u) => u.pathname === '/');
}

async function logout(page) {
  // From a page that is neither where logging out leads.
  await page.goto(base + '/statements', { waitUntil: 'load' });
  await tabTo(page, () => document.activeElement?.textContent?.trim() === 'Log out');
  await pressAndWait(page, (u) => u.pathname === '/' || u.pathname === '/login');
}

try {
  const ctx = await context(true);
  const page = await ctx.newPage();
  page.on('request', (r) => { if (!r.url().startsWith(base)) report.outside.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') report.console_errors.push(m.text()); });

  // The public, first.
  await page.goto(base + '/', { waitUntil: 'load' });
  await check(page, 'public-home', { who: 'public' });

  // The secretariat: log in by keyboard, upload FG-MV-LS1.
  await login(page, 'sec');
  report.flow.logged_in = (await page.content()).includes('sec (secretariat');
  await check(page, 'dashboard-empty', { who: 'sec' });
  await page.goto(base + '/upload', { waitUntil: 'load' });
  await check(page, 'upload', { who: 'sec' });
  await page.setInputFiles('#files', ls1);
  await tabTo(page, () => document.activeElement?.textContent?.trim() === 'Read them');
  await pressAndWait(page, /\/review\/\d+/);
  const preview = await page.content();
  report.flow.preview_recipients = (preview.match(/Recipients as read \((\d+)\)/) || [])[1];
  await check(page, 'review-preview', { who: 'sec' });
  await tabTo(page, () => document.activeElement?.textContent?.trim() === 'Confirm: store this statement');
  await pressAndWait(page, /\/statements\/\d+/);
  const statementUrl = page.url().split('?')[0];
  report.flow.for_action = ((await page.content()).match(/For action \((\d+)\)/) || [])[1];
  // The topics of its table become the taxonomy (for the matrix and the roadmap).
  await tabTo(page, () => document.activeElement?.textContent?.trim() === "Make these the taxonomy's topics");
  await pressAndWait(page, /notice=/);
  // Anyone may read it.
  await page.goto(statementUrl, { waitUntil: 'load' });
  await tabTo(page, () => document.activeElement?.textContent?.trim() === 'Make it public');
  await pressAndWait(page, /notice=/);
  await page.goto(statementUrl, { waitUntil: 'load' });
  // Mark the first body's first action answered, by keyboard.
  const sg5 = await page.$eval('select[id^="state-"]', (s) => s.id);
  await page.focus('#' + sg5);
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  await page.keyboard.type('answered by e-mail');
  await pressAndWait(page, /notice=/);
  report.flow.marked = (await page.content()).includes('The action was marked');
  report.flow.answered_cells = await page.$$eval('td', (tds) => tds.filter((t) => t.textContent.trim().startsWith('answered')).length);
  await check(page, 'statement', { who: 'sec' });
  await page.goto(base + '/', { waitUntil: 'load' });
  report.flow.dashboard_asked = ((await page.content()).match(/(\d+) bodies asked/) || [])[1];
  await check(page, 'dashboard', { who: 'sec' });

  // A reply: uploaded, confirmed, linked.
  await page.goto(base + '/upload', { waitUntil: 'load' });
  await page.setInputFiles('#files', reply);
  await tabTo(page, () => document.activeElement?.textContent?.trim() === 'Read them');
  await pressAndWait(page, /\/review\/\d+/);
  await tabTo(page, () => document.activeElement?.textContent?.trim() === 'Confirm: store this statement');
  await pressAndWait(page, /\/statements\/\d+/);
  await page.goto(statementUrl, { waitUntil: 'load' });
  report.flow.reply_linked = (await page.content()).includes('Answered by:');

  for (const [name, url] of [['statements', '/statements'], ['matrix', '/matrix'], ['roadmap', '/roadmap'],
    ['review-queue', '/review'], ['bodies', '/bodies'], ['body', '/bodies/ITU-R%20SG5'], ['people', '/people'],
    ['catalogue', '/catalogue'], ['topics', '/topics'], ['gaps', '/gaps'], ['search', '/search?q=metaverse']]) {
    await page.goto(base + url, { waitUntil: 'load' });
    if (name === 'matrix') report.flow.matrix_rows = await page.$$eval('table.matrix tbody tr', (r) => r.length);
    if (name === 'roadmap') report.flow.roadmap_topics = await page.$$eval('main table tbody tr', (r) => r.length);
    await check(page, name, { who: 'sec' });
  }
  // The statement list, filtered with htmx (JavaScript on): the table follows the form.
  await page.goto(base + '/statements', { waitUntil: 'load' });
  await page.selectOption('select[name="direction"]', 'incoming');
  await page.waitForFunction(() => location.search.includes('direction=incoming'));
  report.flow.filtered_rows = await page.$$eval('table.list tbody tr', (r) => r.length);
  await page.goto(base + '/roadmap/full', { waitUntil: 'load' });
  await page.screenshot({ path: path.join(artifacts, 'roadmap-full.png'), fullPage: true });
  report.flow.roadmap_full_charts = await page.$$eval('svg.chart', (c) => c.length);
  await page.goto(base + '/', { waitUntil: 'load' });
  await logout(page);

  // A rapporteur of ISO/IEC JTC 1/SC 29 sees what their body owes, and nothing else.
  await login(page, 'ann');
  report.flow.rapporteur_heading = await page.$eval('h1', (h) => h.textContent.trim());
  await check(page, 'rapporteur-dashboard', { who: 'ann' });
  await page.goto(statementUrl, { waitUntil: 'load' });
  report.flow.rapporteur_action_bodies = await page.$$eval('#recipients ~ table tbody tr td:first-child, section[aria-labelledby="recipients"] table tbody tr td:first-child',
    (tds) => [...new Set(tds.map((t) => t.textContent.trim()))]);
  await check(page, 'rapporteur-statement', { who: 'ann' });
  await logout(page);

  // The public: no e-mail address anywhere.
  for (const [name, url] of [['public-statements', '/statements'], ['public-statement', statementUrl.replace(base, '')],
    ['public-search', '/search?q=metaverse']]) {
    await page.goto(base + url, { waitUntil: 'load' });
    await check(page, name, { who: 'public' });
  }
  console.log(JSON.stringify(report));
} finally {
  await browser.close();
}
