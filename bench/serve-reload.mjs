// The save-to-reload time of `caresheet serve`, in headless Chromium: a page of a set of N
// documents is open; its file is saved with a new name (a temporary file, then a rename, as
// editors do); the time runs until the tab shows the new name, reloaded by the preview's script.
// Each round edits another document. Prints the median, the 95th percentile and the worst round,
// and the server's own update times (validate, cross-check, render the dependent pages).
//
// Usage: node bench/serve-reload.mjs JAR CORPUS_DIR [--rounds N] [--json FILE]
//   (--json writes the figures for bench/scripts/table.mjs)
//   (CORPUS_DIR from bench/compare.sh, or: java -cp ... dev.caresheet.bench.Corpus --count 1000 ...)
// Needs browser/node_modules (playwright-core) and Debian's /usr/bin/chromium (or $CHROMIUM).

import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const { chromium } = createRequire(join(here, '../browser/package.json'))('playwright-core');

const [jar, corpus] = process.argv.slice(2);
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 20;
const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt > 0 ? process.argv[jsonAt + 1] : null;
if (!jar || !corpus) throw new Error('usage: node bench/serve-reload.mjs JAR CORPUS_DIR [--rounds N]');

const work = mkdtempSync(join(tmpdir(), 'caresheet-serve-bench-'));
const content = join(work, 'content');
cpSync(corpus, content, { recursive: true, filter: (src) => !src.endsWith('.complete') });
const files = readdirSync(content).filter((f) => f.endsWith('.json')).sort();

const server = spawn('java', ['-XX:+UseSerialGC', '-jar', resolve(jar), 'serve', 'content', '--port', '0'],
  { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
let stderr = '';
server.stderr.on('data', (d) => { stderr += d; });
const startedAt = Date.now();
const origin = await new Promise((ok, fail) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/Preview at (http:\/\/127\.0\.0\.1:\d+)\//);
    if (m) ok(m[1]);
  });
  server.on('exit', (code) => fail(new Error(`caresheet serve exited with ${code}: ${stderr}`)));
});
const startup = Date.now() - startedAt;

const profile = mkdtempSync(join(tmpdir(), 'caresheet-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic'],
});
const times = [];
try {
  const page = context.pages()[0] || await context.newPage();
  for (let r = 0; r < rounds + 2; r++) { // two untimed rounds warm the server's JIT
    const name = files[(r * 37) % files.length];
    const file = join(content, name);
    const text = readFileSync(file, 'utf8');
    const doc = JSON.parse(text);
    await page.goto(`${origin}/${doc.id}.html`, { waitUntil: 'load' });
    await page.waitForTimeout(150); // the event stream is open
    const fresh = `${doc.name} ${r}`;
    const start = performance.now();
    const tmp = join(content, `.${name}.tmp`);
    writeFileSync(tmp, text.replace(JSON.stringify(doc.name), JSON.stringify(fresh)));
    renameSync(tmp, file);
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, fresh, { timeout: 10000, polling: 'raf' });
    if (r >= 2) times.push(performance.now() - start);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  server.kill('SIGTERM');
  await new Promise((ok) => server.on('exit', ok));
  rmSync(work, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
const updates = [...stderr.matchAll(/updated .* in (\d+) ms/g)].map((m) => Number(m[1])).slice(2).sort((a, b) => a - b);
console.log(`serve, ${files.length} documents: start-up to URL ${startup} ms; save to reloaded page over ${times.length} rounds:`
  + ` median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms;`
  + ` server update (validate one, cross-check all, render dependents) median ${updates[Math.floor(updates.length / 2)]} ms,`
  + ` max ${updates[updates.length - 1]} ms`);
if (jsonFile) {
  writeFileSync(jsonFile, JSON.stringify({
    documents: files.length,
    rounds: times.length,
    startup,
    median: Math.round(at(0.5)),
    p95: Math.round(at(0.95)),
    max: Math.round(times[times.length - 1]),
    update: updates[Math.floor(updates.length / 2)],
  }) + '\n');
}
