// Opens every rendered deck (dist/*.html) in headless Chromium, at projector size (1280×720), and checks what a
// person in the room would see:
//   - the slide count decks.json expects, speaker notes on every slide, no resource that fails to load (offline);
//   - no slide whose content overflows its frame;
//   - every glyph drawn in the workshop's own fonts (asked of Chromium itself, not of the CSS: a font that
//     failed to load, or a character it lacks, shows up here as the system font that stood in);
//   - code at least 18 px, no image shown below 70% of its natural size, and diagram text drawn at 18 px or more;
//   - every diagram's text drawn in the workshop's fonts and inside the picture (nothing clipped);
//   - numbers on a slide that names a result file (`<!-- figures: path -->`) appear in that file.
// Writes each title slide's screenshot to target/screenshots/. Run `node build.mjs html` first.
// `npm run check:self` proves the check: it renders decks with one defect each and expects each one reported.
import { readFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './paths.mjs';
import { SANS, MONO } from './fonts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, '..');
const MIN_CODE_PX = 18;
const MIN_DIAGRAM_TEXT_PX = 18;
const MIN_IMAGE_SCALE = 0.7;

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
// `--deck a.html,b.html --diagrams dir` checks only those (the self-test's decks), without the manifest.
const only = option('--deck')?.split(',') ?? null;
const diagramsDir = path.resolve(option('--diagrams') ?? path.join(here, 'target', 'build', 'images'));
const manifest = only ? null : JSON.parse(await readFile(path.join(here, 'decks.json'), 'utf8'));
const screenshots = path.join(here, 'target', 'screenshots');
await mkdir(screenshots, { recursive: true });

const problems = [];
const decks = only
  ? only.map((file) => ({ name: path.basename(file, '.html'), file: path.resolve(file) }))
  : (await readdir(path.join(here, 'dist'))).filter((name) => name.endsWith('.html'))
    .map((name) => ({ name: name.slice(0, -5), file: path.join(here, 'dist', name) }));
if (manifest) {
  for (const deck of Object.keys(manifest)) {
    if (!decks.some((rendered) => rendered.name === deck)) problems.push(`${deck}: not rendered (run node build.mjs html)`);
  }
  for (const deck of decks) {
    if (!manifest[deck.name]) problems.push(`${deck.name}: rendered, but missing from decks.json`);
  }
}

/** The fonts Chromium used for the text directly inside each element matching the selector, by element. */
async function fontsInUse(page, selector) {
  const session = await page.createCDPSession();
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const used = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    if (fonts.length === 0) continue;
    const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1 });
    const text = (node.children ?? []).filter((child) => child.nodeType === 3).map((child) => child.nodeValue).join('').trim();
    used.push({ text: text.slice(0, 40) || `<${node.localName}>`, fonts });
  }
  await session.detach();
  return used;
}

/** Problems with fonts: any glyph drawn by a font the page did not bring. */
function systemFonts(used, where) {
  const found = [];
  for (const { text, fonts } of used) {
    for (const font of fonts.filter((candidate) => !candidate.isCustomFont)) {
      found.push(`${where}: ${font.glyphCount} glyph(s) of "${text}" drawn in ${font.familyName}, a system font, not ${SANS}/${MONO}`);
    }
  }
  return found;
}

/** Numbers as a slide or a file writes them (12.3, 1,234, 0.53), normalised without thousands separators. */
function numbers(text) {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((match) => match[0].replace(/,(?=\d{3}\b)/g, ''));
}

async function figureProblems(deck, facts) {
  const found = [];
  for (const slide of facts.figureSources) {
    const file = path.join(repository, slide.source);
    let source;
    try {
      source = await readFile(file, 'utf8');
    } catch (missing) {
      found.push(`${deck}: slide ${slide.index} names figures from ${slide.source}, which cannot be read (${missing.code})`);
      continue;
    }
    const known = new Set(numbers(source));
    const missingFigures = [...new Set(numbers(slide.text))].filter((figure) => figure.includes('.') && !known.has(figure));
    if (missingFigures.length > 0) {
      found.push(`${deck}: slide ${slide.index} shows ${missingFigures.join(', ')}, not in ${slide.source}`);
    }
  }
  return found;
}

