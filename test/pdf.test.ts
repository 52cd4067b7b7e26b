// The laporan PDF (src/write/pdf) on the bundled example: every percentage the rollup, the targets and
// the comparisons compute appears as the workbook shows it, and nothing else does; fonts embedded; no
// text below 8 pt; page numbers; charts drawn as vectors. Needs poppler-utils (CI installs it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../src/compute/comparison.js';
import { buildLaporan, formatValue, PREDIKAT_COLOURS, type LaporanModel } from '../src/write/laporan-model.js';
import { renderPdf } from '../src/write/pdf/index.js';
import { MIN_SIZE } from '../src/write/pdf/page.js';
import { bundledLaporan, type BundledLaporan } from './support/bundled-laporan.js';
import { overlappingWords, pdfFonts, pdfPages, pdfText, textSizes, vectorOps, wordBoxes } from './support/pdf-inspect.js';
import { countColour, rasterize } from './support/pixels.js';

const AT = new Date('2018-01-15T08:00:00Z');
const CONFIG = { tempat: 'Gresik', tanggal: '2018-01-20', penandatangan: { nama: 'Drs. BUDI SANTOSO, M.Si', nip: '19650101 199003 1 007' }, wajibVerifikasi: false };

let dir: string;
let b: BundledLaporan;
const files: Record<'id' | 'en', string> = { id: '', en: '' };
const models: Partial<Record<'id' | 'en', LaporanModel>> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iki-pdf-'));
  b = await bundledLaporan();
  for (const lang of ['id', 'en'] as const) {
    const m = buildLaporan({ ...b, lang, config: CONFIG, generatedAt: AT, toolVersion: 'test' });
    models[lang] = m;
    files[lang] = join(dir, `IKI_2017_laporan.${lang}.pdf`);
    writeFileSync(files[lang], await renderPdf(m, { createdAt: AT, toolVersion: 'test' }));
  }
}, 120_000);
// IKI_KEEP_OUTPUT=1 keeps the PDFs to look at (the folder is printed).
afterAll(() => (process.env.IKI_KEEP_OUTPUT ? console.log(`kept ${dir}`) : rmSync(dir, { recursive: true, force: true })));

/** Every percentage the numbers behind the laporan hold, as the workbook shows them (id: 65,22). */
function expectedPercents(lang: 'id' | 'en'): Set<string> {
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? [] : [formatValue(Math.abs(v), 'percent', lang)]);
  const out = new Set<string>();
  const add = (vs: string[]) => vs.forEach((v) => out.add(v));
  for (const ind of b.result.indicators) {
    const def = b.index.indicators.get(ind.indicatorId)!;
    for (const v of Object.values(ind.values)) if (def.kind === 'ratio') add(pct(v.value));
    for (const j of Object.values(b.judged.byIndicator.get(ind.indicatorId) ?? {})) {
      add(pct(j.capaian));
      if (def.kind === 'ratio') add(pct(j.target));
    }
  }
  for (const c of b.comparisons as Comparison[]) {
    const ratio = b.index.indicators.get(c.indicatorId)!.kind === 'ratio';
    for (const e of c.earlier) add([...pct(e.capaian), ...(ratio ? pct(e.realisasi) : [])]);
    if (c.growth) add([...pct(c.growth.percent), ...(ratio ? pct(c.growth.points) : [])]);
    if (c.renstra) add([...pct(c.renstra.capaian), ...pct(c.renstra.capaianAkhir), ...(ratio ? [...pct(c.renstra.kondisiAwal), ...pct(c.renstra.target), ...pct(c.renstra.targetAkhir)] : [])]);
  }
  const { byQuarter, total } = b.result.completeness;
  for (const x of [...byQuarter, total]) add(pct(x.expected ? (x.received / x.expected) * 100 : null));
  return out;
}

