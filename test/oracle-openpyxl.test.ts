// The oracle: on a corpus of workbooks written by iki itself, by openpyxl, by LibreOffice (an
// open-and-save round trip) and by hand in Excel's shapes, every value the SpreadsheetML reader returns
// equals openpyxl's reading of the same file (test/support/oracle_openpyxl.py, data_only: formulas as
// their cached values). Every cell openpyxl sees with a value is compared, on every sheet, and no
// cell reads as a value where openpyxl sees none.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CellValue } from '../src/read/book.js';
import { smlBook } from '../src/read/sml/book.js';
import { colLetters } from '../src/read/sml/sheet.js';
import { inspectXlsx } from '../src/read/xlsx.js';
import { ROOT, tempDir } from './helpers.js';
import { pkg, type Pkg } from './support/sml-pkg.js';
import { HAVE_SOFFICE, libreofficeRoundTrip } from './support/workbooks.js';

const PY = '/usr/bin/python3';
const HAVE_OPENPYXL = spawnSync(PY, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
if (process.env.CI && !HAVE_OPENPYXL) throw new Error('python3-openpyxl is required in CI');
const SUPPORT = join(ROOT, 'test', 'support');
const ARCHIVE = join(ROOT, 'fixtures', 'workspace', 'archive');

/** Hand-made packages in Excel's, Google Sheets' and WPS's shapes (no escapes openpyxl reads differently). */
const HAND: Record<string, Pkg> = {
  'types.xlsx': {
    sheet:
      '<row r="1"><c r="A1"><v>12</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> dua </t></is></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" s="1"/></row>' +
      '<row r="2"><c r="A2"><f>5+7</f><v>12</v></c><c r="B2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">A2*2</f><v>24</v></c></row>' +
      '<row r="3"><c r="C3"><f t="shared" si="0"/><v>0</v></c><c r="D3"><f t="array" ref="D3">A1*3</f><v>36</v></c><c r="E3" s="2"><v>42806</v></c><c r="F3" s="3"><v>42806.5</v></c></row>',
    sst: '<si><r><rPr><b/></rPr><t>Tidak </t></r><r><t>ada</t></r></si>',
    styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-421]dd mmmm yyyy;@"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="3"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>',
  },
  'no-refs.xlsx': { sheet: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>b</t></is></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>' },
  'phonetic.xlsx': {
    sheet: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="A2" t="s"><v>1</v></c></row>',
    sst: '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si><si><t>a_x0009_b</t></si>',
  },
  '1904.xlsx': { sheet: '<row r="1"><c r="A1" s="1"><v>100</v></c></row>', styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs>', workbookPr: '<workbookPr date1904="true"/>' },
};

const T = tempDir('iki-oracle-');
const corpus: { label: string; path: string }[] = [];
afterAll(() => T.cleanup());

beforeAll(() => {
  // Written by iki (templates filled through the tool's own writer, as archived).
  for (const q of ['2017-TW1', '2017-TW2']) {
    const files = readdirSync(join(ARCHIVE, q)).filter((f) => f.endsWith('.xlsx')).sort();
    for (const f of files.filter((_f, i) => i % 10 === 0)) corpus.push({ label: `iki ${q}/${f}`, path: join(ARCHIVE, q, f) });
  }
  for (const [name, p] of Object.entries(HAND)) {
    const path = join(T.dir, name);
    writeFileSync(path, pkg(p));
    corpus.push({ label: `hand-made ${name}`, path });
  }
  if (!HAVE_OPENPYXL) return;
  // Filled by openpyxl: numbers, text, a date, notes with spaces and line breaks, a formula without a cached value.
  const base = join(ARCHIVE, '2017-TW1', 'IKI_2017_TW1_analis_kerjasama_lintas_sektor.xlsx');
  const fills: Record<string, Record<string, unknown>> = {
    'openpyxl-a.xlsx': { iki_dokumen_laporan_perselisihan_hi: 12, iki_note_analis_kerjasama_laporan_perselisihan_hi_kendala: '  ada kendala  ', iki_note_analis_kerjasama_laporan_perselisihan_hi_tindak_lanjut: 'baris 1\nbaris 2' },
    'openpyxl-b.xlsx': { iki_dokumen_laporan_perselisihan_hi: '12 orang', iki_note_analis_kerjasama_laporan_perselisihan_hi_kendala: 'date:2017-03-12', iki_note_analis_kerjasama_laporan_perselisihan_hi_data_dukung: '=5+7' },
    'openpyxl-c.xlsx': { iki_dokumen_laporan_perselisihan_hi: 2.5, iki_note_analis_kerjasama_laporan_perselisihan_hi_kendala: true },
  };
  for (const [name, values] of Object.entries(fills)) {
    const path = join(T.dir, name);
    const r = spawnSync(PY, [join(SUPPORT, 'fill_openpyxl.py'), base, path, JSON.stringify(values)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    corpus.push({ label: `openpyxl ${name}`, path });
  }
  // Saved again by LibreOffice: an iki file, an openpyxl file and a hand-made one.
  if (HAVE_SOFFICE) {
    const outs = libreofficeRoundTrip([corpus[0]!.path, join(T.dir, 'openpyxl-a.xlsx'), join(T.dir, 'types.xlsx')], join(T.dir, 'lo'));
    for (const o of outs) corpus.push({ label: `LibreOffice ${o.split('/').pop()}`, path: o });
  }
}, 240_000);

/** What openpyxl's data_only reading would show for our value. */
function asOpenpyxl(v: CellValue): unknown {
  if (v !== null && typeof v === 'object' && 'formula' in v) return v.result === undefined ? null : asOpenpyxl(v.result);
  return v;
}

describe.skipIf(!HAVE_OPENPYXL)('the reader agrees with openpyxl', () => {
  test('on every cell of every sheet of the corpus', async () => {
    const oracle = JSON.parse(spawnSync(PY, [join(SUPPORT, 'oracle_openpyxl.py'), ...corpus.map((c) => c.path)], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout) as Record<string, Record<string, Record<string, unknown>>>;
    const diffs: string[] = [];
    let compared = 0;
    for (const c of corpus) {
      const inspected = await inspectXlsx(readFileSync(c.path), c.label);
      if (!inspected.ok) {
        diffs.push(`${c.label}: refused ${JSON.stringify(inspected.problems)}`);
        continue;
      }
      const { book, sheets } = smlBook(inspected.files, c.label, inspected.workbook);
      const theirs = oracle[c.path]!;
      expect(sheets.map((s) => s.name), c.label).toEqual(Object.keys(theirs));
      for (const s of sheets) {
        const ws = book.getWorksheet(s.name)!;
        const want = theirs[s.name]!;
        for (const [ref, v] of Object.entries(want)) {
          compared++;
          const ours = asOpenpyxl(ws.getCell(ref).value);
          if (JSON.stringify(ours) !== JSON.stringify(v)) diffs.push(`${c.label} ${s.name}!${ref}: ours ${JSON.stringify(ours)}, openpyxl ${JSON.stringify(v)}`);
        }
        // And nothing where openpyxl sees nothing (the first 40 columns of every row we hold).
        for (let r = 1; r <= ws.rowCount; r++) {
          for (let col = 1; col <= 40; col++) {
            const v = asOpenpyxl(ws.getCell(r, col).value);
            const ref = `${colLetters(col)}${r}`;
            if (v !== null && !(ref in want)) diffs.push(`${c.label} ${s.name}!${ref}: ours ${JSON.stringify(v)}, openpyxl none`);
          }
        }
      }
    }
    console.log(`oracle: ${corpus.length} workbooks, ${compared} cells compared with openpyxl`);
    expect(diffs).toEqual([]);
    expect(corpus.length).toBeGreaterThan(10);
    expect(compared).toBeGreaterThan(500);
  }, 120_000);
});
