// The cell rules (pure, no disk) and readSubmission on small in-memory workbooks.
import { renderProblem } from '../src/model/problems/text.js';
import { problem } from '../src/model/problem.js';
import { describe, expect, test } from 'vitest';
import { parseCountCell, parseNoteCell } from '../src/read/cells.js';
import { pathHints } from '../src/read/identity.js';
import { readSubmission, type ReadResult } from '../src/read/submission.js';
import { miniIndex, miniWorkbook } from './support/mini.js';


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
    ['12 orang', 'cell.text-with-unit', { raw: '12 orang', number: 12, unit: 'orang' }],
    ['12org', 'cell.text-with-unit', { raw: '12org', number: 12, unit: 'org' }],
    ['Rp 1.500', 'cell.text-with-unit', { raw: 'Rp 1.500', number: 1500, unit: 'Rp' }],
    ['1.234', 'cell.ambiguous-separator', { raw: '1.234', mark: '.', reading: 'thousands-or-decimal', whole: 1234, decimal: 1.234 }],
    ['1,234', 'cell.ambiguous-separator', { raw: '1,234', mark: ',', reading: 'thousands-or-decimal', whole: 1234, decimal: 1.234 }],
    ['1,5', 'cell.ambiguous-separator', { raw: '1,5', mark: ',', reading: 'fraction', whole: 15, decimal: 1.5 }],
    ['12.5', 'cell.ambiguous-separator', { raw: '12.5', mark: '.', reading: 'fraction', whole: 125, decimal: 12.5 }],
    ['1.234.567', 'cell.ambiguous-separator', { raw: '1.234.567', mark: '.', reading: 'groups', whole: 1234567 }],
    ['1.2.3', 'cell.ambiguous-separator', { raw: '1.2.3', reading: 'unreadable' }],
    ['1.234.567.890.123.456.789', 'cell.ambiguous-separator', { reading: 'unreadable' }],
    ['dua belas', 'cell.words', { raw: 'dua belas', zero: false }],
    ['nihil', 'cell.words', { raw: 'nihil', zero: true }],
    ['-', 'cell.words', { raw: '-', zero: true }],
    ['-5', 'cell.negative', { raw: '-5' }],
    ['\u22125', 'cell.negative', { raw: '\u22125' }],
    ['(5)', 'cell.negative', { raw: '(5)' }],
    [-3, 'cell.negative', { raw: '-3' }],
    [2.5, 'cell.decimal', { value: 2.5, below: 2, above: 3 }],
    [{ error: '#DIV/0!' }, 'cell.error-value', { error: '#DIV/0!' }],
    [{ formula: '1/0', result: { error: '#DIV/0!' } }, 'cell.error-value', { error: '#DIV/0!', formula: true }],
    [{ date: '2017-03-12' }, 'cell.date', { date: '2017-03-12' }],
    [{ date: null }, 'cell.date', { date: null }],
    [{ formula: 'G1+1' }, 'cell.formula-no-result', { formula: 'G1+1' }],
    [{ sharedFormula: 'G5' }, 'cell.formula-no-result', { formula: 'G5' }],
    [Infinity, 'cell.not-finite', { raw: 'Infinity' }],
    [NaN, 'cell.not-finite', { raw: 'NaN' }],
    [{ formula: 'A1', result: -2 }, 'cell.negative', { raw: '-2', formula: true }],
    [{ richText: [{ text: '12 ' }, { text: 'orang' }] }, 'cell.text-with-unit', { raw: '12 orang', number: 12 }],
    [true, 'cell.not-number', { raw: 'TRUE', boolean: true }],
    [{ text: '12 orang', hyperlink: 'http://x' }, 'cell.text-with-unit', { raw: '12 orang' }],
    [{ weird: 1 }, 'cell.not-number', { raw: '{"weird":1}' }],
  ])('%j is refused as %s', (input, code, args) => {
    const r = value(input);
    expect(r).toMatchObject({ kind: 'invalid', code, args });
  });

  test('a refusal carries data only: no text, and the isian is named by the caller', () => {
    const r = value('12 orang');
    expect(r).toEqual({ kind: 'invalid', raw: '12 orang', code: 'cell.text-with-unit', args: { raw: '12 orang', number: 12, unit: 'orang' } });
    expect(value({ formula: 'A1', result: 2.5 })).toMatchObject({ args: { formula: true } });
    expect(value(2.5)).not.toHaveProperty('args.formula');
  });

  test('the texts say what to type, in Indonesian by default and in English', () => {
    const p = problem('cell.text-with-unit', { nama: 'Jumlah peserta pelatihan', satuan: 'orang', raw: '12 orang', number: 12, unit: 'orang' });
    expect(renderProblem(p, 'id')).toMatchObject({ message: 'Sel "Jumlah peserta pelatihan" berisi "12 orang".', hint: expect.stringMatching(/^Ketik angkanya saja, misalnya 12;/) });
    expect(renderProblem(p, 'en').hint).toMatch(/^Type only the number, e\.g\. 12;/);
    // What to type is shown without a thousands separator, even in Indonesian (1.234 is what the cell must not hold).
    const s = problem('cell.ambiguous-separator', { nama: 'x', satuan: 'orang', raw: '1.234', mark: '.', reading: 'thousands-or-decimal', whole: 1234, decimal: 1.234 });
    expect(renderProblem(s, 'id').message).toMatch(/dibaca 1234 \(titik sebagai pemisah ribuan\) atau 1,234 \(titik sebagai tanda desimal\)/);
    expect(renderProblem(s, 'id').hint).toMatch(/misalnya 1234\.$/);
  });
});

