// The SpreadsheetML writer on its own: the package parts, text that XML cannot hold as it is, formulas
// with cached results, print setup, and the drawing hook charts attach to (issue 12).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { newSheet, setCell, writeXlsx, type Workbook } from '../src/write/xlsx-writer.js';
import { tempDir } from './helpers.js';

const tmp = tempDir('iki-xlsx-writer-');
afterAll(() => tmp.cleanup());

function book(): Workbook {
  const s = newSheet("Rekap 'Isian'");
  setCell(s, 1, 1, 'teks\u0001 dengan _x0041_ dan <tag> & "kutip"');
  setCell(s, 1, 2, 12.5, { numFmt: '0.00', font: { bold: true } });
  setCell(s, 2, 1, { formula: 'B1*2', result: 25 });
  setCell(s, 2, 2, { formula: 'IF(B1>100,1,"")', result: '' });
  setCell(s, 3, 1, '=HYPERLINK("http://x","klik")');
  setCell(s, 3, 2, '  spasi di depan');
  setCell(s, 4, 1, 'tulisan _x0041_ dan <tag> & "kutip"\nbaris kedua');
  s.print = { orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 }, titleRows: [1, 1], footer: '&RHalaman &P dari &N' };
  s.autoFilter = 'A1:B1';
  s.freeze = { columns: 1, rows: 1 };
  s.drawing = { xml: '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>', charts: [{ xml: '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>' }] };
  return { sheets: [s, newSheet('Data')], creator: 'iki test', created: new Date('2018-01-15T08:00:00Z') };
}

describe('xlsx writer', () => {
  const bytes = writeXlsx(book());
  const parts = unzipSync(bytes);
  const text = (p: string) => strFromU8(parts[p]!);

  it('writes the package parts, and attaches a drawing with its chart to its sheet', () => {
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/charts/chart1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(text('[Content_Types].xml')).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(text('xl/worksheets/sheet1.xml')).toContain('<drawing r:id="rId1"/>');
    expect(text('xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
    expect(text('xl/drawings/_rels/drawing1.xml.rels')).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"');
  });

  it('names the print titles and the filter range per sheet, quoting the sheet name', () => {
    const wb = text('xl/workbook.xml');
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Rekap ''Isian'''!$1:$1</definedName>`);
    expect(wb).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Rekap ''Isian'''!$A$1:$B$1</definedName>`);
  });

  it('escapes what XML cannot hold, and keeps formulas and their cached results', () => {
    expect(text('xl/sharedStrings.xml')).toContain('teks_x0001_ dengan _x005F_x0041_ dan &lt;tag&gt; &amp; "kutip"');
    const sheet = text('xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="A2"><f>B1*2</f><v>25</v></c>');
    expect(sheet).toContain('<c r="B2" t="str"><f>IF(B1&gt;100,1,&quot;&quot;)</f><v></v></c>');
    // Text that looks like a formula stays a string.
    expect(sheet).toMatch(/<c r="A3" t="s">/);
  });

  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const hasOpenpyxl = spawnSync(python, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
  it.runIf(hasOpenpyxl || process.env.CI)('openpyxl reads the text back exactly', () => {
    const file = join(tmp.dir, 'w.xlsx');
    writeFileSync(file, bytes);
    const py = 'import json,sys,openpyxl\nws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]\nprint(json.dumps([ws["A4"].value, ws["B3"].value, ws["A3"].value, ws["B1"].value, ws.freeze_panes, ws.print_title_rows]))';
    const r = spawnSync(python, ['-c', py, file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['tulisan _x0041_ dan <tag> & "kutip"\nbaris kedua', '  spasi di depan', '=HYPERLINK("http://x","klik")', 12.5, 'B2', '$1:$1']);
  });
});
