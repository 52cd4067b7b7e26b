// Hostile files: each refused with a clear message (a code, no stack trace) and in bounded memory, measured
// in a child process (process.resourceUsage().maxRSS) against the same child reading a normal workbook.
// Already covered elsewhere, not repeated here: the refusal codes of a zip bomb (declared and lying
// sizes), 1,001/1,500 entries, a whole-sheet defined name, DOCTYPE/ENTITY, a column range and a 21 MB
// file (test/xlsx.test.ts, test/ingest.e2e.test.ts); a YAML alias bomb in the catalogue
// (test/catalogue.test.ts "a YAML alias bomb is refused without expanding it"); ids that are not lower
// snake case in the catalogue (test/catalogue.test.ts). Here: the same shapes at full size, with their
// memory measured, plus what was missing (data validation over a whole sheet, 50,000 entries, a 100 MB
// file, ../ in names, an alias bomb in a targets file, =HYPERLINK text in a note through to the report).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CatalogueIndex } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { readSubmission } from '../src/read/submission.js';
import { loadTargets } from '../src/store/targets-load.js';
import { ROOT, iki, tempDir } from './helpers.js';
import { unzipSync, zipSync } from './support/fuzz.js';

const FIXTURE = join(ROOT, 'fixtures', 'workspace');
const CATALOGUE = join(FIXTURE, 'catalogue.yaml');
const CHILD = join(ROOT, 'test', 'support', 'read-child.mjs');
/**
 * Headroom over a normal workbook's peak: far below what any of these files would take if expanded.
 * (A child forked from a large process inherits that process's peak RSS on Linux, so this test process
 * never builds the hostile files itself: test/support/hostile-gen.mjs does.)
 */
const HEADROOM_KB = 48 * 1024;

let T: { dir: string; cleanup(): void };
let normal: Buffer;
let normalName: string;
let baseline: Probe;
let index: CatalogueIndex;

interface Probe {
  ok: boolean;
  codes: string[];
  messages: string[];
  ms: number;
  maxRssKb: number;
}

