// Text measurement and placement for the PDF without OpenType shaping. pdfkit shapes every new word with
// fontkit (GSUB/GPOS lookups), about 0.2 ms a word: thousands of distinct numbers and names made the
// laporan take over a second. Indonesian text in Latin script needs no shaping (no ligature or mark
// is required to read it), so words are laid out from the font's own advance widths: the same glyphs,
// only without kerning. Text outside Latin (U+0020–U+024F) still goes through pdfkit's own shaping.
import { FONT, MIN_SIZE, type Doc } from './page.js';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
/** The parts of pdfkit's EmbeddedFont (js/pdfkit.node.mjs) this module uses. */
interface EmbeddedFont {
  font: { glyphsForString(s: string): Glyph[]; unitsPerEm: number };
  scale: number;
  layoutRun(text: string, features?: unknown): { glyphs: Glyph[]; positions: Position[]; advanceWidth: number };
  lineHeight(size: number, includeGap?: boolean): number;
}

interface Face {
  embedded: EmbeddedFont;
  /** Advance per code point, in 1/1000 em. */
  advance: Map<number, number>;
}

const LATIN = /^[\u0020-\u024f]*$/;
const faces = new WeakMap<Doc, Record<'regular' | 'bold', Face>>();

/** Open both faces once and lay out their Latin text from advance widths (see the head of this file). */
export function prepareFonts(doc: Doc): void {
  const open = (name: string): Face => {
    doc.font(name);
    const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
    const shaped = typeof embedded.layoutRun === 'function' ? embedded.layoutRun.bind(embedded) : undefined;
    // A pdfkit whose fonts are shaped differently keeps its own shaping: slower, never wrong.
    if (shaped && embedded.font && typeof embedded.font.glyphsForString === 'function') {
      embedded.layoutRun = (text, features) => {
        if (features || !LATIN.test(text)) return shaped(text, features);
        const glyphs = embedded.font.glyphsForString(text);
        let advanceWidth = 0;
        const positions = glyphs.map((g) => {
          const a = g.advanceWidth * embedded.scale;
          advanceWidth += a;
          return { xAdvance: a, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: a };
        });
        return { glyphs, positions, advanceWidth };
      };
    }
    return { embedded, advance: new Map() };
  };
  faces.set(doc, { regular: open(FONT.regular), bold: open(FONT.bold) });
}

function face(doc: Doc, bold: boolean): Face {
  const f = faces.get(doc);
  if (!f) throw new Error('prepareFonts(doc) first');
  return bold ? f.bold : f.regular;
}

/** Width of `text` in points at `size`. */
export function measure(doc: Doc, text: string, size: number, bold = false): number {
  const f = face(doc, bold);
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let a = f.advance.get(cp);
    if (a === undefined) {
      const g = f.embedded.font.glyphsForString(ch)[0];
      a = g ? g.advanceWidth * f.embedded.scale : 500;
      f.advance.set(cp, a);
    }
    units += a;
  }
  return (units * Math.max(MIN_SIZE, size)) / 1000;
}

export function lineHeight(doc: Doc, size: number, bold = false): number {
  return face(doc, bold).embedded.lineHeight(Math.max(MIN_SIZE, size), true);
}

/** Lines of `text` within `width`: greedy on spaces, hard line breaks kept, an over-long word split. */
export function wrap(doc: Doc, text: string, width: number, size: number, bold = false): string[] {
  const out: string[] = [];
  const space = measure(doc, ' ', size, bold);
  for (const para of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const word of para.split(/ +/)) {
      const w = measure(doc, word, size, bold);
      if (line && used + space + w <= width) {
        line += ` ${word}`;
        used += space + w;
        continue;
      }
      if (line) out.push(line);
      line = word;
      used = w;
      // A word wider than the column (a long id or path) is split where it must be.
      while (used > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(doc, line.slice(0, cut), size, bold) > width) cut--;
        out.push(line.slice(0, cut));
        line = line.slice(cut);
        used = measure(doc, line, size, bold);
      }
    }
    out.push(line);
  }
  return out;
}

export interface Placement {
  size: number;
  bold?: boolean;
  colour?: string;
  /** With a width, `align` places the text inside [x, x + width]. */
  width?: number;
  align?: 'left' | 'right' | 'center';
}

/** One line of text at (x, y), never wrapped, never starting a new page. */
export function textAt(doc: Doc, text: string, x: number, y: number, p: Placement): void {
  if (!text) return;
  const size = Math.max(MIN_SIZE, p.size);
  let at = x;
  if (p.width !== undefined && p.align && p.align !== 'left') {
    const w = measure(doc, text, size, p.bold);
    at = p.align === 'right' ? x + p.width - w : x + (p.width - w) / 2;
  }
  doc.font(p.bold ? FONT.bold : FONT.regular).fontSize(size);
  fill(doc, `#${p.colour ?? '000000'}`);
  doc.text(text, at, y, { lineBreak: false });
}

const lastFill = new WeakMap<Doc, { page: unknown; colour: string }>();

/** Set the fill colour unless this page's content already set it (each setting is three PDF operators). */
function fill(doc: Doc, colour: string): void {
  const current = (doc as unknown as { _fillColor?: [unknown, unknown] })._fillColor?.[0];
  const last = lastFill.get(doc);
  if (last && last.page === doc.page && last.colour === colour && current === colour) return;
  doc.fillColor(colour);
  lastFill.set(doc, { page: doc.page, colour });
}
