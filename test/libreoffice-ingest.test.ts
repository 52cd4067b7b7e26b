// Filled templates that went through what people do to them: saved by LibreOffice Calc, a row
// inserted above the inputs, the sheet restyled. Values are read by name, so all ingest unchanged.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { iki } from './helpers.js';
import { workspaceWithTemplates, valueFor, type Generated } from './support/fixtures.js';
import { HAVE_SOFFICE, elementNames, fillWorkbook, insertRows, libreofficeRoundTrip, namedCells, readZip, type CellValue } from './support/workbooks.js';

const RUN = HAVE_SOFFICE || Boolean(process.env.CI);
const PICK = ['kasi_penempatan_tenaga_kerja', 'kasubag_umum_kepegawaian', 'kasi_informasi_pasar_kerja'];

interface FileJson {
  file: string;
  valid: boolean;
  outcome?: string;
  values?: Record<string, number>;
  notes?: { indicator_id: string; field: string; text: string }[];
  problems: { code: string; severity: string; location: { cell?: string } }[];
}

describe.skipIf(!RUN)('LibreOffice round trips', () => {
  let G: Generated;
  const expected: Record<string, Record<string, number>> = {};
  const noteText: Record<string, string> = {};
  let picked: string[];

  beforeAll(async () => {
    G = workspaceWithTemplates();
    picked = G.files.filter((f) => PICK.some((p) => f.endsWith(`_${p}.xlsx`)));
    expect(picked.length).toBeGreaterThanOrEqual(2);
    const variants = { plain: join(G.root, 'plain'), inserted: join(G.root, 'inserted'), restyled: join(G.root, 'restyled') };
    for (const d of Object.values(variants)) mkdirSync(d, { recursive: true });
    for (const f of picked) {
      const tpl = readFileSync(join(G.templates, f));
      const names = await elementNames(tpl);
      const cells = await namedCells(tpl);
      const note = [...cells.keys()].find((n) => n.startsWith('iki_note_'));
      const values: Record<string, CellValue> = Object.fromEntries(names.map((n) => [n, valueFor(n)]));
      if (note) {
        values[note] = '=HYPERLINK("http://dinas/bukti") +62 dicatat';
        noteText[f] = '=HYPERLINK("http://dinas/bukti") +62 dicatat';
      }
      expected[f] = Object.fromEntries(names.map((n) => [n.slice(4), valueFor(n)]));
      const filled = await fillWorkbook(tpl, values);
      writeFileSync(join(variants.plain, f), filled);
      // "Insert row" twice above the first input, as Excel writes it: rows shifted, names updated
      const firstRow = Math.min(...[...cells.values()].map((c) => Number(c.cell.replace(/^[A-Z]+/, ''))));
      const sheetPart = await isianPart(filled);
      writeFileSync(join(variants.inserted, f), await insertRows(filled, sheetPart, 'Isian', firstRow - 1, 2));
      writeFileSync(join(variants.restyled, f), await fillWorkbook(tpl, values, { restyle: true }));
    }
    // every variant then opened and saved by LibreOffice Calc
    for (const [k, d] of Object.entries(variants)) {
      libreofficeRoundTrip(picked.map((f) => join(d, f)), join(G.root, `lo-${k}`));
    }
  }, 300_000);
  afterAll(() => G?.cleanup());

  const check = (dir: string) => {
    const r = iki(['validate', join(G.root, dir), '--json', '--workspace', G.ws]);
    const out = JSON.parse(r.stdout) as { files: FileJson[] };
    expect(out.files).toHaveLength(picked.length);
    for (const f of out.files) {
      const name = f.file.split('/').pop()!;
      expect(f.problems.filter((p) => p.severity !== 'info')).toEqual([]);
      expect(f.valid).toBe(true);
      expect(f.values).toEqual(expected[name]);
      if (noteText[name]) expect(f.notes!.map((n) => n.text)).toContain(noteText[name]);
    }
    expect(r.code).toBe(0);
  };

  test('saved by LibreOffice: _iki becomes plain hidden, names and values survive', async () => {
    const f = join(G.root, 'lo-plain', picked[0]!);
    const wbXml = (await readZip(readFileSync(f))).find(([n]) => n === 'xl/workbook.xml')![1].toString('utf8');
    expect(wbXml).toMatch(/name="_iki"[^>]*state="hidden"|state="hidden"[^>]*name="_iki"/);
    check('lo-plain');
  });

  test('a row inserted above the inputs (Excel-style XML), with and without a LibreOffice save', async () => {
    const before = await namedCells(readFileSync(join(G.root, 'plain', picked[0]!)));
    const after = await namedCells(readFileSync(join(G.root, 'inserted', picked[0]!)));
    const n = [...before.keys()].find((k) => !k.startsWith('iki_note_'))!;
    expect(Number(after.get(n)!.cell.slice(1))).toBe(Number(before.get(n)!.cell.slice(1)) + 2);
    check('inserted');
    check('lo-inserted');
  });

  test('restyled sheet, saved by LibreOffice', () => {
    check('restyled');
    check('lo-restyled');
  });

  test('LibreOffice-saved workbooks ingest with identical values and status counts them', () => {
    const r = iki(['ingest', join(G.root, 'lo-inserted'), '--workspace', G.ws, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { files: FileJson[] };
    for (const f of out.files) {
      expect(f.outcome).toBe('taken');
      expect(f.values).toEqual(expected[f.file.split('/').pop()!]);
    }
    const s = JSON.parse(iki(['status', '--year', '2017', '--quarter', '1', '--json', '--workspace', G.ws]).stdout);
    expect(s.quarters[0].received).toBe(picked.length);
  });
});

async function isianPart(bytes: Buffer): Promise<string> {
  const parts = await readZip(bytes);
  const wb = parts.find(([n]) => n === 'xl/workbook.xml')![1].toString('utf8');
  const rels = parts.find(([n]) => n === 'xl/_rels/workbook.xml.rels')![1].toString('utf8');
  const rid = /<sheet [^>]*name="Isian"[^>]*r:id="([^"]+)"|<sheet [^>]*r:id="([^"]+)"[^>]*name="Isian"/.exec(wb)!;
  const id = rid[1] ?? rid[2];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
  return `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`;
}
