// Prints the one table of bench/compare.sh: the end-to-end comparisons (interleaved runs, from
// interleave.mjs) and the JMH ratios (from JMH's JSON result), each with its goal.
//
//   node table.mjs END_TO_END.jsonl JMH.json [MEMORY.json]
import { readFileSync, existsSync } from 'node:fs';

const [e2eFile, jmhFile, memoryFile, serveFile] = process.argv.slice(2);
const e2e = existsSync(e2eFile)
  ? readFileSync(e2eFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))
  : [];
const jmh = existsSync(jmhFile) ? JSON.parse(readFileSync(jmhFile, 'utf8')) : [];

const rows = [];
const fmt = (x, digits = 2) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
const kb = (bytes) => (bytes === undefined ? '–' : `${Math.round(bytes / 1024)} KB`);

// JMH: benchmark name -> { score (us/op), error, alloc (B/op) }
const bench = {};
for (const r of jmh) {
  const name = r.benchmark.replace(/^.*\.(\w+Benchmark)\./, '$1.');
  const alloc = r.secondaryMetrics && r.secondaryMetrics['gc.alloc.rate.norm'];
  bench[name] = { score: r.primaryMetric.score, error: r.primaryMetric.scoreError, alloc: alloc && alloc.score };
}
const jmhRow = (what, ours, base, goal, test, note) => {
  const a = bench[ours];
  const b = bench[base];
  if (!a || !b) return;
  const ratio = a.score / b.score;
  rows.push({
    what,
    ours: `${fmt(a.score, 0)} µs ± ${fmt(a.error, 0)}, ${kb(a.alloc)}/op`,
    base: `${fmt(b.score, 0)} µs ± ${fmt(b.error, 0)}, ${kb(b.alloc)}/op`,
    ratio: fmt(ratio),
    goal,
    met: test(ratio) ? 'yes' : 'no',
    note,
  });
};
jmhRow('validate a JSON document in-process (parse with locations, schema, bind, rules)',
  'ValidateBenchmark.validateJson', 'ValidateBenchmark.baselineJson', '≤ 1.3', (r) => r <= 1.3,
  'baseline: Jackson readTree + networknt validate');
jmhRow('parse a JSON document to the immutable model', 'ValidateBenchmark.parseJson',
  'ValidateBenchmark.baselineJson', '≤ 1.5', (r) => r <= 1.5, 'same baseline');
jmhRow('validate a YAML document in-process', 'ValidateBenchmark.validateYaml',
  'ValidateBenchmark.baselineYaml', '≤ 1.15', (r) => r <= 1.15,
  'baseline: Jackson YAML readTree + networknt validate');
jmhRow('render HTML (article, same markup) vs jte', 'RenderBenchmark.htmlArticle',
  'RenderBenchmark.jteArticle', '≤ 1.2', (r) => r <= 1.2, 'jte precompiled, HTML-escaping');
jmhRow('render HTML (article, same markup) vs Mustache.java', 'RenderBenchmark.htmlArticle',
  'RenderBenchmark.mustacheArticle', '≤ 0.5 (2x faster)', (r) => r <= 0.5,
  'Mustache compiled once; its view built per page');
jmhRow('render text vs render HTML (with JSON-LD) of the same document', 'RenderBenchmark.text',
  'RenderBenchmark.html', '≤ 1.0', (r) => r <= 1.0, 'text wrapped at 72 columns');

const e2eGoal = {
  'validate-2000': ['≤ 1.0', (r) => r <= 1.0],
  'validate-200': ['≤ 1.0', (r) => r <= 1.0],
  version: ['≤ 2.0', (r) => r <= 2.0],
  'lint-10000': ['lint itself ≤ 30 s ("well under a minute")', (_, row) => row.a.median <= 30],
  'site-10000': ['≤ 1.0', (r) => r <= 1.0],
  'site-rebuild': ['Caresheet under 0.5 s', (_, row) => row.a.median < 0.5],
};
for (const r of e2e) {
  const [goal, test] = e2eGoal[r.label] || ['–', () => true];
  rows.push({
    what: r.title || r.label,
    ours: `${fmt(r.a.median, 3)} s`,
    base: `${fmt(r.b.median, 3)} s`,
    ratio: `${fmt(r.medianRatio)} (pairs: ${r.ratios.map((x) => fmt(x)).join(' ')})`,
    goal,
    met: goal === '–' ? '–' : test(r.medianRatio, r) ? 'yes' : 'no',
    note: r.note || '',
  });
}
if (memoryFile && existsSync(memoryFile)) {
  const m = JSON.parse(readFileSync(memoryFile, 'utf8'));
  rows.push({
    what: `caresheet validate, ${m.files} documents, -Xmx128m`,
    ours: `exit ${m.exit}, ${fmt(m.seconds, 1)} s${m.maxRssKb ? `, peak RSS ${Math.round(m.maxRssKb / 1024)} MB` : ''}`,
    base: '–',
    ratio: '–',
    goal: 'completes in a 128 MB heap',
    met: m.exit === 0 ? 'yes' : 'no',
    note: m.summary || '',
  });
}

if (serveFile && existsSync(serveFile)) {
  const s = JSON.parse(readFileSync(serveFile, 'utf8'));
  rows.push({
    what: `caresheet serve, ${s.documents} documents: save to reloaded page in Chromium`,
    ours: `median ${s.median} ms, p95 ${s.p95} ms, max ${s.max} ms`,
    base: '–',
    ratio: '–',
    goal: 'median ≤ 1 s',
    met: s.median <= 1000 ? 'yes' : 'no',
    note: `${s.rounds} rounds; the server's update median ${s.update} ms; start-up ${s.startup} ms`,
  });
}

console.log('| what | Caresheet | baseline | ratio (Caresheet / baseline) | goal | met | baseline and notes |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.what} | ${r.ours} | ${r.base} | ${r.ratio} | ${r.goal} | ${r.met} | ${r.note} |`);
}
