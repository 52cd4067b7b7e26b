// A real spreadsheet program opens every generated template: LibreOffice converts all of them to PDF
// and saves them again as xlsx; the contract (defined names, _iki, validations) must survive its save.
// Needs `soffice` (CI installs it); skipped locally when it is missing.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { INPUT_SHEET, META_KEYS, META_SHEET, TEMPLATE_FORMAT, elementName, noteName, templateFileName } from '../src/model/contract.js';
import { ui } from '../src/model/text/ui.js';
import { BUNDLED, iki, tempDir } from './helpers.js';
import { HAVE_SOFFICE, sofficeConvert } from './support/soffice.js';
import { definedNames, sheets, zipEntries } from './support/template-zip.js';

if (!HAVE_SOFFICE && process.env.CI) throw new Error('soffice (LibreOffice) is required in CI');

const catalogue = loadCatalogue(readFileSync(BUNDLED, 'utf8'), BUNDLED).catalogue!;
const index = new CatalogueIndex(catalogue);

describe.skipIf(!HAVE_SOFFICE)('LibreOffice opens, prints and re-saves every template', () => {
  const tmp = tempDir('iki-lo-');
  afterAll(() => tmp.cleanup());
  const src = join(tmp.dir, 'templates');
  const pdf = join(tmp.dir, 'pdf');
  const xlsx = join(tmp.dir, 'xlsx');
  const files = catalogue.jabatan.map((j) => ({ id: j.id, name: templateFileName(2017, 3, j.id) }));
  // Indonesian (the default) for most, English for a few: LibreOffice must keep the contract of both.
  const english = files.slice(0, 3).map((f) => f.id);
  const langOf = (id: string) => (english.includes(id) ? 'en' : 'id');

  beforeAll(() => {
    const id = iki(['generate', '-y', '2017', '-q', '3', '--out', src], { env: { IKI_LANG: 'id' } });
    expect(id.code, id.stderr).toBe(0);
    const en = iki(['generate', '-y', '2017', '-q', '3', '--out', src, '--force', '--lang', 'en', '-j', ...english]);
    expect(en.code, en.stderr).toBe(0);
    mkdirSync(pdf);
    mkdirSync(xlsx);
    const inputs = files.map((f) => join(src, f.name));
    // One batch per format, each with its own profile and one retry after a crash.
    sofficeConvert(inputs, 'pdf', pdf);
    sofficeConvert(inputs, 'xlsx:Calc MS Excel 2007 XML', xlsx);
  }, 400_000);

  it('prints each one: a PDF whose first page is A4 landscape', () => {
    expect(readdirSync(pdf).sort()).toEqual(files.map((f) => f.name.replace(/\.xlsx$/, '.pdf')).sort());
    for (const f of files) {
      const bytes = readFileSync(join(pdf, f.name.replace(/\.xlsx$/, '.pdf'))).toString('latin1');
      expect(bytes.startsWith('%PDF-'), f.name).toBe(true);
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(bytes);
      expect(box, f.name).not.toBeNull();
      const [w, h] = [Number(box![1]), Number(box![2])];
      expect(Math.round(w), f.name).toBe(842);
      expect(Math.round(h), f.name).toBe(595);
    }
  });

  it('keeps the defined names, the _iki sheet and the validations through its own save', async () => {
    const mod = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') } & typeof import('exceljs');
    const ExcelJS = mod.default ?? mod;
    expect(readdirSync(xlsx).sort()).toEqual(files.map((f) => f.name).sort());
    for (const f of files) {
      const buffer = readFileSync(join(xlsx, f.name));
      const xml = (await zipEntries(buffer)).get('xl/workbook.xml')!;
      const names = definedNames(xml).filter((n) => n.name.startsWith('iki_'));
      const elements = index.elementsEnteredBy(f.id).map((e) => elementName(e.id));
      const notes = index.indicatorsOf(f.id).flatMap((i) => catalogue.notes.map((n) => ({ name: noteName(i.id, n.id), max: n.maxLength })));
      expect(names.map((n) => n.name).sort(), f.id).toEqual([...elements, ...notes.map((n) => n.name)].sort());
      for (const n of names) {
        expect(n.local, `${f.id} ${n.name}`).toBe(false);
        expect(n.ref, `${f.id} ${n.name}`).toMatch(/^'?Isian'?!\$G\$\d+$/);
      }
      // LibreOffice turns veryHidden into hidden: both are fine, visible is not.
      const meta = sheets(xml).find((s) => s.name === META_SHEET)!;
      expect(['hidden', 'veryHidden'], f.id).toContain(meta.state);
      expect(sheets(xml).at(-1)?.name).toBe(META_SHEET);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
      const kv = new Map<string, string>();
      wb.getWorksheet(META_SHEET)!.eachRow((row) => kv.set(String(row.getCell(1).value), String(row.getCell(2).value)));
      expect([...kv.keys()], f.id).toEqual([...META_KEYS]);
      expect(kv.get('format')).toBe(TEMPLATE_FORMAT);
      expect(kv.get('jabatan_id')).toBe(f.id);
      expect(kv.get('year')).toBe('2017');
      expect(kv.get('quarter')).toBe('3');
      expect(kv.get('catalogue_id')).toBe(catalogue.id);
      expect(kv.get('catalogue_hash')).toBe(catalogue.hash);

      const ws = wb.getWorksheet(INPUT_SHEET)!;
      for (const n of names) {
        const dv = ws.getCell(n.ref.split('!')[1]!.replace(/\$/g, '')).dataValidation;
        if (elements.includes(n.name)) {
          expect(dv, `${f.id} ${n.name}`).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', showErrorMessage: true });
          expect(Number(dv.formulae?.[0])).toBe(0);
          expect(dv.error).toBe(ui(langOf(f.id)).template.numberValidation.error);
        } else {
          expect(dv, `${f.id} ${n.name}`).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', showErrorMessage: true });
          expect(Number(dv.formulae?.[0])).toBe(notes.find((x) => x.name === n.name)!.max);
        }
      }
    }
  });
});
