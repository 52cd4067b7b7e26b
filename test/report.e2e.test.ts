// `iki report` end to end, on a copy of the bundled example (fixtures/workspace): the terminal table,
// --json, exit codes, and that an existing report survives a failed run. Needs `npm run build`.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iki, ROOT, tempDir } from './helpers.js';

const FIXTURE = join(ROOT, 'fixtures', 'workspace');
const tmp = tempDir('iki-report-e2e-');
const ws = join(tmp.dir, 'ws');
const REPORT = join(ws, 'reports', 'IKI_2017_laporan.xlsx');

beforeAll(() => cpSync(FIXTURE, ws, { recursive: true }));
afterAll(() => tmp.cleanup());

type Problem = { code: string; severity: string; args: Record<string, unknown>; location: { file?: string; cell?: string } };

describe('iki report on the bundled example', () => {
  let first: ReturnType<typeof iki>;
  let json: { problems: Problem[]; [k: string]: unknown };
  beforeAll(() => {
    first = iki(['report', '--year', '2017', '--workspace', 'ws', '--json'], { cwd: tmp.dir, env: { IKI_LANG: 'id' } });
    json = JSON.parse(first.stdout);
  });

  it('writes the report: exit 0, the output named, the summary indicators', () => {
    expect(first.code).toBe(0);
    expect(existsSync(REPORT)).toBe(true);
    expect(json).toMatchObject({ command: 'report', ok: true, year: 2017, through: 4, period: '2017', written: true, unchanged: false, output: 'ws/reports/IKI_2017_laporan.xlsx', targets: 'ws/targets/2017.yaml' });
    expect(json.summary).toHaveLength(12);
  });

  it('names every gap of the example, by code and location', () => {
    const at = json.problems.map((p) => `${p.location.file ?? ''}${p.location.cell ? `!${p.location.cell}` : ''} ${p.severity} ${p.code}`);
    expect(at).toContain('IKI_2017_TW3_kasi_informasi_pasar_kerja.xlsx warning rollup.missing-workbook');
    expect(at).toContain('archive/2017-TW2/IKI_2017_TW2_kasi_penyelesaian_phi.xlsx!G23 warning rollup.no-denominator');
    expect(at).toContain('archive/2017-TW4/IKI_2017_TW4_kasi_penyelesaian_phi.xlsx!G23 warning rollup.no-denominator');
    const over = json.problems.find((p) => p.code === 'rollup.numerator-over')!;
    expect(over.location.file).toBe('archive/2017-TW2/IKI_2017_TW2_kasi_penempatan_tenaga_kerja.xlsx');
    expect(over.args).toMatchObject({ indicatorId: 'kabid_penempatan_persentase_penempatan', numerator: 206, denominator: 196, period: { key: '2017-TW2' } });
    expect(json.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('the workbook has every sheet, and its Data sheet agrees with --json', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(REPORT);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Ringkasan',
      'Perbandingan',
      'Grafik',
      'Sekretariat',
      'Bidang Pelatihan Kerja',
      'Informasi Pasar Kerja',
      'Penempatan Tenaga Kerja',
      'Hubungan Industrial dan Jaminan',
      'Rekap Isian',
      'Kelengkapan',
      'Catatan',
      'Validasi',
      'Tindak Lanjut Data',
      'Data',
    ]);
    const data = json as unknown as { completeness: unknown; indicators: { indicator_id: string; values: { period: string; value: number | null; status: string }[] }[] };
    expect(data.completeness).toMatchObject({ received: 119, expected: 120, missing: [{ jabatan_id: 'kasi_informasi_pasar_kerja', quarter: 3 }] });
    expect(data.indicators).toHaveLength(63);
    const ws = wb.getWorksheet('Data')!;
    const rows = new Map<string, unknown[]>();
    ws.eachRow((row, r) => {
      if (r > 1) rows.set(`${row.getCell(3).value}@${row.getCell(4).value}`, [row.getCell(7).value, row.getCell(8).value]);
    });
    let checked = 0;
    for (const ind of data.indicators) {
      for (const v of ind.values) {
        expect(rows.get(`${ind.indicator_id}@${v.period}`), `${ind.indicator_id} ${v.period}`).toEqual([v.value, v.status]);
        checked++;
      }
    }
    expect(checked).toBe(63 * 5);
  });

  it('in English (--lang en) the workbook speaks English, and Data keeps its names and statuses', async () => {
    const r = iki(['report', '--year', '2017', '--workspace', 'ws', '--lang', 'en', '--out', 'en.xlsx'], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp.dir, 'en.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Summary', 'Entries', 'Completeness', 'Notes', 'Validation', 'Data']));
    expect(wb.getWorksheet('Data')!.getRow(2).getCell(8).value).toBe('ok');
    expect(wb.getWorksheet('Validation')!.getRow(1).getCell(2).value).toBe('Code');
  });

  it('year to date: --quarter 2 writes IKI_2017_TW2_laporan.xlsx over TW I and II', () => {
    const r = iki(['report', '--year', '2017', '--quarter', '2', '--workspace', 'ws', '--json'], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      period: '2017-YTD-TW2',
      periods: ['2017-TW1', '2017-TW2', '2017-YTD-TW2'],
      output: 'ws/reports/IKI_2017_TW2_laporan.xlsx',
      written: true,
      completeness: { received: 60, expected: 60 },
    });
    expect(existsSync(join(ws, 'reports', 'IKI_2017_TW2_laporan.xlsx'))).toBe(true);
  });
});

