// LibreOffice recalculates the consolidated workbook on load (a private profile sets the OOXML recalc
// mode to "always"), saves it again, and every formula's value must equal the cached value iki wrote.
// A control workbook with a deliberately wrong cached value proves the recalculation really happened.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportBytes } from '../src/write/report.js';
import { rollup } from '../src/compute/rollup.js';
import { scenarioIndex, scenarioSubmissions } from './support/rollup-scenario.js';
import { iki, ROOT } from './helpers.js';

function findSoffice(): string | undefined {
  for (const c of ['soffice', 'libreoffice']) {
    const r = spawnSync(c, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0) return c;
  }
  return undefined;
}
const soffice = findSoffice();
// In CI LibreOffice must be there; on a developer machine without it the test is skipped.
const run = soffice || process.env.CI ? describe : describe.skip;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Open `files` in LibreOffice (fresh profile, recalculation on load) and save them as xlsx into outDir. */
function recalculate(dir: string, files: string[], outDir: string): void {
  const profile = join(dir, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const convert = () =>
    spawnSync(
      soffice ?? 'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...files],
      { encoding: 'utf8', timeout: 180_000 },
    );
  // Under load LibreOffice headless sometimes crashes (WrappedTargetRuntimeException): once more, then fail.
  let r = convert();
  if (r.status !== 0 || /WrappedTargetRuntimeException/.test(r.stderr)) r = convert();
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
}

type FormulaCells = Map<string, { formula: string; result: unknown }>;
async function formulaCells(file: string): Promise<FormulaCells> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: FormulaCells = new Map();
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.formula) out.set(`${ws.name}!${c.address}`, { formula: c.formula, result: c.result });
      }),
    );
  }
  return out;
}

/** "" and an absent result are the same empty text. */
const norm = (v: unknown) => (v === undefined || v === null || v === '' ? '' : v);

run('LibreOffice recalculation of the consolidated workbook', () => {
  let dir: string;
  let ours: FormulaCells;
  let theirs: FormulaCells;
  let control: FormulaCells;
  let bundledOurs: FormulaCells;
  let bundledTheirs: FormulaCells;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iki-lo-'));
    const index = scenarioIndex();
    const result = rollup({ index, year: 2017, through: 4, submissions: scenarioSubmissions() });
    const report = join(dir, 'laporan.xlsx');
    writeFileSync(report, reportBytes(index, result, { generatedAt: new Date('2018-01-15T08:00:00Z'), toolVersion: 'test', lang: 'id' }));
    // The control: a formula whose cached result is wrong on purpose.
    const wrong = new ExcelJS.Workbook();
    const ws = wrong.addWorksheet('S');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = { formula: 'A1+1', result: 5 };
    const controlFile = join(dir, 'control.xlsx');
    await wrong.xlsx.writeFile(controlFile);
    // The report of the bundled example, made by the CLI (built) on a copy of fixtures/workspace.
    cpSync(join(ROOT, 'fixtures', 'workspace'), join(dir, 'ws'), { recursive: true });
    const bundled = join(dir, 'bundled.xlsx');
    const made = iki(['report', '--year', '2017', '--workspace', 'ws', '--out', 'bundled.xlsx'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    const outDir = join(dir, 'out');
    mkdirSync(outDir);
    recalculate(dir, [report, controlFile, bundled], outDir);
    expect(readdirSync(outDir).sort()).toEqual(['bundled.xlsx', 'control.xlsx', 'laporan.xlsx']);
    ours = await formulaCells(report);
    theirs = await formulaCells(join(outDir, basename(report)));
    control = await formulaCells(join(outDir, 'control.xlsx'));
    bundledOurs = await formulaCells(bundled);
    bundledTheirs = await formulaCells(join(outDir, 'bundled.xlsx'));
  });
  afterAll(() => dir && existsSync(dir) && rmSync(dir, { recursive: true, force: true }));

  it('really recalculates (the control\'s wrong cached value is corrected)', () => {
    expect(control.get('S!A2')?.result).toBe(2);
  });

  it('every formula recalculates to the cached value iki wrote (hand-computed scenario)', () => {
    // The unit sheet's 2 percentages x 5 periods and Kelengkapan's 5 rates (Ringkasan shows values, not formulas).
    expect(ours.size).toBeGreaterThanOrEqual(15);
    expect(differences(ours, theirs)).toEqual([]);
    // Empty results (no value) and numbers both occur, so both paths were checked.
    const results = [...ours.values()].map((c) => norm(c.result));
    expect(results).toContain('');
    expect(results.some((r) => typeof r === 'number')).toBe(true);
  });

  it('every formula recalculates to the cached value iki wrote (bundled example)', () => {
    expect(bundledOurs.size).toBeGreaterThan(100);
    expect(differences(bundledOurs, bundledTheirs)).toEqual([]);
  });
});

function differences(ours: FormulaCells, theirs: FormulaCells): string[] {
  const diffs: string[] = [];
  for (const [at, c] of ours) {
    const lo = theirs.get(at);
    if (!lo) {
      diffs.push(`${at}: formula lost`);
      continue;
    }
    const a = norm(c.result);
    const b = norm(lo.result);
    // LibreOffice saves numbers rounded to 15 significant digits (59.6153846153846 for 59.61538461538461,
    // 64.4257703081233 for 64.42577030812325): equal means equal at those digits, i.e. within 1e-14
    // relative, far below the two decimals anyone reads.
    const same = typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-14 * Math.max(1, Math.abs(a)) : a === b;
    if (!same) diffs.push(`${at} ${c.formula}: iki ${JSON.stringify(a)}, LibreOffice ${JSON.stringify(b)}`);
  }
  return diffs;
}
