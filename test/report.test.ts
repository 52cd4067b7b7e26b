// The consolidated workbook built from the hand-computed scenario, written and read back with exceljs:
// the Data sheet and the cached results of the percentage formulas both hold the hand-computed values.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_COLUMNS, reportBytes, dataRows, unitSheetName } from '../src/write/report.js';
import { rollup } from '../src/compute/rollup.js';
import { EXPECTED, scenarioIndex, scenarioSubmissions } from './support/rollup-scenario.js';

const SHEETS = { summary: 'Ringkasan', entries: 'Rekap Isian', completeness: 'Kelengkapan', notes: 'Catatan', validation: 'Validasi', data: 'Data' };
const index = scenarioIndex();
const result = rollup({ index, year: 2017, through: 4, submissions: scenarioSubmissions() });
const dir = mkdtempSync(join(tmpdir(), 'iki-report-'));
const file = join(dir, 'laporan.xlsx');
let wb: ExcelJS.Workbook;
// Explicit order: '2017' is an integer-like key, which objects list first.
const PERIODS = ['2017-TW1', '2017-TW2', '2017-TW3', '2017-TW4', '2017'];

beforeAll(async () => {
  writeFileSync(file, reportBytes(index, result, { generatedAt: new Date('2018-01-15T08:00:00Z'), toolVersion: 'test', lang: 'id' }));
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = Record<(typeof DATA_COLUMNS)[number], unknown>;
function dataSheet(): Row[] {
  const ws = wb.getWorksheet(SHEETS.data)!;
  const head = (ws.getRow(1).values as unknown[]).slice(1);
  const rows: Row[] = [];
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const vals = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(head.map((h, i) => [h, vals[i] ?? null])) as Row);
  });
  return rows;
}

