// Opens every rendered deck (dist/*.html) in headless Chromium and checks what an instructor relies on: the slide
// count the manifest (decks.json) expects, speaker notes on every slide, no slide whose content overflows its
// frame, and no resource that fails to load (the HTML must work offline). Writes each title slide's screenshot
// to target/screenshots/. Run `node build.mjs html` first.
import { readFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './paths.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(await readFile(path.join(here, 'decks.json'), 'utf8'));
const screenshots = path.join(here, 'target', 'screenshots');
await mkdir(screenshots, { recursive: true });

const rendered = (await readdir(path.join(here, 'dist'))).filter((name) => name.endsWith('.html')).map((name) => name.slice(0, -5));
const problems = [];
for (const deck of Object.keys(manifest)) {
  if (!rendered.includes(deck)) problems.push(`${deck}: not rendered (run node build.mjs html)`);
}
for (const deck of rendered) {
  if (!manifest[deck]) problems.push(`${deck}: rendered, but missing from decks.json`);
}

const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  // As this machine's probe starts it: no sandbox (CI runs as root), and no background connections to Google.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const started = Date.now();
try {
  for (const deck of rendered.filter((name) => manifest[name])) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    const failures = [];
    page.on('requestfailed', (request) => failures.push(`${request.url().slice(0, 80)} (${request.failure()?.errorText})`));
    page.on('response', (response) => { if (response.status() >= 400) failures.push(`${response.url().slice(0, 80)} (${response.status()})`); });
    page.on('pageerror', (error) => failures.push(`script error: ${error.message}`));
    await page.goto(pathToFileURL(path.join(here, 'dist', `${deck}.html`)).href, { waitUntil: 'networkidle0' });

    const facts = await page.evaluate(() => {
      const sections = [...document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section')];
      const notes = [...document.querySelectorAll('.bespoke-marp-note')];
      return {
        slides: sections.length,
        overflowing: sections
          .map((section, index) => ({ index: index + 1, tall: section.scrollHeight - section.clientHeight, wide: section.scrollWidth - section.clientWidth }))
          .filter((slide) => slide.tall > 1 || slide.wide > 1),
        withoutNotes: sections.map((_, index) => index + 1)
          .filter((number) => !notes.some((note) => Number(note.dataset.index) === number - 1 && note.textContent.trim().length > 0)),
        brokenImages: [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.src.slice(0, 60)),
      };
    });
    const expected = manifest[deck].slides;
    if (facts.slides !== expected) problems.push(`${deck}: ${facts.slides} slides, decks.json expects ${expected}`);
    facts.overflowing.forEach((slide) => problems.push(`${deck}: slide ${slide.index} overflows its frame (${slide.tall} px too tall, ${slide.wide} px too wide)`));
    facts.withoutNotes.forEach((number) => problems.push(`${deck}: slide ${number} has no speaker notes`));
    facts.brokenImages.forEach((src) => problems.push(`${deck}: an image did not load (${src}…)`));
    failures.forEach((failure) => problems.push(`${deck}: failed to load ${failure}`));

    await page.screenshot({ path: path.join(screenshots, `${deck}.png`) });
    console.log(`${deck}: ${facts.slides} slides, ${manifest[deck].minutes} minutes`);
    await page.close();
  }
} finally {
  await browser.close();
}

if (problems.length > 0) {
  console.error(`\nThe decks have ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`All ${rendered.length} decks checked in headless Chromium in ${((Date.now() - started) / 1000).toFixed(1)} s; title slides in ${screenshots}`);
