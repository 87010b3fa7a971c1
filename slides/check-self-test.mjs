// Proves the check catches what it claims to: renders small decks with one defect each (the way a deck goes wrong in
// practice), runs check.mjs on them, and fails unless every defect is reported with the words that name it — and
// a clean deck passes. Run by `npm run check:self` (CI runs it after the real check).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, 'target', 'self-test');
const figuresFile = 'slides/target/self-test/results.txt';

const front = `---
marp: true
theme: workshop
---
`;
const deck = (body, notes = 'notes') => `${front}\n${body}\n\n<!--\n${notes}\n-->\n`;
const svg = (text, x, size = 20) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 100" width="400" height="100" font-family="sans-serif" font-size="${size}"><text x="${x}" y="50">${text}</text></svg>`;

// Each defect: a deck (or diagram) with one mistake in, and the words its report must contain.
const defects = [
  { name: 'clean', markdown: deck('## A clean slide\n\n- one point → two\n\n![diagram](../images/fits.svg)'), expect: null },
  { name: 'overflow', markdown: deck(`## Too much\n\n${Array.from({ length: 30 }, (_, i) => `- point ${i}`).join('\n')}`), expect: 'overflow: slide 1 overflows its frame' },
  { name: 'small-code', markdown: deck(`## Long code\n\n\`\`\`java\n${'long line '.repeat(16)}\n\`\`\``), expect: 'small-code: slide 1 shows code at' },
  { name: 'shrunk-image', markdown: deck('## Shrunk\n\n![w:200 diagram](../images/fits.svg)'), expect: 'shrunk-image: slide 1 shows the image "diagram" at 50% of its natural size' },
  { name: 'system-font', markdown: deck('## A character our fonts lack\n\nabout \u2153 of the keys'), expect: 'system-font: 1 glyph(s) of "about \u2153 of the keys" drawn in' },
  { name: 'no-notes', markdown: `${front}\n## Silent slide\n\nnothing for the speaker\n`, expect: 'no-notes: slide 1 has no speaker notes' },
  { name: 'small-diagram-text', markdown: deck('## Tiny labels\n\n![diagram](../images/tiny.svg)'), expect: "small-diagram-text: slide 1 draws tiny.svg's smallest text" },
  { name: 'figures', markdown: deck('## Numbers\n\n- a hit: 12.5 ms', `figures: ${figuresFile}`), expect: 'figures: slide 1 shows 12.5, not in' },
];
const diagrams = [
  { name: 'fits.svg', content: svg('inside the frame', 10), expect: null },
  { name: 'clipped.svg', content: svg('node C', -20), expect: 'clipped.svg: text outside the picture, clipped: "node C"' },
  { name: 'tiny.svg', content: svg('small print', 10, 12), expect: null },
];

await rm(root, { recursive: true, force: true });
await mkdir(path.join(root, 'decks'), { recursive: true });
await mkdir(path.join(root, 'images'), { recursive: true });
await writeFile(path.join(root, 'results.txt'), 'hit latency: 12.4 ms\n');
for (const defect of defects) await writeFile(path.join(root, 'decks', `${defect.name}.md`), defect.markdown);
for (const diagram of diagrams) await writeFile(path.join(root, 'images', diagram.name), diagram.content);

const dist = path.join(root, 'dist');
await run('node', [path.join(here, 'build.mjs'), 'html', '--from', root, '--to', dist]);

const html = defects.map((defect) => path.join(dist, `${defect.name}.html`));
let report = '';
try {
  await run('node', [path.join(here, 'check.mjs'), '--deck', html.join(','), '--diagrams', path.join(root, 'target', 'build', 'images')]);
} catch (failed) {
  report = `${failed.stdout}${failed.stderr}`;
}

const missed = [...defects, ...diagrams].filter((defect) => defect.expect && !report.includes(defect.expect));
const falseAlarms = report.split('\n').filter((line) => line.includes('  - clean') || line.includes('  - fits.svg'));
if (missed.length > 0 || falseAlarms.length > 0) {
  console.error(`The check's self-test failed.\nNot reported:\n  ${missed.map((defect) => `${defect.name}: "${defect.expect}"`).join('\n  ') || 'none'}`
    + `\nReported on the clean deck:\n  ${falseAlarms.join('\n  ') || 'none'}\n\nThe check said:\n${report}`);
  process.exit(1);
}
const planted = [...defects, ...diagrams].filter((defect) => defect.expect);
console.log(`The check's self-test passed: all ${planted.length} planted defects reported (${planted.map((defect) => defect.name).join(', ')}); the clean deck and diagram passed`);
