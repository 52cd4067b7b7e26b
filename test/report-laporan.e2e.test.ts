// `iki report --year 2017 --pdf` end to end on a copy of the bundled example with the signature in
// iki.yaml (issue 12): the workbook and IKI_2017_laporan.pdf beside it; every percentage of the Data
// sheet is in the PDF's text (pdftotext) exactly as the workbook shows it; Perbandingan shows 2016
// (riwayat/2016.yaml) against 2017 and the Renstra; Data gains the comparison columns at its end.
// Needs `npm run build` and poppler-utils.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatValue } from '../src/write/laporan-model.js';
import { iki, ROOT, tempDir } from './helpers.js';
import { pdfFonts, pdfText } from './support/pdf-inspect.js';

const tmp = tempDir('iki-laporan-e2e-');
const ws = join(tmp.dir, 'ws');
const XLSX = join(ws, 'reports', 'IKI_2017_laporan.xlsx');
const PDF = join(ws, 'reports', 'IKI_2017_laporan.pdf');
const CONFIG = `format: iki-config/1
laporan:
  tempat: Gresik
  tanggal: 2018-01-20
  penandatangan:
    jabatan: KEPALA DINAS TENAGA KERJA
    nama: Drs. BUDI SANTOSO, M.Si
    nip: 19650101 199003 1 007
`;

let json: { ok: boolean; output: string; pdf: string | null; perbandingan: unknown };
let code: number | null;
let wb: ExcelJS.Workbook;
type Row = Record<string, unknown>;
let data: Row[];

beforeAll(async () => {
  cpSync(join(ROOT, 'fixtures', 'workspace'), ws, { recursive: true });
  writeFileSync(join(ws, 'iki.yaml'), CONFIG);
  const r = iki(['report', '--year', '2017', '--pdf', '--workspace', 'ws', '--json'], { cwd: tmp.dir, env: { IKI_LANG: 'id' } });
  code = r.code;
  json = JSON.parse(r.stdout);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(XLSX);
  const sheet = wb.getWorksheet('Data')!;
  const head = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  data = [];
  sheet.eachRow((row, i) => {
    if (i > 1) data.push(Object.fromEntries(head.map((h, c) => [h, row.getCell(c + 1).value ?? null])));
  });
}, 120_000);
afterAll(() => tmp.cleanup());

describe('iki report --pdf on the bundled example', () => {
  it('writes the workbook and the PDF beside it; the JSON names the PDF and what was compared', () => {
    expect(code).toBe(0);
    expect(json.pdf).toBe('ws/reports/IKI_2017_laporan.pdf');
    expect(existsSync(PDF)).toBe(true);
    expect(json.perbandingan).toEqual({ years: [{ year: 2016, source: 'riwayat' }], renstra: { awal: 2016, akhir: 2021 } });
    // Fonts embedded (DejaVu, which covers Indonesian text).
    const fonts = pdfFonts(PDF);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('every percentage of the Data sheet is in the PDF as the workbook shows it', () => {
    const text = pdfText(PDF);
    let checked = 0;
    for (const row of data) {
      if (row.kind !== 'ratio') continue;
      for (const k of ['value', 'target', 'capaian', 'realisasi_tahun_lalu', 'capaian_tahun_lalu', 'target_renstra', 'capaian_renstra', 'target_akhir_renstra', 'capaian_akhir_renstra']) {
        // The PDF judges and compares the year; a triwulan row shows there by its realisasi only.
        if (k !== 'value' && row.period !== '2017') continue;
        const v = row[k];
        if (typeof v !== 'number') continue;
        expect(text, `${row.indicator_id} ${row.period} ${k}`).toContain(formatValue(v, 'percent', 'id'));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    // And the other way: every number with two decimals in the PDF is a number of the workbook (the Data
    // sheet, or Perbandingan's change and kondisi awal, Kelengkapan's rates), shown the same way.
    const shown = new Set<string>();
    wb.eachSheet((s) =>
      s.eachRow((r) =>
        r.eachCell((c) => {
          const v = c.value && typeof c.value === 'object' && 'result' in c.value ? (c.value as { result: unknown }).result : c.value;
          if (typeof v === 'number') shown.add(formatValue(Math.abs(v), 'percent', 'id'));
        }),
      ),
    );
    const found = [...new Set(text.match(/(?<![\d.,/])\d{1,3}(?:\.\d{3})*,\d{2}(?![\d,/])/g) ?? [])];
    expect(found.length).toBeGreaterThan(100);
    expect(found.filter((x) => !shown.has(x))).toEqual([]);
    expect(text).toContain('Drs. BUDI SANTOSO, M.Si');
    expect(text).toContain('NIP. 19650101 199003 1 007');
  });

  it('Perbandingan shows 2016 from the riwayat file against 2017, the change, and the Renstra', () => {
    const sheet = wb.getWorksheet('Perbandingan')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v))));
    const head = rows.find((r) => r.includes('Tahun 2016'))!;
    expect(head).toEqual(expect.arrayContaining(['Tahun 2017', 'Perubahan dari 2016', 'Renstra 2016–2021']));
    const lowongan = rows.find((r) => r[1] === 'Persentase lowongan kerja yang dipenuhi')!;
    const d = data.find((r) => r.indicator_id === 'kadis_persentase_lowongan_dipenuhi' && r.period === '2017')!;
    // 2016: realisasi 82,4 against its target 80; 2017 as Data holds it; the change in points.
    expect(lowongan.slice(3, 6)).toEqual([82.4, 103, d.value]);
    expect(lowongan[8] as number).toBeCloseTo((d.value as number) - 82.4, 10);
    expect(d.realisasi_tahun_lalu).toBe(82.4);
    expect(d.capaian_tahun_lalu).toBe(103);
    expect(lowongan).toContain(d.target_renstra);
    expect(lowongan).toContain(d.capaian_renstra);
    expect(typeof d.capaian_akhir_renstra).toBe('number');
  });

  it('Data keeps its columns in order and appends the comparison columns', () => {
    const head = Object.keys(data[0]!);
    expect(head.slice(0, 14)).toEqual(['jabatan_id', 'kind', 'indicator_id', 'period', 'numerator', 'denominator', 'value', 'status', 'satuan', 'nama', 'keterangan', 'target', 'capaian', 'predikat']);
    expect(head.slice(14)).toEqual(['realisasi_tahun_lalu', 'capaian_tahun_lalu', 'target_renstra', 'capaian_renstra', 'target_akhir_renstra', 'capaian_akhir_renstra']);
  });

  it('a PDF that cannot be written leaves the workbook as it was: both or neither (exit 2, usage.unwritable)', () => {
    const other = join(tmp.dir, 'ws-pdf-blocked');
    cpSync(ws, other, { recursive: true });
    rmSync(join(other, 'reports', 'IKI_2017_laporan.pdf'));
    mkdirSync(join(other, 'reports', 'IKI_2017_laporan.pdf'));
    const before = readFileSync(join(other, 'reports', 'IKI_2017_laporan.xlsx'));
    const r = iki(['report', '--year', '2017', '--pdf', '--workspace', other, '--json'], { cwd: tmp.dir, env: { IKI_LANG: 'id', SOURCE_DATE_EPOCH: '1700000000' } });
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { problems: { code: string; args: Record<string, unknown> }[] };
    expect(out.problems.map((p) => [p.code, p.args.reason])).toEqual([['usage.unwritable', 'is-folder']]);
    expect(readFileSync(join(other, 'reports', 'IKI_2017_laporan.xlsx')).equals(before)).toBe(true);
    // No temp file left behind either.
    expect(readdirSync(join(other, 'reports')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
