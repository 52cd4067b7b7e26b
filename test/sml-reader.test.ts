// The SpreadsheetML reader (src/read/sml/), from the specification (ECMA-376 Part 1, 18.3 worksheets,
// 18.4 shared strings, 18.8 styles) rather than from our own output: hand-made parts in the shapes
// Excel, the OpenXML SDK, openpyxl, Google Sheets and WPS write, each adversarial class of issue 11 with
// its own tests: what a count must refuse, note texts kept exactly, positions without r=, namespace
// prefixes, two names on one cell, bounded work on huge styled rows, deep nesting refused.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CatalogueIndex } from '../src/model/catalogue.js';
import { BookDamage, type CellValue, type OpenedBook } from '../src/read/book.js';
import { parseCountCell, parseNoteCell } from '../src/read/cells.js';
import { readWorkbookPath } from '../src/read/read-pool.js';
import { smlBook } from '../src/read/sml/book.js';
import { parseSheet } from '../src/read/sml/sheet.js';
import { readSubmission, type ReadResult } from '../src/read/submission.js';
import { inspectXlsx } from '../src/read/xlsx.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { iki, ROOT, tempDir } from './helpers.js';
import { MAIN, PKG, pkg, REL, XML, type Pkg } from './support/sml-pkg.js';
import { editXlsx, writeZip } from './support/workbooks.js';

// ---------------------------------------------------------------- hand-made packages

async function open(bytes: Buffer): Promise<OpenedBook> {
  const r = await inspectXlsx(bytes, 'f.xlsx');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return smlBook(r.files, 'f.xlsx', r.workbook);
}

/** The values of some cells of sheet Isian. */
async function cells(p: Pkg, refs: string[]): Promise<CellValue[]> {
  const ws = (await open(pkg(p))).book.getWorksheet('Isian')!;
  return refs.map((r) => ws.getCell(r).value);
}

/** The problem a sheet's damage becomes when read. */
async function damage(p: Pkg): Promise<unknown> {
  const b = await open(pkg(p));
  try {
    b.book.getWorksheet('Isian');
  } catch (err) {
    if (err instanceof BookDamage) return err.problem;
    throw err;
  }
  return undefined;
}

const STYLES_DATE =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="3"/><xf numFmtId="49"/></cellXfs>';

