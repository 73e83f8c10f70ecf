// Checks `caresheet serve` in headless Chromium, as a content editor uses it:
//  - open a page, edit its file: the new text appears without a manual reload;
//  - break the file: the located error (file:line:column, with the hint) appears in its place;
//  - fix it: the page comes back; delete another document: its page answers 404.
// The preview's reload script is the only script; no request leaves loopback.
//
// Usage: node check-serve.mjs JAR CONTENT_DIR [--screenshots DIR]
// Chromium: Debian's /usr/bin/chromium (or $CHROMIUM), never a downloaded browser.

import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, renameSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const argv = process.argv.slice(2);
const jar = argv[0];
const source = argv[1];
const shots = argv.indexOf('--screenshots') >= 0 ? argv[argv.indexOf('--screenshots') + 1] : null;
if (!jar || !source) throw new Error('usage: node check-serve.mjs JAR CONTENT_DIR [--screenshots DIR]');

const work = mkdtempSync(join(tmpdir(), 'caresheet-serve-'));
const content = join(work, 'content');
cpSync(source, content, { recursive: true });
const file = join(content, 'leg-cramps.json');
const original = readFileSync(file, 'utf8');

/** Saves as editors do: a temporary file, then a rename over the document. */
function save(path, text) {
  const tmp = join(content, '.save.tmp');
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

const failures = [];
let passed = 0;
function check(ok, what) {
  if (ok) passed++; else failures.push(what);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

// Run from the work directory, so that paths print as an editor sees them: content/leg-cramps.json.
const server = spawn('java', ['-jar', resolve(jar), 'serve', 'content', '--port', '0'],
  { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
let stderr = '';
server.stderr.on('data', (d) => { stderr += d; });
const origin = await new Promise((ok, fail) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/Preview at (http:\/\/127\.0\.0\.1:\d+)\//);
    if (m) ok(m[1]);
  });
  server.on('exit', (code) => fail(new Error(`caresheet serve exited with ${code}: ${stderr}`)));
  setTimeout(() => fail(new Error(`no URL printed in 60 s: ${stderr}`)), 60000);
});
console.log(`serving ${origin}`);

const profile = mkdtempSync(join(tmpdir(), 'caresheet-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
});
try {
  const page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  page.on('dialog', async (d) => { failures.push(`a dialog opened: ${d.message()}`); await d.dismiss(); });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/')) return route.continue();
    failures.push(`a request left the preview: ${url}`);
    return route.abort();
  });
  const h1 = () => page.$eval('h1', (e) => e.textContent).catch(() => '');

  await page.goto(`${origin}/leg-cramps.html`, { waitUntil: 'load' });
  check(await h1() === 'Leg cramps', 'the page is served');
  const scripts = await page.$$eval('script[src]', (s) => s.map((x) => x.getAttribute('src')));
  check(scripts.length === 1 && scripts[0] === '/_caresheet/reload.js', 'the preview carries the reload script only');

  let start = Date.now();
  save(file, original.replace('"name": "Leg cramps"', '"name": "Leg cramps, edited"'));
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Leg cramps, edited', null,
    { timeout: 15000 }).catch(() => {});
  check(await h1() === 'Leg cramps, edited', `an edit shows without a manual reload (${Date.now() - start} ms)`);

  start = Date.now();
  save(file, original.replace('"language": "en"', '"language": 7'));
  await page.waitForSelector('#caresheet-errors', { timeout: 15000 }).catch(() => {});
  const errors = await page.$eval('#caresheet-errors', (e) => e.textContent).catch(() => '');
  check(/leg-cramps\.json:\d+:\d+: error: /.test(errors) && errors.includes('hint: '),
    `a broken file shows its located error with the hint (${Date.now() - start} ms)`);
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.setViewportSize({ width: 1024, height: 360 });
    await page.screenshot({ path: join(shots, 'serve-error.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  start = Date.now();
  save(file, original);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Leg cramps', null,
    { timeout: 15000 }).catch(() => {});
  check(await h1() === 'Leg cramps', `fixed, the page comes back (${Date.now() - start} ms)`);
  if (shots) {
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'serve-page.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  unlinkSync(join(content, 'migraine.json'));
  // The open page lists migraine as related: it reloads, and shows the name as text, not a link.
  await page.waitForFunction(() => !document.querySelector('a[href="migraine.html"]'), null, { timeout: 15000 })
    .catch(() => {});
  check(await page.$('a[href="migraine.html"]') === null, 'a page that linked a deleted document reloads without the link');
  await page.waitForLoadState('load');
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  check(await page.$('a[href="migraine.html"]') === null && await page.$('a[href="leg-cramps.html"]') !== null,
    'a deleted document leaves the index');
  const gone = await page.goto(`${origin}/migraine.html`, { waitUntil: 'load' });
  check(gone.status() === 404, 'a deleted document\'s page answers 404');
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  const stopped = Date.now();
  server.kill('SIGTERM');
  const code = await new Promise((ok) => server.on('exit', (c, signal) => ok(c ?? signal)));
  check(code === 143 || code === 'SIGTERM', `SIGTERM stops the server (${Date.now() - stopped} ms)`);
  check(/leg-cramps\.json:\d+:\d+: error: /.test(stderr), 'the terminal printed the same located error');
  rmSync(work, { recursive: true, force: true });
}

for (const f of failures) console.error(`FAIL ${f}`);
console.log(`serve: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
