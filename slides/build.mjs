// Renders every deck in decks/ with Marp: `node build.mjs html` writes dist/<deck>.html, self-contained (images and
// fonts inlined as data URIs, so one file works offline and looks the same everywhere); `node build.mjs pdf` writes
// dist/<deck>.pdf with Chromium, and dist/<deck>-notes.pdf, the same slides with the speaker notes beside them.
//
// The decks are staged in target/build/ first: each deck's workshop theme (fonts.mjs) is written there, and each diagram is
// copied with the fonts embedded, because an SVG shown through <img> cannot reach the page's fonts.
import { readdir, readFile, writeFile, mkdir, rm, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { marpCli } from '@marp-team/marp-cli';
import { chromiumPath } from './paths.mjs';
import { workshopTheme, withEmbeddedFonts } from './fonts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const decksDir = path.join(here, 'decks');
const imagesDir = path.join(here, 'images');
const stage = path.join(here, 'target', 'build');
const distDir = path.join(here, 'dist');
const format = process.argv[2] ?? 'html';
if (!['html', 'pdf'].includes(format)) {
  console.error('usage: node build.mjs html|pdf');
  process.exit(2);
}

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/** Copies decks and images into the stage, diagrams with their fonts embedded, and writes each deck's theme. */
async function stageDecks() {
  await rm(stage, { recursive: true, force: true });
  await mkdir(path.join(stage, 'decks'), { recursive: true });
  await mkdir(path.join(stage, 'images'), { recursive: true });
  await mkdir(path.join(stage, 'themes'), { recursive: true });
  for (const deck of await readdir(decksDir)) {
    const text = await readFile(path.join(decksDir, deck), 'utf8');
    await writeFile(path.join(stage, 'decks', deck), text);
    await writeFile(path.join(stage, 'themes', deck.replace(/\.md$/, '.css')), await workshopTheme(text));
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

async function render(args, deck) {
  const exitCode = await marpCli(args);
  if (exitCode !== 0) {
    console.error(`Marp failed on ${deck} (exit code ${exitCode})`);
    process.exit(exitCode);
  }
}

await stageDecks();
await mkdir(distDir, { recursive: true });
const decks = (await readdir(decksDir)).filter((name) => name.endsWith('.md')).sort();
const started = Date.now();
for (const deck of decks) {
  const source = path.join(stage, 'decks', deck);
  const output = path.join(distDir, deck.replace(/\.md$/, `.${format}`));
  const theme = path.join(stage, 'themes', deck.replace(/\.md$/, '.css'));
  const args = [source, '--html', '--allow-local-files', '--theme-set', theme];
  if (format === 'pdf') {
    const browser = ['--browser', 'chrome', '--browser-path', chromiumPath()];
    await render([...args, '--pdf', ...browser, '-o', output], deck);
    await render([...args, '--pdf', '--pdf-notes', ...browser, '-o', output.replace(/\.pdf$/, '-notes.pdf')], deck);
  } else {
    await render([...args, '-o', output], deck);
    await writeFile(output, await inlineImages(await readFile(output, 'utf8'), source));
  }
}
console.log(`Rendered ${decks.length} decks to ${format.toUpperCase()} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${distDir}`);
