// The template workbook: its plan (pure) on a small catalogue, and every bundled jabatan's workbook
// written by exceljs and read back, against the contract in DESIGN.md.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogueIndex, type Catalogue } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { GUIDE_SHEET, INPUT_SHEET, META_KEYS, META_SHEET, TEMPLATE_FORMAT, elementName, noteName } from '../src/model/contract.js';
import type { Targets } from '../src/compute/target.js';
import { buildTemplate, type ExcelModule } from '../src/write/template.js';
import { INPUT_COL, plan, type TemplatePlan } from '../src/write/template-plan.js';
import { xlsxBytes } from '../src/write/xlsx-bytes.js';
import { fmt } from '../src/model/format.js';
import { ui } from '../src/model/text/ui.js';
import { BUNDLED } from './helpers.js';
import { SMALL_CATALOGUE, edit } from './support/small-catalogue.js';
import { definedNames, sheets, zipEntries } from './support/template-zip.js';

const OPTS = { generatedAt: '2017-03-01T00:00:00.000Z', toolVersion: '0.0.0-test', lang: 'id' } as const;
const P1 = { year: 2017, quarter: 1 } as const;
// The texts are asserted through the table they come from: which entry, with which arguments.
const T = ui('id').template;

function indexOf(src: string): CatalogueIndex {
  const { catalogue, problems } = loadCatalogue(src, 'c.yaml');
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return new CatalogueIndex(catalogue!);
}

// kasi_dua also measures its own percentage over the two counts it gives the Kabid, and counts `lulus` twice.
const RICHER = edit(
  SMALL_CATALOGUE,
  `            kind: count
            element: lulus
elements:`,
  `            kind: count
            element: lulus
          - id: kasi_dua_persen_dibina
            nama: Persentase perusahaan dibina seksi
            formulasi: Jumlah dibina / Jumlah perusahaan X 100%
            kind: ratio
            numerator: [perusahaan_dibina]
            denominator: [jumlah_perusahaan]
          - id: kasi_dua_lulus_lagi
            nama: Jumlah lulus (lagi)
            formulasi: Jumlah lulus
            kind: count
            element: lulus
elements:`,
);

const inputsOf = (p: TemplatePlan, kind: 'element' | 'note') => p.inputs.filter((i) => i.spec.kind === kind);
const cellAt = (p: TemplatePlan, row: number, col: number) => p.rows.find((r) => r.row === row)?.cells.find((c) => c.col === col);
const allText = (p: TemplatePlan) => p.rows.flatMap((r) => r.cells.map((c) => c.value)).join('\n');

