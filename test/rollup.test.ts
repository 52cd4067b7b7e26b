// The rollup rules, on plain data (no disk): the hand-computed scenario of support/rollup-scenario.ts.
import { describe, expect, it } from 'vitest';
import { CatalogueIndex, type RatioIndikator } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { fmt, roundHalfUp } from '../src/model/format.js';
import type { Value } from '../src/model/rollup.js';
import { rollup } from '../src/compute/rollup.js';
import { combineAverage, combineLast, combineSum, ratioOverPeriod } from '../src/compute/values.js';
import { CELL, EXPECTED, SCENARIO_CATALOGUE, fileOf, scenarioIndex, scenarioSubmissions } from './support/rollup-scenario.js';

const index = scenarioIndex();
const full = rollup({ index, year: 2017, through: 4, submissions: scenarioSubmissions() });
const ind = (id: string) => full.indicators.find((i) => i.indicatorId === id)!;
const el = (id: string) => full.elements.find((e) => e.elementId === id)!;

describe('rollup: the hand-computed scenario', () => {
  it('has the triwulan periods and the year', () => {
    expect(full.periods.map((p) => p.key)).toEqual(['2017-TW1', '2017-TW2', '2017-TW3', '2017-TW4']);
    expect(full.aggregate).toEqual({ key: '2017', kind: 'year', quarters: [1, 2, 3, 4] });
  });

  for (const [id, byPeriod] of Object.entries(EXPECTED)) {
    it(`computes ${id} for every triwulan and the year`, () => {
      for (const [period, e] of Object.entries(byPeriod)) {
        const v = ind(id).values[period]!;
        expect({ period, status: v.status }).toEqual({ period, status: e.status });
        if (e.v === null) expect(v.value, period).toBeNull();
        else expect(v.value, period).toBeCloseTo(e.v, 10);
        if (index.indicators.get(id)!.kind === 'ratio') {
          expect([v.numerator, v.denominator], period).toEqual([e.n, e.d]);
        }
      }
    });
  }

  it('never averages quarterly percentages: the year is the ratio of the sums', () => {
    // kadis_persen_lulus: 60, 112.5, (missing), 70 average 80.83; the rollup says 234/300 = 78.
    expect(ind('kadis_persen_lulus').values['2017']!.value).toBe(78);
  });

  it('leaves a triwulan without a denominator out of both sides of the year', () => {
    // kabid_kasus: TW1 has 2 solved but no registered count; the year is (0+3+2)/(0+5+3), not 7/8.
    const y = ind('kabid_kasus').values['2017']!;
    expect(y).toMatchObject({ numerator: 5, denominator: 8, value: 62.5, status: 'partial' });
    expect(y.reasons).toContainEqual({ kind: 'left-out', quarter: 1 });
    // The element itself still sums what is there.
    expect(el('kasus_selesai').values['2017']).toMatchObject({ value: 7, status: 'ok' });
  });

  it('gives no value (never 0, Infinity or NaN) for a zero or blank denominator, with the reason', () => {
    const zero = ind('kabid_kasus').values['2017-TW2']!;
    expect(zero.value).toBeNull();
    expect(zero.reasons).toContainEqual({ kind: 'zero-denominator' });
    const blank = ind('kabid_tpak').values['2017-TW4']!;
    expect(blank.value).toBeNull();
    expect(blank.reasons).toContainEqual({ kind: 'blank', elementId: 'penduduk', quarter: 4, source: { file: fileOf(4, 'kasi_b'), sheet: 'Isian', cell: 'G9', name: 'iki_penduduk' } });
    for (const i of full.indicators) for (const v of Object.values(i.values)) if (v.value !== null) expect(Number.isFinite(v.value)).toBe(true);
  });

  it('`last` takes the latest triwulan with a value, partial when it is not the final one', () => {
    expect(el('angkatan').values['2017']).toMatchObject({ value: 630, status: 'ok' });
    expect(el('penduduk').values['2017']).toMatchObject({ value: 1000, status: 'partial' });
    expect(el('penduduk').values['2017']!.reasons).toContainEqual({ kind: 'last-from-earlier', elementId: 'penduduk', from: 3, final: 4 });
    expect(el('penduduk').values['2017']!.sources).toEqual([{ file: fileOf(3, 'kasi_b'), sheet: 'Isian', cell: CELL.penduduk, name: 'iki_penduduk' }]);
  });

  it('a missing workbook marks every value depending on it, and sums what is there as partial', () => {
    expect(el('peserta').values['2017-TW3']).toMatchObject({ value: null, status: 'missing' });
    expect(el('peserta').values['2017']).toMatchObject({ value: 300, status: 'partial' });
    expect(el('peserta').values['2017']!.reasons).toEqual([{ kind: 'missing-workbook', jabatanId: 'kasi_a', quarter: 3, file: fileOf(3, 'kasi_a') }]);
    expect(ind('kadis_persen_lulus').values['2017-TW3']!.reasons).toEqual([{ kind: 'missing-workbook', jabatanId: 'kasi_a', quarter: 3, file: fileOf(3, 'kasi_a') }]);
    // A side with several elements: the elements that are there, partial.
    expect(ind('kadis_gabungan').values['2017-TW3']).toMatchObject({ numerator: 3, denominator: 5, value: 60, status: 'partial' });
  });

  it('a blank is not 0', () => {
    expect(el('penduduk').values['2017-TW4']).toMatchObject({ value: null, status: 'blank' });
    expect(el('kasus_daftar').values['2017-TW2']).toMatchObject({ value: 0, status: 'ok' });
  });

  it('reports the problems with codes and locations', () => {
    const flat = full.problems.map((p) => [p.code, p.location.file ?? '', p.location.cell ?? '']);
    expect(flat).toContainEqual(['rollup.missing-workbook', fileOf(3, 'kasi_a'), '']);
    expect(flat).toContainEqual(['rollup.blank', fileOf(4, 'kasi_b'), 'G9']);
    expect(flat).toContainEqual(['rollup.numerator-over', fileOf(2, 'kasi_a'), 'G9']);
    expect(flat).toContainEqual(['rollup.no-denominator', fileOf(2, 'kasi_b'), 'G11']);
    expect(flat).toContainEqual(['rollup.no-denominator', fileOf(1, 'kasi_b'), 'G11']);
    expect(flat).toContainEqual(['rollup.blank', fileOf(1, 'kasi_b'), 'G11']);
    expect(flat).toContainEqual(['rollup.no-denominator', fileOf(4, 'kasi_b'), 'G9']);
    const over = full.problems.filter((p) => p.code === 'rollup.numerator-over');
    // TW2 for both percentages that read lulus; the year is below 100 %.
    expect(over.map((p) => [p.args.indicatorId, p.args.period.key])).toEqual([
      ['kadis_persen_lulus', '2017-TW2'],
      ['kadis_gabungan', '2017-TW2'],
    ]);
    // Names both workbooks and cells.
    expect(over[0]!.args).toMatchObject({
      numerator: 90,
      denominator: 80,
      numeratorCells: [{ file: fileOf(2, 'kasi_a'), sheet: 'Isian', cell: 'G9' }],
      denominatorCells: [{ file: fileOf(2, 'kasi_a'), sheet: 'Isian', cell: 'G8' }],
    });
    const partial = full.problems.filter((p) => p.code === 'rollup.partial');
    expect(partial.map((p) => `${p.args.indicatorId} ${p.args.period.key}`)).toEqual([
      'kadis_persen_lulus 2017',
      'kadis_gabungan 2017-TW1',
      'kadis_gabungan 2017-TW3',
      'kadis_gabungan 2017',
      'kabid_tpak 2017',
      'kabid_kasus 2017',
      'kasi_a_peserta 2017',
      'kasi_b_kasus 2017',
    ]);
    expect(partial[0]!.args).toMatchObject({ jabatan: 'KEPALA DINAS', reasons: [{ kind: 'missing-workbook', jabatanId: 'kasi_a', quarter: 3 }, { kind: 'left-out', quarter: 3 }] });
    expect(full.problems.every((p) => p.severity !== 'error')).toBe(true);
  });

  it('allow_over silences the numerator warning, and only for that indicator', () => {
    const yaml = SCENARIO_CATALOGUE.replace('numerator: [lulus], denominator: [peserta] }', 'numerator: [lulus], denominator: [peserta], allow_over: true }');
    expect(yaml).not.toBe(SCENARIO_CATALOGUE);
    const { catalogue } = loadCatalogue(yaml, 'skenario.yaml');
    const allowing = new CatalogueIndex(catalogue!);
    expect((allowing.indicators.get('kadis_persen_lulus') as RatioIndikator).allowOver).toBe(true);
    const r = rollup({ index: allowing, year: 2017, through: 4, submissions: scenarioSubmissions() });
    // The value is the same 112.5 %; only the warning goes.
    expect(r.indicators.find((i) => i.indicatorId === 'kadis_persen_lulus')!.values['2017-TW2']!.value).toBe(112.5);
    expect(r.problems.filter((p) => p.code === 'rollup.numerator-over').map((p) => p.args.indicatorId)).toEqual(['kadis_gabungan']);
  });

  it('completeness: jabatan x triwulan and the reporting rate', () => {
    expect(full.completeness.byQuarter).toEqual([
      { quarter: 1, received: 4, expected: 4 },
      { quarter: 2, received: 4, expected: 4 },
      { quarter: 3, received: 3, expected: 4 },
      { quarter: 4, received: 4, expected: 4 },
    ]);
    expect(full.completeness.total).toEqual({ received: 15, expected: 16 });
    expect(full.completeness.jabatan.find((j) => j.jabatanId === 'kasi_a')!.quarters[3]).toEqual({ status: 'missing', file: fileOf(3, 'kasi_a') });
  });

  it('keeps notes as text', () => {
    expect(full.notes.map((n) => [n.jabatanId, n.indicatorId, n.field, n.quarter, n.text])).toEqual([
      ['kadis', 'kadis_persen_lulus', 'kendala', 1, '=HYPERLINK("http://x","klik")'],
      ['kadis', 'kadis_persen_lulus', 'tindak_lanjut', 1, 'Koordinasi dengan LPK'],
    ]);
  });
});