describe('cell types as the specification defines them', () => {
  test('numbers, shared and inline strings, t="str" / "b" / "e", empty styled cells', async () => {
    const sheet =
      '<row r="1"><c r="A1"><v>12</v></c><c r="B1" t="n"><v>1.5E1</v></c><c r="C1" t="s"><v>0</v></c><c r="D1" t="inlineStr"><is><t>dua</t></is></c>' +
      '<c r="E1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="e"><v>#DIV/0!</v></c><c r="H1" s="3"/></row>';
    expect(await cells({ sheet, sst: '<si><t>satu</t></si>', styles: STYLES_DATE }, ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1', 'H1', 'Z9'])).toEqual([
      12,
      15,
      'satu',
      'dua',
      { formula: '"a"&"b"', result: 'ab' },
      true,
      { error: '#DIV/0!' },
      null,
      null,
    ]);
  });

  test('formulas with cached values: a typed =5+7, shared formulas (master and dependents), array formulas, no cached value', async () => {
    const sheet =
      '<row r="1"><c r="A1"><f>5+7</f><v>12</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>24</v></c></row>' +
      '<row r="2"><c r="B2"><f t="shared" si="0"/><v>0</v></c><c r="C2"><f t="array" ref="C2">SUM(A1:A1*1)</f><v>12</v></c></row>' +
      '<row r="3"><c r="B3"><f t="shared" si="0"/></c><c r="C3"><f>A1</f><v></v></c></row>';
    expect(await cells({ sheet }, ['A1', 'B1', 'B2', 'C2', 'B3', 'C3'])).toEqual([
      { formula: '5+7', result: 12 },
      { formula: 'A1*2', result: 24 },
      { formula: '', result: 0 },
      { formula: 'SUM(A1:A1*1)', result: 12 },
      { formula: '', result: undefined },
      { formula: 'A1', result: undefined },
    ]);
    expect(parseCountCell({ formula: '', result: undefined })).toMatchObject({ kind: 'invalid', code: 'cell.formula-no-result' });
  });

  test('numbers in date formats (built-in 14, custom dd/mm/yyyy) are dates; in number or text formats they are numbers; date1904', async () => {
    const sheet = '<row r="1"><c r="A1" s="1"><v>42806</v></c><c r="B1" s="2"><v>42806</v></c><c r="C1" s="3"><v>42806</v></c><c r="D1" s="4"><v>42806</v></c></row>';
    expect(await cells({ sheet, styles: STYLES_DATE }, ['A1', 'B1', 'C1', 'D1'])).toEqual([{ date: '2017-03-12' }, { date: '2017-03-12' }, 42806, 42806]);
    expect(await cells({ sheet, styles: STYLES_DATE, workbookPr: '<workbookPr date1904="1"/>' }, ['A1'])).toEqual([{ date: '2021-03-13' }]);
  });

  test('a missing <dimension>, x14 extension lists, and parts never parsed (calcChain, printer settings, comments, drawings, images) even when they are junk', async () => {
    const junk = '<<< not xml';
    const p: Pkg = {
      sheet: '<row r="1"><c r="A1"><v>7</v></c></row>',
      extra: [
        ['xl/calcChain.xml', junk],
        ['xl/printerSettings/printerSettings1.bin', junk],
        ['xl/comments1.xml', junk],
        ['xl/drawings/drawing1.xml', junk],
        ['xl/drawings/vmlDrawing1.vml', junk],
        ['xl/media/image1.png', junk],
        ['xl/theme/theme1.xml', junk],
      ],
    };
    const b = pkg(p);
    const withExt = await editXlsx(b, {
      'xl/worksheets/sheet1.xml': (x) =>
        x.replace(
          '</sheetData>',
          '</sheetData><extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{1}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/></x14:dataBar></x14:cfRule><xm:sqref>A1</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>',
        ),
    });
    const ws = (await open(withExt)).book.getWorksheet('Isian')!;
    expect(ws.getCell('A1').value).toBe(7);
    expect(ws.rowCount).toBe(1);
  });
});

describe('cells a count must not accept', () => {
  test('an ISO date cell (t="d") is a date, refused as cell.date', async () => {
    const [v] = await cells({ sheet: '<row r="1"><c r="A1" t="d"><v>2017-03-12T00:00:00Z</v></c></row>' }, ['A1']);
    expect(v).toEqual({ date: '2017-03-12' });
    expect(parseCountCell(v)).toMatchObject({ kind: 'invalid', code: 'cell.date', args: { date: '2017-03-12' } });
    const [bad] = await cells({ sheet: '<row r="1"><c r="A1" t="d"><v>12</v></c></row>' }, ['A1']);
    expect(parseCountCell(bad)).toMatchObject({ kind: 'invalid', code: 'cell.date', args: { date: null } });
  });

  test('integers beyond 2^53, as a number or as text, are refused as cell.too-large', async () => {
    const sheet = '<row r="1"><c r="A1"><v>9007199254740993</v></c><c r="B1" t="inlineStr"><is><t>12345678901234567890</t></is></c><c r="C1"><v>9007199254740991</v></c></row>';
    const [a, b, c] = await cells({ sheet }, ['A1', 'B1', 'C1']);
    expect(parseCountCell(a)).toMatchObject({ kind: 'invalid', code: 'cell.too-large' });
    expect(parseCountCell(b)).toMatchObject({ kind: 'invalid', code: 'cell.too-large', args: { raw: '12345678901234567890' } });
    expect(parseCountCell(c)).toEqual({ kind: 'value', value: 9007199254740991 });
  });

  test('a string cell without a shared-strings part, or with an index out of range, is cell.shared-string-missing', async () => {
    const sheet = '<row r="1"><c r="A1" t="s"><v>3</v></c></row>';
    const [missing] = await cells({ sheet }, ['A1']);
    expect(missing).toEqual({ damaged: 'shared-string', index: 3, count: null });
    expect(parseCountCell(missing)).toMatchObject({ kind: 'invalid', code: 'cell.shared-string-missing', args: { index: 3, count: null } });
    const [out] = await cells({ sheet, sst: '<si><t>a</t></si><si><t>b</t></si>' }, ['A1']);
    expect(parseCountCell(out)).toMatchObject({ kind: 'invalid', code: 'cell.shared-string-missing', args: { index: 3, count: 2 } });
  });

  test('a number or boolean whose text is none is cell.unreadable-value; Infinity is cell.not-finite', async () => {
    const sheet = '<row r="1"><c r="A1"><v>12abc</v></c><c r="B1" t="b"><v>ya</v></c><c r="C1"><v>Infinity</v></c></row>';
    const [a, b, c] = await cells({ sheet }, ['A1', 'B1', 'C1']);
    expect(parseCountCell(a)).toMatchObject({ code: 'cell.unreadable-value', args: { kind: 'number', raw: '12abc' } });
    expect(parseCountCell(b)).toMatchObject({ code: 'cell.unreadable-value', args: { kind: 'boolean', raw: 'ya' } });
    expect(parseCountCell(c)).toMatchObject({ code: 'cell.not-finite' });
  });
});

