// Issue 6: target, realisasi, capaian and predikat on the bundled example, against hand computation.
import ExcelJS from 'exceljs';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, iki, tempDir } from './helpers.js';

const tmp = tempDir();
// A copy: a report on the bundled example itself would hold a lock file in it that tests copying it meanwhile would copy too.
const WS = join(tmp.dir, 'ws');
type Penilaian = Record<string, { target: number | null; capaian: number | null; predikat: string | null; capped: boolean; status: string; triwulan?: { target: number; capaian: number; predikat: string } }>;
let year: Record<string, Penilaian>;
let ytd: Record<string, Penilaian>;
const out = join(tmp.dir, 'laporan.xlsx');

beforeAll(() => {
  cpSync(join(ROOT, 'fixtures', 'workspace'), WS, { recursive: true });
  const r = iki(['report', '--year', '2017', '--workspace', WS, '--out', out, '--json'], { env: { IKI_LANG: 'id' } });
  expect(r.code).toBe(0);
  year = Object.fromEntries(JSON.parse(r.stdout).indicators.map((i: { indicator_id: string; penilaian: Penilaian }) => [i.indicator_id, i.penilaian]));
  const q2 = iki(['report', '--year', '2017', '--quarter', '2', '--workspace', WS, '--out', join(tmp.dir, 'tw2.xlsx'), '--json']);
  expect(q2.code).toBe(0);
  ytd = Object.fromEntries(JSON.parse(q2.stdout).indicators.map((i: { indicator_id: string; penilaian: Penilaian }) => [i.indicator_id, i.penilaian]));
});
afterAll(() => tmp.cleanup());

describe('capaian on the bundled 2017 example (targets/2017.yaml)', () => {
  it('lower is better: tenaga kerja asing, a stock (last), 427 at TW IV against 400', () => {
    // (1 + (1 − 427/400)) × 100 = (1 − 0.0675) × 100 = 93.25: Sangat Baik.
    expect(year.kasi_penempatan_tenaga_kerja_asing!['2017']).toMatchObject({ target: 400, capaian: 93.25, predikat: 'Sangat Baik' });
    // TW I: 420 against 400: (1 + (1 − 1.05)) × 100 = 95.
    expect(year.kasi_penempatan_tenaga_kerja_asing!['2017-TW1']).toMatchObject({ target: 400, capaian: 95 });
  });

  it('higher is better: peserta pelatihan, a flow (sum), 230 + 139 + 142 + 203 = 714 against 800', () => {
    // 714 / 800 × 100 = 89.25: Baik. TW II: 139 against its own triwulan target 200 = 69.5: Cukup.
    expect(year.kasi_penyelenggaraan_peserta_pelatihan!['2017']).toMatchObject({ target: 800, capaian: 89.25, predikat: 'Baik' });
    expect(year.kasi_penyelenggaraan_peserta_pelatihan!['2017-TW2']).toMatchObject({ target: 200, capaian: 69.5, predikat: 'Cukup' });
  });

  it('a percentage: penempatan 763 / 846 = 90.1891… % against 85, and the 120 cap', () => {
    // (763 / 846 × 100) / 85 × 100 = 106.1048…
    expect(year.kabid_penempatan_persentase_penempatan!['2017']!.capaian).toBeCloseTo(106.10485, 4);
    // TW II: 206 / 196 × 100 = 105.10 %, / 85 = 123.65 %, shown as the cap, 120.
    expect(year.kabid_penempatan_persentase_penempatan!['2017-TW2']).toMatchObject({ capaian: 120, capped: true, predikat: 'Sangat Baik' });
  });

  it('laporan monev: 3 + 1 + 1 + 3 = 8 against 12 = 66.67: Cukup; no triwulan target, no triwulan capaian', () => {
    expect(year.kasubag_program_laporan_monev!['2017']!.capaian).toBeCloseTo(66.6667, 4);
    expect(year.kasubag_program_laporan_monev!['2017']!.predikat).toBe('Cukup');
    expect(year.kasubag_program_laporan_monev!['2017-TW1']).toMatchObject({ target: null, capaian: null });
  });

  it('no target: no capaian, with the status saying why', () => {
    expect(year.kasi_ipk_laporan_bursa_kerja!['2017']).toMatchObject({ target: null, capaian: null, predikat: null, status: 'no target' });
  });

  it('year to date TW II: 230 + 139 = 369 against the annual 800 and against the triwulan targets 200 + 200', () => {
    // 369 / 800 = 46.125: Sangat Kurang; 369 / 400 = 92.25: Sangat Baik.
    expect(ytd.kasi_penyelenggaraan_peserta_pelatihan!['2017-YTD-TW2']).toMatchObject({
      target: 800,
      capaian: 46.125,
      predikat: 'Sangat Kurang',
      triwulan: { target: 400, capaian: 92.25, predikat: 'Sangat Baik' },
    });
  });

  it('writes target, capaian and predikat in the workbook: Data columns and a cached capaian formula', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const data = wb.getWorksheet('Data')!;
    const head = (data.getRow(1).values as unknown[]).slice(1);
    // Right after the first eleven columns; the LKjIP comparison columns (issue 12) come after them.
    expect(head.slice(11, 14)).toEqual(['target', 'capaian', 'predikat']);
    expect(head.slice(14)).toEqual(['realisasi_tahun_lalu', 'capaian_tahun_lalu', 'target_renstra', 'capaian_renstra', 'target_akhir_renstra', 'capaian_akhir_renstra']);
    const col = (name: string) => head.indexOf(name) + 1;
    let found = 0;
    data.eachRow((row) => {
      if (row.getCell(col('indicator_id')).value === 'kasi_penempatan_tenaga_kerja_asing' && row.getCell(col('period')).value === '2017') {
        expect([row.getCell(col('target')).value, row.getCell(col('capaian')).value, row.getCell(col('predikat')).value]).toEqual([400, 93.25, 'Sangat Baik']);
        found++;
      }
    });
    expect(found).toBe(1);
    const summary = wb.getWorksheet('Ringkasan')!;
    const formulas: { formula: string; result: unknown }[] = [];
    summary.eachRow((row) => row.eachCell((c) => {
      const v = c.value as { formula?: string; result?: unknown } | null;
      if (v && typeof v === 'object' && v.formula?.startsWith('IF(COUNT(') && v.formula.includes('MIN(120')) formulas.push({ formula: v.formula, result: v.result });
    }));
    // One capaian formula per Ringkasan indicator (the 12 percentages), each cached with the computed value.
    expect(formulas).toHaveLength(12);
    const ratios = [
      'kadis_persentase_tenaga_kerja_bersertifikat', 'kadis_persentase_lowongan_dipenuhi', 'kadis_persentase_kasus_phi_diselesaikan',
      'kadis_tingkat_partisipasi_angkatan_kerja', 'sekretaris_persentase_fasilitasi_tupoksi', 'sekretaris_persentase_fasilitasi_sarpras',
      'sekretaris_persentase_fasilitasi_pelaporan', 'kabid_pelatihan_persentase_demand_driven', 'kabid_pelatihan_persentase_entrepreneurship',
      'kabid_ipk_persentase_informasi_dipublikasikan', 'kabid_penempatan_persentase_penempatan', 'kabid_hi_persentase_perusahaan_pkb_pp',
    ];
    expect(formulas.map((f) => f.result)).toEqual(ratios.map((id) => year[id]!['2017']!.capaian));
  });
});
