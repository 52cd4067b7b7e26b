// The LKjIP comparisons (src/compute/comparison.ts), with plain data.
import { describe, expect, it } from 'vitest';
import { compare, growthOf, yearFromRiwayat, yearFromRollup, type RollupValues } from '../src/compute/comparison.js';
import { loadRenstra } from '../src/compute/renstra.js';
import { loadRiwayat } from '../src/compute/riwayat.js';
import { MINI_YAML, miniIndex } from './support/mini.js';

// kasi_b_kasus made lower-is-better: fewer cases is better.
const index = miniIndex(MINI_YAML.replace('            element: kasus', '            element: kasus\n            polarity: lower'));

function rollupOf(year: number, values: Record<string, [number | null, number | null, number | null, number | null, number | null]>): RollupValues {
  const periods = ([1, 2, 3, 4] as const).map((q) => ({ key: `${year}-TW${q}`, quarters: [q] }));
  return {
    year,
    periods,
    aggregate: { key: String(year) },
    indicators: Object.entries(values).map(([id, v]) => ({
      indicatorId: id,
      jabatanId: index.indicators.get(id)!.jabatan,
      values: Object.fromEntries([...periods.map((p, i) => [p.key, { value: v[i]! }]), [String(year), { value: v[4]! }]]),
    })),
  };
}

const current = rollupOf(2017, { kadis_lulus: [60, 62, 64, 66, 63], kasi_a_peserta: [100, 110, 120, 130, 460], kasi_b_kasus: [10, 8, 7, 5, 30] });
const riwayat2016 = loadRiwayat(
  'format: iki-riwayat/1\nyear: 2016\nrealisasi:\n  kadis_lulus: { tahun: 58.4, target: 60 }\n  kasi_a_peserta: 420\n  kasi_b_kasus: 36\n',
  'riwayat/2016.yaml',
  index,
  2016,
).riwayat!;
const riwayat2015 = loadRiwayat('format: iki-riwayat/1\nyear: 2015\nrealisasi:\n  kadis_lulus: 50\n', 'riwayat/2015.yaml', index, 2015).riwayat!;
const renstra = loadRenstra(
  'format: iki-renstra/1\nperiode: { awal: 2016, akhir: 2021 }\nindikator:\n  kadis_lulus: { kondisi_awal: 55, target: { 2015: 1 } }\n',
  'r.yaml',
  index,
);

describe('comparisons', () => {
  const plan = loadRenstra(
    `format: iki-renstra/1
periode: { awal: 2016, akhir: 2021 }
indikator:
  kadis_lulus: { kondisi_awal: 55, target: { 2016: 58, 2017: 63, 2018: 66, 2019: 70, 2020: 74, 2021: 80 } }
  kasi_b_kasus: { target: { 2015: 40, 2016: 40, 2017: 30, 2018: 28, 2019: 26, 2020: 24, 2021: 20 } }
`,
    'r.yaml',
    index,
  ).renstra;

  it('sets this year against the earlier years, most recent first, with capaian against each year\'s target', () => {
    const out = compare({ index, current, earlier: [yearFromRiwayat(riwayat2015), yearFromRiwayat(riwayat2016)], renstra: plan! });
    const lulus = out.find((c) => c.indicatorId === 'kadis_lulus')!;
    expect(lulus.realisasi).toBe(63);
    expect(lulus.earlier.map((e) => [e.year, e.source, e.realisasi, e.target, e.targetFrom])).toEqual([
      [2016, 'riwayat', 58.4, 60, 'tahun'],
      [2015, 'riwayat', 50, null, null],
    ]);
    expect(lulus.earlier[0]!.capaian).toBeCloseTo(97.333333, 5);
    expect(lulus.earlier[0]!.predikat).toBe('Sangat Baik');
    expect(lulus.growth).toMatchObject({ from: 2016, direction: 'naik', membaik: true });
    expect(lulus.growth!.points).toBeCloseTo(4.6, 9);
    expect(lulus.growth!.percent).toBeCloseTo((4.6 * 100) / 58.4, 9);
    // Renstra: this year's target 63 (capaian 100), and the final target 80.
    expect(lulus.renstra).toMatchObject({ awal: 2016, akhir: 2021, kondisiAwal: 55, target: 63, capaian: 100, targetAkhir: 80, capaianAkhir: 78.75, predikatAkhir: 'Baik' });
  });

  it('judges a lower-is-better indicator by its polarity: fewer is better, and a fall is for the better', () => {
    const out = compare({ index, current, earlier: [yearFromRiwayat(riwayat2016)], renstra: plan! });
    const kasus = out.find((c) => c.indicatorId === 'kasi_b_kasus')!;
    expect(kasus.growth).toEqual({ from: 2016, points: -6, percent: (-6 * 100) / 36, direction: 'turun', membaik: true });
    // 2016 had no target of its own: the Renstra's target for 2016 (40) judges it: (2 - 36/40) × 100.
    expect(kasus.earlier[0]).toMatchObject({ target: 40, targetFrom: 'renstra', capaian: 110 });
    // This year against the Renstra 30: realisasi 30 is exactly on target.
    expect(kasus.renstra).toMatchObject({ target: 30, capaian: 100, targetAkhir: 20, capaianAkhir: 50, predikatAkhir: 'Sangat Kurang' });
  });

  it('takes a year from the archive over its history file', () => {
    const archived = yearFromRollup(rollupOf(2016, { kadis_lulus: [50, 55, 57, 60, 59], kasi_a_peserta: [1, 2, 3, 4, 10], kasi_b_kasus: [null, null, null, null, null] }), {
      byIndicator: new Map([['kadis_lulus', { tahun: 62 }]]),
    });
    const out = compare({ index, current, earlier: [yearFromRiwayat(riwayat2016), archived] });
    const lulus = out.find((c) => c.indicatorId === 'kadis_lulus')!;
    expect(lulus.earlier).toHaveLength(1);
    expect(lulus.earlier[0]).toMatchObject({ year: 2016, source: 'arsip', realisasi: 59, target: 62, triwulan: { 1: 50, 2: 55, 3: 57, 4: 60 } });
    // No realisasi in 2016 for kasus: no growth, and no Renstra without a plan.
    const kasus = out.find((c) => c.indicatorId === 'kasi_b_kasus')!;
    expect(kasus.earlier[0]!.realisasi).toBeNull();
    expect(kasus.growth).toBeNull();
    expect(kasus.renstra).toBeNull();
  });

  it('ignores years not before this one; no growth without this year\'s realisasi', () => {
    const noValue = rollupOf(2017, { kadis_lulus: [null, null, null, null, null] });
    const later = { ...yearFromRiwayat(riwayat2016), year: 2018 };
    const [lulus] = compare({ index, current: noValue, earlier: [later, yearFromRiwayat(riwayat2016)] });
    expect(lulus!.earlier.map((e) => e.year)).toEqual([2016]);
    expect(lulus!.growth).toBeNull();
  });

  it('growth: percent is null from 0; unchanged is neither better nor worse', () => {
    expect(growthOf(5, 0, 2016, 'higher')).toEqual({ from: 2016, points: 5, percent: null, direction: 'naik', membaik: true });
    expect(growthOf(5, 5, 2016, 'lower')).toEqual({ from: 2016, points: 0, percent: 0, direction: 'tetap', membaik: null });
    expect(growthOf(4, 5, 2016, 'higher').membaik).toBe(false);
  });

  it('a Renstra target outside its periode was refused at load', () => {
    expect(renstra.problems.map((p) => p.code)).toEqual(['renstra.year-outside']);
  });
});
