// Data-quality checks across triwulan: each rule's code, cell and args; thresholds and switches from
// the configuration; and the cases that must stay silent.
import { describe, expect, it } from 'vitest';
import { checkQuality, type QualityElement, type QualityIndicator, type QualityInput } from '../src/compute/quality.js';
import { DEFAULT_CONFIG, type MutuConfig } from '../src/model/config.js';
import type { Quarter } from '../src/model/period.js';

const FILE = 'incoming/IKI_2017_TW3_kasi_satu.xlsx';
const cell = (c: string, name: string) => ({ file: FILE, sheet: 'Isian', cell: c, name });
const hist = (...vs: (number | null)[]) => vs.map((value, i) => ({ year: 2017, quarter: (i + 1) as Quarter, value }));

const el = (o: Partial<QualityElement> & Pick<QualityElement, 'element'>): QualityElement => ({
  nama: `Nama ${o.element}`,
  aggregation: 'sum',
  value: null,
  source: cell('G10', `iki_${o.element}`),
  earlier: [],
  ...o,
});

const input = (elements: QualityElement[], indicators: QualityIndicator[] = [], quarter: Quarter = 3, year = 2017): QualityInput => ({ year, quarter, file: FILE, elements, indicators });
const run = (i: QualityInput, cfg: MutuConfig = DEFAULT_CONFIG.mutu) => checkQuality(i, cfg).map((p) => ({ code: p.code, severity: p.severity, args: p.args, location: p.location }));

describe('quality.stock-drop', () => {
  const stock = (value: number, ...earlier: (number | null)[]) => el({ element: 'jumlah_perusahaan', aggregation: 'last', value, source: cell('G12', 'iki_jumlah_perusahaan'), earlier: hist(...earlier) });

  it('a stock falling by more than 50 % from the previous triwulan', () => {
    expect(run(input([stock(40, 100, 120)]))).toEqual([
      {
        code: 'quality.stock-drop',
        severity: 'warning',
        args: { element: 'jumlah_perusahaan', nama: 'Nama jumlah_perusahaan', value: 40, previous: 120, previousPeriod: '2017-TW2', dropPct: 66.67, threshold: 50 },
        location: { file: FILE, sheet: 'Isian', cell: 'G12', name: 'iki_jumlah_perusahaan' },
      },
    ]);
  });

  it('exactly 50 %, a rise, blank now, no earlier value or 0 before: silent; the previous value skips blanks', () => {
    expect(run(input([stock(60, 100, 120)]))).toEqual([]);
    expect(run(input([stock(500, 100, 120)]))).toEqual([]);
    expect(run(input([el({ element: 'x', aggregation: 'last', value: null, earlier: hist(120, 120) })]))).toEqual([]);
    expect(run(input([stock(10)]))).toEqual([]);
    expect(run(input([stock(10, 0, 0)]))).toEqual([]);
    expect(run(input([stock(40, 120, null)]))[0]!.args).toMatchObject({ previous: 120, previousPeriod: '2017-TW1' });
  });

  it('the threshold and the switch come from the configuration; across the year: TW IV of the year before', () => {
    expect(run(input([stock(80, 100, 120)]), { ...DEFAULT_CONFIG.mutu, stokTurunPersen: 25 })[0]!.args).toMatchObject({ dropPct: 33.33, threshold: 25 });
    expect(run(input([stock(40, 100, 120)]), { ...DEFAULT_CONFIG.mutu, aktif: { ...DEFAULT_CONFIG.mutu.aktif, 'stock-drop': false } })).toEqual([]);
    const e = el({ element: 'jumlah_perusahaan', aggregation: 'last', value: 40, earlier: [{ year: 2016, quarter: 4, value: 120 }] });
    expect(run(input([e], [], 1))[0]!.args).toMatchObject({ previousPeriod: '2016-TW4' });
  });
});