describe('note texts exactly as typed', () => {
  test('leading and trailing spaces under xml:space="preserve" are kept, in shared and inline strings', async () => {
    const sheet = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">  dua  </t></is></c></row>';
    const [a, b] = await cells({ sheet, sst: '<si><t xml:space="preserve">  ada kendala </t></si>' }, ['A1', 'B1']);
    expect([a, b]).toEqual(['  ada kendala ', '  dua  ']);
    expect(parseNoteCell(a, 500)).toEqual({ kind: 'text', text: '  ada kendala ', tooLong: false });
  });

  test("Excel's _xHHHH_ escapes are decoded (CR, tab), and _x005F_ keeps a literal escape", async () => {
    const sst = '<si><t>baris1_x000D_\nbaris2</t></si><si><t>a_x0009_b</t></si><si><t>_x005F_x000D_</t></si>';
    const sheet = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><r><t>x_x0009_</t></r><r><t>y</t></r></is></c></row>';
    expect(await cells({ sheet, sst }, ['A1', 'B1', 'C1', 'D1'])).toEqual(['baris1\r\nbaris2', 'a\tb', '_x000D_', 'x\ty']);
  });

  test('rich-text runs are joined; phonetic runs (<rPh>) and properties are not mixed in', async () => {
    const sst =
      '<si><r><rPr><b/><sz val="11"/></rPr><t>Tidak </t></r><r><t>ada</t></r></si>' +
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><r><t>大</t></r><r><t>阪</t></r><rPh sb="0" eb="1"><t>オオ</t></rPh></si>';
    const sheet = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>ab</t><rPh sb="0" eb="1"><t>X</t></rPh></is></c></row>';
    expect(await cells({ sheet, sst }, ['A1', 'B1', 'C1', 'D1'])).toEqual(['Tidak ada', '東京', '大阪', 'ab']);
  });
});

