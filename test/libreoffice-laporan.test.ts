// The consolidated workbook of the bundled example through LibreOffice (issue 12): an open-and-save
// keeps both native charts (bar and line series over the Grafik sheet's ranges), and LibreOffice's PDF
// of the workbook draws them (the predikat colours of the bars on the Grafik page), fits Ringkasan on
// A4 with the kop and the signature, and prints no text below 8 pt on any page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREDIKAT_COLOURS } from '../src/write/laporan-model.js';
import { reportBytes } from '../src/write/report.js';
import { bundledLaporan } from './support/bundled-laporan.js';
import { pdfPages, textSizes } from './support/pdf-inspect.js';
import { countColour, rasterize } from './support/pixels.js';
import { HAVE_SOFFICE, sofficeConvert } from './support/soffice.js';

const run = HAVE_SOFFICE || process.env.CI ? describe : describe.skip;
const AT = new Date('2018-01-15T08:00:00Z');
let dir: string;
let saved: Record<string, string>;
let pdf: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iki-lo-laporan-'));
  const b = await bundledLaporan();
  const file = join(dir, 'IKI_2017_laporan.xlsx');
  const config = { tempat: 'Gresik', tanggal: '2018-01-20', penandatangan: { nama: 'Drs. BUDI SANTOSO, M.Si', nip: '19650101 199003 1 007' }, wajibVerifikasi: false };
  writeFileSync(file, reportBytes(b.index, b.result, { generatedAt: AT, toolVersion: 'test', lang: 'id', judged: b.judged, comparisons: b.comparisons, renstra: b.renstra, config }));
  const [xlsx] = sofficeConvert([file], 'xlsx:Calc MS Excel 2007 XML', join(dir, 'saved'));
  saved = Object.fromEntries(Object.entries(unzipSync(readFileSync(xlsx!))).map(([k, v]) => [k, strFromU8(v)]));
  [pdf] = sofficeConvert([file], 'pdf', join(dir, 'pdf'));
}, 400_000);
afterAll(() => (process.env.IKI_KEEP_OUTPUT ? console.log(`kept ${dir}`) : rmSync(dir, { recursive: true, force: true })));

run('the laporan workbook in LibreOffice', () => {
  it('an open-and-save keeps both charts, their series and their ranges on Grafik', () => {
    const charts = Object.keys(saved).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
    expect(charts).toHaveLength(2);
    const xml = charts.map((k) => saved[k]!).join('');
    expect(xml).toMatch(/<c:barChart>/);
    expect(xml).toMatch(/<c:lineChart>/);
    // Capaian and the 100 % line, then the four triwulan.
    expect(xml.match(/<c:ser>/g)).toHaveLength(2 + 4);
    expect(xml).toContain('Grafik!$C$');
    // The bars coloured by predikat survive as data points.
    expect(xml).toMatch(/<c:dPt>/);
  });

  it("LibreOffice's PDF draws the charts: the Grafik page has the predikat colours of the bars", () => {
    const pages = pdfPages(pdf);
    const at = pages.findIndex((p) => p.includes('Grafik — Tahun 2017'));
    expect(at).toBeGreaterThan(0);
    const r = rasterize(pdf, at + 1, 50);
    // The two best predikat bands are the bundled example's (Sangat Baik, Baik).
    expect(countColour(r, PREDIKAT_COLOURS[0])).toBeGreaterThan(500);
    expect(countColour(r, PREDIKAT_COLOURS[1])).toBeGreaterThan(200);
  });

  it('Ringkasan prints on A4 with the kop and the signature; no text on any page below 8 pt', () => {
    const pages = pdfPages(pdf);
    const ring = pages.slice(0, 2).join('\n');
    for (const t of ['DINAS TENAGA KERJA KABUPATEN GRESIK', 'Laporan Indikator Kinerja Individu (IKI) Tahun 2017', 'Gresik, 20 Januari 2018', 'Drs. BUDI SANTOSO, M.Si', 'NIP. 19650101 199003 1 007', 'Halaman 1 dari']) {
      expect(ring).toContain(t);
    }
    // Every Ringkasan column is on its first page (nothing cut off to a second page across).
    expect(pages[0]).toContain('Keterangan');
    const sizes = textSizes(pdf);
    expect(sizes.length).toBeGreaterThan(1000);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(7.95);
  });
});
