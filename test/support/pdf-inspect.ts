// Looking inside a PDF for tests: its text (pdftotext), its fonts (pdffonts), and the type sizes its
// content streams set (every "Tf" operator), so a test can hold the 8 pt minimum.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

export function pdfText(file: string, layout = true): string {
  const r = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

/** pdftotext's pages (form feed separated). */
export function pdfPages(file: string): string[] {
  return pdfText(file).split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

export function pdfFonts(file: string): { name: string; type: string; embedded: boolean }[] {
  const r = spawnSync('pdffonts', [file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdffonts failed: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name type... encoding emb sub uni object ID: emb is the 5th column from the end.
      return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** Every stream of the file, inflated where it is Flate-compressed. */
function streams(file: string): string[] {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const out: string[] = [];
  const re = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    const body = bytes.subarray(start, end);
    try {
      out.push(/\/FlateDecode/.test(m[1]!) ? inflateSync(body).toString('latin1') : body.toString('latin1'));
    } catch {
      /* a font program or image, not content */
    }
  }
  return out;
}

/** The sizes of every text-font selection ("/F1 8 Tf") in the page content. */
export function textSizes(file: string): number[] {
  return streams(file).flatMap((s) => [...s.matchAll(/\/[A-Za-z0-9]+\s+(-?[\d.]+)\s+Tf\b/g)].map((m) => Number(m[1])));
}

/** Counts of path-painting operators in the page content: rectangles and strokes (vector graphics). */
export function vectorOps(file: string): { rects: number; strokes: number; images: number } {
  const all = streams(file).join('\n');
  const raw = readFileSync(file).toString('latin1');
  return { rects: (all.match(/\bre\b/g) ?? []).length, strokes: (all.match(/\bS\b/g) ?? []).length, images: (raw.match(/\/Subtype\s*\/Image/g) ?? []).length };
}

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box (pdftotext -bbox), and each page's size. */
export function wordBoxes(file: string): { pages: { width: number; height: number }[]; words: WordBox[] } {
  const r = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`pdftotext -bbox failed: ${r.stderr}`);
  const pages: { width: number; height: number }[] = [];
  const words: WordBox[] = [];
  for (const m of r.stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else words.push({ page: pages.length - 1, text: m[7]!, xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
  }
  return { pages, words };
}

/** Pairs of words on one page whose boxes overlap by more than `share` of the smaller one (text drawn over text). */
export function overlappingWords(words: readonly WordBox[], share = 0.25): [WordBox, WordBox][] {
  const out: [WordBox, WordBox][] = [];
  const byPage = new Map<number, WordBox[]>();
  for (const w of words) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w]);
  for (const list of byPage.values()) {
    list.sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length && list[j]!.yMin < a.yMax; j++) {
        const b = list[j]!;
        const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (w <= 0 || h <= 0) continue;
        const smaller = Math.min((a.xMax - a.xMin) * (a.yMax - a.yMin), (b.xMax - b.xMin) * (b.yMax - b.yMin));
        if (w * h > share * smaller) out.push([a, b]);
      }
    }
  }
  return out;
}