describe('valid packages that once showed an internal error', () => {
  test('cells and rows without r= take their positions from order', async () => {
    const sheet = '<row><c><v>1</v></c><c t="inlineStr"><is><t>b</t></is></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>2</v></c></row><row r="7"><c><v>7</v></c></row><row><c/><c><v>8</v></c></row>';
    expect(await cells({ sheet }, ['A1', 'B1', 'E1', 'F1', 'A2', 'A7', 'B8', 'A8'])).toEqual([1, 'b', 5, 6, 2, 7, 8, null]);
  });

  test('SpreadsheetML with a namespace prefix (x:, as the OpenXML SDK writes it) and another relationships prefix', async () => {
    const x = (s: string) => s.replace(/<(\/?)(?!\?)([a-zA-Z])/g, '<$1x:$2');
    const bytes = writeZip(
      (
        [
          ['[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`],
          ['_rels/.rels', `${XML}<Relationships xmlns="${PKG}"><Relationship Id="R1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`],
          ['xl/workbook.xml', `${XML}<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="Isian" sheetId="1" rel:id="R9"/></x:sheets><x:definedNames><x:definedName name="iki_a">Isian!$B$2</x:definedName></x:definedNames></x:workbook>`],
          ['xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${PKG}"><Relationship Id="R9" Type="${REL}/worksheet" Target="/xl/worksheets/sheet.xml"/><Relationship Id="R8" Type="${REL}/sharedStrings" Target="/xl/strings.xml"/></Relationships>`],
          ['xl/worksheets/sheet.xml', `${XML}<x:worksheet xmlns:x="${MAIN}">${x('<sheetData><row r="2"><c r="B2"><v>41</v></c><c r="C2" t="s"><v>0</v></c></row></sheetData>')}</x:worksheet>`],
          ['xl/strings.xml', `${XML}<x:sst xmlns:x="${MAIN}">${x('<si><r><t>kata</t></r></si>')}</x:sst>`],
        ] as [string, string][]
      ).map(([n, d]) => [n, Buffer.from(d)] as [string, Buffer]),
    );
    const b = await open(bytes);
    expect(b.names).toEqual([{ name: 'iki_a', text: 'Isian!$B$2' }]);
    const ws = b.book.getWorksheet('Isian')!;
    expect([ws.getCell('B2').value, ws.getCell('C2').value]).toEqual([41, 'kata']);
  });
});

describe('damage inside a sheet', () => {
  test('deep XML nesting inside a cell is file.xml-nesting, not a blank', async () => {
    const deep = '<x>'.repeat(50) + '</x>'.repeat(50);
    expect(await damage({ sheet: `<row r="1"><c r="A1"><v>1</v>${deep}</c></row>` })).toMatchObject({ code: 'file.xml-nesting', args: { part: 'xl/worksheets/sheet1.xml' } });
    const deepInline = `<row r="1"><c r="A1" t="inlineStr"><is><r><t>1</t></r>${'<r>'.repeat(20)}${'</r>'.repeat(20)}</is></c></row>`;
    expect(await damage({ sheet: deepInline })).toMatchObject({ code: 'file.xml-nesting' });
    // Anywhere else in a part read, past any depth a program writes.
    const outside = `${'<sheetPr>'.repeat(60)}${'</sheetPr>'.repeat(60)}`;
    expect(await damage({ sheet: `</sheetData>${outside}<sheetData>` })).toMatchObject({ code: 'file.xml-nesting' });
  });

  test('a cell with two values, a part that is not well formed', async () => {
    expect(await damage({ sheet: '<row r="1"><c r="A1"><v>1150</v><v>1150</v></c></row>' })).toMatchObject({ code: 'file.damaged', args: { damage: 'two-values', cell: 'A1' } });
    expect(await damage({ sheet: '<row r="1"><c r="A1"><v>1</c></row>' })).toMatchObject({ code: 'file.damaged', args: { damage: 'xml', part: 'xl/worksheets/sheet1.xml' } });
  });

  test('a row of 16,384 styled empty cells keeps only the cells that hold a value', () => {
    const empties = Array.from({ length: 16_383 }, (_, i) => `<c r="${col(i + 2)}1" s="3"/>`).join('');
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>9</v></c>${empties}</row>${'<row><c s="1"/><c s="1"/></row>'.repeat(5000)}</sheetData></worksheet>`;
    const parsed = parseSheet('xl/worksheets/sheet1.xml', xml, { strings: () => undefined, isDateStyle: () => false, date1904: false });
    expect(parsed.cells.size).toBe(1);
    expect(parsed.rowCount).toBe(1);
  });
});

function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

// ---------------------------------------------------------------- whole submissions

const FIXTURE = join(ROOT, 'fixtures', 'workspace');
const BASE = join(FIXTURE, 'archive', '2017-TW1', 'IKI_2017_TW1_analis_kerjasama_lintas_sektor.xlsx');
const ELEMENT = 'dokumen_laporan_perselisihan_hi';
const ISIAN = 'xl/worksheets/sheet1.xml';
let index: CatalogueIndex;
let base: Buffer;
let original: ReadResult;

beforeAll(async () => {
  index = new CatalogueIndex(loadCatalogue(readFileSync(join(FIXTURE, 'catalogue.yaml'), 'utf8'), 'catalogue.yaml').catalogue!);
  base = readFileSync(BASE);
  original = await readSubmission(base, 'f.xlsx', index, { pathHints: false });
});

/** The template with the cell at `ref` of the Isian sheet replaced by `cellXml`. */
function setCell(xml: string, ref: string, cellXml: string): string {
  const re = new RegExp(`<c r="${ref}"[^>]*?(/>|>[\\s\\S]*?</c>)`);
  expect(re.test(xml)).toBe(true);
  return xml.replace(re, cellXml);
}

describe('whole submissions from hand-edited parts', () => {
  test('the base workbook reads with a value for the element', () => {
    expect(original.ok).toBe(true);
    expect(original.submission!.readings.find((r) => r.elementId === ELEMENT)).toMatchObject({ status: 'value', source: { cell: 'G15' } });
  });

  test.each([
    ['an ISO date cell', '<c r="G15" t="d"><v>2017-03-12</v></c>', 'cell.date'],
    ['an integer beyond 2^53', '<c r="G15"><v>9007199254740993</v></c>', 'cell.too-large'],
    ['a shared-string index out of range', '<c r="G15" t="s"><v>99999</v></c>', 'cell.shared-string-missing'],
  ])('%s is refused with its code, at its cell', async (_l, cellXml, code) => {
    const bytes = await editXlsx(base, { [ISIAN]: (x) => setCell(x, 'G15', cellXml) });
    const r = await readSubmission(bytes, 'f.xlsx', index, { pathHints: false });
    expect(r.ok).toBe(false);
    expect(r.problems).toMatchObject([{ code, severity: 'error', location: { sheet: 'Isian', cell: 'G15', name: `iki_${ELEMENT}` } }]);
  });

  test('a note under xml:space="preserve" with an escaped CR keeps its spaces and its line break', async () => {
    const bytes = await editXlsx(base, { [ISIAN]: (x) => setCell(x, 'G16', '<c r="G16" t="inlineStr"><is><t xml:space="preserve">  baris satu_x000D_\nbaris dua </t></is></c>') });
    const r = await readSubmission(bytes, 'f.xlsx', index, { pathHints: false });
    expect(r.ok).toBe(true);
    expect(r.submission!.notes.find((n) => n.field === 'kendala')!.text).toBe('  baris satu\nbaris dua ');
  });

  test('the whole workbook rewritten with the x: prefix reads the same', async () => {
    const prefixed = (x: string) =>
      x
        .replace(/<(\/?)(?![?!])([a-zA-Z][\w]*)(?=[\s>/])/g, (_m, slash: string, name: string) => `<${slash}x:${name}`)
        .replace(/xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/, `xmlns:x="${MAIN}"`);
    const bytes = await editXlsx(base, { 'xl/workbook.xml': prefixed, 'xl/sharedStrings.xml': prefixed, 'xl/styles.xml': prefixed, [ISIAN]: prefixed, 'xl/worksheets/sheet3.xml': prefixed });
    expect((await readZip1(bytes, ISIAN)).startsWith(`${XML.trim()}\n<x:worksheet`)).toBe(true);
    const r = await readSubmission(bytes, 'f.xlsx', index, { pathHints: false });
    expect(r.problems).toEqual(original.problems);
    expect(r.submission!.readings).toEqual(original.submission!.readings);
    expect(r.submission!.meta).toEqual(original.submission!.meta);
  });

  test('two defined names on one cell are refused', async () => {
    const bytes = await editXlsx(base, {
      'xl/workbook.xml': (x) => x.replace('<definedName name="iki_note_analis_kerjasama_laporan_perselisihan_hi_kendala">Isian!$G$16', '<definedName name="iki_note_analis_kerjasama_laporan_perselisihan_hi_kendala">Isian!$G$15'),
    });
    const r = await readSubmission(bytes, 'f.xlsx', index, { pathHints: false });
    expect(r.ok).toBe(false);
    expect(r.problems.filter((p) => p.code === 'identity.names-share-cell')).toMatchObject([
      { severity: 'error', args: { names: [`iki_${ELEMENT}`, 'iki_note_analis_kerjasama_laporan_perselisihan_hi_kendala'], sheet: 'Isian', cell: 'G15' }, location: { sheet: 'Isian', cell: 'G15' } },
    ]);
  });
});

async function readZip1(bytes: Buffer, part: string): Promise<string> {
  const { readZip } = await import('./support/workbooks.js');
  return (await readZip(bytes)).find(([n]) => n === part)![1].toString('utf8');
}

// ---------------------------------------------------------------- paths that are not workbooks

describe('paths that are not regular files, and junk in an incoming folder', () => {
  const T = tempDir('iki-sml-');
  afterAll(() => T.cleanup());

  test('a FIFO and a symlink to a device are refused at once (file.not-regular), never opened', async () => {
    const fifo = join(T.dir, 'pipe.xlsx');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const dev = join(T.dir, 'zero.xlsx');
    symlinkSync('/dev/zero', dev);
    const a = await readWorkbookPath({ path: fifo, shown: 'pipe.xlsx' }, index);
    const b = await readWorkbookPath({ path: dev, shown: 'zero.xlsx' }, index);
    expect(a.problems).toMatchObject([{ code: 'file.not-regular', args: { kind: 'fifo' }, location: { file: 'pipe.xlsx' } }]);
    expect(b.problems).toMatchObject([{ code: 'file.not-regular', args: { kind: 'device' } }]);
  });

  test('a lock file named on its own is file.lock-file', async () => {
    const lock = join(T.dir, '~$IKI_2017_TW1_x.xlsx');
    writeFileSync(lock, Buffer.alloc(165, 0x20));
    expect((await readWorkbookPath({ path: lock, shown: '~$IKI_2017_TW1_x.xlsx' }, index)).problems).toMatchObject([{ code: 'file.lock-file' }]);
  });

  test('lock files, Thumbs.db, broken links, link loops and a FIFO in a folder are skipped; the good file goes through', () => {
    const dir = join(T.dir, 'incoming');
    mkdirSync(dir);
    writeFileSync(join(dir, 'IKI_2017_TW1_analis_kerjasama_lintas_sektor.xlsx'), base);
    writeFileSync(join(dir, '~$IKI_2017_TW1_analis_kerjasama_lintas_sektor.xlsx'), Buffer.alloc(165, 0x20));
    writeFileSync(join(dir, 'Thumbs.db'), Buffer.alloc(64));
    symlinkSync(join(dir, 'nowhere.xlsx'), join(dir, 'broken.xlsx'));
    symlinkSync(join(dir, 'loop-b.xlsx'), join(dir, 'loop-a.xlsx'));
    symlinkSync(join(dir, 'loop-a.xlsx'), join(dir, 'loop-b.xlsx'));
    expect(spawnSync('mkfifo', [join(dir, 'pipe.xlsx')]).status).toBe(0);
    const r = iki(['validate', dir, '--catalogue', join(FIXTURE, 'catalogue.yaml'), '--json'], { cwd: T.dir });
    expect(r.code, r.stderr).toBe(0);
    const files = JSON.parse(r.stdout).files as { file: string; valid: boolean }[];
    expect(files.map((f) => [f.file.split('/').pop(), f.valid])).toEqual([['IKI_2017_TW1_analis_kerjasama_lintas_sektor.xlsx', true]]);
  });
});