describe('consolidated workbook', () => {
  it('has the sheets, in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Grafik', 'Bidang A', 'Rekap Isian', 'Kelengkapan', 'Catatan', 'Validasi', 'Data']);
  });

  it('Data: one header row, the contract columns, plain values equal to the hand computation', () => {
    const ws = wb.getWorksheet(SHEETS.data)!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...DATA_COLUMNS]);
    const rows = dataSheet();
    for (const [id, byPeriod] of Object.entries(EXPECTED)) {
      for (const [period, e] of Object.entries(byPeriod)) {
        const row = rows.find((r) => r.indicator_id === id && r.period === period)!;
        expect(row, `${id} ${period}`).toBeDefined();
        expect(row.status, `${id} ${period}`).toBe(e.status);
        if (e.v === null) expect(row.value, `${id} ${period}`).toBeNull();
        else expect(row.value as number, `${id} ${period}`).toBeCloseTo(e.v, 10);
        expect([row.numerator, row.denominator]).toEqual([e.n, e.d]);
      }
    }
    // No formula anywhere in Data.
    ws.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
    // Element rows, kind element.
    expect(rows.find((r) => r.indicator_id === 'penduduk' && r.period === '2017')).toMatchObject({ kind: 'element', jabatan_id: 'kasi_b', value: 1000, status: 'partial' });
    expect(rows.length).toBe(dataRows(index, result, 'id').length);
    expect(rows.length).toBe((6 + 6) * 5);
  });

  it('percentages: on the unit sheet live formulas over the pembilang and penyebut rows under them; on Ringkasan the values; both the hand-computed ones', () => {
    for (const sheet of [SHEETS.summary, 'Bidang A']) {
      const ws = wb.getWorksheet(sheet)!;
      const found: Record<string, unknown[]> = {};
      ws.eachRow((row) => {
        const name = row.getCell(2).value;
        const id = [...index.indicators.values()].find((i) => i.nama === name)?.id;
        if (!id) return;
        const ratio = index.indicators.get(id)!.kind === 'ratio';
        found[id] = PERIODS.map((key, pi) => {
          const c = row.getCell(5 + pi);
          if (!ratio) return c.value;
          if (sheet === SHEETS.summary) {
            expect(c.formula, `${sheet} ${id}`).toBeUndefined();
            return c.value ?? '';
          }
          // The numerator and denominator are the two rows under the indicator, in the same column.
          const [n, d] = [ws.getCell(Number(row.number) + 1, 5 + pi), ws.getCell(Number(row.number) + 2, 5 + pi)];
          expect(c.formula).toBe(`IF(COUNT(${n.address},${d.address})=2,IFERROR(${n.address}/${d.address}*100,""),"")`);
          expect([n.value ?? null, d.value ?? null], `${id} ${key}`).toEqual([EXPECTED[id]![key]!.n, EXPECTED[id]![key]!.d]);
          return c.result ?? '';
        });
      });
      const expected = Object.fromEntries(
        Object.entries(EXPECTED)
          .filter(([id]) => found[id])
          .map(([id, byPeriod]) => [id, PERIODS.map((k) => byPeriod[k]!).map((e) => (e.v === null ? (index.indicators.get(id)!.kind === 'count' ? null : '') : e.v))]),
      );
      expect(Object.keys(found).length).toBeGreaterThan(0);
      for (const [id, vals] of Object.entries(found)) {
        vals.forEach((v, i) => {
          const e = expected[id]![i];
          if (typeof e === 'number') expect(v as number, `${sheet} ${id} #${i}`).toBeCloseTo(e, 10);
          else expect(v === '' ? null : (v ?? null), `${sheet} ${id} #${i}`).toBeNull();
        });
      }
    }
  });

  it('Ringkasan lists the Kepala Dinas indicators then the Kabid, with status beside each value', () => {
    const ws = wb.getWorksheet(SHEETS.summary)!;
    const col2: string[] = [];
    // A merged section row reads back its text in every cell; take column 1 alone there.
    ws.eachRow((row) => col2.push(row.getCell(1).isMerged ? String(row.getCell(1).value) : `${row.getCell(1).value ?? ''}|${row.getCell(2).value ?? ''}`));
    const order = col2.filter((t) => /^KEPALA DINAS$|^KABID A$|^\d+\|/.test(t));
    expect(order).toEqual(['KEPALA DINAS', '1|Persentase lulus', '2|Persentase gabungan', 'KABID A', '1|Tingkat partisipasi', '2|Persentase kasus selesai']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen' });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
  });

  it('the unit sheet shows the Kasi counts under the head\'s percentages', () => {
    const ws = wb.getWorksheet('Bidang A')!;
    const text: string[] = [];
    ws.eachRow((row) => text.push([2, 5, 6, 7, 8, 9].map((c) => row.getCell(c).value ?? '').join('|')));
    const i = text.findIndex((t) => t.startsWith('Tingkat partisipasi'));
    const nums = PERIODS.map((k) => EXPECTED.kabid_tpak![k]!.n ?? '').join('|');
    const dens = PERIODS.map((k) => EXPECTED.kabid_tpak![k]!.d ?? '').join('|');
    expect(text[i + 1]).toBe(`   pembilang: Jumlah angkatan kerja (nilai terakhir) (diisi oleh KASI B)|${nums}`);
    expect(text[i + 2]).toBe(`   penyebut: Jumlah penduduk usia kerja (nilai terakhir) (diisi oleh KASI B)|${dens}`);
    expect(text.some((t) => t.startsWith('Jumlah peserta|'))).toBe(true);
  });

  it('every sheet is A4 at a scale of its own, with frozen headers; counts and percentages have their formats', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, fitToPage: false });
      expect(ws.pageSetup.scale, ws.name).toBeGreaterThanOrEqual(80);
      // Grafik's first page is its charts: no heading row to freeze.
      if (ws.name !== 'Grafik') expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen' });
    }
    const data = wb.getWorksheet(SHEETS.data)!;
    const fmts = new Set<string>();
    data.eachRow((row, r) => r > 1 && fmts.add(`${row.getCell(2).value}:${row.getCell(7).numFmt}`));
    expect([...fmts].sort()).toEqual(['count:#,##0', 'element:#,##0', 'ratio:0.00']);
    const unit = wb.getWorksheet('Bidang A')!;
    let seen = 0;
    unit.eachRow((row) =>
      row.eachCell((c) => {
        if (c.formula?.startsWith('IF(COUNT(')) {
          expect(c.numFmt).toBe('0.00');
          expect(c.worksheet.getCell(Number(c.row) + 1, Number(c.col)).numFmt).toBe('#,##0');
          seen++;
        }
      }),
    );
    expect(seen).toBe(2 * 5);
  });

  it('Kelengkapan: the matrix and the reporting rate as formulas with cached results', () => {
    const ws = wb.getWorksheet(SHEETS.completeness)!;
    let rate: ExcelJS.Row | undefined;
    let kasiA: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Tingkat pelaporan (%)') rate = row;
      if (row.getCell(3).value === 'kasi_a') kasiA = row;
    });
    expect([4, 5, 6, 7].map((c) => kasiA!.getCell(c).value)).toEqual(['diterima', 'diterima', 'belum masuk', 'diterima']);
    expect([4, 5, 6, 7, 8].map((c) => rate!.getCell(c).result)).toEqual([100, 100, 75, 100, 93.75]);
  });

  it('Catatan keeps text as text, never a formula', () => {
    const ws = wb.getWorksheet(SHEETS.notes)!;
    const cell = ws.getCell('F2');
    expect(cell.value).toBe('=HYPERLINK("http://x","klik")');
    expect(cell.formula).toBeUndefined();
    expect(ws.getCell('E2').value).toBe('Kendala / Permasalahan');
  });

  it('Validasi lists every problem with code, severity, message and location', () => {
    const ws = wb.getWorksheet(SHEETS.validation)!;
    const codes: string[] = [];
    ws.eachRow((row, r) => r > 1 && codes.push(`${row.getCell(2).value}@${row.getCell(6).value}`));
    expect(codes).toContain('rollup.missing-workbook@IKI_2017_TW3_kasi_a.xlsx');
    expect(codes).toContain('rollup.numerator-over@IKI_2017_TW2_kasi_a.xlsx Isian!G9');
    expect(codes.length).toBe(result.problems.length);
  });
});

describe('unit sheet names', () => {
  it('fit in 31 characters, drop "Bidang", never clash', () => {
    const taken = new Set<string>(['ringkasan']);
    expect(unitSheetName('Bidang Informasi Pasar Kerja Dan Peningkatan Produktivitas', taken)).toBe('Informasi Pasar Kerja');
    expect(unitSheetName('Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja', taken)).toBe('Hubungan Industrial dan Jaminan');
    expect(unitSheetName('Ringkasan', taken)).toBe('Ringkasan 2');
    expect(unitSheetName('Sekretariat', taken)).toBe('Sekretariat');
  });
});
