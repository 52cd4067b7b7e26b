// The history (riwayat/<year>.yaml) and Renstra (targets/renstra.yaml) loaders: codes, args and lines.
import { describe, expect, it } from 'vitest';
import { loadRenstra, renstraSkeleton } from '../src/compute/renstra.js';
import { loadRiwayat, riwayatSkeleton } from '../src/compute/riwayat.js';
import { miniIndex } from './support/mini.js';

const index = miniIndex();
const codes = (ps: { code: string }[]) => ps.map((p) => p.code);

const RIWAYAT = `format: iki-riwayat/1
year: 2016
sumber: LKjIP 2016
realisasi:
  kadis_lulus: 62.5
  kasi_a_peserta: { tw1: 100, tw2: 120, tw3: 90, tw4: 110, target: 400 }
  kasi_b_kasus: null
`;

describe('riwayat', () => {
  it('reads a year, per triwulan, and the target; sums a flow whose year is not written', () => {
    const { riwayat, problems } = loadRiwayat(RIWAYAT, 'riwayat/2016.yaml', index, 2016);
    expect(problems).toEqual([]);
    expect(riwayat!.year).toBe(2016);
    expect(riwayat!.sumber).toBe('LKjIP 2016');
    expect(riwayat!.byIndicator.get('kadis_lulus')).toMatchObject({ tahun: 62.5, triwulan: {} });
    expect(riwayat!.byIndicator.get('kasi_a_peserta')).toMatchObject({ tahun: 420, target: 400, triwulan: { 1: 100, 2: 120, 3: 90, 4: 110 } });
    expect(riwayat!.byIndicator.has('kasi_b_kasus')).toBe(false);
    expect(riwayat!.byIndicator.get('kadis_lulus')!.location).toMatchObject({ file: 'riwayat/2016.yaml', line: 5 });
  });

  it('the skeleton lists every indicator and loads without problems', () => {
    const text = riwayatSkeleton(index, 2015);
    for (const id of index.indicators.keys()) expect(text).toContain(`  ${id}: null`);
    const { riwayat, problems } = loadRiwayat(text, 'r.yaml', index, 2015);
    expect(problems).toEqual([]);
    expect(riwayat!.byIndicator.size).toBe(0);
  });

  it.each([
    ['text with a unit', 'kadis_lulus: "62 %"', { path: 'realisasi.kadis_lulus', issue: 'not-number' }, 5],
    ['a negative', 'kadis_lulus: -3', { path: 'realisasi.kadis_lulus', issue: 'negative' }, 5],
    ['a bad triwulan value', 'kadis_lulus: { tw1: dua }', { path: 'realisasi.kadis_lulus.tw1', issue: 'not-number' }, 5],
    ['a misspelt key', 'kadis_lulus: { tw5: 3 }', { path: 'realisasi.kadis_lulus', issue: 'unknown-keys', keys: ['tw5'] }, 5],
  ])('refuses %s with riwayat.schema at its line', (_name, line, args, at) => {
    const src = RIWAYAT.replace('kadis_lulus: 62.5', line);
    const { riwayat, problems } = loadRiwayat(src, 'r.yaml', index, 2016);
    expect(riwayat).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'riwayat.schema', severity: 'error', args, location: { line: at } });
  });

  it('refuses a missing key, a wrong format and a bad year with their paths', () => {
    const { problems } = loadRiwayat('format: iki-riwayat/9\nyear: 16\n', 'r.yaml', index);
    expect(problems.map((p) => [p.code, p.args])).toEqual([
      ['riwayat.schema', { path: 'format', issue: 'not-allowed', expected: 'iki-riwayat/1' }],
      ['riwayat.schema', { path: 'year', issue: 'too-small', min: 2000 }],
      ['riwayat.schema', { path: 'realisasi', issue: 'missing' }],
    ]);
  });

  it('names an unknown indicator with a suggestion, a year mismatch, a percentage over 100, a total that does not add up', () => {
    const src = `format: iki-riwayat/1
year: 2015
realisasi:
  kadis_lulu: 50
  kadis_lulus: 104
  kasi_a_peserta: { tahun: 400, tw1: 100, tw2: 100, tw3: 100, tw4: 90 }
`;
    const { riwayat, problems } = loadRiwayat(src, 'r.yaml', index, 2016);
    expect(riwayat).toBeDefined();
    expect(problems.map((p) => [p.code, p.args, p.location.line])).toEqual([
      ['riwayat.year-mismatch', { year: 2015, expected: 2016 }, 2],
      ['riwayat.unknown-indicator', { id: 'kadis_lulu', suggestion: 'kadis_lulus' }, 4],
      ['riwayat.over-100', { id: 'kadis_lulus', value: 104 }, 5],
      ['riwayat.total-mismatch', { id: 'kasi_a_peserta', tahun: 400, sum: 390 }, 6],
    ]);
  });

  it('says where YAML syntax breaks', () => {
    const { problems } = loadRiwayat('format: iki-riwayat/1\nyear: 2016\nrealisasi:\n  kadis_lulus: [1,\n', 'r.yaml', index);
    expect(codes(problems)).toContain('riwayat.yaml-syntax');
    expect(problems[0]!.location.line).toBeGreaterThanOrEqual(4);
  });
});

