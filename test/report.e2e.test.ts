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

describe('iki report on the bundled example', () => {
  let first: ReturnType<typeof iki>;
  beforeAll(() => {
    first = iki(['report', '--year', '2017', '--workspace', 'ws'], { cwd: tmp.dir });
  });

  it('writes the report and prints the percentages with a status per value', () => {
    expect(first.code).toBe(0);
    expect(existsSync(REPORT)).toBe(true);
    expect(first.stdout).toMatchInlineSnapshot(`
      "┌─────────────────────────────┬───────────────────────────────────────────────────────────────────────────────────────────┬──────────┬──────────────────┬───────────┬──────────────────┬───────────────┬────────┬─────────┬─────────────┐
      │ jabatan                     │ indikator                                                                                 │ TW I     │ TW II            │ TW III    │ TW IV            │ 2017          │ target │ capaian │ predikat    │
      │ kepala_dinas                │ Persentase tenaga kerja yang bersertifikat                                                │ 65.22 ok │ 63.31 ok         │ 67.61 ok  │ 62.07 ok         │ 64.43 ok      │ 65.00  │ 99.12   │ Sangat Baik │
      │ kepala_dinas                │ Persentase lowongan kerja yang dipenuhi                                                   │ 85.76 ok │ 90.77 ok         │ - missing │ 81.87 ok         │ 87.06 partial │ 85.00  │ 102.43  │ Sangat Baik │
      │ kepala_dinas                │ Persentase kasus perselisihan hubungan industrial yang diselesaikan                       │ 75.00 ok │ - no denominator │ 80.00 ok  │ - no denominator │ 77.78 partial │ 80.00  │ 97.22   │ Sangat Baik │
      │ kepala_dinas                │ Tingkat Partisipasi Angkatan Kerja                                                        │ 68.05 ok │ 68.81 ok         │ 68.58 ok  │ 68.09 ok         │ 68.09 ok      │ 70.00  │ 97.28   │ Sangat Baik │
      │ sekretaris                  │ Persentase fasilitasi terhadap pelaksanaan tupoksi perangkat daerah                       │ 22.73 ok │ 22.73 ok         │ 22.73 ok  │ 22.73 ok         │ 90.91 ok      │ 100.00 │ 90.91   │ Baik        │
      │ sekretaris                  │ Presentase fasilitasi terhadap sarana prasarana aparatur                                  │ 18.75 ok │ 18.75 ok         │ 25.00 ok  │ 25.00 ok         │ 87.50 ok      │ 100.00 │ 87.50   │ Baik        │
      │ sekretaris                  │ Presentase fasilitasi terhadap pelaporan kinerja dan keuangan                             │ 24.24 ok │ 21.21 ok         │ 21.21 ok  │ 21.21 ok         │ 87.88 ok      │ 100.00 │ 87.88   │ Baik        │
      │ kabid_pelatihan_kerja       │ Persentase pencari kerja yang diberi pelatihan berbasis demand driven                     │ 86.25 ok │ 86.69 ok         │ 84.21 ok  │ 79.76 ok         │ 84.01 ok      │ 85.00  │ 98.84   │ Sangat Baik │
      │ kabid_pelatihan_kerja       │ Persentase santri dan pencari kerja yang diberi pelatihan berbasis entrepreneurship       │ 80.07 ok │ 81.20 ok         │ 76.92 ok  │ 81.62 ok         │ 79.72 ok      │ 80.00  │ 99.65   │ Sangat Baik │
      │ kabid_informasi_pasar_kerja │ Persentase informasi pasar kerja yang dipublikasikan                                      │ 57.58 ok │ 59.09 ok         │ - missing │ 60.71 ok         │ 59.04 partial │ 75.00  │ 78.71   │ Baik        │
      │ kabid_penempatan            │ Persentase penempatan tenaga kerja                                                        │ 84.36 ok │ 105.10 ok        │ 86.27 ok  │ 86.94 ok         │ 90.19 ok      │ 85.00  │ 106.10  │ Sangat Baik │
      │ kabid_hubungan_industrial   │ Persentase perusahaan yang mendaftarkan Perjanjian Kerja Bersama dan Peraturan Perusahaan │ 18.26 ok │ 22.51 ok         │ 21.52 ok  │ 21.56 ok         │ 83.81 ok      │ 90.00  │ 93.12   │ Sangat Baik │
      └─────────────────────────────┴───────────────────────────────────────────────────────────────────────────────────────────┴──────────┴──────────────────┴───────────┴──────────────────┴───────────────┴────────┴─────────┴─────────────┘
      Workbooks: 119 of 120 received (99.17 %).
      Wrote ws/reports/IKI_2017_laporan.xlsx
      Report: 0 errors, 12 warnings
      "
    `);
  });

  it('names every gap of the example on stderr, by code and location', () => {
    const lines = first.stderr.trim().split('\n');
    const codes = lines.map((l) => /(?:^|: )(?:warning|error|info) (\S+)/.exec(l)?.[1]);
    expect(codes).toContain('rollup.missing-workbook');
    expect(first.stderr).toContain('IKI_2017_TW3_kasi_informasi_pasar_kerja.xlsx: warning rollup.missing-workbook');
    expect(first.stderr).toContain('archive/2017-TW2/IKI_2017_TW2_kasi_penyelesaian_phi.xlsx Isian!G23: warning rollup.no-denominator');
    expect(first.stderr).toContain('archive/2017-TW4/IKI_2017_TW4_kasi_penyelesaian_phi.xlsx Isian!G23: warning rollup.no-denominator');
    expect(first.stderr).toMatch(/archive\/2017-TW2\/IKI_2017_TW2_kasi_penempatan_tenaga_kerja\.xlsx Isian!G\d+: warning rollup\.numerator-over .*numerator \d+ \(.*\) is above denominator \d+ \(.*\)/);
    expect(first.stderr).not.toMatch(/error/);
  });

  it('the workbook has every sheet, and its Data sheet agrees with --json', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(REPORT);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Ringkasan',
      'Sekretariat',
      'Bidang Pelatihan Kerja',
      'Informasi Pasar Kerja',
      'Penempatan Tenaga Kerja',
      'Hubungan Industrial dan Jaminan',
      'Rekap Isian',
      'Kelengkapan',
      'Catatan',
      'Validasi',
      'Data',
    ]);
    const json = iki(['report', '--year', '2017', '--workspace', 'ws', '--json', '--out', 'copy.xlsx'], { cwd: tmp.dir });
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(data).toMatchObject({ year: 2017, through: 4, period: '2017', written: true, output: 'copy.xlsx' });
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

  it('year to date: --quarter 2 writes IKI_2017_TW2_laporan.xlsx over TW I and II', () => {
    const r = iki(['report', '--year', '2017', '--quarter', '2', '--workspace', 'ws'], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2017 to TW II');
    expect(r.stdout).not.toContain('TW III');
    expect(r.stdout).toContain('Wrote ws/reports/IKI_2017_TW2_laporan.xlsx');
    expect(r.stdout).toContain('Workbooks: 60 of 60 received');
  });
});

describe('iki report exit codes', () => {
  it('1 when the year has no accepted submission, and nothing is written', () => {
    const r = iki(['report', '--year', '2016', '--workspace', 'ws'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error rollup.no-data');
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
    for (const [args, code] of cases) {
      const r = iki(args, { cwd: tmp.dir });
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr, args.join(' ')).toContain(code);
    }
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
    expect(r.stderr).toContain('archive/2017-TW2/IKI_2017_TW2_kasi_penyelesaian_phi.xlsx: error rollup.archive-unreadable');
    expect(r.stderr).toContain('ws2/reports/IKI_2017_laporan.xlsx is unchanged');
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
