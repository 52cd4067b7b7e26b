// Safe opening of untrusted .xlsx bytes: every hostile shape refused with its code, quickly, before
// any cell is read; legitimate oddities (print titles, whole-column validations) still load.
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { BookDamage } from '../src/read/book.js';
import { smlBook } from '../src/read/sml/book.js';
import { parseWorkbook } from '../src/read/sml/workbook.js';
import { DEFAULT_LIMITS, explicitCells, inspectXlsx, parseCellRef, sniff, type XlsxLimits } from '../src/read/xlsx.js';
import { zipEntries, zipFlaw } from '../src/read/zip.js';
import { editXlsx, readZip, writeZip } from './support/workbooks.js';

/** Inspect, then read every sheet (as a submission's reading would reach its damage). */
async function openXlsx(bytes: Buffer, file: string, limits?: XlsxLimits) {
  const r = await inspectXlsx(bytes, file, limits);
  if (!r.ok) return r;
  const opened = smlBook(r.files, file, r.workbook);
  try {
    for (const s of opened.sheets) opened.book.getWorksheet(s.name);
  } catch (err) {
    if (err instanceof BookDamage) return { ok: false as const, problems: [err.problem] };
    throw err;
  }
  return { ok: true as const, ...opened };
}

async function plainWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Isian');
  ws.getCell('G5').value = 12;
  wb.definedNames.add('Isian!$G$5', 'iki_peserta');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const codes = (r: Awaited<ReturnType<typeof openXlsx>>) => (r.ok ? [] : r.problems.map((p) => p.code));

