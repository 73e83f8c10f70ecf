// Gives one document a new name, or its old one back: the first "KEY": "..." string of FILE (a
// Caresheet JSON document, KEY name; a Hugo content file's JSON front matter, KEY title) gains or
// loses " (edited)". Written to a temporary file and renamed, as editors save. For the rebuild
// rows of bench/compare.sh: a new name changes the page, the index and the pages that relate to it.
//
// Usage: node bench/scripts/rename-one.mjs FILE KEY
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const [file, key] = process.argv.slice(2);
if (!file || !key) {
  console.error('usage: rename-one.mjs FILE KEY');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const pattern = new RegExp(`("${key}"\\s*:\\s*")((?:[^"\\\\]|\\\\.)*)(")`);
const match = pattern.exec(text);
if (!match) {
  console.error(`rename-one.mjs: no "${key}" in ${file}`);
  process.exit(1);
}
const suffix = ' (edited)';
const name = match[2].endsWith(suffix) ? match[2].slice(0, -suffix.length) : match[2] + suffix;
writeFileSync(`${file}.tmp`, text.slice(0, match.index) + match[1] + name + match[3] + text.slice(match.index + match[0].length));
renameSync(`${file}.tmp`, file);