const RENSTRA = `format: iki-renstra/1
judul: Renstra Dinas Uji 2016-2021
periode: { awal: 2016, akhir: 2021 }
indikator:
  kadis_lulus:
    kondisi_awal: 55
    target: { 2016: 58, 2017: 62, 2018: 66, 2019: 70, 2020: 74, 2021: 78 }
  kasi_b_kasus:
    target: { 2017: 30 }
    target_akhir: 20
  kasi_a_peserta: null
`;

describe('renstra', () => {
  it('reads the periode, kondisi awal, the yearly targets and the final target (default: the last year)', () => {
    const { renstra, problems } = loadRenstra(RENSTRA, 'targets/renstra.yaml', index);
    expect(renstra).toMatchObject({ awal: 2016, akhir: 2021, judul: 'Renstra Dinas Uji 2016-2021' });
    const lulus = renstra!.byIndicator.get('kadis_lulus')!;
    expect(lulus.kondisiAwal).toBe(55);
    expect(lulus.targetAkhir).toBe(78);
    expect(lulus.target.get(2017)).toBe(62);
    expect(renstra!.byIndicator.get('kasi_b_kasus')!.targetAkhir).toBe(20);
    // A target for some years only: which are missing is said, as a warning.
    expect(problems.map((p) => [p.code, p.severity, p.args, p.location.line])).toEqual([
      ['renstra.year-missing', 'warning', { id: 'kasi_b_kasus', years: [2016, 2018, 2019, 2020, 2021] }, 8],
    ]);
  });

  it('refuses a year outside the periode and a reversed periode; warns on a final target that differs', () => {
    const outside = loadRenstra(RENSTRA.replace('2021: 78 }', '2021: 78, 2022: 80 }\n    target_akhir: 79'), 'r.yaml', index);
    expect(outside.problems.map((p) => [p.code, p.args, p.location.line])).toEqual([
      ['renstra.year-outside', { id: 'kadis_lulus', year: 2022, awal: 2016, akhir: 2021 }, 7],
      ['renstra.final-mismatch', { id: 'kadis_lulus', targetAkhir: 79, year: 2021, target: 78 }, 8],
      ['renstra.year-missing', { id: 'kasi_b_kasus', years: [2016, 2018, 2019, 2020, 2021] }, 9],
    ]);
    const reversed = loadRenstra(RENSTRA.replace('{ awal: 2016, akhir: 2021 }', '{ awal: 2021, akhir: 2016 }'), 'r.yaml', index);
    expect(reversed.renstra).toBeUndefined();
    expect(reversed.problems.map((p) => [p.code, p.args, p.location.line])).toEqual([['renstra.periode', { awal: 2021, akhir: 2016 }, 3]]);
  });

  it('refuses a bad year key and a bad value at their lines', () => {
    const { problems } = loadRenstra(RENSTRA.replace('2018: 66', 'tahun3: 66').replace('kondisi_awal: 55', 'kondisi_awal: lima'), 'r.yaml', index);
    expect(problems.map((p) => [p.code, (p.args as { issue?: string }).issue, p.location.line])).toEqual([
      ['renstra.schema', 'not-number', 6],
      ['renstra.schema', 'bad-key', 7],
    ]);
  });

  it('the skeleton loads without problems', () => {
    const { renstra, problems } = loadRenstra(renstraSkeleton(index, 2016, 2021), 'r.yaml', index);
    expect(problems).toEqual([]);
    expect(renstra).toMatchObject({ awal: 2016, akhir: 2021 });
  });
});
