import { describe, expect, it } from 'vitest';
import { CatalogueIndex, loadCatalogue } from '../src/catalogue.js';
import { DEFAULT_PENILAIAN, capaian, loadTargets, predikat, targetThrough, DEFAULT_PREDIKAT } from '../src/target.js';
import { SMALL_CATALOGUE, lineOf } from './support/small-catalogue.js';

const index = new CatalogueIndex(loadCatalogue(SMALL_CATALOGUE, 'c.yaml').catalogue!);

describe('capaian, computed by hand', () => {
  it('higher is better: realisasi / target × 100', () => {
    // 45 of a target of 60 = 75 %: Cukup.
    expect(capaian(45, 60, 'higher', DEFAULT_PENILAIAN)).toEqual({ status: 'ok', value: 75, capped: false, predikat: 'Cukup' });
    // 91 of 100 = 91: Sangat Baik (boundary inclusive).
    expect(capaian(91, 100, 'higher', DEFAULT_PENILAIAN)).toMatchObject({ value: 91, predikat: 'Sangat Baik' });
    // 0 of 10 = 0: Sangat Kurang.
    expect(capaian(0, 10, 'higher', DEFAULT_PENILAIAN)).toMatchObject({ value: 0, predikat: 'Sangat Kurang' });
  });

  it('lower is better, PermenPANRB rule: (1 + (1 − r/t)) × 100', () => {
    // 8 kasus against a target of 10: (1 + 0.2) × 100 = 120.
    expect(capaian(8, 10, 'lower', DEFAULT_PENILAIAN)).toMatchObject({ status: 'ok', value: 120 });
    // 12 against 10: (1 − 0.2) × 100 = 80: Baik.
    const c = capaian(12, 10, 'lower', DEFAULT_PENILAIAN);
    expect(c.status === 'ok' && c.value).toBeCloseTo(80, 12);
    expect(c).toMatchObject({ predikat: 'Baik' });
    // 25 against 10 would be −50: nothing is achieved below 0.
    expect(capaian(25, 10, 'lower', DEFAULT_PENILAIAN)).toMatchObject({ value: 0 });
  });

  it('lower is better, inverse rule: target / realisasi × 100', () => {
    const p = { ...DEFAULT_PENILAIAN, lowerRule: 'inverse' as const };
    expect(capaian(8, 10, 'lower', p)).toMatchObject({ value: 125 });
    expect(capaian(0, 10, 'lower', p)).toMatchObject({ status: 'zero realisasi' });
  });

  it('no target, zero target, no realisasi: no capaian, with the reason', () => {
    expect(capaian(5, undefined, 'higher', DEFAULT_PENILAIAN)).toEqual({ status: 'no target', reason: 'Tidak ada target.' });
    expect(capaian(5, 0, 'higher', DEFAULT_PENILAIAN)).toMatchObject({ status: 'zero target' });
    expect(capaian(undefined, 10, 'higher', DEFAULT_PENILAIAN)).toMatchObject({ status: 'no realisasi' });
  });

  it('the cap', () => {
    const p = { ...DEFAULT_PENILAIAN, cap: 120 };
    expect(capaian(150, 100, 'higher', p)).toEqual({ status: 'ok', value: 120, capped: true, predikat: 'Sangat Baik' });
    expect(capaian(110, 100, 'higher', p)).toMatchObject({ value: 110, capped: false });
  });

  it('predikat bands', () => {
    expect([100, 91, 90.99, 76, 75.5, 66, 65, 51, 50.99, 0].map((v) => predikat(v, DEFAULT_PREDIKAT))).toEqual([
      'Sangat Baik', 'Sangat Baik', 'Baik', 'Baik', 'Cukup', 'Cukup', 'Kurang', 'Kurang', 'Sangat Kurang', 'Sangat Kurang',
    ]);
  });
});

describe('year-to-date targets', () => {
  const t = { tahun: 400, triwulan: { 1: 100, 2: 80, 3: 120 }, location: {} };
  it('flows add their triwulan targets; the annual target stays annual', () => {
    expect(targetThrough(t, 2, true)).toEqual({ annual: 400, triwulan: 180 });
    // TW4 has no target, so no sum through TW4.
    expect(targetThrough(t, 4, true)).toEqual({ annual: 400 });
  });
  it('percentages and stocks take the triwulan target itself', () => {
    expect(targetThrough(t, 3, false)).toEqual({ annual: 400, triwulan: 120 });
  });
});

describe('loading a targets file', () => {
  const good = `format: iki-targets/1
year: 2017
penilaian:
  cap: 120
targets:
  kadis_persen_lulus: 80
  kasi_satu_peserta: { tahun: 400, tw1: 100, tw2: 100 }
`;
  it('reads annual and triwulan targets', () => {
    const { targets, problems } = loadTargets(good, 't.yaml', index, 2017);
    expect(problems).toEqual([]);
    expect(targets!.penilaian).toMatchObject({ cap: 120, lowerRule: 'permenpan' });
    expect(targets!.byIndicator.get('kadis_persen_lulus')).toMatchObject({ tahun: 80, triwulan: {} });
    expect(targets!.byIndicator.get('kasi_satu_peserta')).toMatchObject({ tahun: 400, triwulan: { 1: 100, 2: 100 } });
  });

  it('refuses bad values with their line', () => {
    const src = good.replace('tw2: 100', 'tw2: "seratus"').replace('kadis_persen_lulus: 80', 'kadis_persen_lulus: -5');
    const { targets, problems } = loadTargets(src, 't.yaml', index, 2017);
    expect(targets).toBeUndefined();
    expect(problems.map((p) => [p.code, p.location.line])).toEqual(
      expect.arrayContaining([
        ['target.schema', lineOf(src, 'kadis_persen_lulus')],
        ['target.schema', lineOf(src, 'kasi_satu_peserta')],
      ]),
    );
  });

  it('an unknown indicator, a typo in a key, another year', () => {
    const src = good.replace('kadis_persen_lulus: 80', 'kadis_persen_luluz: 80').replace('year: 2017', 'year: 2018');
    const { problems } = loadTargets(src, 't.yaml', index, 2017);
    expect(problems.map((p) => [p.code, p.location.line])).toEqual([
      ['target.year-mismatch', lineOf(src, 'year: 2018')],
      ['target.unknown-indicator', lineOf(src, 'kadis_persen_luluz')],
    ]);
    const typo = loadTargets(good.replace('tw1: 100', 'tw5: 100'), 't.yaml', index);
    expect(typo.problems[0]).toMatchObject({ code: 'target.schema' });
    expect(typo.problems[0]!.message).toContain('"tw5"');
  });

  it('warns about a percentage target above 100', () => {
    const { problems } = loadTargets(good.replace('kadis_persen_lulus: 80', 'kadis_persen_lulus: 180'), 't.yaml', index);
    expect(problems.map((p) => p.code)).toEqual(['target.over-100']);
  });
});
