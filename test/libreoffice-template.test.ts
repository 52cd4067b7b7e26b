// A real spreadsheet program opens every generated template: LibreOffice converts all of them to PDF
// and saves them again as xlsx; the contract (defined names, _iki, validations) must survive its save.
// Needs `soffice` (CI installs it); skipped locally when it is missing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { INPUT_SHEET, META_KEYS, META_SHEET, TEMPLATE_FORMAT, elementName, noteName, templateFileName } from '../src/model/contract.js';
import { BUNDLED, iki, tempDir } from './helpers.js';
import { definedNames, sheets, zipEntries } from './support/template-zip.js';

const hasSoffice = (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, 'soffice')));
if (!hasSoffice && process.env.CI) throw new Error('soffice (LibreOffice) is required in CI');

const catalogue = loadCatalogue(readFileSync(BUNDLED, 'utf8'), BUNDLED).catalogue!;
const index = new CatalogueIndex(catalogue);

/** One soffice run over many files; its own profile so parallel runs do not clash. */
function soffice(profile: string, to: string, outDir: string, files: string[]): Promise<{ code: number; log: string }> {
  return new Promise((resolve) => {
    const p = spawn('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    p.stdout.on('data', (d) => (log += d));
    p.stderr.on('data', (d) => (log += d));
    p.on('close', (code) => resolve({ code: code ?? -1, log }));
  });
}

describe.skipIf(!hasSoffice)('LibreOffice opens, prints and re-saves every template', () => {
  const tmp = tempDir('iki-lo-');
  afterAll(() => tmp.cleanup());
  const src = join(tmp.dir, 'templates');
  const pdf = join(tmp.dir, 'pdf');
  const xlsx = join(tmp.dir, 'xlsx');
  const files = catalogue.jabatan.map((j) => ({ id: j.id, name: templateFileName(2017, 3, j.id) }));
  let logs = '';

  beforeAll(async () => {
    const r = iki(['generate', '-y', '2017', '-q', '3', '--out', src]);
    expect(r.code, r.stderr).toBe(0);
    mkdirSync(pdf);
    mkdirSync(xlsx);
    const inputs = files.map((f) => join(src, f.name));
    // Two formats, two processes, two profiles: one batch each.
    const [a, b] = await Promise.all([
      soffice(join(tmp.dir, 'profile-pdf'), 'pdf', pdf, inputs),
      soffice(join(tmp.dir, 'profile-xlsx'), 'xlsx:Calc MS Excel 2007 XML', xlsx, inputs),
    ]);
    logs = `${a.log}\n${b.log}`;
    expect(a.code, logs).toBe(0);
    expect(b.code, logs).toBe(0);
  }, 180_000);

  it('prints each one: a PDF whose first page is A4 landscape', () => {
    expect(readdirSync(pdf).sort(), logs).toEqual(files.map((f) => f.name.replace(/\.xlsx$/, '.pdf')).sort());
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
    expect(readdirSync(xlsx).sort(), logs).toEqual(files.map((f) => f.name).sort());
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
          expect(dv.error).toContain('bilangan bulat 0 atau lebih');
        } else {
          expect(dv, `${f.id} ${n.name}`).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', showErrorMessage: true });
          expect(Number(dv.formulae?.[0])).toBe(notes.find((x) => x.name === n.name)!.max);
        }
      }
    }
  });
});
