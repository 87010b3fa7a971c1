// Renders every deck in decks/ with Marp: `node build.mjs html` writes dist/<deck>.html, self-contained (images and
// fonts inlined as data URIs, so one file works offline and looks the same everywhere); `node build.mjs pdf` writes
// dist/<deck>.pdf with Chromium, the speaker notes in it as annotations; `node build.mjs png` writes every slide as
// a 1280×720 PNG to dist/png/.
//
// The decks are staged in target/build/ first: the workshop theme (fonts.mjs) is written there, and each diagram is
// copied with the fonts embedded, because an SVG shown through <img> cannot reach the page's fonts.
import { readdir, readFile, writeFile, mkdir, rm, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { marpCli } from '@marp-team/marp-cli';
import { chromiumPath } from './paths.mjs';
import { workshopTheme, withEmbeddedFonts } from './fonts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const format = process.argv[2] ?? 'html';
if (!['html', 'pdf', 'png'].includes(format)) {
  console.error('usage: node build.mjs html|pdf|png [--from <dir holding decks/ and images/>] [--to <dir>]');
  process.exit(2);
}
const option = (name, fallback) => (process.argv.includes(name) ? path.resolve(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const from = option('--from', here);
const decksDir = path.join(from, 'decks');
const imagesDir = path.join(from, 'images');
const stage = path.join(from, 'target', 'build');
const distDir = option('--to', path.join(here, 'dist'));

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/** Copies decks and images into the stage, diagrams with their fonts embedded, and writes the decks' theme. */
async function stageDecks() {
  await rm(stage, { recursive: true, force: true });
  await mkdir(path.join(stage, 'decks'), { recursive: true });
  await mkdir(path.join(stage, 'images'), { recursive: true });
  let allText = '';
  for (const deck of decks) {
    const text = await readFile(path.join(decksDir, deck), 'utf8');
    allText += text;
    await writeFile(path.join(stage, 'decks', deck), text);
  }
  for (const image of await readdir(imagesDir)) {
    const source = path.join(imagesDir, image);
    const target = path.join(stage, 'images', image);
    if (image.endsWith('.svg')) {
      await writeFile(target, await withEmbeddedFonts(await readFile(source, 'utf8'), image));
    } else {
      await copyFile(source, target);
    }
  }
  await writeFile(theme, await workshopTheme(allText));
}

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

/** Runs Marp once over every staged deck (one browser for all of them) and writes into the given folder. */
async function render(extra, output) {
  // A busy machine (a CI box, a laptop mid-workshop) makes Chromium slow: 30 s per browser step, Marp's default,
  // fails a deck of 30 slides there; 5 minutes only bounds a browser that hangs.
  const exitCode = await marpCli(['--input-dir', path.join(stage, 'decks'), '--html', '--allow-local-files',
    '--theme-set', theme, '--browser-timeout', '300', '-o', output, ...extra]);
  if (exitCode !== 0) {
    console.error(`Marp failed (exit code ${exitCode})`);
    process.exit(exitCode);
  }
}

const decks = (await readdir(decksDir)).filter((name) => name.endsWith('.md')).sort();
const theme = path.join(stage, 'workshop.css');
await stageDecks();
await mkdir(distDir, { recursive: true });
const started = Date.now();
if (format === 'pdf') {
  // Speaker notes go into the PDF as annotations: a PDF viewer shows them beside each slide.
  await render(['--pdf', '--pdf-notes', '--browser', 'chrome', '--browser-path', chromiumPath()], distDir);
} else if (format === 'png') {
  // Every slide as a 1280×720 picture, for reviewing slides as the room sees them: dist/png/<deck>.NNN.png.
  // One deck at a time: six decks' screenshots at once exceed Chromium's protocol time limit on a 2-core machine.
  await render(['--images', 'png', '--no-parallel', '--browser', 'chrome', '--browser-path', chromiumPath()], path.join(distDir, 'png'));
} else {
  await render([], distDir);
  for (const deck of decks) {
    const output = path.join(distDir, deck.replace(/\.md$/, '.html'));
    await writeFile(output, await inlineImages(await readFile(output, 'utf8'), path.join(stage, 'decks', deck)));
  }
}
console.log(`Rendered ${decks.length} decks to ${format.toUpperCase()} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${distDir}`);