describe('the laporan PDF of the bundled example', () => {
  it('shows every percentage of the rollup as the workbook does, and no percentage the numbers do not hold', () => {
    for (const lang of ['id', 'en'] as const) {
      const text = pdfText(files[lang]);
      const expected = expectedPercents(lang);
      // Every ratio indicator's value for every period and its capaian are in the PDF.
      for (const ind of b.result.indicators) {
        if (b.index.indicators.get(ind.indicatorId)!.kind !== 'ratio') continue;
        for (const [period, v] of Object.entries(ind.values)) {
          if (v.value !== null) expect(text, `${ind.indicatorId} ${period}`).toContain(formatValue(v.value, 'percent', lang));
        }
        const j = b.judged.byIndicator.get(ind.indicatorId)?.['2017'];
        if (j?.capaian != null) expect(text).toContain(formatValue(j.capaian, 'percent', lang));
      }
      // Every number with two decimals in the PDF is one of those (no stray, rounded-differently value).
      // (Not the decree's number, 560/67/437.58/2017.)
      const pattern = lang === 'id' ? /(?<![\d.,/])\d{1,3}(?:\.\d{3})*,\d{2}(?![\d,/])/g : /(?<![\d.,/])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d./])/g;
      const found = [...new Set(text.match(pattern) ?? [])];
      expect(found.length).toBeGreaterThan(100);
      expect(found.filter((x) => !expected.has(x))).toEqual([]);
    }
  });

  it('the Indonesian Ringkasan row of a Kepala Dinas indicator reads as the workbook: target, TW I–IV, the year, capaian, predikat', () => {
    const line = pdfText(files.id)
      .split('\n')
      .find((l) => l.includes('Persentase tenaga kerja yang bersertifikat') && l.includes('Sangat Baik'));
    expect(line).toMatch(/65,00\s+65,22\s+63,31\s+67,61\s+62,07\s+64,43\s+99,12\s+Sangat Baik/);
  });

  it('embeds its fonts, sets no text below 8 pt, and numbers every page "Halaman x dari y"', () => {
    for (const lang of ['id', 'en'] as const) {
      const fonts = pdfFonts(files[lang]);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      const sizes = textSizes(files[lang]);
      expect(sizes.length).toBeGreaterThan(1000);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_SIZE);
      const pages = pdfPages(files[lang]);
      expect(pages.length).toBeGreaterThan(10);
      pages.forEach((p, i) => expect(p).toContain(lang === 'id' ? `Halaman ${i + 1} dari ${pages.length}` : `Page ${i + 1} of ${pages.length}`));
    }
  });

  it('draws no text over other text and none outside the page margins', () => {
    for (const lang of ['id', 'en'] as const) {
      const { pages, words } = wordBoxes(files[lang]);
      expect(words.length).toBeGreaterThan(5000);
      const clash = overlappingWords(words).map(([a, b]) => `p${a.page + 1}: "${a.text}" / "${b.text}"`);
      expect(clash).toEqual([]);
      const outside = words.filter((w) => w.xMin < 30 || w.xMax > pages[w.page]!.width - 30 || w.yMin < 20 || w.yMax > pages[w.page]!.height - 14);
      expect(outside.map((w) => `p${w.page + 1}: ${w.text}`)).toEqual([]);
    }
  });

  it('has the cover kop, every section, the Perbandingan of 2016 with 2017 and the Renstra, and the signature block', () => {
    const text = pdfText(files.id, false).replace(/\s+/g, ' ');
    for (const s of ['DINAS TENAGA KERJA KABUPATEN GRESIK', 'Laporan Indikator Kinerja Individu (IKI) Tahun 2017', 'Ringkasan', 'Perbandingan dengan tahun sebelumnya dan Renstra', 'Grafik', 'Kelengkapan lembar kerja', 'Catatan: kendala, tindak lanjut, data dukung', 'Realisasi 2016', '61,80', 'Renstra 2016–2021', 'Kondisi awal', 'Target akhir', 'Gresik, 20 Januari 2018', 'KEPALA DINAS TENAGA KERJA', 'Drs. BUDI SANTOSO, M.Si', 'NIP. 19650101 199003 1 007']) {
      expect(text, s).toContain(s);
    }
    for (const u of b.index.catalogue.units) expect(text).toContain(u.nama);
    // The Kasi counts behind a percentage: its numerator's element and who enters it.
    expect(text).toContain('pembilang: ');
    expect(text).toContain('KASI PENEMPATAN TENAGA KERJA');
  });

  it('draws the charts as vector graphics: predikat colours and the 100 % line on the chart page, no pictures', () => {
    const ops = vectorOps(files.id);
    expect(ops.images).toBe(0);
    expect(ops.rects).toBeGreaterThan(500);
    const pages = pdfPages(files.id);
    const chartPage = pages.findIndex((p) => p.includes('Capaian indikator Kepala Dinas'));
    expect(chartPage).toBeGreaterThan(0);
    const raster = rasterize(files.id, chartPage + 1, 50);
    const m = models.id!;
    const used = new Set(m.ringkasan.flatMap((g) => g.rows).map((r) => r.predikatRank).filter((r) => r !== null));
    for (const rank of used) expect(countColour(raster, PREDIKAT_COLOURS[rank]!, 6), `predikat ${rank}`).toBeGreaterThan(200);
    expect(countColour(raster, 'C00000', 40)).toBeGreaterThan(30);
  });
});
