// iki report on the bundled example, for running the quarter: timeliness and verification on Kelengkapan
// and in --json, values marked when they rest on an unverified workbook, the quality warnings on Validasi
// and Tindak Lanjut Data, a returned workbook, and laporan.wajib_verifikasi refusing (exit 1, nothing written).
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iki, ROOT, tempDir } from './helpers.js';

const tmp = tempDir('iki-report-chase-');
const ws = join(tmp.dir, 'ws');
// 16 January 2018: after TW IV 2017 was due.
const EPOCH = String(Date.UTC(2018, 0, 16, 2) / 1000);
beforeAll(() => cpSync(join(ROOT, 'fixtures', 'workspace'), ws, { recursive: true }));
afterAll(() => tmp.cleanup());

interface P {
  code: string;
  severity: string;
  args: Record<string, unknown>;
  location: { file?: string; sheet?: string; cell?: string };
}
interface R {
  ok: boolean;
  written: boolean;
  problems: P[];
  chase: { on_time: number; on_time_rate: number; by_quarter: Record<string, number>[]; workbooks: Record<string, unknown>[]; follow_up: number };
  elements: { element_id: string; values: { period: string; value: number | null; unverified?: string[] }[] }[];
  indicators: { indicator_id: string; jabatan_id: string; values: { period: string; value: number | null; unverified?: string[] }[] }[];
}
const report = (args: string[] = []) => {
  const r = iki(['report', '--year', '2017', '--workspace', 'ws', '--json', ...args], { cwd: tmp.dir, env: { SOURCE_DATE_EPOCH: EPOCH, IKI_LANG: 'id' } });
  return { code: r.code, json: JSON.parse(r.stdout) as R };
};

describe('report: running the quarter', () => {
  let r: R;
  beforeAll(() => {
    const run = report();
    expect(run.code).toBe(0);
    r = run.json;
  });

  it('timeliness and verification of each workbook, and the on-time rate', () => {
    expect(r.chase.by_quarter.map((q) => [q.quarter, q.on_time, q.late, q.overdue, q.verified, q.unverified])).toEqual([
      [1, 29, 1, 0, 30, 0],
      [2, 29, 1, 0, 30, 0],
      [3, 29, 0, 1, 29, 0],
      [4, 29, 1, 0, 0, 30],
    ]);
    expect(r.chase.on_time).toBe(116);
    expect(r.chase.on_time_rate).toBeCloseTo((116 * 100) / 120, 10);
    expect(r.chase.workbooks).toContainEqual({ jabatan_id: 'kasi_perlindungan_tkln', quarter: 1, due: '2017-04-10', timeliness: 'late', days: 4, verification: 'diverifikasi' });
    expect(r.chase.workbooks).toContainEqual({ jabatan_id: 'kasi_informasi_pasar_kerja', quarter: 3, due: '2017-10-10', timeliness: 'overdue', days: 98 });
    // Returned, sent again with its kendala, then verified: the current one is diverifikasi.
    expect(r.chase.workbooks).toContainEqual({ jabatan_id: 'kasi_penempatan_tenaga_kerja', quarter: 1, due: '2017-04-10', timeliness: 'on-time', verification: 'diverifikasi' });
  });

  it('values resting on an unverified workbook are marked; TW IV is not verified yet', () => {
    const el = r.elements.find((e) => e.element_id === 'arsip_data_pegawai')!;
    expect(el.values.find((v) => v.period === '2017-TW3')!.unverified).toBeUndefined();
    expect(el.values.find((v) => v.period === '2017-TW4')!.unverified).toEqual(['pengadministrasi_umum_kepegawaian']);
    expect(el.values.find((v) => v.period === '2017')!.unverified).toEqual(['pengadministrasi_umum_kepegawaian']);
    const unverified = r.problems.filter((p) => p.code === 'report.unverified');
    expect(unverified.map((p) => [p.severity, p.args.quarter, p.args.count, p.location])).toEqual([['warning', 4, 30, { file: 'archive/2017-TW4' }]]);
  });

  it('the outlier of the example on Validasi, with its cell and args', () => {
    const o = r.problems.find((p) => p.code === 'quality.outlier' && p.args.element === 'arsip_data_pegawai' && String(p.location.file).includes('TW4'))!;
    expect(o).toMatchObject({ severity: 'warning', location: { file: 'archive/2017-TW4/IKI_2017_TW4_pengadministrasi_umum_kepegawaian.xlsx', sheet: 'Isian' } });
    expect(o.location.cell).toMatch(/^G\d+$/);
    expect(o.args).toMatchObject({ nama: expect.any(String), method: 'sd', n: 3 });
    expect(o.args.value as number).toBeGreaterThan(o.args.high as number);
    expect(r.chase.follow_up).toBe(r.problems.filter((p) => p.code.startsWith('quality.')).length);
  });

  it('the workbook: Kelengkapan says it in words; Tindak Lanjut Data lists the warnings per jabatan', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(ws, 'reports', 'IKI_2017_laporan.xlsx')) as unknown as ExcelJS.Buffer);
    const k = wb.getWorksheet('Kelengkapan')!;
    const rowOf = (id: string) => [...Array(k.rowCount).keys()].map((i) => k.getRow(i + 1)).find((row) => row.getCell(3).value === id)!;
    expect(rowOf('kasi_perlindungan_tkln').getCell(4).value).toBe('terlambat 4 hari\ndiverifikasi');
    expect(rowOf('kasi_informasi_pasar_kerja').getCell(6).value).toBe('lewat batas waktu');
    expect(rowOf('kabid_hubungan_industrial').getCell(7).value).toBe('terlambat 6 hari\nbelum diverifikasi');
    const labels = [...Array(k.rowCount).keys()].map((i) => k.getRow(i + 1).getCell(2).value);
    expect(labels).toContain('Tingkat ketepatan waktu (%)');
    const t = wb.getWorksheet('Tindak Lanjut Data')!;
    const rows = [...Array(t.rowCount).keys()].map((i) => t.getRow(i + 1));
    const outlier = rows.find((row) => row.getCell(8).value === 'quality.outlier' && row.getCell(9).value === 'pengadministrasi_umum_kepegawaian' && row.getCell(3).value === 'TW IV')!;
    expect(outlier).toBeDefined();
    expect(String(outlier.getCell(4).value)).toMatch(/^Isian!G\d+$/);
    expect(rows.filter((row) => String(row.getCell(8).value).startsWith('quality.')).length).toBe(r.chase.follow_up);
    // Ringkasan: every Kepala Dinas indicator with a TW IV value rests on unverified TW IV workbooks, and says so.
    const ring = wb.getWorksheet('Ringkasan')!;
    const notes = [...Array(ring.rowCount).keys()].map((i) => String(ring.getRow(i + 1).getCell(12).value ?? ''));
    const tw4Marked = r.indicators.filter((i) => i.jabatan_id === 'kepala_dinas' && i.values.some((v) => v.period === '2017-TW4' && v.unverified?.length));
    expect(tw4Marked.length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.includes('belum diverifikasi: TW IV')).length).toBeGreaterThanOrEqual(tw4Marked.length);
    expect(notes.some((n) => /belum diverifikasi: TW (I|II|III)\b/.test(n))).toBe(false);
  });
});

