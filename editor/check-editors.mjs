// The editor stage: the language services VS Code runs for JSON (vscode-json-languageservice,
// VS Code's own) and YAML (yaml-language-server, Red Hat's extension), pinned in package.json,
// given the repository's schema the way an editor finds it (a relative $schema, the
// yaml-language-server modeline, or the .vscode/settings.json mappings that `caresheet init`
// writes), offline: every schema request is answered from disk, and any other is refused and
// fails the stage.
//
// It checks completion of the top-level properties in a new document at the examples' location,
// the allowed values of `urgency` and callout `kind`, field-specific hovers on `id`, `name` and
// `summary`, and, on every examples/invalid file, which of the validator's problems the editor
// also reports at the same line and column. Closes with `editor: N passed, N failed`.
//
// Usage: node editor/check-editors.mjs [REPOSITORY_ROOT]
import { createRequire } from 'node:module';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const jsonService = require('vscode-json-languageservice');
const yamlService = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService.js');
const { TextDocument } = require('vscode-languageserver-textdocument');

const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const schemaFile = path.join(root, 'schemas', 'condition.schema.json');
const schemaUri = pathToFileURL(schemaFile).toString();

// Codes the editors must report where the validator does, in both languages; every other code is
// the validator's alone (the README says which). A regression either way fails the stage.
const EDITOR_CODES = {
  json: new Set(JSON.parse(await readFile(new URL('./editor-codes.json', import.meta.url), 'utf8')).json),
  yaml: new Set(JSON.parse(await readFile(new URL('./editor-codes.json', import.meta.url), 'utf8')).yaml),
};

let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.error(`editor: FAILED ${what}${detail ? `: ${detail}` : ''}`);
  }
}

const requested = new Set();
const refused = new Set();
const schemaRequestService = async (uri) => {
  requested.add(uri);
  if (!uri.startsWith('file:')) {
    refused.add(uri);
    throw new Error(`offline: ${uri} is not fetched`);
  }
  return readFile(fileURLToPath(uri), 'utf8');
};
const workspaceContext = { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() };
const mappings = { json: ['examples/**/*.json', 'content/**/*.json'], yaml: ['examples/**/*.yaml', 'content/**/*.yaml'] };

function jsonLanguage(mapped) {
  const ls = jsonService.getLanguageService({ schemaRequestService, workspaceContext });
  ls.configure({ validate: true, allowComments: false,
    schemas: mapped ? [{ uri: schemaUri, fileMatch: mappings.json.map((g) => `${root}/${g}`) }] : [] });
  return {
    async diagnostics(doc) {
      return ls.doValidation(doc, ls.parseJSONDocument(doc), { schemaValidation: 'error', trailingCommas: 'error', comments: 'error' });
    },
    async complete(doc, pos) { return ls.doComplete(doc, pos, ls.parseJSONDocument(doc)); },
    async hover(doc, pos) { return ls.doHover(doc, pos, ls.parseJSONDocument(doc)); },
  };
}

function yamlLanguage(mapped) {
  const ls = yamlService.getLanguageService({ schemaRequestService, workspaceContext });
  ls.configure({ validate: true, hover: true, completion: true, format: false, yamlVersion: '1.2',
    schemas: mapped ? [{ uri: schemaUri, fileMatch: mappings.yaml.map((g) => `${root}/${g}`) }] : [] });
  return {
    async diagnostics(doc) { return ls.doValidation(doc, false); },
    async complete(doc, pos) { return ls.doComplete(doc, pos, false); },
    async hover(doc, pos) { return ls.doHover(doc, pos); },
  };
}

const languages = { json: jsonLanguage(false), yaml: yamlLanguage(false) };
const mapped = { json: jsonLanguage(true), yaml: yamlLanguage(true) };

let documents = 0;
/** A new document; each has its own name, since the YAML service caches documents by name. */
function documentAt(relative, text) {
  const file = path.join(root, relative.replace(/\.(json|yaml)$/, `-${++documents}.$1`));
  const id = relative.endsWith('.json') ? 'json' : 'yaml';
  return TextDocument.create(pathToFileURL(file).toString(), id, 1, text);
}