describe('quality.outlier', () => {
  const flow = (value: number, earlier: { year: number; quarter: Quarter; value: number | null }[]) =>
    el({ element: 'peserta', value, source: cell('G10', 'iki_peserta'), earlier });

  it('with fewer than 3 earlier triwulan: more than 3x or less than 1/3 of the previous value', () => {
    expect(run(input([flow(1200, hist(100, 120))]))).toEqual([
      {
        code: 'quality.outlier',
        severity: 'warning',
        args: { element: 'peserta', nama: 'Nama peserta', value: 1200, low: 40, high: 360, method: 'ratio', n: 2, previous: 120, previousPeriod: '2017-TW2', factor: 3 },
        location: { file: FILE, sheet: 'Isian', cell: 'G10', name: 'iki_peserta' },
      },
    ]);
    expect(run(input([flow(30, hist(100, 120))]))[0]!.args).toMatchObject({ method: 'ratio', value: 30, low: 40 });
    expect(run(input([flow(360, hist(100, 120))]))).toEqual([]);
    expect(run(input([flow(40, hist(100, 120))]))).toEqual([]);
    expect(run(input([flow(50, hist(0, 0))]))).toEqual([]);
    expect(run(input([flow(50, [])]))).toEqual([]);
  });

  it('with at least 3 earlier triwulan: mean ± 2 sd (DHIS2), over any year', () => {
    const earlier = [
      { year: 2016, quarter: 3 as Quarter, value: 100 },
      { year: 2016, quarter: 4 as Quarter, value: 110 },
      { year: 2017, quarter: 1 as Quarter, value: 90 },
      { year: 2017, quarter: 2 as Quarter, value: 100 },
    ];
    // mean 100, sample sd 8.165: band 83.67 .. 116.33
    expect(run(input([flow(130, earlier)]))).toEqual([
      {
        code: 'quality.outlier',
        severity: 'warning',
        args: { element: 'peserta', nama: 'Nama peserta', value: 130, low: 83.67, high: 116.33, method: 'sd', n: 4, mean: 100, sd: 8.16, k: 2 },
        location: { file: FILE, sheet: 'Isian', cell: 'G10', name: 'iki_peserta' },
      },
    ]);
    expect(run(input([flow(115, earlier)]))).toEqual([]);
    // k from the configuration.
    expect(run(input([flow(115, earlier)]), { ...DEFAULT_CONFIG.mutu, outlierK: 1 })[0]!.args).toMatchObject({ method: 'sd', k: 1, low: 91.84, high: 108.16 });
    // Later triwulan and blanks are not "earlier values".
    expect(run(input([flow(400, [...earlier.slice(0, 2), { year: 2017, quarter: 1, value: null }, { year: 2017, quarter: 4, value: 999 }])]))[0]!.args).toMatchObject({ method: 'ratio', n: 2, previous: 110, previousPeriod: '2016-TW4' });
  });

  it('earlier values all equal: the ratio rule instead (no zero-width band); switched off: silent', () => {
    expect(run(input([flow(101, hist(100, 100, 100).map((v, i) => ({ ...v, year: 2016, quarter: (i + 1) as Quarter })))]))).toEqual([]);
    expect(run(input([flow(400, [{ year: 2016, quarter: 1, value: 100 }, { year: 2016, quarter: 2, value: 100 }, { year: 2016, quarter: 3, value: 100 }])]))[0]!.args).toMatchObject({ method: 'ratio', n: 3, factor: 3 });
    expect(run(input([flow(1200, hist(100, 120))]), { ...DEFAULT_CONFIG.mutu, aktif: { ...DEFAULT_CONFIG.mutu.aktif, outlier: false } })).toEqual([]);
    expect(run(input([flow(1200, hist(100, 120))]), { ...DEFAULT_CONFIG.mutu, outlierKali: 10 })).toEqual([]);
  });

  it('stocks are not judged as flows, nor flows as stocks', () => {
    expect(run(input([el({ element: 's', aggregation: 'last', value: 1200, earlier: hist(100, 120) })]))).toEqual([]);
    expect(run(input([el({ element: 'f', aggregation: 'sum', value: 100, earlier: hist(300, 300) })]))).toEqual([]);
  });
});

