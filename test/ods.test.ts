// The .ods reader on hand-written content.xml: values by office:value-type, repeats, comments, hidden
// sheets, named ranges; the shapes refused; and the adapter's exceljs-like values.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT, iki, tempDir } from './helpers.js';
import { cellValue, odsBookLike, odsRangeToA1, parseContent } from '../src/read/ods.js';
import { parseElementCell } from '../src/read/cells.js';

const doc = (tables: string, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">
<office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>
<office:body><office:spreadsheet>${tables}${extra}</office:spreadsheet></office:body></office:document-content>`;

const ISIAN = `<table:table table:name="Isian" table:style-name="ta1">
<table:named-expressions><table:named-range table:name="_xlnm.Print_Area" table:base-cell-address="$Isian.$A$1" table:cell-range-address="$Isian.$A$1:.$G$34"/></table:named-expressions>
<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="6"/><table:table-cell office:value-type="float" office:value="82.75"><text:p>82,75</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="6"/><table:table-cell office:value-type="string"><text:p>dua<text:s text:c="2"/>spasi</text:p><text:p>baris kedua</text:p><office:annotation><text:p>komentar</text:p></office:annotation></table:table-cell></table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="6"/><table:table-cell office:value-type="percentage" office:value="0.058"><text:p>5,80%</text:p></table:table-cell><table:table-cell table:formula="of:=[.G3]*2" office:value-type="float" office:value="165.5"><text:p>165,5</text:p></table:table-cell><table:table-cell table:formula="of:=1/0"><text:p>#DIV/0!</text:p></table:table-cell></table:table-row>
<table:table-row><table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2017-03-12"><text:p>12/03/17</text:p></table:table-cell></table:table-row>
</table:table>
<table:table table:name="_iki" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>format</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>iki-template/1</text:p></table:table-cell></table:table-row></table:table>`;
const NAMES = `<table:named-expressions><table:named-range table:name="iki_nilai_ikm" table:base-cell-address="$Isian.$A$1" table:cell-range-address="$Isian.$G$3"/><table:named-range table:name="iki_broken" table:cell-range-address="$#REF!.$G$3"/><table:named-expression table:name="iki_expr" table:expression="of:=1+1"/></table:named-expressions>`;

describe('ods content.xml', () => {
  const book = parseContent(doc(ISIAN, NAMES));
  const isian = odsBookLike(book).getWorksheet('Isian')!;

  it('sheets, their visibility, and the named ranges as A1 text (sheet-local ones with their sheet)', () => {
    expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Isian', false],
      ['_iki', true],
    ]);
    expect(book.names).toEqual([
      { name: '_xlnm.Print_Area', text: 'Isian!$A$1:$G$34', localSheetId: 0 },
      { name: 'iki_nilai_ikm', text: 'Isian!$G$3' },
      { name: 'iki_broken', text: '#REF!' },
      { name: 'iki_expr', text: '=1+1' },
    ]);
  });

  it('cells by office:value-type, repeats counted, comments left out', () => {
    expect(isian.getCell('G3').value).toBe(82.75);
    expect(isian.getCell('$G$4').value).toBe('dua  spasi\nbaris kedua');
    expect(isian.getCell('G5').value).toBe(0.058);
    expect(isian.getCell('H5').value).toEqual({ formula: '=[.G3]*2', result: 165.5 });
    expect(isian.getCell('I5').value).toEqual({ error: '#DIV/0!' });
    expect(isian.getCell('C6').value).toBe(true);
    expect(isian.getCell('D6').value).toEqual({ date: '2017-03-12' });
    expect(isian.getCell(1, 1).value).toBeNull();
    expect(odsBookLike(book).getWorksheet('_iki')!.getCell(1, 2).value).toBe('iki-template/1');
  });

  it('the adapter feeds the same cell rules as an xlsx', () => {
    expect(parseElementCell(isian.getCell('G3').value, { type: 'decimal' })).toEqual({ kind: 'value', value: 82.75 });
    expect(parseElementCell(isian.getCell('H5').value, { type: 'decimal' })).toEqual({ kind: 'value', value: 165.5 });
    expect(parseElementCell(isian.getCell('I5').value, { type: 'count' })).toMatchObject({ kind: 'invalid', code: 'cell.error-value' });
    expect(cellValue(undefined)).toBeNull();
  });

  it('refuses a value repeated over thousands of cells, and a file with no sheet', () => {
    const flood = `<table:table table:name="Isian"><table:table-row table:number-rows-repeated="100000"><table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>`;
    expect(() => parseContent(doc(flood))).toThrow(/repeated-values/);
    expect(() => parseContent(doc(''))).toThrow(/no-sheets/);
  });

  it('range addresses: quoted sheet names, whole rows, deleted references', () => {
    expect(odsRangeToA1("$'Lembar 1'.$A$1:.$B$2")).toBe("'Lembar 1'!$A$1:$B$2");
    expect(odsRangeToA1('$Isian.$12:.$13')).toBe('Isian!$12:$13');
    expect(odsRangeToA1('$Isian.$G$3')).toBe('Isian!$G$3');
    expect(odsRangeToA1('nonsense')).toBe('#REF!');
  });
});

describe('an .ods shape iki does not read, through ingest', () => {
  it('is refused with file.ods-unsupported and nothing is archived', () => {
    const t = tempDir('iki-ods-bad-');
    try {
      const ws = join(t.dir, 'ws');
      expect(iki(['init', ws, '-c', join(ROOT, 'templates', 'contoh-dinas-kecil.yaml')]).code).toBe(0);
      const flood = `<table:table table:name="Isian"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="0"/></table:table-row></table:table>`;
      // The mimetype entry first and stored, as LibreOffice writes it.
      const bytes = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8(doc(flood)) });
      const file = join(t.dir, 'IKI_2017_TW1_sekretaris.ods');
      writeFileSync(file, bytes);
      const r = iki(['ingest', file, '--workspace', ws, '--json']);
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout) as { files: { outcome: string; problems: { code: string; args: object }[] }[] };
      expect(out.files[0]!.outcome).toBe('refused');
      expect(out.files[0]!.problems.map((p) => [p.code, p.args])).toEqual([['file.ods-unsupported', { shape: 'repeated-values' }]]);
      const archive = join(ws, 'archive');
      expect(existsSync(archive) ? readdirSync(archive) : []).toEqual([]);
    } finally {
      t.cleanup();
    }
  });
});