describe('rollup: year to date', () => {
  const ytd = rollup({ index, year: 2017, through: 2, submissions: scenarioSubmissions() });
  const v = (id: string) => ytd.indicators.find((i) => i.indicatorId === id)!.values['2017-YTD-TW2']!;

  it('covers TW I and II, ignores later workbooks', () => {
    expect(ytd.periods.map((p) => p.key)).toEqual(['2017-TW1', '2017-TW2']);
    expect(ytd.aggregate).toEqual({ key: '2017-YTD-TW2', kind: 'ytd', quarters: [1, 2] });
    expect(ytd.completeness.total).toEqual({ received: 8, expected: 8 });
    expect(ytd.problems.map((p) => p.code)).not.toContain('rollup.missing-workbook');
  });

  it('computes the year-to-date percentages', () => {
    expect(v('kadis_persen_lulus')).toMatchObject({ numerator: 150, denominator: 180, status: 'ok' });
    expect(v('kadis_persen_lulus').value).toBeCloseTo(83.33333333333333, 10);
    expect(v('kabid_tpak')).toMatchObject({ numerator: 610, denominator: 1000, value: 61, status: 'ok' });
    expect(v('kabid_kasus')).toMatchObject({ numerator: 0, denominator: 0, value: null, status: 'no denominator' });
  });
});