describe('quality.copied', () => {
  const two = (a: number | null, b: number | null, prevA: number | null, prevB: number | null, aggA: 'sum' | 'last' = 'sum') => [
    el({ element: 'peserta', aggregation: aggA, value: a, source: cell('G10', 'iki_peserta'), earlier: [{ year: 2017, quarter: 2, value: prevA }] }),
    el({ element: 'lulus', value: b, source: cell('G11', 'iki_lulus'), earlier: [{ year: 2017, quarter: 2, value: prevB }] }),
  ];

  it('every value equal to the previous triwulan (blank = blank)', () => {
    expect(run(input(two(120, null, 120, null)))).toEqual([
      { code: 'quality.copied', severity: 'warning', args: { previousPeriod: '2017-TW2', values: 1 }, location: { file: FILE, sheet: 'Isian' } },
    ]);
    expect(run(input(two(120, 80, 120, 80)))[0]!.args).toEqual({ previousPeriod: '2017-TW2', values: 2 });
  });

  it('one value different, the previous triwulan empty or absent, only stocks or zeros: silent', () => {
    expect(run(input(two(120, 81, 120, 80)))).toEqual([]);
    expect(run(input(two(null, null, null, null)))).toEqual([]);
    expect(run(input(two(0, 0, 0, 0)))).toEqual([]);
    expect(run(input([el({ element: 's', aggregation: 'last', value: 120, earlier: [{ year: 2017, quarter: 2, value: 120 }] })]))).toEqual([]);
    // Only TW I is archived: TW III is compared with TW II, which is absent.
    expect(run(input([el({ element: 'peserta', value: 120, earlier: [{ year: 2017, quarter: 1, value: 120 }] })]))).toEqual([]);
    expect(run(input(two(120, 80, 120, 80)), { ...DEFAULT_CONFIG.mutu, aktif: { ...DEFAULT_CONFIG.mutu.aktif, copied: false } })).toEqual([]);
  });
});

describe('quality.explanation-missing', () => {
  const kendala = (text: string) => ({ text, source: cell('G14', 'iki_note_kasi_satu_peserta_kendala') });
  const ind = (o: Partial<QualityIndicator>): QualityIndicator => ({
    indicator: 'kasi_satu_peserta',
    nama: 'Jumlah peserta pelatihan',
    polarity: 'higher',
    value: 40,
    target: 50,
    previous: null,
    kendala: kendala(''),
    ...o,
  });

  it('below the target with kendala blank: at the kendala cell', () => {
    expect(run(input([], [ind({})]))).toEqual([
      {
        code: 'quality.explanation-missing',
        severity: 'warning',
        args: { indicator: 'kasi_satu_peserta', nama: 'Jumlah peserta pelatihan', value: 40, reasons: ['below-target'], target: 50, polarity: 'higher' },
        location: { file: FILE, sheet: 'Isian', cell: 'G14', name: 'iki_note_kasi_satu_peserta_kendala' },
      },
    ]);
  });

  it('worse than the previous triwulan, by polarity; both reasons at once', () => {
    const prev = { value: 45, year: 2017, quarter: 2 as Quarter };
    expect(run(input([], [ind({ target: null, previous: prev })]))[0]!.args).toEqual({
      indicator: 'kasi_satu_peserta',
      nama: 'Jumlah peserta pelatihan',
      value: 40,
      reasons: ['worse'],
      previous: 45,
      previousPeriod: '2017-TW2',
      polarity: 'higher',
    });
    expect(run(input([], [ind({ previous: prev })]))[0]!.args).toMatchObject({ reasons: ['below-target', 'worse'], target: 50, previous: 45 });
    // Lower is better: 40 against a target of 30 is short of it; against 45 before, it is better.
    expect(run(input([], [ind({ polarity: 'lower', target: 30, previous: prev })]))[0]!.args).toMatchObject({ reasons: ['below-target'], polarity: 'lower' });
    expect(run(input([], [ind({ polarity: 'lower', target: 50, previous: prev })]))).toEqual([]);
  });

  it('kendala written, target met, no value, no kendala cell, switched off: silent', () => {
    expect(run(input([], [ind({ kendala: kendala('Anggaran pelatihan baru cair bulan Juni') })]))).toEqual([]);
    expect(run(input([], [ind({ value: 50 })]))).toEqual([]);
    expect(run(input([], [ind({ value: null })]))).toEqual([]);
    expect(run(input([], [ind({ kendala: null })]))).toEqual([]);
    expect(run(input([], [ind({ kendala: kendala('   ') })])).map((p) => p.code)).toEqual(['quality.explanation-missing']);
    expect(run(input([], [ind({})]), { ...DEFAULT_CONFIG.mutu, aktif: { ...DEFAULT_CONFIG.mutu.aktif, 'explanation-missing': false } })).toEqual([]);
  });
});
