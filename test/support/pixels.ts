// Rendering a PDF page to pixels (pdftoppm, poppler-utils) and counting colours, for tests that check a
// chart or table is really drawn: a colour that only the chart uses must cover some of the page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Raster {
  width: number;
  height: number;
  rgb: Buffer;
}

/** Page `page` (1-based) of a PDF as RGB pixels at `dpi`. */
export function rasterize(pdf: string, page = 1, dpi = 50): Raster {
  const dir = mkdtempSync(join(tmpdir(), 'iki-ppm-'));
  try {
    const r = spawnSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), pdf, join(dir, 'p')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
    const file = readdirSync(dir).find((f) => f.endsWith('.ppm'));
    if (!file) throw new Error('pdftoppm wrote no page');
    return parsePpm(readFileSync(join(dir, file)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parsePpm(b: Buffer): Raster {
  // "P6\n<w> <h>\n255\n" then RGB bytes.
  const fields: string[] = [];
  let i = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(b[i]!))) i++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(b[i]!))) s += String.fromCharCode(b[i++]!);
    fields.push(s);
  }
  if (fields[0] !== 'P6') throw new Error(`not a binary PPM: ${fields[0]}`);
  return { width: Number(fields[1]), height: Number(fields[2]), rgb: b.subarray(i + 1) };
}

/** How many pixels are within `tolerance` (per channel) of the colour RRGGBB. */
export function countColour(r: Raster, hex: string, tolerance = 12): number {
  const [cr, cg, cb] = [0, 2, 4].map((o) => parseInt(hex.slice(o, o + 2), 16)) as [number, number, number];
  let n = 0;
  for (let p = 0; p + 2 < r.rgb.length; p += 3) {
    if (Math.abs(r.rgb[p]! - cr) <= tolerance && Math.abs(r.rgb[p + 1]! - cg) <= tolerance && Math.abs(r.rgb[p + 2]! - cb) <= tolerance) n++;
  }
  return n;
}
