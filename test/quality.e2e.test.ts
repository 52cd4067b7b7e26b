// End to end: validate and ingest judge each valid workbook against the archive's earlier triwulan
// (quality.* warnings, never refusals), with the thresholds and switches of iki.yaml `mutu`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iki, ROOT, tempDir } from './helpers.js';
import { cliSnapshot } from './support/cli-snapshot.js';
import { fillWorkbook, hashTree, namedCells } from './support/workbooks.js';

const FIXTURE = join(ROOT, 'fixtures', 'workspace');
const J = 'kasi_penempatan_tenaga_kerja';
const COPY = 'kasi_persyaratan_kerja';
const file = (q: number, j: string) => `IKI_2017_TW${q}_${j}.xlsx`;

const tmp = tempDir('iki-quality-');
afterAll(() => tmp.cleanup());
const ws = join(tmp.dir, 'kerja');
const masuk = join(tmp.dir, 'masuk');
let cells: Map<string, { sheet: string; cell: string }>;

// TW I as the archive holds it; TW II: a stock that falls to a third, a flow ten times TW I, a flow a
// little worse with kendala left blank; and another jabatan's TW II equal to its TW I.
const TW1 = { tenaga_kerja_asing: 420, penempatan_penyandang_cacat: 20, penempatan_dalam_negeri: 300, penempatan_pencari_kerja: 50, pencari_kerja_terdaftar: 100, angkatan_kerja: 600000, penduduk_usia_kerja: 900000 };
const TW2 = { ...TW1, tenaga_kerja_asing: 140, penempatan_penyandang_cacat: 200, penempatan_dalam_negeri: 290 };
const named = (v: Record<string, number>) => Object.fromEntries(Object.entries(v).map(([k, n]) => [`iki_${k}`, n]));

beforeAll(async () => {
  mkdirSync(masuk, { recursive: true });
  expect(iki(['init', ws, '--catalogue', join(FIXTURE, 'catalogue.yaml')]).code).toBe(0);
  const tw1 = readFileSync(join(FIXTURE, 'archive', '2017-TW1', file(1, J)));
  cells = await namedCells(tw1);
  const blankNotes = Object.fromEntries([...cells.keys()].filter((n) => n.startsWith('iki_note_')).map((n) => [n, null]));
  writeFileSync(join(masuk, file(1, J)), await fillWorkbook(tw1, { ...named(TW1), ...blankNotes }));
  writeFileSync(join(masuk, file(1, COPY)), readFileSync(join(FIXTURE, 'archive', '2017-TW1', file(1, COPY))));
  expect(iki(['ingest', masuk, '-w', ws]).code).toBe(0);
  const tw2 = readFileSync(join(FIXTURE, 'archive', '2017-TW2', file(2, J)));
  writeFileSync(join(masuk, file(2, J)), await fillWorkbook(tw2, { ...named(TW2), ...blankNotes }));
  // The same values as TW I, typed into the TW II template.
  const copyCells = await namedCells(readFileSync(join(FIXTURE, 'archive', '2017-TW1', file(1, COPY))));
  const values: Record<string, number | null> = {};
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(FIXTURE, 'archive', '2017-TW1', file(1, COPY))) as unknown as ExcelJS.Buffer);
  for (const [n, at] of copyCells) if (!n.startsWith('iki_note_')) values[n] = wb.getWorksheet(at.sheet)!.getCell(at.cell).value as number | null;
  writeFileSync(join(masuk, file(2, COPY)), await fillWorkbook(readFileSync(join(FIXTURE, 'archive', '2017-TW2', file(2, COPY))), values));
});

interface P {
  code: string;
  severity: string;
  args: Record<string, unknown>;
  location: { file?: string; sheet?: string; cell?: string; name?: string };
}
const run = (args: string[]) => {
  const r = iki([...args, '--json'], { cwd: tmp.dir });
  return { code: r.code, json: JSON.parse(r.stdout) as { files: { file: string; valid: boolean; outcome?: string; problems: P[] }[] } };
};
const quality = (problems: P[]) => problems.filter((p) => p.code.startsWith('quality.')).map(({ code, severity, args, location }) => ({ code, severity, args, location }));
const at = (name: string) => ({ file: `masuk/${file(2, J)}`, sheet: cells.get(name)!.sheet, cell: cells.get(name)!.cell, name });