describe('rollup: edge cases', () => {
  it('no submission at all is an error', () => {
    const r = rollup({ index, year: 2018, through: 4, submissions: [] });
    expect(r.problems.map((p) => [p.code, p.severity])).toContainEqual(['rollup.no-data', 'error']);
    expect(r.indicators.every((i) => Object.values(i.values).every((v) => v.value === null && v.status === 'missing'))).toBe(true);
  });

  it('two submissions for one jabatan and triwulan are an error; a foreign one is left out', () => {
    const subs = scenarioSubmissions();
    const dup = { ...subs[0]!, file: 'copy.xlsx' };
    const foreign = { ...subs[1]!, file: 'other.xlsx', meta: { ...subs[1]!.meta, year: 2016 } };
    const r = rollup({ index, year: 2017, through: 4, submissions: [...subs, dup, foreign] });
    const flat = r.problems.map((p) => [p.code, p.location.file]);
    expect(flat).toContainEqual(['rollup.duplicate-submission', 'copy.xlsx']);
    expect(flat).toContainEqual(['rollup.foreign-submission', 'other.xlsx']);
  });

  it('an invalid cell has no value and says so', () => {
    const subs = scenarioSubmissions();
    const b3 = subs.find((s) => s.meta.jabatanId === 'kasi_b' && s.meta.quarter === 3)!;
    b3.readings = b3.readings.map((r) => (r.elementId === 'kasus_daftar' ? { elementId: r.elementId, status: 'invalid', raw: '12 orang', source: r.source } : r));
    const r = rollup({ index, year: 2017, through: 4, submissions: subs });
    const k = r.indicators.find((i) => i.indicatorId === 'kabid_kasus')!;
    expect(k.values['2017-TW3']).toMatchObject({ value: null, status: 'no denominator' });
    // TW1 and TW3 left out: (0+2)/(0+3), partial.
    expect(k.values['2017']).toMatchObject({ numerator: 2, denominator: 3, status: 'partial' });
    expect(k.values['2017']!.value).toBeCloseTo(66.66666666666667, 10);
    expect(r.problems.map((p) => [p.code, p.location.cell])).toContainEqual(['rollup.invalid', 'G11']);
  });

  it('a ratio whose sides were never reported in the same triwulan has no value (and no numbers to divide)', () => {
    const i = index.indicators.get('kabid_kasus') as RatioIndikator;
    const has = (value: number): Value => ({ value, status: 'ok', reasons: [], sources: [] });
    const blank: Value = { value: null, status: 'blank', reasons: [], sources: [] };
    const q1 = (id: string) => (id === 'kasus_selesai' ? has(4) : blank);
    const q2 = (id: string) => (id === 'kasus_selesai' ? blank : has(5));
    const v = ratioOverPeriod(i, [q1, q2], () => undefined, () => 'sum', [1, 2]);
    expect(v).toMatchObject({ numerator: null, denominator: null, value: null, status: 'blank' });
  });

  it('a count the workbook has no cell for (older template) is not reported, with the reason', () => {
    const subs = scenarioSubmissions();
    const b2 = subs.find((s) => s.meta.jabatanId === 'kasi_b' && s.meta.quarter === 2)!;
    b2.readings = b2.readings.map((r) => (r.elementId === 'angkatan' ? { elementId: r.elementId, status: 'blank', notInTemplate: true, source: { ...r.source, sheet: '', cell: '' } } : r));
    const r = rollup({ index, year: 2017, through: 4, submissions: subs });
    const v = r.elements.find((e) => e.elementId === 'angkatan')!.values['2017-TW2']!;
    expect(v).toMatchObject({ value: null, status: 'blank', reasons: [{ kind: 'not-in-workbook', elementId: 'angkatan', quarter: 2, file: fileOf(2, 'kasi_b') }] });
    expect(r.problems.map((p) => [p.code, p.location.file])).toContainEqual(['rollup.not-in-template', fileOf(2, 'kasi_b')]);
  });

  it('combineSum and combineLast with nothing present give no value with the worst cause', () => {
    const blank: Value = { value: null, status: 'blank', reasons: [], sources: [] };
    const missing: Value = { value: null, status: 'missing', reasons: [], sources: [] };
    expect(combineSum([blank, missing])).toMatchObject({ value: null, status: 'missing' });
    expect(combineLast('x', [blank, blank], [1, 2])).toMatchObject({ value: null, status: 'blank' });
    expect(combineAverage([blank, missing])).toMatchObject({ value: null, status: 'missing' });
  });

  it('combineAverage: the mean of the triwulan with a value, partial when one is absent', () => {
    const v = (value: number): Value => ({ value, status: 'ok', reasons: [], sources: [] });
    const blank: Value = { value: null, status: 'blank', reasons: [{ kind: 'zero-denominator' }], sources: [] };
    expect(combineAverage([v(10), v(20), v(30), v(40)])).toMatchObject({ value: 25, status: 'ok' });
    expect(combineAverage([v(10), blank, v(30), v(41)])).toMatchObject({ value: 27, status: 'partial', reasons: [{ kind: 'zero-denominator' }] });
  });
});

describe('display rounding', () => {
  it('rounds half up to two decimals, for display only, in each language', () => {
    expect(roundHalfUp(1.005)).toBe(1.01);
    expect(roundHalfUp(2.675)).toBe(2.68);
    expect(roundHalfUp(33.33333333333333)).toBe(33.33);
    expect(roundHalfUp(59.615384615384606)).toBe(59.62);
    expect(fmt('en').fixed(112.5)).toBe('112.50');
    expect(fmt('en').fixed(0.125)).toBe('0.13');
    expect(fmt('id').pct(65.21739130434783)).toBe('65,22 %');
    expect(fmt('id').num(1234)).toBe('1.234');
  });
});
