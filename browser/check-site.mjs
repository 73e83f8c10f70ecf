// Checks a generated Caresheet site as a reader's browser sees it, in headless Chromium:
//  - axe-core on every page, failing on any WCAG 2.0/2.1 A or AA violation;
//  - every internal link (and #fragment) resolves;
//  - the JSON-LD of each page parses and names only schema.org 30.0 types and properties that
//    exist and are not superseded;
//  - no script runs that the page did not mean to run: no dialog opens, no page error, and no
//    request leaves loopback;
//  - on one page (leg cramps), what a reader does: on a phone, "On this page" shows the links to
//    first aid and to when to seek help on the first screen; following a link highlights the
//    section it leads to (:target) and gives its heading the focus; urgency levels and callout
//    kinds differ by border and sign, not colour alone, on screen and in print, light and dark;
//  - with --screenshots: that page at phone and desktop widths in light and dark, its table of
//    contents, its urgent-advice summary, and its print PDF (A4, background graphics off as in
//    the print dialog, from light and from dark mode) with page 1 as a PNG (pdftoppm, if present).
//
// Usage: node check-site.mjs SITE_DIR [--screenshots DIR] [--page NAME.html] [--vocabulary DIR]
// Chromium: Debian's /usr/bin/chromium (or $CHROMIUM), never a downloaded browser.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve, CHROMIUM, CHROMIUM_FLAGS } from './common.mjs';

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

/**
 * What a reader on a phone does on the page: the table of contents on the first screen, a link
 * followed, the section highlighted and its heading focused.
 */
async function readerChecks(page, url, name, failures) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
  await page.goto(url, { waitUntil: 'load' });
  const links = await page.$$eval('nav.contents a, aside.urgent-advice a', (as) => as.map((a) => {
    const r = a.getBoundingClientRect();
    return { href: a.getAttribute('href'), contents: !!a.closest('nav.contents'), bottom: r.bottom };
  }));
  for (const target of ['#firstAid', '#whenToSeekHelp']) {
    const to = links.filter((l) => l.href === target);
    if (!to.some((l) => l.contents)) failures.push(`${name}: "On this page" has no link to ${target}`);
    const top = Math.min(...to.map((l) => l.bottom));
    if (!(top <= 844)) failures.push(`${name}: no link to ${target} on the first phone screen (the first ends at ${Math.round(top)} px)`);
  }
  const sectionBackground = () => page.$eval('#firstAid', (h) => getComputedStyle(h.parentElement).backgroundColor);
  const before = await sectionBackground();
  await page.click('nav.contents a[href="#firstAid"]');
  await page.waitForFunction(() => location.hash === '#firstAid');
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  if (focused !== 'firstAid') failures.push(`${name}: after following #firstAid the focus is on "${focused}", not the heading`);
  const after = await sectionBackground();
  if (after === before) failures.push(`${name}: the section #firstAid is not highlighted when it is the target (${after})`);
  // Urgency levels and callout kinds differ by more than colour (border style and width, sign),
  // on screen and on paper, from light and from dark mode.
  for (const [media, colorScheme] of [['screen', 'light'], ['screen', 'dark'], ['print', 'light'], ['print', 'dark']]) {
    await page.emulateMedia({ media, colorScheme });
    for (const [selector, sign] of [['li[class^="urgency-"]', '.urgency'], ['aside.callout', '.callout-title']]) {
      const looks = await page.$$eval(selector, (els, signSelector) => els.map((el) => {
        const style = getComputedStyle(el);
        const signEl = el.querySelector(signSelector);
        return { kind: el.className, look: [style.borderLeftStyle, style.borderLeftWidth,
          signEl ? getComputedStyle(signEl, '::before').content : ''].join(' ') };
      }), sign);
      const byKind = new Map(looks.map((l) => [l.kind, l.look]));
      const seen = new Map();
      for (const [kind, look] of byKind) {
        if (seen.has(look)) failures.push(`${name}: ${media}/${colorScheme}: "${kind}" and "${seen.get(look)}" look alike without colour (${look})`);
        seen.set(look, kind);
      }
    }
  }
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  const cause = await page.$('p.explains a[href^="#cause-"]');
  if (cause) {
    const href = await cause.getAttribute('href');
    await cause.click();
    await page.waitForFunction((h) => location.hash === h, href);
    const id = await page.evaluate(() => document.activeElement && document.activeElement.id);
    if (`#${id}` !== href) failures.push(`${name}: after following ${href} the focus is on "${id}"`);
  }
}

/** Screenshots and print PDFs of one page, for the README and for people to look at. */
async function screenshots(page, url, name, dir) {
  mkdirSync(dir, { recursive: true });
  const stem = name.replace(/\.html$/, '');
  for (const scheme of ['light', 'dark']) {
    const suffix = scheme === 'light' ? '' : '-dark';
    for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
      await page.goto(url, { waitUntil: 'load' });
      const file = join(dir, `${stem}-${label}${suffix}.png`);
      await page.screenshot({ path: file });
      console.log(`screenshot ${file}`);
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
  await page.goto(url, { waitUntil: 'load' });
  for (const [selector, label] of [['nav.contents', 'contents'], ['aside.urgent-advice', 'urgent-advice']]) {
    const element = await page.$(selector);
    if (element) {
      const file = join(dir, `${stem}-${label}.png`);
      await element.screenshot({ path: file });
      console.log(`screenshot ${file}`);
    }
  }
  // Print as the browser's dialog does by default (A4, no background graphics), from light mode
  // and from dark mode: the stylesheet must give the same distinguishable page either way.
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme, media: 'print' });
    await page.goto(url, { waitUntil: 'load' });
    const pdf = join(dir, `${stem}-print${scheme === 'light' ? '' : '-from-dark'}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: false, preferCSSPageSize: true });
    console.log(`print ${pdf}`);
    try {
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf,
        pdf.replace(/\.pdf$/, '-page1')], { stdio: 'ignore' });
      console.log(`screenshot ${pdf.replace(/\.pdf$/, '-page1.png')}`);
    } catch {
      console.log(`(no pdftoppm: page 1 of ${pdf} not rendered as PNG)`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
}

async function main() {
  const started = Date.now();
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
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
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

    if (pages.includes(args.page)) {
      await readerChecks(page, `${origin}/${args.page}`, args.page, failures);
      if (args.screenshots) await screenshots(page, `${origin}/${args.page}`, args.page, args.screenshots);
    }
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }

  for (const f of failures) console.error(`FAIL ${f}`);
  const internal = links.filter((l) => new URL(l.href, `${origin}/${l.from}`).origin === origin).length;
  console.log(`${pages.length} pages, ${violations} axe violations, ${internal} internal links checked, `
    + `${jsonLdBlocks} JSON-LD blocks checked, ${failures.length} failures, `
    + `${((Date.now() - started) / 1000).toFixed(1)} s`);
  // One plain closing line: pages that passed every check, pages that failed one.
  const failedPages = new Set(failures.map((f) => f.split(/[: ]/)[0]).filter((name) => pages.includes(name)));
  const failed = failures.length > 0 ? Math.max(1, failedPages.size) : 0;
  console.log(`browser: ${pages.length - Math.min(failed, pages.length)} passed, ${failed} failed`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((e) => { console.error(`check-site: ${e.stack || e}`); process.exit(2); });
