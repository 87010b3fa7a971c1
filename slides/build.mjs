// Renders every deck in decks/ with Marp: `node build.mjs html` writes dist/<deck>.html, self-contained (its images
// inlined as data URIs, so one file works offline); `node build.mjs pdf` writes dist/<deck>.pdf with Chromium.
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { marpCli } from '@marp-team/marp-cli';
import { chromiumPath } from './paths.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const decksDir = path.join(here, 'decks');
const distDir = path.join(here, 'dist');
const format = process.argv[2] ?? 'html';
if (!['html', 'pdf'].includes(format)) {
  console.error('usage: node build.mjs html|pdf');
  process.exit(2);
}

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/** Replaces each local image reference with its bytes, so the HTML needs nothing beside it. */
async function inlineImages(html, deckPath) {
  const references = [...html.matchAll(/src="([^"]+\.(svg|png|jpe?g))"/g)].map((match) => match[1]);
  for (const reference of new Set(references)) {
    if (/^(https?:|data:)/.test(reference)) {
      continue;
    }
    const file = path.resolve(path.dirname(deckPath), decodeURIComponent(reference));
    let bytes;
    try {
      bytes = await readFile(file);
    } catch (missing) {
      throw new Error(`${path.basename(deckPath)} shows ${reference}, but ${file} cannot be read (${missing.code})`);
    }
    const uri = `data:${MIME[path.extname(file).toLowerCase()]};base64,${bytes.toString('base64')}`;
    html = html.split(`src="${reference}"`).join(`src="${uri}"`);
  }
  return html;
}

await mkdir(distDir, { recursive: true });
const decks = (await readdir(decksDir)).filter((name) => name.endsWith('.md')).sort();
const started = Date.now();
for (const deck of decks) {
  const source = path.join(decksDir, deck);
  const output = path.join(distDir, deck.replace(/\.md$/, `.${format}`));
  const args = [source, '--html', '--allow-local-files', '-o', output];
  if (format === 'pdf') {
    args.push('--pdf', '--browser', 'chrome', '--browser-path', chromiumPath());
  }
  const exitCode = await marpCli(args);
  if (exitCode !== 0) {
    console.error(`Marp failed on ${deck} (exit code ${exitCode})`);
    process.exit(exitCode);
  }
  if (format === 'html') {
    await writeFile(output, await inlineImages(await readFile(output, 'utf8'), source));
  }
}
console.log(`Rendered ${decks.length} decks to ${format.toUpperCase()} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${distDir}`);