describe('validate against the archive', () => {
  it('each rule: its code, cell and args; warnings only, the workbook stays valid', () => {
    const r = run(['validate', `masuk/${file(2, J)}`, `masuk/${file(2, COPY)}`, '-w', 'kerja']);
    expect(r.code).toBe(0);
    const [mine, copied] = r.json.files;
    expect(mine!.valid).toBe(true);
    const q = quality(mine!.problems);
    expect(q).toContainEqual({
      code: 'quality.stock-drop',
      severity: 'warning',
      args: { element: 'tenaga_kerja_asing', nama: expect.any(String), value: 140, previous: 420, previousPeriod: '2017-TW1', dropPct: 66.67, threshold: 50 },
      location: at('iki_tenaga_kerja_asing'),
    });
    expect(q).toContainEqual({
      code: 'quality.outlier',
      severity: 'warning',
      args: { element: 'penempatan_penyandang_cacat', nama: expect.any(String), value: 200, low: 6.67, high: 60, method: 'ratio', n: 1, previous: 20, previousPeriod: '2017-TW1', factor: 3 },
      location: at('iki_penempatan_penyandang_cacat'),
    });
    expect(q).toContainEqual({
      code: 'quality.explanation-missing',
      severity: 'warning',
      args: { indicator: 'kasi_penempatan_dalam_negeri', nama: expect.any(String), value: 290, reasons: ['worse'], polarity: 'higher', previous: 300, previousPeriod: '2017-TW1' },
      location: at('iki_note_kasi_penempatan_dalam_negeri_kendala'),
    });
    expect(q.map((p) => p.code).sort()).toEqual(['quality.explanation-missing', 'quality.outlier', 'quality.stock-drop']);
    expect(copied!.valid).toBe(true);
    expect(quality(copied!.problems)).toEqual([
      { code: 'quality.copied', severity: 'warning', args: { previousPeriod: '2017-TW1', values: expect.any(Number) }, location: { file: `masuk/${file(2, COPY)}`, sheet: expect.any(String) } },
    ]);
  });

  it('thresholds and switches from iki.yaml mutu', () => {
    writeFileSync(join(ws, 'iki.yaml'), 'mutu:\n  stok_turun_persen: 70\n  pencilan_kali: 20\n  aktif:\n    kendala_kosong: false\n');
    try {
      const r = run(['validate', `masuk/${file(2, J)}`, '-w', 'kerja']);
      expect(quality(r.json.files[0]!.problems)).toEqual([]);
    } finally {
      writeFileSync(join(ws, 'iki.yaml'), '');
    }
  });

  it('outside a workspace (no archive): no quality checks', () => {
    const r = run(['validate', `masuk/${file(2, J)}`, '--catalogue', join(FIXTURE, 'catalogue.yaml')]);
    expect(quality(r.json.files[0]!.problems)).toEqual([]);
  });
});

describe('ingest against the archive', () => {
  it('takes the workbook with its warnings, and the record keeps them and the values', () => {
    const before = hashTree(join(ws, 'archive', '2017-TW1'));
    const r = run(['ingest', `masuk/${file(2, J)}`, '-w', 'kerja']);
    expect(r.code).toBe(0);
    expect(r.json.files[0]!.outcome).toBe('taken');
    expect(quality(r.json.files[0]!.problems).map((p) => p.code).sort()).toEqual(['quality.explanation-missing', 'quality.outlier', 'quality.stock-drop']);
    const record = JSON.parse(readFileSync(join(ws, 'archive', '2017-TW2', file(2, J).replace('.xlsx', '.json')), 'utf8')) as { values: Record<string, number>; warnings: P[] };
    expect(record.values).toEqual(TW2);
    expect(record.warnings.filter((w) => w.code.startsWith('quality.')).map((w) => [w.code, w.location.cell])).toContainEqual(['quality.stock-drop', cells.get('iki_tenaga_kerja_asing')!.cell]);
    expect(hashTree(join(ws, 'archive', '2017-TW1'))).toEqual(before);
  });

  it('the warnings read in Indonesian and in English', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(cliSnapshot(['validate', `masuk/${file(2, J)}`, '-w', 'kerja'], { lang, cwd: tmp.dir, paths: { '<dir>': tmp.dir } })).toMatchSnapshot(lang);
    }
  });
});