describe('plan()', () => {
  const index = indexOf(RICHER);

  it('gives every element a jabatan enters exactly one input, in the input column', () => {
    for (const j of index.catalogue.jabatan) {
      const p = plan(index, j.id, P1, OPTS);
      const names = inputsOf(p, 'element').map((i) => i.name);
      expect(names.sort()).toEqual(index.elementsEnteredBy(j.id).map((e) => elementName(e.id)).sort());
      for (const i of p.inputs) {
        expect(i.address).toBe(`$G$${i.row}`);
        expect(cellAt(p, i.row, INPUT_COL)?.input).toEqual(i.spec);
      }
      expect(new Set(p.inputs.map((i) => i.address)).size).toBe(p.inputs.length);
    }
  });

  it('gives every indicator one text input per note field, with the catalogue max length', () => {
    const p = plan(index, 'kasi_dua', P1, OPTS);
    const expected = index.indicatorsOf('kasi_dua').flatMap((i) => index.catalogue.notes.map((n) => [noteName(i.id, n.id), n.maxLength]));
    expect(inputsOf(p, 'note').map((i) => [i.name, i.spec.kind === 'note' ? i.spec.maxLength : 0])).toEqual(expected);
  });

  it('Kadis and Kabid, whose percentages others feed, get only the analysis fields', () => {
    for (const id of ['kadis', 'kabid_a']) {
      const p = plan(index, id, P1, OPTS);
      expect(inputsOf(p, 'element')).toEqual([]);
      expect(inputsOf(p, 'note')).toHaveLength(index.indicatorsOf(id).length * 3);
    }
    const kadis = plan(index, 'kadis', P1, OPTS);
    // Each part of the percentage says who enters it, read only.
    expect(allText(kadis)).toContain(T.enteredBy({ jabatan: 'KASI DUA' }));
    expect(allText(kadis)).toContain(T.enteredBy({ jabatan: 'KASI SATU' }));
    expect(allText(kadis)).toContain(`${T.numerator}Jumlah peserta lulus`);
    expect(allText(kadis)).toContain(`${T.denominator}Jumlah peserta pelatihan`);
    expect(allText(kadis)).toContain(T.penanggungJawab({ unit: 'Bidang A' }));
  });

  it('puts elements that feed only other jabatan in their own section, naming indicator and jabatan', () => {
    const p = plan(index, 'kasi_satu', P1, OPTS);
    expect(allText(p)).not.toContain(T.extra.title);
    const small = indexOf(SMALL_CATALOGUE);
    const q = plan(small, 'kasi_dua', P1, OPTS);
    const section = q.rows.find((r) => r.cells.some((c) => c.value === T.extra.title))!;
    const extra = inputsOf(q, 'element').filter((i) => i.row > section.row);
    expect(extra.map((i) => i.name)).toEqual([elementName('perusahaan_dibina'), elementName('jumlah_perusahaan')]);
    for (const i of extra) {
      expect([T.extra.numerator, T.extra.denominator].map((role) => `Persentase perusahaan dibina${role}`)).toContain(cellAt(q, i.row, 2)?.value);
      expect(cellAt(q, i.row, 4)?.value).toBe('KABID A');
    }
    // `lulus` is the Kasi's own count and also feeds the Kadis: one input, in the main table, saying so.
    const lulus = inputsOf(q, 'element').find((i) => i.name === elementName('lulus'))!;
    expect(lulus.row).toBeLessThan(section.row);
    expect(cellAt(q, lulus.row, 6)?.value).toContain(T.alsoUsedFor({ uses: [T.indicatorOf({ indikator: 'Persentase peserta yang lulus', jabatan: 'KEPALA DINAS' })] }));
  });

  it('an element used twice by the same jabatan gets one input; the second place points at it', () => {
    const p = plan(index, 'kasi_dua', P1, OPTS);
    const lulus = inputsOf(p, 'element').filter((i) => i.name === elementName('lulus'));
    expect(lulus).toHaveLength(1);
    expect(allText(p)).toContain(T.alreadyAt({ row: lulus[0]!.row }));
    // Its own percentage over the two counts shows both inputs in the main table, no extra section.
    expect(allText(p)).not.toContain(T.extra.title);
  });

  it('never merges over an input cell', () => {
    for (const j of index.catalogue.jabatan) {
      const p = plan(index, j.id, P1, OPTS);
      const inputRows = new Set(p.inputs.map((i) => i.row));
      for (const r of p.rows) {
        for (const c of r.cells) {
          if (c.input) expect(c.span).toBeUndefined();
          const cols = c.span?.cols ?? 1;
          const rows = c.span?.rows ?? 1;
          const coversInputCol = c.col <= INPUT_COL && c.col + cols - 1 >= INPUT_COL;
          if (coversInputCol && (cols > 1 || rows > 1)) {
            for (let k = r.row; k < r.row + rows; k++) expect(inputRows.has(k)).toBe(false);
          }
        }
      }
    }
  });

  it('carries the metadata of the contract', () => {
    const p = plan(index, 'kasi_satu', { year: 2018, quarter: 3 }, OPTS);
    expect(Object.keys(p.meta)).toEqual([...META_KEYS]);
    expect(p.meta).toMatchObject({
      format: TEMPLATE_FORMAT,
      catalogue_id: 'contoh-kecil',
      catalogue_hash: index.catalogue.hash,
      jabatan_id: 'kasi_satu',
      year: 2018,
      quarter: 3,
      generated_at: OPTS.generatedAt,
      tool_version: OPTS.toolVersion,
    });
    expect(p.fileName).toBe('IKI_2018_TW3_kasi_satu.xlsx');
    expect(allText(p)).toContain(T.subtitle({ tw: 'III', year: 2018 }));
    expect(allText(p)).toContain(T.decree({ nomor: '1/2/2017', tanggal: '1 Januari 2017' }));
  });

  it('uses the catalogue notes, not a fixed list', () => {
    const custom = indexOf(
      edit(SMALL_CATALOGUE, 'unit:\n', 'notes:\n  - id: analisis\n    label: Analisis Capaian\n    max_length: 1000\nunit:\n'),
    );
    const p = plan(custom, 'kadis', P1, OPTS);
    expect(inputsOf(p, 'note').map((i) => i.name)).toEqual([noteName('kadis_persen_lulus', 'analisis')]);
    expect(allText(p)).toContain(T.note({ label: 'Analisis Capaian', max: 1000 }, fmt('id')));
    expect(p.guide.map((g) => g.text).join('\n')).toContain('Analisis Capaian');
  });
});

