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
