// Audits a generated Caresheet site as a search engine and an accessibility checker would, in one
// headless Debian Chromium, page after page:
//  - Lighthouse 12.2.3, on mobile and on desktop: the categories accessibility, best practices and
//    SEO must each score 100 on every page;
//  - pa11y with both runners (HTML_CodeSniffer and axe) at WCAG2AA, warnings included: no error
//    and no warning on any page.
// The site is served on 127.0.0.1 with the content types a real server sends (common.mjs).
//
// Usage: node audit-site.mjs SITE_DIR [--json FILE]
//   --json FILE   also write every score and issue as JSON
// Closing line: "audit: N passed, N failed" (pages).

import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import pa11y from 'pa11y';
import puppeteer from 'puppeteer';
import { serve, CHROMIUM, CHROMIUM_FLAGS } from './common.mjs';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const FORM_FACTORS = [['mobile', undefined], ['desktop', desktopConfig]];

function parseArgs(argv) {
  const args = { site: null, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = argv[++i];
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.site = a;
  }
  if (!args.site) throw new Error('usage: node audit-site.mjs SITE_DIR [--json FILE]');
  return args;
}

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const site = resolve(args.site);
  const pages = readdirSync(site).filter((f) => f.endsWith('.html')).sort();
  if (pages.length === 0) throw new Error(`no .html pages in ${site}`);

  const started = Date.now();
  const server = await serve(site);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS,
    logLevel: 'silent' });
  const failures = [];
  const results = { lighthouse: {}, pa11y: {} };
  let lighthouseTime = 0;
  let pa11yTime = 0;
  try {
    // Lighthouse: one run per page and form factor, one after the other, in the same browser.
    const lhStart = Date.now();
    for (const name of pages) {
      for (const [formFactor, config] of FORM_FACTORS) {
        const run = await lighthouse(`${origin}/${name}`, { port: chrome.port, output: 'json',
          logLevel: 'error', onlyCategories: CATEGORIES }, config);
        const lhr = run.lhr;
        if (lhr.runtimeError) {
          failures.push(`${name}: lighthouse ${formFactor}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
          continue;
        }
        const scores = {};
        for (const id of CATEGORIES) {
          const category = lhr.categories[id];
          scores[id] = category.score === null ? null : Math.round(category.score * 100);
          if (scores[id] !== 100) {
            const failing = category.auditRefs.map((ref) => lhr.audits[ref.id])
              .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative'
                && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
              .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
            failures.push(`${name}: lighthouse ${formFactor} ${id} ${scores[id]}: ${failing.join(', ') || 'no failing audit named'}`);
          }
        }
        (results.lighthouse[name] ||= {})[formFactor] = scores;
        console.log(`lighthouse ${formFactor.padEnd(7)} ${name}: `
          + CATEGORIES.map((id) => `${id} ${scores[id]}`).join(', '));
      }
    }
    lighthouseTime = seconds(lhStart);

    // pa11y: HTML_CodeSniffer and axe at WCAG2AA, errors and warnings (not notices).
    const pa11yStart = Date.now();
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    try {
      for (const name of pages) {
        const report = await pa11y(`${origin}/${name}`, { browser, standard: 'WCAG2AA',
          runners: ['htmlcs', 'axe'], includeWarnings: true, includeNotices: false, timeout: 60000 });
        const issues = report.issues.filter((i) => i.type === 'error' || i.type === 'warning');
        results.pa11y[name] = issues;
        for (const i of issues) {
          failures.push(`${name}: pa11y ${i.runner} ${i.type} ${i.code}: ${i.message} — ${i.selector}`);
        }
        console.log(`pa11y ${name}: ${issues.filter((i) => i.type === 'error').length} errors, `
          + `${issues.filter((i) => i.type === 'warning').length} warnings`);
      }
    } finally {
      await browser.disconnect();
    }
    pa11yTime = seconds(pa11yStart);
  } finally {
    await chrome.kill();
    server.close();
  }

  if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2) + '\n');
  for (const f of failures) console.error(`FAIL ${f}`);
  console.log(`audit: ${pages.length} pages, lighthouse ${pages.length * FORM_FACTORS.length} runs in `
    + `${lighthouseTime} s, pa11y ${pages.length} pages in ${pa11yTime} s, ${seconds(started)} s in all, `
    + `${failures.length} failures`);
  const failedPages = new Set(failures.map((f) => f.split(':')[0]).filter((name) => pages.includes(name)));
  console.log(`audit: ${pages.length - failedPages.size} passed, ${failedPages.size} failed`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((e) => { console.error(`audit-site: ${e.stack || e}`); process.exit(2); });