// ---------------------------------------------------------------- exceljs round trip

interface ReadBack {
  id: string;
  plan: TemplatePlan;
  buffer: Buffer;
}

describe('every bundled jabatan: written by exceljs and read back', () => {
  let ExcelJS: ExcelModule & { Workbook: new () => import('exceljs').Workbook };
  let catalogue: Catalogue;
  let index: CatalogueIndex;
  const built: ReadBack[] = [];

  beforeAll(async () => {
    const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
    ExcelJS = mod.default ?? mod;
    const loaded = loadCatalogue(readFileSync(BUNDLED, 'utf8'), BUNDLED);
    catalogue = loaded.catalogue!;
    index = new CatalogueIndex(catalogue);
    for (const j of catalogue.jabatan) {
      const { workbook, plan: p } = await buildTemplate(ExcelJS, index, j.id, { year: 2017, quarter: 2 }, OPTS);
      built.push({ id: j.id, plan: p, buffer: await xlsxBytes(workbook) });
    }
  });

  it('covers all 30 jabatan', () => {
    expect(built).toHaveLength(catalogue.jabatan.length);
    expect(built.length).toBe(30);
  });

  it('names each element input and each note input: one cell, workbook scope, unlocked, validated', async () => {
    for (const b of built) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(b.buffer as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(INPUT_SHEET)!;
      const entries = await zipEntries(b.buffer);
      const names = definedNames(entries.get('xl/workbook.xml')!);
      const owned = index.elementsEnteredBy(b.id).map((e) => e.id);
      const notes = index.indicatorsOf(b.id).flatMap((i) => catalogue.notes.map((n) => ({ name: noteName(i.id, n.id), max: n.maxLength })));
      const ikiNames = names.filter((n) => n.name.startsWith('iki_'));
      expect(ikiNames.map((n) => n.name).sort(), b.id).toEqual([...owned.map(elementName), ...notes.map((n) => n.name)].sort());
      for (const n of ikiNames) {
        expect(n.local, `${b.id} ${n.name}`).toBe(false);
        expect(n.ref, `${b.id} ${n.name}`).toMatch(/^Isian!\$G\$\d+$/);
        const ranges = wb.definedNames.getRanges(n.name).ranges;
        expect(ranges, n.name).toHaveLength(1);
        const cell = ws.getCell(n.ref.split('!')[1]!.replace(/\$/g, ''));
        expect(cell.protection?.locked, `${b.id} ${n.name}`).toBe(false);
        expect(cell.value ?? null).toBeNull();
        const dv = cell.dataValidation;
        if (owned.some((e) => n.name === elementName(e))) {
          expect(dv).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', showErrorMessage: true, allowBlank: true });
          expect(dv.formulae).toEqual([0]);
          expect(dv.errorTitle).toBeTruthy();
          expect(dv.error).toBe(T.numberValidation.error);
          expect(dv.prompt).toBe(T.numberValidation.prompt);
        } else {
          const max = notes.find((x) => x.name === n.name)!.max;
          expect(dv).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', showErrorMessage: true });
          expect(dv.formulae).toEqual([max]);
        }
      }
      // Nothing but the inputs is unlocked.
      const unlocked: string[] = [];
      ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => void (c.protection?.locked === false && unlocked.push(c.address))));
      expect(unlocked.sort()).toEqual(ikiNames.map((n) => n.ref.split('!')[1]!.replace(/\$/g, '')).sort());
    }
  });

  it('protects every sheet without a password, and keeps the _iki sheet last, very hidden, with the right values', async () => {
    for (const b of built) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(b.buffer as unknown as ArrayBuffer);
      const order = wb.worksheets.map((w) => w.name);
      expect(order).toEqual([INPUT_SHEET, GUIDE_SHEET, META_SHEET]);
      for (const ws of wb.worksheets) {
        // Not in exceljs's typings, but what it reads from <sheetProtection>.
        const prot = (ws as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string } }).sheetProtection;
        expect(prot?.sheet, `${b.id} ${ws.name}`).toBe(true);
        expect(prot?.hashValue).toBeUndefined();
      }
      const meta = wb.getWorksheet(META_SHEET)!;
      expect(meta.state).toBe('veryHidden');
      const kv = new Map<string, unknown>();
      meta.eachRow((row) => kv.set(String(row.getCell(1).value), row.getCell(2).value));
      expect([...kv.keys()]).toEqual([...META_KEYS]);
      expect(Object.fromEntries(kv)).toEqual({
        format: TEMPLATE_FORMAT,
        catalogue_id: catalogue.id,
        catalogue_hash: catalogue.hash,
        jabatan_id: b.id,
        year: 2017,
        quarter: 2,
        generated_at: OPTS.generatedAt,
        tool_version: OPTS.toolVersion,
      });
      const entries = await zipEntries(b.buffer);
      const xml = entries.get('xl/workbook.xml')!;
      expect(sheets(xml)).toEqual([
        { name: INPUT_SHEET, state: 'visible' },
        { name: GUIDE_SHEET, state: 'visible' },
        { name: META_SHEET, state: 'veryHidden' },
      ]);
      expect(xml).toMatch(/<workbookView [^>]*activeTab="0"/);
      // Only the input sheet is selected: two selected tabs would group them in Excel.
      expect(entries.get('xl/worksheets/sheet1.xml')).toMatch(/<sheetView [^>]*tabSelected="1"/);
      expect(entries.get('xl/worksheets/sheet2.xml')).not.toMatch(/tabSelected="1"/);
      expect(entries.get('xl/worksheets/sheet3.xml')).not.toMatch(/tabSelected="1"/);
    }
  });

  it('breaks pages only between indicators, never inside one', () => {
    let breaks = 0;
    for (const b of built) {
      const { rows, pageBreaks, headerRows } = b.plan;
      expect([...pageBreaks].sort((x, y) => x - y)).toEqual(pageBreaks);
      for (const br of pageBreaks) {
        expect(br).toBeGreaterThan(headerRows[1]);
        // The row after a break starts something: a kinerja, an indicator (its No), a section, the signatures.
        const next = rows.find((r) => r.row === br + 1)!;
        expect(next.cells.length === 0 || next.cells.some((c) => c.col === 1), `${b.id} row ${br + 1}`).toBe(true);
      }
      breaks += pageBreaks.length;
    }
    expect(breaks).toBeGreaterThan(0);
  });

  it('is print-ready: A4 landscape, one page wide, heading rows repeated', async () => {
    const b = built.find((x) => x.id === 'kasi_penyelenggaraan_pelatihan')!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b.buffer as unknown as ArrayBuffer);
    const ps = wb.getWorksheet(INPUT_SHEET)!.pageSetup;
    expect(ps).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const xml = (await zipEntries(b.buffer)).get('xl/workbook.xml')!;
    const titles = definedNames(xml).find((n) => n.name === '_xlnm.Print_Titles')!;
    expect(titles.ref).toBe(`'Isian'!$${b.plan.headerRows[0]}:$${b.plan.headerRows[1]}`);
    const text = b.plan.rows.flatMap((r) => r.cells.map((c) => c.value));
    expect(text).toContain(T.sign.placeDate({ place: 'Gresik', year: 2017 }));
    expect(text).toContain(T.sign.nip);
    expect(text).toContain('KASI PENYELENGGARAAN PELATIHAN');
  });
});

