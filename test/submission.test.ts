// The cell rules (pure, no disk) and readSubmission on small in-memory workbooks.
import { msg, hintOf } from './helpers.js';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { parseCountCell, parseNoteCell } from '../src/read/cells.js';
import { pathHints } from '../src/read/identity.js';
import { readSubmission, type ReadResult } from '../src/read/submission.js';
import type { ExcelModule } from '../src/read/excel.js';
import { miniIndex, miniWorkbook } from './support/mini.js';

const excel = ExcelJS as unknown as ExcelModule;

describe('parseCountCell', () => {
  const value = (v: unknown) => parseCountCell(v);
  test.each([
    [12, 12],
    [0, 0],
    [-0, 0],
    ['12', 12],
    [' 12 ', 12],
    ['\u00a012\u00a0', 12],
    ['007', 7],
    [{ formula: 'A1+1', result: 12 }, 12],
    [{ sharedFormula: 'G5', result: 3 }, 3],
    [{ formula: '10/3*3', result: 10.000000000000002 }, 10],
    [{ richText: [{ text: '1' }, { text: '2' }] }, 12],
    [{ formula: 'A1', result: '12' }, 12],
  ])('%j is the value %d', (input, want) => {
    expect(value(input)).toEqual({ kind: 'value', value: want });
  });

  test.each([[null], [undefined], [''], ['   '], [{ formula: 'IF(A1="","",A1)', result: '' }], [{ richText: [] }]])('%j is blank', (input) => {
    expect(value(input)).toEqual({ kind: 'blank' });
  });

  test.each([
    ['12 orang', 'cell.text-with-unit', /"12 orang".*\("orang"\)/],
    ['12org', 'cell.text-with-unit', /12org/],
    ['Rp 1.500', 'cell.text-with-unit', /Rp 1\.500/],
    ['1.234', 'cell.ambiguous-separator', /could be 1234 \(dot as the thousands separator\) or 1\.234 \(dot as the decimal point\)/],
    ['1,234', 'cell.ambiguous-separator', /could be 1,234 = 1\.234 \(comma as the decimal point\) or 1234/],
    ['1,5', 'cell.ambiguous-separator', /could be 1\.5 \(a fraction.*\) or 15/],
    ['12.5', 'cell.ambiguous-separator', /12\.5 .* or 125/],
    ['1.234.567', 'cell.ambiguous-separator', /probably means 1234567/],
    ['dua belas', 'cell.words', /words instead of a number/],
    ['nihil', 'cell.words', /not a number/],
    ['-', 'cell.words', /not a number/],
    ['-5', 'cell.negative', /negative/],
    ['\u22125', 'cell.negative', /negative/],
    [-3, 'cell.negative', /-3 is negative/],
    [2.5, 'cell.decimal', /2\.5 has a fraction/],
    [{ error: '#DIV/0!' }, 'cell.error-value', /#DIV\/0!/],
    [{ formula: '1/0', result: { error: '#DIV/0!' } }, 'cell.error-value', /formula result shows the error #DIV\/0!/],
    [new Date(Date.UTC(2017, 2, 12)), 'cell.date', /2017-03-12/],
    [{ formula: 'G1+1' }, 'cell.formula-no-result', /=G1\+1.*no saved result/],
    [{ sharedFormula: 'G5' }, 'cell.formula-no-result', /no saved result/],
    [Infinity, 'cell.not-finite', /Infinity/],
    [NaN, 'cell.not-finite', /NaN/],
    [{ formula: 'A1', result: -2 }, 'cell.negative', /formula result -2/],
    [{ richText: [{ text: '12 ' }, { text: 'orang' }] }, 'cell.text-with-unit', /12 orang/],
    [true, 'cell.not-number', /TRUE/],
    [{ text: '12 orang', hyperlink: 'http://x' }, 'cell.text-with-unit', /12 orang/],
    [{ weird: 1 }, 'cell.not-number', /not a number/],
  ])('%j is refused as %s', (input, code, message) => {
    const r = value(input);
    expect(r.kind).toBe('invalid');
    if (r.kind !== 'invalid') return;
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
  });

  test('text with a unit says what to type instead', () => {
    const r = value('12 orang');
    expect(r.kind === 'invalid' && r.hint).toMatch(/Type only the number, e\.g\. 12/);
    const s = value('1.234');
    expect(s.kind === 'invalid' && s.hint).toMatch(/without dots or commas, e\.g\. 1234/);
  });
});

describe('parseNoteCell', () => {
  test.each([
    ['  ada kendala  ', 'ada kendala'],
    ['=HYPERLINK("http://x","bukti")', '=HYPERLINK("http://x","bukti")'],
    ['+62 812', '+62 812'],
    [{ richText: [{ text: 'a' }, { text: 'b' }] }, 'ab'],
    [{ formula: 'HYPERLINK("http://x","b")', result: 'b' }, '=HYPERLINK("http://x","b")'],
    [{ text: 'bukti', hyperlink: 'http://x/y' }, 'bukti (http://x/y)'],
    [12, '12'],
    ['a\u0000b\r\nc', 'ab\nc'],
  ])('%j is kept as %j', (input, text) => {
    expect(parseNoteCell(input, 500)).toEqual({ kind: 'text', text, tooLong: false });
  });
  test('blank and too long', () => {
    expect(parseNoteCell('   ', 10)).toEqual({ kind: 'blank' });
    expect(parseNoteCell(null, 10)).toEqual({ kind: 'blank' });
    expect(parseNoteCell('x'.repeat(11), 10)).toMatchObject({ kind: 'text', tooLong: true });
  });
});

describe('pathHints', () => {
  test('file names and period folders', () => {
    expect(pathHints('incoming/2017-TW2/IKI_2017_TW1_kasi_a (1).xlsx')).toEqual([
      { year: 2017, quarter: 1, jabatanId: 'kasi_a', from: 'file name' },
      { year: 2017, quarter: 2, from: 'folder' },
    ]);
    expect(pathHints('isian kasi a.xlsx')).toEqual([]);
  });
});

describe('readSubmission', () => {
  const index = miniIndex();
  const read = async (bytes: Buffer, file = 'x.xlsx', expect_?: { year?: number; quarter?: number; jabatanId?: string }): Promise<ReadResult> =>
    readSubmission(bytes, file, index, expect_ ? { excel, expect: expect_ } : { excel });
  const codes = (r: ReadResult) => r.problems.map((p) => p.code);

  test('reads values and notes by name, with their cells', async () => {
    const r = await read(await miniWorkbook(index));
    expect(r.ok).toBe(true);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.submission!.meta).toMatchObject({ jabatanId: 'kasi_a', year: 2017, quarter: 1, format: 'iki-template/1' });
    expect(r.submission!.readings).toEqual([
      { elementId: 'peserta', status: 'value', value: 10, source: { file: 'x.xlsx', sheet: 'Isian', cell: 'G5', name: 'iki_peserta' } },
      { elementId: 'lulus', status: 'value', value: 7, source: { file: 'x.xlsx', sheet: 'Isian', cell: 'G6', name: 'iki_lulus' } },
    ]);
    expect(r.submission!.notes).toEqual([
      { indicatorId: 'kasi_a_peserta', field: 'kendala', text: 'tidak ada kendala', source: { file: 'x.xlsx', sheet: 'Isian', cell: 'G7', name: 'iki_note_kasi_a_peserta_kendala' } },
    ]);
    expect(r.problems).toEqual([]);
  });

  test('blank is not reported, a warning, never 0', async () => {
    const r = await read(await miniWorkbook(index, { cells: { iki_peserta: ['G5', null], iki_lulus: ['G6', 3] } }));
    expect(r.ok).toBe(true);
    expect(r.submission!.readings[0]).toMatchObject({ elementId: 'peserta', status: 'blank' });
    expect(r.problems).toMatchObject([{ code: 'cell.blank', severity: 'warning', location: { sheet: 'Isian', cell: 'G5', name: 'iki_peserta' } }]);
  });

  test('an invalid cell is an error with the label and cell', async () => {
    const r = await read(await miniWorkbook(index, { cells: { iki_peserta: ['G5', '12 orang'], iki_lulus: ['G6', 3] } }));
    expect(r.ok).toBe(false);
    expect(r.submission!.readings[0]).toMatchObject({ status: 'invalid', raw: '12 orang' });
    expect(r.problems[0]).toMatchObject({ code: 'cell.text-with-unit', location: { file: 'x.xlsx', sheet: 'Isian', cell: 'G5', name: 'iki_peserta' } });
    expect(msg(r.problems[0]!)).toMatch(/^"Jumlah peserta pelatihan" \(orang\)/);
  });

  test('hidden or very hidden _iki, and a sheet renamed (names follow it)', async () => {
    expect((await read(await miniWorkbook(index, { metaState: 'hidden' }))).ok).toBe(true);
    const renamed = await read(await miniWorkbook(index, { inputSheet: 'Isian TW 1' }));
    expect(renamed.ok).toBe(true);
    expect(renamed.submission!.readings[0]!.source.sheet).toBe('Isian TW 1');
  });

  test('no _iki sheet', async () => {
    const r = await read(await miniWorkbook(index, { metaState: 'none' }));
    expect(codes(r)).toEqual(['identity.no-meta']);
    expect(r.submission).toBeUndefined();
    expect(hintOf(r.problems[0]!)).toMatch(/fresh template and copy your numbers/);
  });

  test('unknown format and unknown jabatan', async () => {
    expect(codes(await read(await miniWorkbook(index, { format: 'something' })))).toEqual(['identity.format']);
    expect(codes(await read(await miniWorkbook(index, { jabatanId: 'kasi_z' })))).toEqual(['identity.unknown-jabatan']);
    expect(codes(await read(await miniWorkbook(index, { quarter: 5 })))).toEqual(['identity.format']);
  });

  test("another jabatan's isian is refused", async () => {
    const r = await read(await miniWorkbook(index, { jabatanId: 'kasi_b' }));
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('identity.foreign-element');
    expect(r.problems.find((p) => p.code === 'identity.foreign-element')!.location).toMatchObject({ name: 'iki_peserta', cell: 'G5' });
  });

  test('older catalogue: compatible is a warning, incompatible is refused naming what changed', async () => {
    const ok = await read(await miniWorkbook(index, { catalogueHash: 'a'.repeat(64) }));
    expect(ok.ok).toBe(true);
    expect(codes(ok)).toEqual(['identity.catalogue-changed']);
    expect(ok.submission!.catalogueChanged).toBe(true);
    // an element the jabatan owns now but the old template lacks: reported missing
    const partial = await read(await miniWorkbook(index, { catalogueHash: 'a'.repeat(64), cells: { iki_peserta: ['G5', 4] } }));
    expect(partial.ok).toBe(true);
    expect(codes(partial).sort()).toEqual(['identity.catalogue-changed', 'identity.element-added']);
    expect(partial.submission!.readings[1]).toMatchObject({ elementId: 'lulus', status: 'blank', notInTemplate: true });
    const bad = await read(await miniWorkbook(index, { catalogueHash: 'a'.repeat(64), cells: { iki_peserta: ['G5', 4], iki_lulus: ['G6', 1], iki_dihapus: ['G7', 2] } }));
    expect(bad.ok).toBe(false);
    expect(codes(bad)).toContain('identity.catalogue-incompatible');
    expect(msg(bad.problems.find((p) => p.code === 'identity.catalogue-incompatible')!)).toMatch(/no longer exist: iki_dihapus/);
  });

  test('a missing name with the same catalogue is refused', async () => {
    const r = await read(await miniWorkbook(index, { cells: { iki_peserta: ['G5', 4] } }));
    expect(r.ok).toBe(false);
    expect(r.problems).toMatchObject([{ code: 'identity.name-missing', location: { name: 'iki_lulus' } }]);
  });

  test('names gone entirely', async () => {
    const r = await read(await miniWorkbook(index, { cells: {} }));
    expect(codes(r)).toEqual(['identity.name-missing']);
  });

  test('a name pointing at #REF! or a range, or at a deleted sheet', async () => {
    const r = await read(await miniWorkbook(index, { nameText: { iki_peserta: '#REF!', iki_lulus: 'Isian!$G$6:$G$9' } }));
    expect(r.problems.map((p) => [p.code, p.location.name])).toEqual([
      ['identity.name-broken', 'iki_peserta'],
      ['identity.name-broken', 'iki_lulus'],
    ]);
    const gone = await read(await miniWorkbook(index, { nameText: { iki_peserta: 'Hilang!$G$5', iki_lulus: 'Hilang!$G$6' }, inputSheet: 'Lain' }));
    expect(codes(gone)).toEqual(['identity.sheet-missing']);
  });

  test('period: the caller expects one (error); the file name says another (warning)', async () => {
    const bytes = await miniWorkbook(index);
    const e = await read(bytes, 'x.xlsx', { quarter: 2 });
    expect(e.problems).toMatchObject([{ code: 'identity.period-mismatch', severity: 'error' }]);
    const w = await read(bytes, 'in/IKI_2017_TW3_kasi_a.xlsx');
    expect(w.ok).toBe(true);
    expect(w.problems).toMatchObject([{ code: 'identity.period-mismatch', severity: 'warning' }]);
    expect(msg(w.problems[0]!)).toMatch(/file name says 2017 TW 3/);
    const j = await read(bytes, 'in/IKI_2017_TW1_kasi_b.xlsx');
    expect(msg(j.problems[0]!)).toMatch(/jabatan kasi_b/);
    expect((await read(bytes, 'in/IKI_2017_TW1_kasi_a_revisi (2).xlsx')).problems).toEqual([]);
  });

  test('a note longer than its max_length is a warning', async () => {
    const r = await read(await miniWorkbook(index, { cells: { iki_peserta: ['G5', 1], iki_lulus: ['G6', 1], iki_note_kasi_a_peserta_kendala: ['G7', 'k'.repeat(501)] } }));
    expect(r.ok).toBe(true);
    expect(r.problems).toMatchObject([{ code: 'note.too-long', severity: 'warning', location: { cell: 'G7' } }]);
    expect(r.submission!.notes[0]!.text).toHaveLength(501);
  });

  test('not an xlsx: problems, no submission, no throw', async () => {
    const r = await read(Buffer.from('a;b\n1;2\n'));
    expect(codes(r)).toEqual(['file.not-xlsx']);
    expect(r.ok).toBe(false);
  });
});