describe('sniff', () => {
  test.each([
    [Buffer.alloc(0), 'empty'],
    [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xls'],
    [Buffer.from('%PDF-1.7\n'), 'pdf'],
    [Buffer.from('no;nama;nilai\n1;a;12\n'), 'text'],
    [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'zip'],
    [Buffer.from([0x00, 0x01, 0x02, 0xff]), 'unknown'],
  ])('%#: %s', (bytes, kind) => {
    expect(sniff(bytes)).toBe(kind);
  });
});

describe('workbook.xml parsing', () => {
  test('defined names, entities decoded, local ids', () => {
    const xml = `<workbook><sheets><sheet name="Isian" sheetId="1" r:id="rId1"/><sheet name="_iki" state="veryHidden" sheetId="2" r:id="rId2"/></sheets>
      <definedNames><definedName name="iki_a">Isian!$G$5</definedName>
      <definedName function="false" hidden="false" localSheetId="0" name="_xlnm.Print_Titles" vbProcedure="false">&apos;Isian&apos;!$1:$3</definedName>
      <definedName name="empty"/></definedNames></workbook>`;
    const wb = parseWorkbook(xml);
    expect(wb.names).toEqual([
      { name: 'iki_a', text: 'Isian!$G$5' },
      { name: '_xlnm.Print_Titles', text: "'Isian'!$1:$3", localSheetId: 0 },
      { name: 'empty', text: '' },
    ]);
    expect(wb.sheets).toEqual([
      { name: 'Isian', state: 'visible', rid: 'rId1' },
      { name: '_iki', state: 'veryHidden', rid: 'rId2' },
    ]);
  });

  test('cell references', () => {
    expect(parseCellRef('Isian!$G$12')).toEqual({ kind: 'cell', sheet: 'Isian', cell: 'G12', row: 12, col: 7 });
    expect(parseCellRef("'Isian (2)'!g12")).toMatchObject({ kind: 'cell', sheet: 'Isian (2)', cell: 'G12' });
    expect(parseCellRef("'It''s'!$A$1")).toMatchObject({ kind: 'cell', sheet: "It's", cell: 'A1' });
    expect(parseCellRef('$B$2')).toMatchObject({ kind: 'cell', sheet: undefined, cell: 'B2' });
    expect(parseCellRef('#REF!')).toEqual({ kind: 'ref-error' });
    expect(parseCellRef('#REF!$G$5')).toEqual({ kind: 'ref-error' });
    expect(parseCellRef('Isian!$G$5:$G$9')).toMatchObject({ kind: 'range', sheet: 'Isian' });
    expect(parseCellRef('SUM(Isian!A1)')).toMatchObject({ kind: 'other' });
    expect(parseCellRef('Isian!$A$99999999')).toMatchObject({ kind: 'other' });
  });

  test('explicit range sizes', () => {
    expect(explicitCells('Isian!$A$1:$XFD$1048576')).toBe(16384 * 1048576);
    expect(explicitCells('Isian!A1:XFD1048576')).toBe(16384 * 1048576);
    expect(explicitCells("'Isian'!$A1:$H40")).toBe(320);
    expect(explicitCells('Isian!$1:$3')).toBe(0);
    expect(explicitCells('Isian!$G$5')).toBe(0);
  });
});

describe('inspectXlsx and the SpreadsheetML reader', () => {
  test('a plain workbook opens, names from our own parse', async () => {
    const r = await openXlsx(await plainWorkbook(), 'a.xlsx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.names).toEqual([{ name: 'iki_peserta', text: 'Isian!$G$5' }]);
    expect(r.book.getWorksheet('Isian')!.getCell('G5').value).toBe(12);
  });

  test.each([
    ['empty', Buffer.alloc(0), 'file.empty', {}],
    ['xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'file.xls', {}],
    ['pdf', Buffer.from('%PDF-1.4\n1 0 obj\n'), 'file.not-xlsx', { kind: 'pdf' }],
    ['csv', Buffer.from('a,b\n1,2\n'), 'file.not-xlsx', { kind: 'text' }],
    ['binary junk', Buffer.from([0, 1, 2, 3, 4, 5]), 'file.not-xlsx', { kind: 'unknown' }],
    ['zip that is not a workbook', writeZip([['readme.txt', Buffer.from('hi')]]), 'file.not-xlsx', { kind: 'zip' }],
    ['ods', writeZip([['mimetype', Buffer.from('application/vnd.oasis.opendocument.spreadsheet')], ['content.xml', Buffer.from('<x/>')]]), 'file.not-xlsx', { kind: 'ods' }],
    [
      'zip bomb',
      writeZip([['[Content_Types].xml', Buffer.from('<T/>')], ['xl/workbook.xml', Buffer.alloc(70 * 1024 * 1024, 0x20)]]),
      'file.zip-bomb',
      { part: 'xl/workbook.xml', size: 70 * 1024 * 1024, max: DEFAULT_LIMITS.maxInflatedBytes },
    ],
    ['zip bomb with a lying header', writeZip([{ name: 'xl/media/x.bin', data: Buffer.alloc(70 * 1024 * 1024), declaredSize: 10 }]), 'file.zip-bomb', { part: 'xl/media/x.bin', overDeclared: true }],
    ['too many entries', writeZip(Array.from({ length: 1001 }, (_, i) => [`e${i}`, Buffer.alloc(1)] as [string, Buffer])), 'file.too-many-entries', { entries: 1001, max: 1000 }],
  ])('%s', async (_name, bytes, code, args) => {
    const r = await openXlsx(bytes, 'f.xlsx');
    expect(r.ok ? [] : r.problems).toMatchObject([{ code, severity: 'error', args, location: { file: 'f.xlsx' } }]);
  });

  test('a truncated file', async () => {
    const whole = await plainWorkbook();
    for (const n of [10, 200, Math.floor(whole.length / 2), whole.length - 10]) {
      const r = await openXlsx(whole.subarray(0, n), 'f.xlsx');
      expect(r.ok).toBe(false);
      expect(codes(r)[0]).toMatch(/^file\.(truncated|damaged|not-xlsx)$/);
    }
    expect(codes(await openXlsx(whole.subarray(0, whole.length - 10), 'f.xlsx'))).toEqual(['file.truncated']);
  });

  test('a file over the size limit', async () => {
    const r = await openXlsx(Buffer.alloc(21 * 1024 * 1024), 'big.xlsx');
    expect(r.ok ? [] : r.problems).toMatchObject([{ code: 'file.too-large', args: { what: 'file', size: 21 * 1024 * 1024, max: 20 * 1024 * 1024 } }]);
  });

  test('more XML than an IKI workbook holds is refused', async () => {
    const r = await openXlsx(await plainWorkbook(), 'f.xlsx', { ...DEFAULT_LIMITS, maxXmlBytes: 2000 });
    expect(r.ok ? [] : r.problems).toMatchObject([{ code: 'file.too-large', args: { what: 'xml', part: expect.any(String), max: 2000 } }]);
  });

  test('DOCTYPE or ENTITY anywhere', async () => {
    const bytes = await editXlsx(await plainWorkbook(), { 'xl/sharedStrings.xml': (x) => x || '<sst/>' });
    const parts = await readZip(bytes);
    const sheet = parts.find(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))![0];
    const r = await openXlsx(await editXlsx(bytes, { [sheet]: (x) => x.replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>') }), 'f.xlsx');
    expect(r.ok ? [] : r.problems).toMatchObject([{ code: 'file.xml-entities', args: { part: sheet } }]);
  });

  test('a defined name over a whole sheet is refused', async () => {
    for (const text of ['Isian!$A$1:$XFD$1048576', 'Isian!A1:XFD1048576', 'Isian!$A1:$XFD$1048576']) {
      const bytes = await editXlsx(await plainWorkbook(), { 'xl/workbook.xml': (x) => x.replace('<definedNames>', `<definedNames><definedName name="semua">${text}</definedName>`) });
      const r = await openXlsx(bytes, 'f.xlsx');
      expect(r.ok ? [] : r.problems).toMatchObject([{ code: 'file.name-range', args: { name: 'semua', range: text, cells: 16384 * 1048576, max: 100_000 }, location: { name: 'semua' } }]);
    }
  });

  test('a column range beyond Excel is refused', async () => {
    const bytes = await plainWorkbook();
    const sheet = (await readZip(bytes)).find(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))![0];
    const bad = await editXlsx(bytes, { [sheet]: (x) => x.replace('<sheetData', '<cols><col min="1" max="2000000000" width="9"/></cols><sheetData') });
    const r = await openXlsx(bad, 'f.xlsx');
    expect(r.ok ? [] : r.problems).toMatchObject([{ code: 'file.column-range', args: { part: sheet, min: 1, max: 2000000000 } }]);
  });

  test('a whole-sheet data validation and a whole-sheet merge are ignored, not expanded', async () => {
    const bytes = await plainWorkbook();
    const sheet = (await readZip(bytes)).find(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))![0];
    const big = await editXlsx(bytes, {
      [sheet]: (x) =>
        x.replace(
          '</sheetData>',
          '</sheetData><mergeCells count="1"><mergeCell ref="A10:XFD1048576"/></mergeCells><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
        ),
    });
    const r = await openXlsx(big, 'f.xlsx');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.book.getWorksheet('Isian')!.getCell('G5').value).toBe(12);
  });

  test('print titles and print areas as LibreOffice and Excel write them still load', async () => {
    const bytes = await editXlsx(await plainWorkbook(), {
      'xl/workbook.xml': (x) =>
        x.replace(
          '<definedNames>',
          '<definedNames><definedName function="false" hidden="false" localSheetId="0" name="_xlnm.Print_Titles" vbProcedure="false">Isian!$1:$3</definedName>' +
            '<definedName localSheetId="0" name="_xlnm.Print_Area">#REF!</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Isian!$A$4:$G$40</definedName>',
        ),
    });
    const r = await openXlsx(bytes, 'f.xlsx');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.names.map((n) => n.name)).toEqual(['_xlnm.Print_Titles', '_xlnm.Print_Area', '_xlnm._FilterDatabase', 'iki_peserta']);
  });
});

describe('zip headers that contradict each other (src/read/zip.ts)', () => {
  const two = () => writeZip([['a.xml', Buffer.from('<a/>')], ['b.xml', Buffer.from('<b/>')]]);
  /** Offset of the n-th central directory record (0-based). */
  const central = (z: Buffer, n: number) => {
    let p = z.readUInt32LE(z.length - 22 + 16);
    for (let i = 0; i < n; i++) p += 46 + z.readUInt16LE(p + 28) + z.readUInt16LE(p + 30) + z.readUInt16LE(p + 32);
    return p;
  };

  test('a consistent zip has no flaw, and its entries are listed in order', () => {
    expect(zipFlaw(two())).toBeUndefined();
    expect(zipEntries(two()).map((e) => [e.name, e.size])).toEqual([
      ['a.xml', 4],
      ['b.xml', 4],
    ]);
  });

  test.each([
    ['two names', (z: Buffer) => z.write('x', 30), { flaw: 'two-names', entry: 1 }],
    ['two compression methods', (z: Buffer) => z.writeUInt16LE(0, 8), { flaw: 'two-methods', entry: 1 }],
    ['an encrypted part', (z: Buffer) => z.writeUInt16LE(1, central(z, 1) + 8), { flaw: 'encrypted', entry: 2 }],
    ['an unknown method', (z: Buffer) => z.writeUInt16LE(12, central(z, 0) + 10), { flaw: 'method', method: 12, entry: 1 }],
    ['a file marked as a folder', (z: Buffer) => z.writeUInt32LE(0x10, central(z, 0) + 38), { flaw: 'folder-mark', entry: 1 }],
  ])('%s', async (_name, edit, flaw) => {
    const z = two();
    edit(z);
    expect(zipFlaw(z)).toEqual(flaw);
    const r = await openXlsx(z, 'f.xlsx');
    expect(r.ok ? [] : r.problems).toEqual([{ code: 'file.damaged', severity: 'error', args: { damage: 'zip', ...flaw }, location: { file: 'f.xlsx' } }]);
  });

  test('a part whose checksum does not match is damaged, naming the part', async () => {
    const z = writeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), store: true }]);
    z.write('W', 30 + 'xl/workbook.xml'.length + 1);
    const r = await openXlsx(z, 'f.xlsx');
    expect(r.ok ? [] : r.problems).toMatchObject([{ code: 'file.damaged', args: { damage: 'checksum', part: 'xl/workbook.xml' } }]);
  });
});