describe('xlsxBytes()', () => {
  it("packs exactly the parts exceljs writes, deflated, in exceljs's order", async () => {
    const mod = (await import('exceljs')) as unknown as { default?: ExcelModule } & ExcelModule;
    const ExcelJS = mod.default ?? mod;
    const { workbook } = await buildTemplate(ExcelJS, indexOf(SMALL_CATALOGUE), 'kasi_dua', P1, OPTS);
    const stored = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
    const packed = await xlsxBytes(workbook);
    expect(packed.length).toBeLessThan(stored.length / 2);
    // exceljs's own zip also lists the folders (xl/, docProps/ …); the parts are what matters.
    const parts = [...(await zipEntries(stored))].filter(([name]) => !name.endsWith('/'));
    expect([...(await zipEntries(packed))]).toEqual(parts);
  });

  it('is reproducible: the same workbook twice, the same bytes', async () => {
    const mod = (await import('exceljs')) as unknown as { default?: ExcelModule } & ExcelModule;
    const ExcelJS = mod.default ?? mod;
    const build = async () => xlsxBytes((await buildTemplate(ExcelJS, indexOf(SMALL_CATALOGUE), 'kasi_dua', P1, OPTS)).workbook);
    expect((await build()).equals(await build())).toBe(true);
  });
});