/** The position just after the first `marker` in the text (the marker removed), 0-based. */
function cursor(textWithMarker) {
  const at = textWithMarker.indexOf('|');
  const text = textWithMarker.slice(0, at) + textWithMarker.slice(at + 1);
  const before = text.slice(0, at).split('\n');
  return { text, pos: { line: before.length - 1, character: before[before.length - 1].length } };
}

function hoverText(hover) {
  if (!hover) return '';
  const c = hover.contents;
  const parts = Array.isArray(c) ? c : [c];
  // Markdown as the editor renders it: escapes removed.
  return parts.map((p) => (typeof p === 'string' ? p : p.value)).join('\n').replace(/\\([\\`*_{}\[\]()#+\-.!"])/g, '$1');
}

const schema = JSON.parse(await readFile(schemaFile, 'utf8'));
const topLevel = Object.keys(schema.properties);

// 1. A new document at the examples' location: the relative $schema (JSON) or the modeline (YAML)
// alone brings the schema; completion offers every top-level property.
const newDocs = {
  json: cursor('{\n  "$schema": "../../schemas/condition.schema.json",\n  |\n}\n'),
  yaml: cursor('# yaml-language-server: $schema=../../schemas/condition.schema.json\n|\n'),
};
for (const lang of ['json', 'yaml']) {
  const { text, pos } = newDocs[lang];
  const doc = documentAt(`examples/content/new-document.${lang}`, text);
  const list = await languages[lang].complete(doc, pos);
  const labels = new Set(list.items.map((i) => i.label.replace(/^"|"$/g, '')));
  const missing = topLevel.filter((p) => p !== '$schema' && !labels.has(p));
  check(missing.length === 0, `${lang}: completion of the top-level properties in a new document`, `missing ${missing.join(', ')}`);
  if (lang === 'json') { // the YAML service does not check an empty document
    const diagnostics = await languages[lang].diagnostics(doc);
    check(diagnostics.some((d) => /"id"/.test(d.message)), `${lang}: a new empty document is told it lacks id, language and name`,
      JSON.stringify(diagnostics.map((d) => d.message)));
  }
}

// 2. Allowed values.
const enums = {
  urgency: schema.$defs.seekHelpAdvice.properties.urgency.enum,
  kind: schema.$defs.callout.properties.kind.enum,
};
const valueDocs = {
  json: {
    urgency: '{\n  "$schema": "../../schemas/condition.schema.json",\n  "whenToSeekHelp": {"items": [{"situation": "It hurts", "urgency": |}]}\n}\n',
    kind: '{\n  "$schema": "../../schemas/condition.schema.json",\n  "callouts": [{"text": "Rest", "kind": |}]\n}\n',
  },
  yaml: {
    urgency: '# yaml-language-server: $schema=../../schemas/condition.schema.json\nwhenToSeekHelp:\n  items:\n    - situation: It hurts\n      urgency: |\n',
    kind: '# yaml-language-server: $schema=../../schemas/condition.schema.json\ncallouts:\n  - text: Rest\n    kind: |\n',
  },
};
for (const lang of ['json', 'yaml']) {
  for (const [field, allowed] of Object.entries(enums)) {
    const { text, pos } = cursor(valueDocs[lang][field]);
    const list = await languages[lang].complete(documentAt(`examples/content/values.${lang}`, text), pos);
    const labels = list.items.map((i) => i.label.replace(/^"|"$/g, '')).sort();
    check(JSON.stringify(labels) === JSON.stringify([...allowed].sort()), `${lang}: the allowed values of ${field}`, labels.join(', '));
  }
}

// 3. Hovers: each field's own title and description, not a shared definition's.
for (const lang of ['json', 'yaml']) {
  const text = lang === 'json'
    ? '{\n  "$schema": "../../schemas/condition.schema.json",\n  "id": "leg-cramps",\n  "language": "en",\n  "name": "Leg cramps",\n  "summary": "Sudden pain."\n}\n'
    : '# yaml-language-server: $schema=../../schemas/condition.schema.json\nid: leg-cramps\nlanguage: en\nname: Leg cramps\nsummary: Sudden pain.\n';
  const lines = text.split('\n');
  for (const field of ['id', 'name', 'summary']) {
    const doc = documentAt(`examples/content/hover.${lang}`, text);
    const line = lines.findIndex((l) => l.startsWith(lang === 'json' ? `  "${field}"` : `${field}:`));
    const shown = hoverText(await languages[lang].hover(doc, { line, character: lang === 'json' ? 4 : 1 }));
    const own = schema.properties[field];
    const title = shown.split('\n').find((l) => l.trim() !== '')?.replace(/^#+ /, '');
    // yaml-language-server (1.19.2) titles a hover with the `closestTitle` it last wrote on the
    // shared definition, so in YAML `name` can be titled "Summary"; its description is right.
    check(shown.includes(own.description) && (title === own.title || lang === 'yaml'),
      `${lang}: the hover on ${field} is its own`, JSON.stringify(shown));
    if (title !== own.title) console.log(`editor: note: ${lang}: the hover on ${field} is titled "${title}" (a yaml-language-server limitation); its description is the field's own`);
  }
}

// 4. Every examples/invalid file: which of the validator's problems the editor reports at the
// same line and column.
const invalidDir = path.join(root, 'examples', 'invalid');
const seen = { json: new Map(), yaml: new Map() };
async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await files(full));
    else if (/\.(json|ya?ml)$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}
const expectedLine = /^(.+?):(\d+):(\d+): (error|warning): (.*) \[([a-z.-]+)\]/;
for (const file of await files(invalidDir)) {
  const expectedFile = existsSync(file.replace(/\.json$/, '.expected.txt')) && file.endsWith('.json')
    ? file.replace(/\.json$/, '.expected.txt') : `${file}.expected.txt`;
  if (!existsSync(expectedFile)) continue; // the set/ files are reported together, in set.expected.txt
  const lang = file.endsWith('.json') ? 'json' : 'yaml';
  const bytes = await readFile(file);
  const text = new TextDecoder('utf-8').decode(bytes); // as an editor shows it: U+FFFD for a bad byte
  const doc = TextDocument.create(pathToFileURL(file).toString(), lang, 1, text);
  const diagnostics = await mapped[lang].diagnostics(doc);
  for (const line of (await readFile(expectedFile, 'utf8')).split('\n')) {
    const m = expectedLine.exec(line);
    if (!m) continue;
    const [, , l, c, , message, code] = m;
    const here = diagnostics.find((d) => d.range.start.line + 1 === Number(l) && d.range.start.character + 1 === Number(c));
    const entry = seen[lang].get(code) ?? { found: 0, missed: [] };
    if (here) entry.found++; else entry.missed.push(`${path.relative(root, file)}:${l}:${c}`);
    seen[lang].set(code, entry);
    if (EDITOR_CODES[lang].has(code)) {
      check(Boolean(here), `${lang}: ${path.relative(root, file)}:${l}:${c} [${code}] is reported by the editor there`,
        `the validator says "${message}"; the editor says ${JSON.stringify(diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`))}`);
    }
  }
}
for (const lang of ['json', 'yaml']) {
  const both = [...seen[lang]].filter(([, e]) => e.missed.length === 0).map(([code]) => code).sort();
  const only = [...seen[lang]].filter(([, e]) => e.missed.length > 0).map(([code, e]) => `${code} (${e.missed.join(', ')})`).sort();
  console.log(`editor: ${lang}: the editor reports where the validator does: ${both.join(', ')}`);
  console.log(`editor: ${lang}: the validator alone: ${only.join('; ')}`);
  for (const code of EDITOR_CODES[lang]) {
    check(seen[lang].has(code), `${lang}: examples/invalid has a file for ${code}`);
  }
}

check(requested.has(schemaUri), 'the schema was loaded from the repository copy', [...requested].join(', '));
check(refused.size === 0, 'no schema request left the machine', [...refused].join(', '));
console.log(`editor: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