async function checkDeck(browser, deck, diagramText) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  const failures = [];
  page.on('requestfailed', (request) => failures.push(`${request.url().slice(0, 80)} (${request.failure()?.errorText})`));
  page.on('response', (response) => { if (response.status() >= 400) failures.push(`${response.url().slice(0, 80)} (${response.status()})`); });
  page.on('pageerror', (error) => failures.push(`script error: ${error.message}`));
  await page.goto(pathToFileURL(deck.file).href, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.fonts.ready);

  const facts = await page.evaluate(({ minCode, minScale }) => {
    const sections = [...document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section')];
    const notes = [...document.querySelectorAll('.bespoke-marp-note')];
    const noteOf = (index) => notes.find((note) => Number(note.dataset.index) === index)?.textContent ?? '';
    // Each slide is drawn at 1280×720 and scaled to the window: measure in the slide's own pixels.
    const scaleOf = (section) => section.getBoundingClientRect().width / section.offsetWidth || 1;
    return {
      slides: sections.length,
      overflowing: sections
        .map((section, index) => ({ index: index + 1, tall: section.scrollHeight - section.clientHeight, wide: section.scrollWidth - section.clientWidth }))
        .filter((slide) => slide.tall > 1 || slide.wide > 1),
      withoutNotes: sections.map((_, index) => index + 1).filter((number) => noteOf(number - 1).trim().length === 0),
      brokenImages: [...document.images].filter((image) => !image.complete || image.naturalWidth === 0).map((image) => image.src.slice(0, 60)),
      // Marp shrinks a code block whose lines are too long (auto-scaling, through an SVG): the computed font size
      // stays 18 px while the room sees less. Measure what is drawn: layout size times the scale applied to it.
      smallCode: sections.flatMap((section, index) => [...section.querySelectorAll('pre, code')]
        .filter((element) => element.offsetWidth > 0)
        .map((element) => {
          const drawn = element.getBoundingClientRect().width / element.offsetWidth / scaleOf(section);
          return { index: index + 1, size: Math.round(parseFloat(getComputedStyle(element).fontSize) * drawn * 10) / 10, text: element.textContent.replace(/\s+/g, ' ').trim().slice(0, 30) };
        })
        .filter((code) => code.size < minCode - 0.05)),
      images: sections.flatMap((section, index) => [...section.querySelectorAll('img')]
        .filter((image) => image.naturalWidth > 0)
        .map((image) => ({ index: index + 1, alt: image.alt, src: image.src, naturalWidth: image.naturalWidth, width: image.getBoundingClientRect().width / scaleOf(section) }))),
      figureSources: sections.map((section, index) => ({ index: index + 1, text: section.innerText, source: (noteOf(index).match(/figures:\s*(\S+)/) ?? [])[1] }))
        .filter((slide) => slide.source),
    };
  }, { minCode: MIN_CODE_PX, minScale: MIN_IMAGE_SCALE });

  const found = [];
  const expected = manifest?.[deck.name]?.slides;
  if (expected !== undefined && facts.slides !== expected) found.push(`${deck.name}: ${facts.slides} slides, decks.json expects ${expected}`);
  facts.overflowing.forEach((slide) => found.push(`${deck.name}: slide ${slide.index} overflows its frame (${slide.tall} px too tall, ${slide.wide} px too wide)`));
  facts.withoutNotes.forEach((number) => found.push(`${deck.name}: slide ${number} has no speaker notes`));
  facts.brokenImages.forEach((src) => found.push(`${deck.name}: an image did not load (${src}…)`));
  facts.smallCode.forEach((code) => found.push(`${deck.name}: slide ${code.index} shows code at ${code.size} px, below ${MIN_CODE_PX} px ("${code.text}")`));
  for (const image of facts.images) {
    // A diagram is drawn for its viewBox: that is its natural size (Chromium gives an SVG without width 300 px).
    const diagram = diagramText.get(image.src);
    const scale = image.width / (diagram?.width ?? image.naturalWidth);
    if (scale < MIN_IMAGE_SCALE) {
      found.push(`${deck.name}: slide ${image.index} shows the image "${image.alt}" at ${Math.round(scale * 100)}% of its natural size, below ${MIN_IMAGE_SCALE * 100}%`);
    }
    const drawn = diagram && Math.round(diagram.smallestPx * scale * 10) / 10;
    if (drawn && drawn < MIN_DIAGRAM_TEXT_PX - 0.05) {
      found.push(`${deck.name}: slide ${image.index} draws ${diagram.name}'s smallest text ("${diagram.smallestText}") at ${drawn} px, below ${MIN_DIAGRAM_TEXT_PX} px`);
    }
  }
  failures.forEach((failure) => found.push(`${deck.name}: failed to load ${failure}`));
  found.push(...systemFonts(await fontsInUse(page, 'section, section *'), deck.name));
  found.push(...await figureProblems(deck.name, facts));

  await page.screenshot({ path: path.join(screenshots, `${deck.name}.png`) });
  await page.close();
  return { slides: facts.slides, found };
}