/** Read a file in a small child process: its codes, messages, time and peak memory. */
function probe(name: string): Probe {
  const r = spawnSync(process.execPath, [CHILD, join(T.dir, name), CATALOGUE], { encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  const p = JSON.parse(r.stdout) as Probe;
  console.log(`${name}: ${p.codes.join(', ') || 'read'} in ${p.ms.toFixed(0)} ms, child peak ${(p.maxRssKb / 1024).toFixed(0)} MB`);
  return p;
}

beforeAll(() => {
  T = tempDir('iki-hostile-');
  const dir = join(FIXTURE, 'archive', '2017-TW1');
  normalName = readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort()[0]!;
  normal = readFileSync(join(dir, normalName));
  index = new CatalogueIndex(loadCatalogue(readFileSync(CATALOGUE, 'utf8'), 'catalogue.yaml').catalogue!);
  writeFileSync(join(T.dir, 'normal.xlsx'), normal);
  // The hostile files are made by another process, so this one never holds them (see HEADROOM_KB).
  const gen = spawnSync(process.execPath, [join(ROOT, 'test', 'support', 'hostile-gen.mjs'), join(T.dir, 'normal.xlsx'), T.dir], { encoding: 'utf8' });
  expect(gen.stderr).toBe('');
  baseline = probe('normal.xlsx');
  expect(baseline.ok).toBe(true);
});
afterAll(() => T?.cleanup());

describe('refused in bounded memory, with a clear message', () => {
  const cases: [string, string, string][] = [
    ['zip bomb: 200 MB of spaces, declared honestly', 'bomb-honest.xlsx', 'file.zip-bomb'],
    ['zip bomb: 200 MB of zeros declared as 1 KB', 'bomb-lying.xlsx', 'file.zip-bomb'],
    ['50,000 zip entries', 'entries-50000.xlsx', 'file.too-many-entries'],
    ['a defined name over a whole sheet', 'name-whole-sheet.xlsx', 'file.name-range'],
    ['billion laughs (entity declarations) in a sheet', 'billion-laughs.xlsx', 'file.xml-entities'],
    ['a 100 MB file', 'file-100mb.xlsx', 'file.too-large'],
  ];

  test.each(cases)('%s', (_name, file, code) => {
    const p = probe(file);
    expect(p.ok).toBe(false);
    expect(p.codes).toEqual([code]);
    for (const m of p.messages) {
      expect(m.length).toBeGreaterThan(20);
      expect(m).not.toMatch(/\n\s+at /);
    }
    expect(p.maxRssKb).toBeLessThan(baseline.maxRssKb + HEADROOM_KB);
  });

  test('a data validation and a merge over a whole sheet are ignored, not expanded: the workbook reads normally', () => {
    const p = probe('validation-whole-sheet.xlsx');
    expect(p.ok).toBe(true);
    expect(p.maxRssKb).toBeLessThan(baseline.maxRssKb + HEADROOM_KB);
  });
});

describe('../ in names', () => {
  test('a jabatan id with ../ in _iki is refused; nothing is named after it', async () => {
    const meta = await readSubmission(
      zipSync(
        unzipSync(normal).map((p) =>
          p.name === 'xl/sharedStrings.xml' ? { name: p.name, data: Buffer.from(p.data.toString('utf8').replace(new RegExp(`<t>${normalName.replace(/^IKI_2017_TW1_|\.xlsx$/g, '')}</t>`), '<t>../../../tmp/evil</t>')) } : p,
        ),
      ),
      'f.xlsx',
      index,
      {},
    );
    expect(meta.ok).toBe(false);
    expect(meta.problems.map((p) => p.code)).toContain('identity.format');
    expect(meta.problems.find((p) => p.code === 'identity.format')!.args).toEqual({ sheet: '_iki', invalid: [{ key: 'jabatan_id', value: '../../../tmp/evil' }] });
  });

  test('a zip entry named ../../evil.xml is never written anywhere, and a file name with .. is archived under its canonical name', () => {
    const w = join(T.dir, 'ws-dots');
    expect(iki(['init', w, '--catalogue', CATALOGUE]).code).toBe(0);
    const inc = join(T.dir, 'dots');
    mkdirSync(inc);
    const evil = zipSync([...unzipSync(normal), { name: '../../evil.xml', data: Buffer.from('<x/>') }]);
    writeFileSync(join(inc, `kiriman ..\\..\\${normalName}`), evil);
    const r = iki(['ingest', inc, '--workspace', w, '--json']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const out = JSON.parse(r.stdout) as { files: { outcome: string; archived?: string }[] };
    expect(out.files[0]!.outcome).toBe('taken');
    expect(out.files[0]!.archived).toBe(join(w, 'archive', '2017-TW1', normalName));
    expect(readdirSync(join(T.dir)).filter((n) => n.includes('evil'))).toEqual([]);
    expect(readdirSync(join(w, 'archive', '2017-TW1')).sort()).toEqual([normalName.replace('.xlsx', '.json'), normalName].sort());
  });
});

describe('YAML alias bomb in a targets file', () => {
  test('refused with a line, without expanding it', () => {
    const bomb = ['year: 2017', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const r = loadTargets(`${bomb.join('\n')}\n`, 'targets-2017.yaml', index, 2017);
    expect(r.targets).toBeUndefined();
    expect(r.problems).toMatchObject([{ code: 'target.alias-bomb', args: { aliases: 81, max: 50 }, location: { file: 'targets-2017.yaml', line: 3 } }]);
  });
});

describe('=HYPERLINK text in a note', () => {
  test('stays plain text: a string in the Catatan sheet of the report, never a formula', async () => {
    const w = join(T.dir, 'ws-note');
    expect(iki(['init', w, '--catalogue', CATALOGUE]).code).toBe(0);
    const text = '=HYPERLINK("http://contoh.go.id/laporan","klik di sini")';
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(normal as unknown as ExcelJS.Buffer);
    const note = (wb.definedNames.model as { name: string; ranges: string[] }[]).find((m) => /^iki_note_.*_kendala$/.test(m.name))!;
    const [sheet, cell] = note.ranges[0]!.split('!');
    wb.getWorksheet(sheet!.replace(/^'|'$/g, ''))!.getCell(cell!.replace(/\$/g, '')).value = text;
    const inc = join(T.dir, 'note');
    mkdirSync(inc);
    writeFileSync(join(inc, normalName), Buffer.from(await wb.xlsx.writeBuffer()));
    expect(iki(['ingest', inc, '--workspace', w]).code).toBe(0);
    const rep = iki(['report', '--year', '2017', '--quarter', '1', '--workspace', w], { env: { IKI_LANG: 'id' } });
    expect(rep.code, rep.stderr).toBe(0);
    const report = readFileSync(join(w, 'reports', 'IKI_2017_TW1_laporan.xlsx'));
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(report as unknown as ExcelJS.Buffer);
    const catatan = out.getWorksheet('Catatan')!;
    const found: ExcelJS.Cell[] = [];
    catatan.eachRow((row) => row.eachCell((c) => (String(c.text).includes('HYPERLINK') ? found.push(c) : undefined)));
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe(ExcelJS.ValueType.String);
    expect(found[0]!.value).toBe(text);
    // And in the XML itself: no <f> anywhere in that sheet.
    const parts = unzipSync(report);
    const wbXml = parts.find((p) => p.name === 'xl/workbook.xml')!.data.toString('utf8');
    const sheets = [...wbXml.matchAll(/<sheet\b[^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)];
    const rid = sheets.find((m) => m[1] === 'Catatan')![2];
    const rels = parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!.data.toString('utf8');
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
    const xml = parts.find((p) => p.name === `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`)!.data.toString('utf8');
    expect(xml).not.toMatch(/<f[\s>]/);
  });
});
