// The consolidated workbook prints legibly (issue 12): read from the xlsx parts themselves (styles,
// sheets, workbook, charts), every sheet is A4 at an explicit scale of its own, and every text on it,
// its size times that scale, is at least 8 pt on paper; the sheets people read fit one page wide;
// heading rows repeat and pages are numbered "Halaman x dari y". A change that shrinks a sheet's text
// below 8 pt (a wider column, a smaller font, fit-to-width) fails here.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportBytes } from '../src/write/report.js';
import { bundledLaporan } from './support/bundled-laporan.js';

const AT = new Date('2018-01-15T08:00:00Z');
const A4 = { portrait: 8.27, landscape: 11.69 };
let parts: Record<string, string>;

interface PrintedSheet {
  name: string;
  xml: string;
  scale: number;
  orientation: 'portrait' | 'landscape';
}
let sheets: PrintedSheet[];
let fontSize: number[];

beforeAll(async () => {
  const b = await bundledLaporan();
  const bytes = reportBytes(b.index, b.result, {
    generatedAt: AT,
    toolVersion: 'test',
    lang: 'id',
    judged: b.judged,
    comparisons: b.comparisons,
    renstra: b.renstra,
    config: { tempat: 'Gresik', tanggal: '2018-01-20', penandatangan: { nama: 'Drs. BUDI SANTOSO, M.Si', nip: '19650101 199003 1 007' }, wajibVerifikasi: false },
  });
  const z = unzipSync(bytes);
  parts = Object.fromEntries(Object.entries(z).map(([k, v]) => [k, strFromU8(v)]));
  const styles = parts['xl/styles.xml']!;
  const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/g)].map((m) => Number(/<sz val="([\d.]+)"/.exec(m[1]!)![1]));
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)![1]!;
  fontSize = [...xfs.matchAll(/<xf [^>]*fontId="(\d+)"/g)].map((m) => fonts[Number(m[1])]!);
  const names = [...parts['xl/workbook.xml']!.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]!);
  sheets = names.map((name, i) => {
    const xml = parts[`xl/worksheets/sheet${i + 1}.xml`]!;
    const setup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? '';
    return { name, xml, scale: Number(/scale="(\d+)"/.exec(setup)?.[1] ?? NaN), orientation: /orientation="(\w+)"/.exec(setup)![1] as 'portrait' | 'landscape' };
  });
}, 120_000);

/** The smallest font size of the sheet's cells that hold something (a value or a formula). */
function smallestText(s: PrintedSheet): number {
  let min = Infinity;
  for (const m of s.xml.matchAll(/<c r="[A-Z]+\d+"( s="(\d+)")?[^>]*>(.*?)<\/c>/g)) {
    if (!/<v>[^<]|<f>/.test(m[3]!)) continue;
    min = Math.min(min, fontSize[Number(m[2] ?? 0)]!);
  }
  return min;
}

/** Printed width of the used columns at 100 %, in inches (Excel's rule: width × 7 px + 5 px, 96 px an inch). */
function widthInches(s: PrintedSheet): number {
  return [...s.xml.matchAll(/<col min="\d+" max="\d+" width="([\d.]+)"/g)].reduce((a, m) => a + Math.trunc(Number(m[1]) * 7 + 5), 0) / 96;
}

describe('the consolidated workbook on A4', () => {
  it('every sheet: A4, an explicit scale (no fit-to-page), every text at least 8 pt on paper', () => {
    expect(sheets.length).toBeGreaterThan(8);
    for (const s of sheets) {
      expect(s.xml, s.name).toMatch(/<pageSetup paperSize="9" /);
      expect(s.xml, s.name).not.toMatch(/fitToPage|fitToWidth/);
      expect(s.scale, s.name).toBeGreaterThan(0);
      const printed = (smallestText(s) * s.scale) / 100;
      expect(printed, `${s.name}: smallest text ${smallestText(s)} pt at ${s.scale} %`).toBeGreaterThanOrEqual(8);
    }
  });

  it('the sheets people read fit one page wide at that scale', () => {
    const reading = sheets.filter((s) => !['Rekap Isian', 'Catatan', 'Validasi', 'Data'].includes(s.name));
    expect(reading.map((s) => s.name)).toContain('Ringkasan');
    for (const s of reading) {
      const printable = A4[s.orientation] - 0.8;
      expect((widthInches(s) * s.scale) / 100, s.name).toBeLessThanOrEqual(printable);
    }
  });

  it('heading rows repeat on every page, and pages read "Halaman x dari y"', () => {
    const titles = [...parts['xl/workbook.xml']!.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">/g)].map((m) => Number(m[1]));
    for (const [i, s] of sheets.entries()) {
      expect(s.xml, s.name).toContain('<oddFooter>&amp;L&amp;A&amp;RHalaman &amp;P dari &amp;N</oddFooter>');
      // Grafik has no heading row: its first page is the two charts.
      if (s.name !== 'Grafik') expect(titles, s.name).toContain(i);
    }
  });

  it('Grafik: portrait, two native charts whose every text is at least 8 pt on paper', () => {
    const g = sheets.find((s) => s.name === 'Grafik')!;
    expect(g.orientation).toBe('portrait');
    expect(g.xml).toContain('<drawing r:id="rId1"/>');
    const charts = Object.keys(parts).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
    expect(charts).toHaveLength(2);
    for (const k of charts) {
      const sizes = [...parts[k]!.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
      expect(sizes.length).toBeGreaterThan(3);
      expect((Math.min(...sizes) * g.scale) / 100, k).toBeGreaterThanOrEqual(8);
    }
  });

  it('Ringkasan: the kop, landscape, and the signature block of the Kepala Dinas from the configuration', () => {
    const ring = sheets[0]!;
    expect(ring.name).toBe('Ringkasan');
    expect(ring.orientation).toBe('landscape');
    const strings = [...parts['xl/sharedStrings.xml']!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]!);
    const text = [...ring.xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]* t="s"><v>(\d+)<\/v>/g)].map((m) => ({ row: Number(m[2]), text: strings[Number(m[3])]! }));
    const rowOf = (t: string) => text.find((x) => x.text === t)?.row;
    expect(rowOf('DINAS TENAGA KERJA KABUPATEN GRESIK')).toBe(1);
    expect(rowOf('Laporan Indikator Kinerja Individu (IKI) Tahun 2017')).toBe(2);
    expect(rowOf('Tahun 2017')).toBe(3);
    const sign = rowOf('Gresik, 20 Januari 2018')!;
    expect(sign).toBeGreaterThan(20);
    expect(rowOf('Drs. BUDI SANTOSO, M.Si')).toBeGreaterThan(sign);
    expect(rowOf('NIP. 19650101 199003 1 007')).toBeGreaterThan(rowOf('Drs. BUDI SANTOSO, M.Si')!);
  });
});
