// Checks a generated Caresheet site as a reader's browser sees it, in headless Chromium:
//  - axe-core on every page, failing on any WCAG 2.0/2.1 A or AA violation;
//  - every internal link (and #fragment) resolves;
//  - the JSON-LD of each page parses and names only schema.org 30.0 types and properties that
//    exist and are not superseded;
//  - no script runs that the page did not mean to run: no dialog opens, no page error, and no
//    request leaves loopback;
//  - screenshots of one page at phone and desktop widths.
//
// Usage: node check-site.mjs SITE_DIR [--screenshots DIR] [--page NAME.html] [--vocabulary DIR]
// Chromium: Debian's /usr/bin/chromium (or $CHROMIUM), never a downloaded browser.

import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = { site: null, screenshots: null, page: 'leg-cramps.html',
    vocabulary: resolve(here, '../render-html/src/test/resources/schemaorg') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--screenshots') args.screenshots = argv[++i];
    else if (a === '--page') args.page = argv[++i];
    else if (a === '--vocabulary') args.vocabulary = argv[++i];
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.site = a;
  }
  if (!args.site) throw new Error('usage: node check-site.mjs SITE_DIR [--screenshots DIR] [--page NAME.html]');
  return args;
}

/** schema.org terms from the extract the HTML renderer's own tests use (one place for both). */
function loadVocabulary(dir) {
  const rows = (file) => readFileSync(join(dir, file), 'utf8').split('\n').slice(1)
    .filter((l) => l.trim()).map((l) => l.split('\t'));
  const types = new Map(rows('types.tsv').map((r) => [r[0], { supersededBy: r[2] || '' }]));
  const properties = new Map(rows('properties.tsv').map((r) => [r[0], { supersededBy: r[3] || '' }]));
  return { types, properties };
}

const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** A static file server for the site, on loopback only. */
function serve(root) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const file = resolve(root, '.' + (path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(resolve(root))) { res.writeHead(403).end(); return; }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function checkJsonLd(value, vocabulary, where, problems) {
  if (Array.isArray(value)) { value.forEach((v, i) => checkJsonLd(v, vocabulary, `${where}[${i}]`, problems)); return; }
  if (value === null || typeof value !== 'object') return;
  const types = value['@type'] === undefined ? [] : [].concat(value['@type']);
  for (const t of types) {
    const term = vocabulary.types.get(t);
    if (!term) problems.push(`${where}: @type ${t} is not a schema.org 30.0 type`);
    else if (term.supersededBy) problems.push(`${where}: @type ${t} is superseded by ${term.supersededBy}`);
  }
  for (const [key, v] of Object.entries(value)) {
    if (!key.startsWith('@')) {
      const term = vocabulary.properties.get(key);
      if (!term) problems.push(`${where}: property ${key} is not a schema.org 30.0 property`);
      else if (term.supersededBy) problems.push(`${where}: property ${key} is superseded by ${term.supersededBy}`);
    }
    checkJsonLd(v, vocabulary, `${where}.${key}`, problems);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const site = resolve(args.site);
  const pages = readdirSync(site).filter((f) => f.endsWith('.html')).sort();
  if (pages.length === 0) throw new Error(`no .html pages in ${site}`);
  const vocabulary = loadVocabulary(args.vocabulary);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  const server = await serve(site);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(join(tmpdir(), 'caresheet-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const failures = [];
  const idsByPage = new Map();
  const links = [];
  let violations = 0;
  let jsonLdBlocks = 0;
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on('dialog', async (d) => { failures.push(`${page.url()}: a ${d.type()} dialog opened: ${d.message()}`); await d.dismiss(); });
    page.on('pageerror', (e) => failures.push(`${page.url()}: page error: ${e.message}`));
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin + '/')) return route.continue();
      failures.push(`${page.url()}: a request left the site: ${url}`);
      return route.abort();
    });

    for (const name of pages) {
      const url = `${origin}/${name}`;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response || response.status() !== 200) { failures.push(`${name}: HTTP ${response && response.status()}`); continue; }

      idsByPage.set(name, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
      for (const href of await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')))) {
        links.push({ from: name, href });
      }

      const blocks = await page.$$eval('script[type="application/ld+json"]', (s) => s.map((x) => x.textContent));
      const scripts = await page.$$eval('script', (s) => s.filter((x) => x.type !== 'application/ld+json').length);
      if (scripts > 0) failures.push(`${name}: ${scripts} executable <script> element(s)`);
      for (const block of blocks) {
        jsonLdBlocks++;
        let data;
        try { data = JSON.parse(block); } catch (e) { failures.push(`${name}: JSON-LD does not parse: ${e.message}`); continue; }
        const problems = [];
        checkJsonLd(data, vocabulary, `${name} JSON-LD`, problems);
        failures.push(...problems);
      }

      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }));
      for (const v of result.violations) {
        violations++;
        const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ');
        failures.push(`${name}: axe ${v.id} (${v.impact}): ${v.help} — ${targets}`);
      }
    }

    for (const { from, href } of links) {
      const target = new URL(href, `${origin}/${from}`);
      if (target.origin !== origin) {
        if (!['http:', 'https:', 'mailto:'].includes(target.protocol)) failures.push(`${from}: link with scheme ${target.protocol} (${href})`);
        continue;
      }
      const file = decodeURIComponent(target.pathname.slice(1)) || 'index.html';
      let exists = false;
      try { exists = statSync(join(site, file)).isFile(); } catch { exists = false; }
      if (!exists) { failures.push(`${from}: broken link ${href}`); continue; }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !(idsByPage.get(file) || new Set()).has(fragment)) {
        failures.push(`${from}: link ${href} names no element of ${file}`);
      }
    }

    if (args.screenshots && pages.includes(args.page)) {
      mkdirSync(args.screenshots, { recursive: true });
      const stem = args.page.replace(/\.html$/, '');
      for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
        await page.setViewportSize({ width, height });
        await page.goto(`${origin}/${args.page}`, { waitUntil: 'load' });
        const file = join(args.screenshots, `${stem}-${label}.png`);
        await page.screenshot({ path: file, fullPage: label === 'desktop' ? false : false });
        console.log(`screenshot ${file}`);
      }
    }
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }

  for (const f of failures) console.error(`FAIL ${f}`);
  const internal = links.filter((l) => new URL(l.href, `${origin}/${l.from}`).origin === origin).length;
  console.log(`${pages.length} pages, ${violations} axe violations, ${internal} internal links checked, `
    + `${jsonLdBlocks} JSON-LD blocks checked, ${failures.length} failures`);
  // One plain closing line: pages that passed every check, pages that failed one.
  const failedPages = new Set(failures.map((f) => f.split(/[: ]/)[0]).filter((name) => pages.includes(name)));
  const failed = failures.length > 0 ? Math.max(1, failedPages.size) : 0;
  console.log(`browser: ${pages.length - Math.min(failed, pages.length)} passed, ${failed} failed`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((e) => { console.error(`check-site: ${e.stack || e}`); process.exit(2); });