/** Every diagram the decks show, opened on its own: its text in the workshop's fonts, and inside its frame. */
async function checkDiagram(browser, file) {
  const name = path.basename(file);
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'networkidle0' });
  await page.evaluate(() => document.fonts.ready);
  const clipped = await page.evaluate(() => {
    const svg = document.documentElement;
    const box = svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0
      ? svg.viewBox.baseVal
      : { x: 0, y: 0, width: svg.width.baseVal.value, height: svg.height.baseVal.value };
    return [...document.querySelectorAll('text')].map((text) => ({ text: text.textContent.trim().slice(0, 40), bounds: text.getBBox() }))
      .filter(({ bounds }) => bounds.x < box.x - 0.5 || bounds.y < box.y - 0.5
        || bounds.x + bounds.width > box.x + box.width + 0.5 || bounds.y + bounds.height > box.y + box.height + 0.5)
      .map(({ text, bounds }) => `"${text}" (x ${bounds.x.toFixed(0)}–${(bounds.x + bounds.width).toFixed(0)}, y ${bounds.y.toFixed(0)}–${(bounds.y + bounds.height).toFixed(0)}; frame ${box.x} ${box.y} ${box.width}×${box.height})`);
  });
  // The smallest text at the diagram's natural size (in viewBox units): a slide that shows the diagram at scale s
  // draws it at s × this.
  const { smallest, width } = await page.evaluate(() => {
    const svg = document.documentElement;
    const rootScale = svg.getScreenCTM().a;
    const texts = [...document.querySelectorAll('text, tspan')].filter((text) => text.textContent.trim().length > 0)
      .map((text) => ({ text: text.textContent.trim().slice(0, 30), px: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a / rootScale }))
      .sort((a, b) => a.px - b.px);
    const viewBox = svg.viewBox.baseVal;
    return { smallest: texts[0], width: viewBox && viewBox.width > 0 ? viewBox.width : svg.width.baseVal.value };
  });
  const found = clipped.map((text) => `${name}: text outside the picture, clipped: ${text}`);
  found.push(...systemFonts(await fontsInUse(page, 'text, tspan'), name));
  await page.close();
  return { found, smallest, width };
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
  // Diagrams first: their smallest text, by the data URI a deck shows them with.
  const diagramText = new Map();
  const diagrams = (await readdir(diagramsDir)).filter((name) => name.endsWith('.svg'));
  for (const diagram of diagrams) {
    const file = path.join(diagramsDir, diagram);
    const { found, smallest, width } = await checkDiagram(browser, file);
    problems.push(...found);
    if (smallest) {
      const uri = `data:image/svg+xml;base64,${(await readFile(file)).toString('base64')}`;
      diagramText.set(uri, { name: diagram, width, smallestPx: smallest.px, smallestText: smallest.text });
    }
  }
  if (diagrams.length > 0) console.log(`${diagrams.length} diagrams: text in ${SANS}/${MONO}, inside the picture`);
  for (const deck of decks.filter((candidate) => !manifest || manifest[candidate.name])) {
    const { slides, found } = await checkDeck(browser, deck, diagramText);
    problems.push(...found);
    console.log(`${deck.name}: ${slides} slides${manifest ? `, ${manifest[deck.name].minutes} minutes` : ''}${found.length ? `, ${found.length} problem(s)` : ''}`);
  }
} finally {
  await browser.close();
}

if (problems.length > 0) {
  console.error(`\nThe decks have ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`All ${decks.length} decks checked in headless Chromium in ${((Date.now() - started) / 1000).toFixed(1)} s: fonts ${SANS}/${MONO}, `
  + `code >= ${MIN_CODE_PX} px, images >= ${MIN_IMAGE_SCALE * 100}%; title slides in ${screenshots}`);