describe('parseNoteCell', () => {
  test.each([
    ['  ada kendala  ', '  ada kendala  '],
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
      { year: 2017, quarter: 1, jabatanId: 'kasi_a', from: 'file' },
      { year: 2017, quarter: 2, from: 'folder' },
    ]);
    expect(pathHints('isian kasi a.xlsx')).toEqual([]);
  });
});

describe('readSubmission', () => {
  const index = miniIndex();
  const read = async (bytes: Buffer, file = 'x.xlsx', expect_?: { year?: number; quarter?: number; jabatanId?: string }): Promise<ReadResult> =>
    readSubmission(bytes, file, index, expect_ ? { expect: expect_ } : {});
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
    expect(r.problems).toMatchObject([{ code: 'cell.blank', severity: 'warning', args: { nama: 'Jumlah peserta pelatihan', satuan: 'orang' }, location: { sheet: 'Isian', cell: 'G5', name: 'iki_peserta' } }]);
  });

  test('an invalid cell is an error with the label and cell', async () => {
    const r = await read(await miniWorkbook(index, { cells: { iki_peserta: ['G5', '12 orang'], iki_lulus: ['G6', 3] } }));
    expect(r.ok).toBe(false);
    expect(r.submission!.readings[0]).toMatchObject({ status: 'invalid', raw: '12 orang' });
    expect(r.problems).toEqual([
      {
        code: 'cell.text-with-unit',
        severity: 'error',
        args: { nama: 'Jumlah peserta pelatihan', satuan: 'orang', raw: '12 orang', number: 12, unit: 'orang' },
        location: { file: 'x.xlsx', sheet: 'Isian', cell: 'G5', name: 'iki_peserta' },
      },
    ]);
  });

  test('hidden or very hidden _iki, and a sheet renamed (names follow it)', async () => {
    expect((await read(await miniWorkbook(index, { metaState: 'hidden' }))).ok).toBe(true);
    const renamed = await read(await miniWorkbook(index, { inputSheet: 'Isian TW 1' }));
    expect(renamed.ok).toBe(true);
    expect(renamed.submission!.readings[0]!.source.sheet).toBe('Isian TW 1');
  });

  test('no _iki sheet', async () => {
    const r = await read(await miniWorkbook(index, { metaState: 'none' }));
    expect(r.problems).toEqual([{ code: 'identity.no-meta', severity: 'error', args: { sheet: '_iki' }, location: { file: 'x.xlsx' } }]);
    expect(r.submission).toBeUndefined();
  });

  test('unknown format and unknown jabatan', async () => {
    expect((await read(await miniWorkbook(index, { format: 'something' }))).problems).toMatchObject([
      { code: 'identity.format', args: { sheet: '_iki', found: 'something', expected: 'iki-template/1' }, location: { sheet: '_iki' } },
    ]);
    expect((await read(await miniWorkbook(index, { jabatanId: 'kasi_z' }))).problems).toMatchObject([{ code: 'identity.unknown-jabatan', args: { jabatanId: 'kasi_z', catalogueId: 'mini' } }]);
    expect((await read(await miniWorkbook(index, { quarter: 5 }))).problems).toMatchObject([{ code: 'identity.format', args: { invalid: [{ key: 'quarter', value: '5' }] } }]);
  });

  test("another jabatan's isian is refused", async () => {
    const r = await read(await miniWorkbook(index, { jabatanId: 'kasi_b' }));
    expect(r.ok).toBe(false);
    expect(codes(r)).toContain('identity.foreign-element');
    expect(r.problems.find((p) => p.code === 'identity.foreign-element')).toMatchObject({
      args: { name: 'iki_peserta', owner: 'kasi_a', jabatan: 'kasi_b', moved: false },
      location: { name: 'iki_peserta', cell: 'G5' },
    });
  });

  test('older catalogue: compatible is a warning, incompatible is refused naming what changed', async () => {
    const ok = await read(await miniWorkbook(index, { catalogueHash: 'a'.repeat(64) }));
    expect(ok.ok).toBe(true);
    expect(ok.problems).toMatchObject([{ code: 'identity.catalogue-changed', args: { was: 'a'.repeat(64), now: index.catalogue.hash } }]);
    expect(ok.submission!.catalogueChanged).toBe(true);
    // an element the jabatan owns now but the old template lacks: reported missing
    const partial = await read(await miniWorkbook(index, { catalogueHash: 'a'.repeat(64), cells: { iki_peserta: ['G5', 4] } }));
    expect(partial.ok).toBe(true);
    expect(codes(partial).sort()).toEqual(['identity.catalogue-changed', 'identity.element-added']);
    expect(partial.problems.find((p) => p.code === 'identity.element-added')).toMatchObject({ args: { name: 'iki_lulus' }, location: { name: 'iki_lulus' } });
    expect(partial.submission!.readings[1]).toMatchObject({ elementId: 'lulus', status: 'blank', notInTemplate: true });
    const bad = await read(await miniWorkbook(index, { catalogueHash: 'a'.repeat(64), cells: { iki_peserta: ['G5', 4], iki_lulus: ['G6', 1], iki_dihapus: ['G7', 2] } }));
    expect(bad.ok).toBe(false);
    expect(codes(bad)).toContain('identity.catalogue-incompatible');
    expect(bad.problems.find((p) => p.code === 'identity.catalogue-incompatible')!.args).toEqual({ names: ['iki_dihapus'], was: 'a'.repeat(64), now: index.catalogue.hash });
  });

  test('a missing name with the same catalogue is refused', async () => {
    const r = await read(await miniWorkbook(index, { cells: { iki_peserta: ['G5', 4] } }));
    expect(r.ok).toBe(false);
    expect(r.problems).toMatchObject([{ code: 'identity.name-missing', args: { name: 'iki_lulus', nama: expect.any(String) }, location: { name: 'iki_lulus' } }]);
  });

  test('names gone entirely', async () => {
    const r = await read(await miniWorkbook(index, { cells: {} }));
    expect(r.problems).toMatchObject([{ code: 'identity.name-missing', args: { name: 'iki_peserta', all: true } }]);
  });

  test('a name pointing at #REF! or a range, or at a deleted sheet', async () => {
    const r = await read(await miniWorkbook(index, { nameText: { iki_peserta: '#REF!', iki_lulus: 'Isian!$G$6:$G$9' } }));
    expect(r.problems.map((p) => [p.code, p.args, p.location.name])).toEqual([
      ['identity.name-broken', { name: 'iki_peserta', label: 'Jumlah peserta pelatihan', points: 'ref-error' }, 'iki_peserta'],
      ['identity.name-broken', { name: 'iki_lulus', label: expect.any(String), points: 'range', text: 'Isian!$G$6:$G$9' }, 'iki_lulus'],
    ]);
    const gone = await read(await miniWorkbook(index, { nameText: { iki_peserta: 'Hilang!$G$5', iki_lulus: 'Hilang!$G$6' }, inputSheet: 'Lain' }));
    expect(gone.problems).toMatchObject([{ code: 'identity.sheet-missing', args: { sheet: 'Isian' }, location: { sheet: 'Isian' } }]);
  });

  test('period: the caller expects one (error); the file name says another (warning)', async () => {
    const bytes = await miniWorkbook(index);
    const found = { jabatanId: 'kasi_a', year: 2017, quarter: 1 };
    const e = await read(bytes, 'x.xlsx', { year: 2017, quarter: 2 });
    expect(e.problems).toEqual([{ code: 'identity.period-mismatch', severity: 'error', args: { expected: { year: 2017, quarter: 2 }, found }, location: { file: 'x.xlsx', sheet: '_iki' } }]);
    expect((await read(bytes, 'x.xlsx', { jabatanId: 'kasi_b', quarter: 1 })).problems).toMatchObject([{ args: { expected: { jabatanId: 'kasi_b' } } }]);
    const w = await read(bytes, 'in/IKI_2017_TW3_kasi_a.xlsx');
    expect(w.ok).toBe(true);
    expect(w.problems).toMatchObject([{ code: 'identity.file-name-mismatch', severity: 'warning', args: { from: 'file', named: { year: 2017, quarter: 3 }, found } }]);
    const j = await read(bytes, 'in/IKI_2017_TW1_kasi_b.xlsx');
    expect(j.problems).toMatchObject([{ code: 'identity.file-name-mismatch', args: { named: { jabatanId: 'kasi_b' } } }]);
    expect(j.problems[0]!.args).not.toHaveProperty('named.year');
    const d = await read(bytes, 'in/2017-TW2/isian.xlsx');
    expect(d.problems).toMatchObject([{ code: 'identity.file-name-mismatch', args: { from: 'folder', named: { year: 2017, quarter: 2 } } }]);
    expect((await read(bytes, 'in/IKI_2017_TW1_kasi_a_revisi (2).xlsx')).problems).toEqual([]);
  });

  test('a note longer than its max_length is a warning', async () => {
    const r = await read(await miniWorkbook(index, { cells: { iki_peserta: ['G5', 1], iki_lulus: ['G6', 1], iki_note_kasi_a_peserta_kendala: ['G7', 'k'.repeat(501)] } }));
    expect(r.ok).toBe(true);
    expect(r.problems).toMatchObject([{ code: 'note.too-long', severity: 'warning', args: { label: expect.any(String), length: 501, max: 500 }, location: { cell: 'G7' } }]);
    expect(r.submission!.notes[0]!.text).toHaveLength(501);
  });

  test('not an xlsx: problems, no submission, no throw', async () => {
    const r = await read(Buffer.from('a;b\n1;2\n'));
    expect(r.problems).toEqual([{ code: 'file.not-xlsx', severity: 'error', args: { kind: 'text' }, location: { file: 'x.xlsx' } }]);
    expect(r.ok).toBe(false);
  });
});
