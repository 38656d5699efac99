// Time to first byte and full load of some pages of the web application, in Debian's Chromium
// (issue 12's benchmark): logs in, then loads each page ROUNDS times and prints, per page, the
// median and the slowest of both, from the browser's Navigation Timing.
//   node bench_pages.mjs BASE_URL LOGIN PASSWORD ROUNDS PATH...
import { chromium } from 'playwright-core';

const [base, login, password, rounds, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.round((s.length - 1) * p))]; };
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(base + '/login');
  await page.fill('#login', login);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.click('button[type=submit]')]);
  const out = [];
  for (const p of paths) {
    const ttfb = [];
    const load = [];
    for (let i = 0; i < Number(rounds); i++) {
      await page.goto(base + p, { waitUntil: 'load' });
      const t = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0];
        return { ttfb: n.responseStart - n.startTime, load: n.loadEventEnd - n.startTime, size: n.transferSize };
      });
      ttfb.push(t.ttfb);
      load.push(t.load);
    }
    out.push({ path: p, ttfb_p50: pct(ttfb, 0.5), ttfb_max: Math.max(...ttfb), load_p50: pct(load, 0.5), load_max: Math.max(...load) });
  }
  console.log(JSON.stringify(out));
} finally {
  await browser.close();
}
