import { msg } from './helpers.js';
import { describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { DEFAULT_PENILAIAN, DEFAULT_PREDIKAT, capaian, capaianFormula, judge, predikat, targetThrough } from '../src/compute/target.js';
import { loadTargets } from '../src/store/targets-load.js';
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

  it('no target, zero target, no realisasi: no capaian, with the status saying why', () => {
    expect(capaian(5, undefined, 'higher', DEFAULT_PENILAIAN)).toEqual({ status: 'no target' });
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
    expect(msg(typo.problems[0]!)).toContain('"tw5"');
  });

  it('warns about a percentage target above 100', () => {
    const { problems } = loadTargets(good.replace('kadis_persen_lulus: 80', 'kadis_persen_lulus: 180'), 't.yaml', index);
    expect(problems.map((p) => p.code)).toEqual(['target.over-100']);
  });
});

describe('judge: which target each period is judged by', () => {
  const periods = [
    { key: '2017-TW1', kind: 'quarter' as const, quarters: [1 as const] },
    { key: '2017-TW2', kind: 'quarter' as const, quarters: [2 as const] },
    { key: '2017-YTD-TW2', kind: 'ytd' as const, quarters: [1 as const, 2 as const] },
  ];
  const { targets } = loadTargets(
    `format: iki-targets/1\nyear: 2017\ntargets:\n  kasi_satu_peserta: { tahun: 400, tw1: 100 }\n  kadis_persen_lulus: 80\n`,
    't.yaml',
    index,
  );
  const judged = judge(
    index,
    [
      { indicatorId: 'kasi_satu_peserta', values: { '2017-TW1': { value: 90 }, '2017-TW2': { value: 110 }, '2017-YTD-TW2': { value: 200 } } },
      { indicatorId: 'kadis_persen_lulus', values: { '2017-TW1': { value: 60 }, '2017-TW2': { value: null }, '2017-YTD-TW2': { value: 72 } } },
    ],
    periods,
    targets!,
  );
  it('a flow: its triwulan target, none where unset, the annual target and the triwulan targets so far', () => {
    const j = judged.get('kasi_satu_peserta')!;
    expect(j['2017-TW1']).toMatchObject({ target: 100, capaian: 90, predikat: 'Baik' });
    expect(j['2017-TW2']).toMatchObject({ target: null, capaian: null, status: 'no target' });
    // 200 / 400 = 50; TW II has no target, so no triwulan target so far.
    expect(j['2017-YTD-TW2']).toEqual({ target: 400, capaian: 50, predikat: 'Sangat Kurang', capped: false, status: 'ok' });
  });
  it('a percentage: the annual target every triwulan; no realisasi, no capaian', () => {
    const j = judged.get('kadis_persen_lulus')!;
    expect(j['2017-TW1']).toMatchObject({ target: 80, capaian: 75, predikat: 'Cukup' });
    expect(j['2017-TW2']).toMatchObject({ target: 80, capaian: null, status: 'no realisasi' });
    expect(j['2017-YTD-TW2']).toMatchObject({ target: 80, capaian: 90, predikat: 'Baik' });
  });
  it('the capaian formula matches the rule', () => {
    expect(capaianFormula('H5', 'I5', 'higher', DEFAULT_PENILAIAN)).toBe('IF(COUNT(H5,I5)=2,IFERROR(H5*100/I5,""),"")');
    expect(capaianFormula('H5', 'I5', 'lower', { ...DEFAULT_PENILAIAN, cap: 120 })).toBe('IF(COUNT(H5,I5)=2,IFERROR(MIN(120,MAX(0,(200*I5-100*H5)/I5)),""),"")');
    expect(capaianFormula('H5', 'I5', 'lower', { ...DEFAULT_PENILAIAN, lowerRule: 'inverse' })).toBe('IF(COUNT(H5,I5)=2,IFERROR(I5*100/H5,""),"")');
  });
});
