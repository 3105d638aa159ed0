/**
 * Screenshots of an already built site for the README: home, one paper page and the graph page, each in
 * the light and the dark theme. Builds nothing: serves the given dist folder under its base path and
 * drives Debian's Chromium.
 *
 *   npx tsx scripts/screenshots.ts [--dist dist] [--base /paper-atlas/] [--out docs/screenshots] [--paper <slug>]
 *
 * Without --paper the paper with the most related papers (read from the papers list page) is used.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../test/support/browser';
import { serveStatic } from '../test/support/static-server';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH || '/' },
    out: { type: 'string', default: 'docs/screenshots' },
    paper: { type: 'string' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '860' },
  },
});

const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(resolve(values.dist), values.base);
const { browser, close } = await launchBrowser();
const viewport = { width: Number(values.width), height: Number(values.height) };

try {
  const paperPath = values.paper ? `papers/${values.paper}/` : await pickPaper();
  // The paper shot is taller so it reaches the related papers and the local graph below the abstract.
  const shots = [
    { name: 'home', path: '', height: viewport.height },
    { name: 'paper', path: paperPath, height: Math.round(viewport.height * 1.9) },
    { name: 'graph', path: 'graph/', height: viewport.height },
  ];
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: scheme, viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const shot of shots) {
      const response = await page.goto(`${server.url}${shot.path}`, { waitUntil: 'networkidle' });
      if (!response || response.status() >= 400) {
        // The graph page comes from another part of the build; a site without it still gets its other shots.
        if (shot.name === 'graph') {
          console.warn(`graph/: HTTP ${response?.status()}, no graph screenshot`);
          continue;
        }
        throw new Error(`${shot.path || '/'}: HTTP ${response?.status()}`);
      }
      if (shot.name === 'graph') {
        await page
          .waitForSelector('[data-graph-ready="true"]', { timeout: 20_000 })
          .catch(() => console.warn('graph page: data-graph-ready never became true; screenshot taken as is'));
        await page.waitForTimeout(500);
      }
      const file = join(outDir, `${shot.name}-${scheme}.png`);
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({
        path: file,
        fullPage: shot.height > viewport.height,
        clip: { x: 0, y: 0, width: viewport.width, height: Math.min(shot.height, pageHeight) },
      });
      console.log(`${file}  (${shot.path || '/'})`);
    }
    await context.close();
  }
} finally {
  await close();
  await server.close();
}

/** The paper with the longest related list on the papers page is the most telling one to show. */
async function pickPaper(): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${server.url}papers/`);
  const hrefs = await page.$$eval('main a[href*="/papers/"]', (as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  await page.close();
  let best = { path: '', related: -1 };
  const probe = await browser.newPage();
  for (const href of hrefs.slice(0, 60)) {
    await probe.goto(`${server.origin}${href}`);
    const related = await probe.locator('.related-list > li').count();
    if (related > best.related) best = { path: href, related };
  }
  await probe.close();
  if (!best.path) throw new Error('no paper page found on the papers list');
  return best.path.slice(values.base.length);
}
