// openpyxl (an independent reader, /usr/bin/python3 with python3-openpyxl) reads every value of the
// consolidated workbook back: each cell of the model as written (a formula's cached result), and the
// Data sheet equal to the rollup's rows, on the hand-computed scenario and on the bundled example.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollup } from '../src/compute/rollup.js';
import { report } from '../src/commands/report.js';
import type { CoreEnv } from '../src/commands/types.js';
import { DATA_COLUMNS, buildReport, dataRows } from '../src/write/report.js';
import { writeXlsx, type Workbook } from '../src/write/xlsx-writer.js';
import { ROOT, tempDir } from './helpers.js';
import { scenarioIndex, scenarioSubmissions } from './support/rollup-scenario.js';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
// In CI openpyxl must be there; on a developer machine without it the test is skipped.
const run = hasOpenpyxl || process.env.CI ? describe : describe.skip;

const DUMP = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
out = {}
for ws in wb.worksheets:
    out[ws.title] = {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}
print(json.dumps(out, ensure_ascii=False))
`;

type Dump = Record<string, Record<string, string | number | boolean>>;
function openpyxl(file: string): Dump {
  const r = spawnSync(PYTHON, ['-c', DUMP, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Dump;
}

/** Every non-empty cell of the model, as a reader should see it (a formula: its cached result). */
function expected(wb: Workbook): Dump {
  const out: Dump = {};
  for (const s of wb.sheets) {
    const cells: Dump[string] = {};
    s.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        const v = cell?.value;
        const shown = v !== null && typeof v === 'object' ? v.result : v;
        if (shown !== null && shown !== undefined && shown !== '') cells[`${colName(c)}${r}`] = shown;
      }),
    );
    out[s.name] = cells;
  }
  return out;
}
const colName = (n: number): string => (n > 26 ? colName(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/** openpyxl's Data sheet as rows keyed by the header. */
function dataSheet(d: Dump): Record<string, unknown>[] {
  const cells = d.Data!;
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; cells[`A${r}`] !== undefined; r++) rows.push(Object.fromEntries(DATA_COLUMNS.map((k, i) => [k, cells[`${colName(i + 1)}${r}`] ?? null])));
  return rows;
}

const tmp = tempDir('iki-openpyxl-');
afterAll(() => tmp.cleanup());

run('openpyxl reads the consolidated workbook back', () => {
  const index = scenarioIndex();
  const result = rollup({ index, year: 2017, through: 4, submissions: scenarioSubmissions() });
  const model = buildReport(index, result, { generatedAt: new Date('2018-01-15T08:00:00Z'), toolVersion: 'test', lang: 'id' });
  let read: Dump;
  beforeAll(() => {
    const file = join(tmp.dir, 'skenario.xlsx');
    writeFileSync(file, writeXlsx(model));
    read = openpyxl(file);
  });

  it('every cell of every sheet, as written', () => {
    // '' (an empty text or an empty formula result) reads back as nothing; both sides leave it out.
    const got = Object.fromEntries(Object.entries(read).map(([s, cells]) => [s, Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== ''))]));
    expect(got).toEqual(expected(model));
  });

  it('the Data sheet equals the rollup, row by row and column by column', () => {
    const want = dataRows(index, result, 'id').map((r) => Object.fromEntries(DATA_COLUMNS.map((k) => [k, r[k] === '' ? null : r[k]])));
    expect(dataSheet(read).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : v])))).toEqual(want);
  });

  it('the bundled example: Data agrees with the report object (values, statuses, capaian)', async () => {
    cpSync(join(ROOT, 'fixtures', 'workspace'), join(tmp.dir, 'ws'), { recursive: true });
    const env: CoreEnv = { cwd: tmp.dir, env: { ...process.env, IKI_WORKSPACE: undefined }, lang: 'id', now: () => new Date('2018-01-15T08:00:00Z') };
    const r = await report({ year: 2017, workspace: 'ws', out: 'contoh.xlsx' }, env);
    expect(r.written).toBe(true);
    const rows = new Map(dataSheet(openpyxl(join(tmp.dir, 'contoh.xlsx'))).map((row) => [`${row.indicator_id}@${row.period}`, row]));
    expect(rows.size).toBe(r.data_rows);
    for (const ind of r.indicators) {
      for (const v of ind.values) {
        const j = ind.penilaian?.[v.period];
        expect(rows.get(`${ind.indicator_id}@${v.period}`), `${ind.indicator_id} ${v.period}`).toMatchObject({
          value: v.value,
          status: v.status,
          numerator: v.numerator ?? null,
          denominator: v.denominator ?? null,
          target: j?.target ?? null,
          capaian: j?.capaian ?? null,
          predikat: j?.predikat ?? null,
        });
      }
    }
    for (const e of r.elements) for (const v of e.values) expect(rows.get(`${e.element_id}@${v.period}`)).toMatchObject({ kind: 'element', value: v.value, status: v.status });
  });
});