describe('report: verification required', () => {
  it('laporan.wajib_verifikasi: ya refuses while TW IV is unverified (exit 1, nothing written); after iki verify it writes', () => {
    writeFileSync(join(ws, 'iki.yaml'), 'laporan:\n  wajib_verifikasi: ya\n');
    const out = join(tmp.dir, 'wajib.xlsx');
    const refused = report(['--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.json.written).toBe(false);
    expect(refused.json.problems[0]).toMatchObject({ code: 'report.verification-required', severity: 'error', args: { unverified: 30, year: 2017, through: 4, file: 'ws/iki.yaml' } });
    expect(existsSync(out)).toBe(false);
    const ids = (iki(['status', '--year', '2017', '--quarter', '4', '-w', 'ws', '--json'], { cwd: tmp.dir }).stdout.match(/"id": "([a-z_]+)"/g) ?? []).map((m) => m.slice(7, -1));
    const v = iki(['verify', '--year', '2017', '--quarter', '4', '--jabatan', ...ids, '--oleh', 'Kasubag Program', '-w', 'ws'], { cwd: tmp.dir });
    expect(v.code).toBe(0);
    const ok = report(['--out', out]);
    expect(ok.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(ok.json.problems.map((p) => p.code)).not.toContain('report.unverified');
  });

  it('a returned workbook: report.returned with its reason, and the refusal under wajib_verifikasi', () => {
    const alasan = 'Angka G15 tidak sesuai laporan bulanan';
    expect(iki(['verify', '--year', '2017', '--quarter', '4', '--jabatan', 'bendahara', '--return', '--alasan', alasan, '--oleh', 'Kasubag Program', '-w', 'ws'], { cwd: tmp.dir }).code).toBe(0);
    const r = report(['--out', join(tmp.dir, 'kembali.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.json.problems.find((p) => p.code === 'report.returned')).toMatchObject({ severity: 'warning', args: { jabatanId: 'bendahara', year: 2017, quarter: 4, alasan, oleh: 'Kasubag Program' }, location: { file: 'archive/2017-TW4/IKI_2017_TW4_bendahara.xlsx' } });
    expect(r.json.problems[0]).toMatchObject({ code: 'report.verification-required', args: { unverified: 1 } });
  });
});
