// The fast reader (src/xlsx-fast.ts) against exceljs: the same readings and the same problems on every
// workbook of the bundled example, on blank templates, and on odd cells people type (formulas, dates,
// rich text, booleans, errors, hyperlinks), which the fast reader leaves to exceljs. The fuzz corpus is
// compared in test/fuzz.test.ts.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { CatalogueIndex } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { readSubmission, type ReadResult } from '../src/read/submission.js';
import { wellFormed } from '../src/read/xlsx-fast.js';
import type { ExcelModule } from '../src/read/excel.js';
import { ROOT } from './helpers.js';
import { miniIndex, miniWorkbook } from './support/mini.js';

const excel = ExcelJS as unknown as ExcelModule;
const FIXTURE = join(ROOT, 'fixtures', 'workspace');
const strip = (r: ReadResult) => {
  const { reader: _r, ...rest } = r;
  return rest;
};

function workbooksUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.xlsx')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

async function both(bytes: Buffer, file: string, index: CatalogueIndex) {
  const fast = await readSubmission(bytes, file, index, { excel, pathHints: false });
  const ref = await readSubmission(bytes, file, index, { excel, pathHints: false, reader: 'exceljs' });
  return { fast, ref };
}

let index: CatalogueIndex;
beforeAll(() => {
  index = new CatalogueIndex(loadCatalogue(readFileSync(join(FIXTURE, 'catalogue.yaml'), 'utf8'), 'catalogue.yaml').catalogue!);
});

describe('fast reader = exceljs', () => {
  test('every archived workbook of the bundled example, read by the fast reader itself', async () => {
    const files = workbooksUnder(join(FIXTURE, 'archive'));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const { fast, ref } = await both(readFileSync(f), f, index);
      expect(fast.reader, f).toBe('fast');
      expect(strip(fast), f).toEqual(strip(ref));
    }
  });

  test('blank generated templates', async () => {
    const files = workbooksUnder(join(FIXTURE, 'templates'));
    for (const f of files) {
      const { fast, ref } = await both(readFileSync(f), f, index);
      expect(fast.reader, f).toBe('fast');
      expect(strip(fast), f).toEqual(strip(ref));
    }
  });

  test('odd cells: the same result, and the fast reader hands over what it does not read exactly', async () => {
    const mini = miniIndex();
    const shapes: [string, ExcelJS.CellValue, 'fast' | 'exceljs'][] = [
      ['number', 12, 'fast'],
      ['zero', 0, 'fast'],
      ['negative', -3, 'fast'],
      ['decimal', 2.5, 'fast'],
      ['text number', '12', 'fast'],
      ['text with unit', '12 orang', 'fast'],
      ['rich text', { richText: [{ text: '1' }, { text: '2', font: { bold: true } }] }, 'fast'],
      ['formula with result', { formula: 'G1+1', result: 5 }, 'exceljs'],
      ['formula without result', { formula: 'G1+1' } as ExcelJS.CellValue, 'exceljs'],
      ['error', { error: '#DIV/0!' } as ExcelJS.CellValue, 'exceljs'],
      ['boolean', true, 'exceljs'],
      ['date', new Date(Date.UTC(2017, 2, 12)), 'exceljs'],
      ['hyperlink', { text: '12', hyperlink: 'http://contoh.go.id' }, 'exceljs'],
      ['=HYPERLINK text', '=HYPERLINK("http://contoh.go.id")', 'fast'],
    ];
    for (const [name, value, reader] of shapes) {
      const bytes = await miniWorkbook(mini, { cells: { iki_peserta: ['G5', value], iki_lulus: ['G6', 7], iki_note_kasi_a_peserta_kendala: ['G7', value] } });
      const { fast, ref } = await both(bytes, `${name}.xlsx`, mini);
      expect(strip(fast), name).toEqual(strip(ref));
      expect(fast.reader, name).toBe(reader);
    }
  });

  test('the well-formedness check is strict', () => {
    expect(wellFormed('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a x="1"><b>t &amp; &#233;</b><c/></a>')).toBe(true);
    for (const bad of ['', '<a>', '<a></b>', '<a/><b/>', '<a x="1" x="2"/>', '<a>&foo;</a>', '<a>\u0001</a>', '<a><!-- c --></a>', '<a><![CDATA[x]]></a>', '<!DOCTYPE a><a/>', 'x<a/>', '<a>]]></a>', '<a>&#0;</a>']) {
      expect(wellFormed(bad), bad).toBe(false);
    }
  });
});
