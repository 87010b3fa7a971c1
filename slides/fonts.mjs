// The decks' fonts, shipped through npm (@fontsource) and embedded as data URIs, so a deck looks the same on every
// laptop, projector and CI machine whatever fonts the system has. Marp's default font list falls back to whatever
// is installed (DejaVu on a clean Debian, Noto on many Linux laptops, SF or Segoe UI elsewhere), and a slide that
// fits in one font overflows in another: what the check passed would not be what the room sees.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The family names the decks and diagrams use; no system font has them, so nothing can stand in silently. */
export const SANS = 'Workshop Sans';
export const MONO = 'Workshop Mono';
// Arrows and mathematical operators are in no Latin subset: they come from families of their own, placed after the
// text family in every font list. (Joining them to the text family with a weight range makes Chromium pick that
// one face for all text, and skip the Latin faces.)
const SYMBOLS = 'Workshop Symbols';
const MATHS = 'Workshop Maths';
/** The font list for running text and for code. */
export const SANS_LIST = `'${SANS}', '${SYMBOLS}', '${MATHS}'`;
export const MONO_LIST = `'${MONO}', '${SYMBOLS}', '${MATHS}'`;

// Each face: the family it joins, the @fontsource file, weight, style, and the characters it serves.
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2212,U+2215,U+FEFF,U+FFFD';
const ARROWS = 'U+2190-2199';
const MATH = 'U+2200-22FF';
const face = (family, file, weight, style, range) => ({ family, file: `@fontsource/${file}`, weight, style, range });
const FACES = [
  face(SANS, 'noto-sans/files/noto-sans-latin-400-normal.woff2', 400, 'normal', LATIN),
  face(SANS, 'noto-sans/files/noto-sans-latin-700-normal.woff2', 700, 'normal', LATIN),
  face(SANS, 'noto-sans/files/noto-sans-latin-400-italic.woff2', 400, 'italic', LATIN),
  face(SANS, 'noto-sans/files/noto-sans-latin-700-italic.woff2', 700, 'italic', LATIN),
  face(MONO, 'noto-sans-mono/files/noto-sans-mono-latin-400-normal.woff2', 400, 'normal', LATIN),
  face(MONO, 'noto-sans-mono/files/noto-sans-mono-latin-700-normal.woff2', 700, 'normal', LATIN),
  face(SYMBOLS, 'noto-sans-symbols/files/noto-sans-symbols-symbols-400-normal.woff2', '400 700', 'normal', ARROWS),
  face(MATHS, 'noto-sans-math/files/noto-sans-math-latin-400-normal.woff2', '400 700', 'normal', MATH),
];

/** Whether any character of the text falls in a unicode-range list such as 'U+2190-2199,U+2212'. */
function inRange(text, range) {
  const spans = range.split(',').map((part) => part.replace('U+', '').split('-').map((hex) => parseInt(hex, 16)));
  return [...text].some((character) => {
    const code = character.codePointAt(0);
    return spans.some(([from, to = from]) => code >= from && code <= to);
  });
}

const cache = new Map();

async function dataUri(file) {
  if (!cache.has(file)) {
    const bytes = await readFile(require.resolve(file));
    cache.set(file, `data:font/woff2;base64,${bytes.toString('base64')}`);
  }
  return cache.get(file);
}

/**
 * The @font-face rules for the given families, each font embedded. Only the symbol faces that the text needs are
 * embedded (the maths font alone is 270 kB).
 */
export async function fontFaces(families, text) {
  const rules = [];
  for (const face of FACES.filter((candidate) => [...families, SYMBOLS, MATHS].includes(candidate.family))) {
    if (face.range !== LATIN && !inRange(text, face.range)) continue;
    rules.push(`@font-face { font-family: '${face.family}'; font-style: ${face.style}; font-weight: ${face.weight}; `
      + `font-display: block; src: url(${await dataUri(face.file)}) format('woff2'); unicode-range: ${face.range}; }`);
  }
  return rules.join('\n');
}

/** The decks' Marp theme: Marp's default theme, in the workshop's fonts, with the symbol faces the decks' text needs. */
export async function workshopTheme(decksText) {
  return `/* @theme workshop */
@import 'default';
${await fontFaces([SANS, MONO], decksText)}
section { font-family: ${SANS_LIST}, sans-serif; }
section code, section pre, section pre code, section kbd, section samp { font-family: ${MONO_LIST}, monospace; }
`;
}

/**
 * A diagram with the workshop's fonts embedded: SVG shown through <img> cannot reach the page's fonts, so it carries
 * its own, and names the workshop families instead of the generic ones.
 */
export async function withEmbeddedFonts(svg, name) {
  const generic = [...svg.matchAll(/font-family="([^"]*)"/g)].map((match) => match[1])
    .filter((family) => family !== SANS_LIST && family !== MONO_LIST);
  const unknown = generic.filter((family) => !['sans-serif', 'monospace'].includes(family));
  if (unknown.length > 0) {
    throw new Error(`${name} uses font-family ${unknown.join(', ')}: use sans-serif or monospace (the build swaps in the workshop's fonts)`);
  }
  const text = svg.replace(/<[^>]*>/g, ' ');
  const swapped = svg
    .replace(/font-family="sans-serif"/g, `font-family="${SANS_LIST}"`)
    .replace(/font-family="monospace"/g, `font-family="${MONO_LIST}"`);
  const style = `<style>${await fontFaces([SANS, MONO], text)}</style>`;
  const opening = swapped.match(/<svg\b[^>]*>/);
  if (!opening) throw new Error(`${name} has no <svg> element`);
  return swapped.replace(opening[0], `${opening[0]}${style}`);
}
