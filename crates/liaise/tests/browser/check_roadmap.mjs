// Opens a roadmap HTML file in Debian's Chromium, takes a full-page PNG screenshot, measures
// every chart (SVG) and runs the axe-core accessibility checks; prints the findings as JSON.
//   node check_roadmap.mjs ROADMAP.html SCREENSHOT.png
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [file, png] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith('file://')) outside.push(r.url()); });
  await page.goto('file://' + file, { waitUntil: 'load' });
  const charts = await page.$$eval('svg.chart', (els) => els.map((e) => {
    const box = e.getBoundingClientRect();
    const ids = (e.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    return {
      class: e.getAttribute('class'),
      role: e.getAttribute('role'),
      title: e.querySelector('title')?.textContent || '',
      desc: e.querySelector('desc')?.textContent || '',
      labelled: ids.length > 0 && ids.every((id) => document.getElementById(id)),
      width: box.width,
      height: box.height,
      marks: e.querySelectorAll('rect').length,
    };
  }));
  await page.screenshot({ path: png, fullPage: true });
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const axe = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
  const printable = await page.evaluate(() => [...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.media && r.media.mediaText.includes('print'))));
  console.log(JSON.stringify({ title: await page.title(), charts, axe, outside, printable }));
} finally {
  await browser.close();
}