// ---------------------------------------------------------------- languages

/**
 * The fixed words of every text in a table: plain strings whole, and functions called with a stand-in
 * for each argument (a one-item array reads as a string and joins as a list), split around it.
 */
function fragments(table: unknown): string[] {
  const hole = '\u0000';
  const any = new Proxy({}, { get: () => [hole] });
  if (typeof table === 'string') return [table.trim()];
  if (typeof table === 'function') return String(table(any, fmt('en'))).split(hole).map((x) => x.trim());
  if (table && typeof table === 'object') return Object.values(table).flatMap(fragments);
  return [];
}

/** The layout of a plan without its texts: rows, cells, styles, spans, inputs. */
const layout = (p: TemplatePlan) => ({
  rows: p.rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => ({ col: c.col, style: c.style, span: c.span, input: c.input, empty: c.value === '' })) })),
  inputs: p.inputs,
  headerRows: p.headerRows,
  lastRow: p.lastRow,
  guide: p.guide.map((g) => g.style),
});

describe('the template in English (--lang en)', () => {
  const index = indexOf(RICHER);
  const EN = ui('en').template;

  it('has the same contract and layout as the Indonesian one', () => {
    for (const j of index.catalogue.jabatan) {
      const id = plan(index, j.id, P1, OPTS);
      const en = plan(index, j.id, P1, { ...OPTS, lang: 'en' });
      expect(en.meta, j.id).toEqual(id.meta);
      expect(en.fileName).toBe(id.fileName);
      expect(layout(en), j.id).toEqual(layout(id));
    }
  });

  it("has no text of the Indonesian table, and the English table's own texts", () => {
    // Words both tables share (No, Formulasi, Jabatan, Triwulan, the dotted signature lines) are not evidence either way.
    const en = new Set(fragments(EN));
    const onlyId = [...new Set(fragments(T))].filter((v) => !en.has(v) && v.length > 3);
    expect(onlyId.length).toBeGreaterThan(50);
    for (const j of index.catalogue.jabatan) {
      const p = plan(index, j.id, P1, { ...OPTS, lang: 'en' });
      const texts = [...p.rows.flatMap((r) => r.cells.map((c) => c.value)), ...p.guide.map((g) => g.text), p.footer, p.title];
      for (const text of texts) for (const v of onlyId) expect(text.includes(v), `${j.id}: "${text}" has "${v}"`).toBe(false);
      expect(texts).toContain(EN.title);
      expect(p.guide[0]!.text).toBe(EN.guide.title);
    }
    const kadis = plan(index, 'kadis', P1, { ...OPTS, lang: 'en' });
    expect(allText(kadis)).toContain(EN.enteredBy({ jabatan: 'KASI DUA' }));
    expect(kadis.footer).toContain(EN.page);
  });

  it('writes the same defined names and _iki sheet as the Indonesian workbook, with English messages', async () => {
    const mod = (await import('exceljs')) as unknown as { default?: ExcelModule } & ExcelModule;
    const ExcelJS = mod.default ?? mod;
    const read = async (lang: 'id' | 'en') => {
      const { workbook } = await buildTemplate(ExcelJS, index, 'kasi_dua', P1, { ...OPTS, lang });
      const bytes = await xlsxBytes(workbook);
      const entries = await zipEntries(bytes);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const meta: unknown[][] = [];
      wb.getWorksheet(META_SHEET)!.eachRow((row) => meta.push([row.getCell(1).value, row.getCell(2).value]));
      const names = definedNames(entries.get('xl/workbook.xml')!).filter((n) => n.name.startsWith('iki_'));
      const first = names.find((n) => n.name.startsWith('iki_') && !n.name.startsWith('iki_note_'))!;
      const note = names.find((n) => n.name.startsWith('iki_note_'))!;
      const ws = wb.getWorksheet(INPUT_SHEET)!;
      const dvAt = (ref: string) => ws.getCell(ref.split('!')[1]!.replace(/\$/g, '')).dataValidation;
      const sample = wb.getWorksheet(GUIDE_SHEET)!.getCell('B4').value;
      return { sheets: sheets(entries.get('xl/workbook.xml')!), names, meta, dv: dvAt(first.ref), noteDv: dvAt(note.ref), sample };
    };
    const [id, en] = await Promise.all([read('id'), read('en')]);
    expect(en.sheets).toEqual(id.sheets);
    expect(en.names).toEqual(id.names);
    expect(en.meta).toEqual(id.meta);
    for (const [got, t, f] of [[id, T, fmt('id')], [en, EN, fmt('en')]] as const) {
      expect(got.dv).toMatchObject(t.numberValidation);
      expect(got.noteDv).toMatchObject({ errorTitle: t.textValidation.errorTitle, error: t.textValidation.error({ max: 500 }, f) });
      expect(got.sample).toBe(t.guide.sample);
    }
  });

  it('keeps the validation texts within what Excel allows (titles 32 characters, messages 255), in both languages', () => {
    for (const t of [T, EN]) {
      const { errorTitle, error, promptTitle, prompt } = t.numberValidation;
      for (const title of [errorTitle, promptTitle, t.textValidation.errorTitle]) expect(title.length, title).toBeLessThanOrEqual(32);
      for (const message of [error, prompt, t.textValidation.error({ max: 100000 }, fmt('en'))]) expect(message.length, message).toBeLessThanOrEqual(255);
    }
  });

  it('shows targets as numbers of its language', () => {
    const targets: Targets = {
      year: 2017,
      penilaian: undefined as unknown as Targets['penilaian'],
      byIndicator: new Map([['kasi_satu_peserta', { tahun: 1250, triwulan: { 1: 312.5 }, location: {} }]]),
    };
    const text = (lang: 'id' | 'en') => allText(plan(index, 'kasi_satu', P1, { ...OPTS, lang, targets }));
    expect(text('id')).toContain(T.targetYear({ year: 2017, value: '1.250 orang' }));
    expect(text('id')).toContain(T.targetQuarter({ tw: 'I', value: '312,5 orang' }));
    expect(text('en')).toContain(EN.targetYear({ year: 2017, value: '1,250 orang' }));
    expect(text('en')).toContain(EN.targetQuarter({ tw: 'I', value: '312.5 orang' }));
  });

  it('numbers the Petunjuk items it has, without gaps', () => {
    const bare = indexOf(edit(SMALL_CATALOGUE, 'unit:\n', 'notes: []\nunit:\n'));
    for (const [idx, id] of [[bare, 'kasi_dua'], [bare, 'kasi_satu'], [index, 'kasi_dua'], [index, 'kadis']] as const) {
      const numbers = plan(idx, id, P1, OPTS).guide.map((g) => /^(\d+)\. /.exec(g.text)?.[1]).filter(Boolean).map(Number);
      expect(numbers, id).toEqual(numbers.map((_, i) => i + 1));
    }
  });
});
