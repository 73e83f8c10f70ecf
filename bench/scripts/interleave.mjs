// Runs two commands alternately (A B A B ...) and reports the wall time of each run, the medians,
// and the ratio A/B of each pair with its median. Used by bench/compare.sh.
//
//   node interleave.mjs --pairs N --label NAME [--title TEXT] [--note TEXT] --a 'command A' --b 'command B' [--json FILE]
//
// Commands run through /bin/sh -c with stdout and stderr discarded; a command that exits with an
// unexpected code fails the run (--a-exit / --b-exit give the expected codes, default 0), so
// that a broken command can never look fast.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const pairs = Number(opt('--pairs', '5'));
const label = opt('--label', 'comparison');
const title = opt('--title', label);
const note = opt('--note', '');
const a = opt('--a');
const b = opt('--b');
const expected = { a: Number(opt('--a-exit', '0')), b: Number(opt('--b-exit', '0')) };
const warmup = Number(opt('--warmup', '1'));
if (!a || !b) {
  console.error('usage: interleave.mjs --pairs N --label NAME --a CMD --b CMD [--json FILE]');
  process.exit(2);
}

function run(which, command) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/bin/sh', ['-c', command], { stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== expected[which]) {
    console.error(`${label}: command ${which.toUpperCase()} exited with ${r.status}, expected ${expected[which]}:\n  ${command}\n${r.stderr}`);
    process.exit(1);
  }
  return seconds;
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Untimed first runs fill the page cache for both, so that neither pays for the disk alone.
for (let i = 0; i < warmup; i++) {
  run('a', a);
  run('b', b);
}
const ta = [];
const tb = [];
const ratios = [];
for (let i = 0; i < pairs; i++) {
  const x = run('a', a);
  const y = run('b', b);
  ta.push(x);
  tb.push(y);
  ratios.push(x / y);
}
const result = {
  label,
  title,
  note,
  pairs,
  a: { command: a, seconds: ta, median: median(ta) },
  b: { command: b, seconds: tb, median: median(tb) },
  ratios,
  medianRatio: median(ratios),
};
const f = (x) => x.toFixed(3);
console.log(`${label}: A median ${f(result.a.median)} s, B median ${f(result.b.median)} s, ` +
  `A/B per pair ${ratios.map((r) => r.toFixed(2)).join(' ')}, median ${result.medianRatio.toFixed(2)}`);
const json = opt('--json');
if (json) {
  appendFileSync(json, JSON.stringify(result) + '\n');
}