describe('iki report exit codes', () => {
  it('1 when the year has no accepted submission, and nothing is written', () => {
    const r = iki(['report', '--year', '2016', '--workspace', 'ws'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('rollup.no-data');
    expect(existsSync(join(ws, 'reports', 'IKI_2016_laporan.xlsx'))).toBe(false);
    const j = iki(['report', '--year', '2016', '--workspace', 'ws', '--json'], { cwd: tmp.dir });
    expect(j.code).toBe(1);
    const out = JSON.parse(j.stdout);
    expect(out.written).toBe(false);
    expect(out.problems.map((p: { code: string; severity: string }) => `${p.severity} ${p.code}`)).toEqual(['error rollup.no-data']);
  });

  it('2 for bad usage', () => {
    const cases: [string[], string][] = [
      [['report', '--year', '17', '--workspace', 'ws'], 'usage.bad-year'],
      [['report', '--year', '2017', '--quarter', '5', '--workspace', 'ws'], 'usage.bad-quarter'],
      [['report', '--year', '2017', '--workspace', '.'], 'usage.no-workspace'],
      [['report', '--year', '2017', '--workspace', 'ws', '--out', 'ws/archive/x.xlsx'], 'usage.archive-target'],
      [['report', '--year', '2017', '--workspace', 'ws', '--out', 'laporan.csv'], 'usage.out-extension'],
      [['report', '--year', '2017', '--workspace', 'ws', '--out', 'no-such-folder/x.xlsx'], 'usage.out-folder-missing'],
      [['report', '--year', '2017', '--workspace', 'ws', '--out', 'ws/reports'], 'usage.out-extension'],
    ];
    const before = readdirSync(join(ws, 'reports')).sort();
    for (const [args, code] of cases) {
      const r = iki([...args, '--json'], { cwd: tmp.dir });
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(JSON.parse(r.stdout).problems.map((p: Problem) => p.code), args.join(' ')).toEqual([code]);
      expect(JSON.parse(r.stdout).written).toBe(false);
    }
    // Nothing written anywhere it could have gone.
    expect(readdirSync(join(ws, 'reports')).sort()).toEqual(before);
    expect(existsSync(join(tmp.dir, 'laporan.csv'))).toBe(false);
    expect(existsSync(join(ws, 'archive', 'x.xlsx'))).toBe(false);
    expect(iki(['report'], { cwd: tmp.dir }).code).toBe(2);
  });

  it('2 when another iki holds the workspace lock', () => {
    const lock = join(ws, '.iki.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, started_at: new Date().toISOString(), command: 'ingest', host: hostname() }));
    try {
      const r = iki(['report', '--year', '2017', '--workspace', 'ws'], { cwd: tmp.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('usage.workspace-locked');
    } finally {
      unlinkSync(lock);
    }
  });
});

describe('atomic replacement', () => {
  it('an existing report is intact when the run fails, and no temp file is left', () => {
    const other = join(tmp.dir, 'ws2');
    cpSync(FIXTURE, other, { recursive: true });
    expect(iki(['report', '--year', '2017', '--workspace', 'ws2'], { cwd: tmp.dir }).code).toBe(0);
    const report = join(other, 'reports', 'IKI_2017_laporan.xlsx');
    const before = readFileSync(report);
    // Damage one archived workbook: the run must refuse, and change nothing.
    const victim = join(other, 'archive', '2017-TW2', 'IKI_2017_TW2_kasi_penyelesaian_phi.xlsx');
    writeFileSync(victim, readFileSync(victim).subarray(0, 2000));
    const r = iki(['report', '--year', '2017', '--workspace', 'ws2'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    const j = JSON.parse(iki(['report', '--year', '2017', '--workspace', 'ws2', '--json'], { cwd: tmp.dir }).stdout);
    expect(j).toMatchObject({ written: false, unchanged: true, output: 'ws2/reports/IKI_2017_laporan.xlsx' });
    expect(j.problems.filter((p: Problem) => p.severity === 'error').map((p: Problem) => `${p.location.file} ${p.code}`)).toContain('archive/2017-TW2/IKI_2017_TW2_kasi_penyelesaian_phi.xlsx rollup.archive-unreadable');
    expect(readFileSync(report).equals(before)).toBe(true);
    expect(readdirSync(join(other, 'reports')).sort()).toEqual(['.gitkeep', 'IKI_2017_laporan.xlsx']);
    expect(existsSync(join(other, '.iki.lock'))).toBe(false);
  });

  it('a write that fails (reports/ is a file) is exit 2 and leaves nothing behind', () => {
    const third = join(tmp.dir, 'ws3');
    cpSync(FIXTURE, third, { recursive: true });
    rmSync(join(third, 'reports'), { recursive: true });
    writeFileSync(join(third, 'reports'), 'not a folder');
    const r = iki(['report', '--year', '2017', '--workspace', 'ws3'], { cwd: tmp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage.unwritable');
    expect(readFileSync(join(third, 'reports'), 'utf8')).toBe('not a folder');
    expect(readdirSync(third).filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(existsSync(join(third, '.iki.lock'))).toBe(false);
  });
});
