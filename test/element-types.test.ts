// Element types (count, decimal, rupiah, percent): the catalogue keys, their checks with YAML lines,
// and the cell rules for each type from numbers and from Indonesian-style text.
import { describe, expect, it } from 'vitest';
import { parseElementCell } from '../src/read/cells.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { SMALL_CATALOGUE, edit, lineOf } from './support/small-catalogue.js';

const PESERTA = '    owner: kasi_satu\n    aggregation: sum\n';
/** The small catalogue with extra keys on the `peserta` element. */
const withKeys = (keys: string) => edit(SMALL_CATALOGUE, PESERTA, `${PESERTA}${keys}`);
const problems = (src: string) => loadCatalogue(src, 'c.yaml').problems.map((p) => ({ code: p.code, args: p.args, line: p.location.line }));

describe('catalogue: type keys', () => {
  it('defaults to count with no decimals; decimal and percent default to 2 places', () => {
    const plain = loadCatalogue(SMALL_CATALOGUE, 'c.yaml').catalogue!;
    expect(plain.elements.find((e) => e.id === 'peserta')).toEqual({ id: 'peserta', nama: 'Jumlah peserta pelatihan', satuan: 'orang', owner: 'kasi_satu', aggregation: 'sum', type: 'count' });
    const src = withKeys('    type: decimal\n    min: 0\n    max: 100\n').replace('kind: count\n            element: peserta', 'kind: value\n            element: peserta');
    const { catalogue, problems: ps } = loadCatalogue(src, 'c.yaml');
    expect(ps).toEqual([]);
    expect(catalogue!.elements.find((e) => e.id === 'peserta')).toMatchObject({ type: 'decimal', decimals: 2, min: 0, max: 100 });
    expect(catalogue!.jabatan.flatMap((j) => j.kinerja.flatMap((k) => k.indikator)).find((i) => i.id === 'kasi_satu_peserta')).toMatchObject({ kind: 'value', element: 'peserta' });
  });

  it('decimals on a count is refused on its line', () => {
    const src = withKeys('    decimals: 2\n');
    expect(problems(src)).toEqual([{ code: 'catalogue.type-key', args: { element: 'peserta', type: 'count', key: 'decimals' }, line: lineOf(src, 'decimals: 2') }]);
  });

  it('decimals on rupiah is refused', () => {
    const src = withKeys('    type: rupiah\n    decimals: 0\n').replace('kind: count\n            element: peserta', 'kind: value\n            element: peserta');
    expect(problems(src).map((p) => [p.code, p.line])).toEqual([['catalogue.type-key', lineOf(src, 'decimals: 0')]]);
  });

  it('min above max, on the max line', () => {
    const src = withKeys('    min: 10\n    max: 5\n');
    expect(problems(src)).toEqual([{ code: 'catalogue.min-over-max', args: { element: 'peserta', min: 10, max: 5 }, line: lineOf(src, 'max: 5') }]);
  });

  it('a decimal with a negative max and no min: min 0 is implied', () => {
    const src = withKeys('    type: decimal\n    max: -1\n').replace('kind: count\n            element: peserta', 'kind: value\n            element: peserta');
    expect(problems(src)).toEqual([{ code: 'catalogue.min-over-max', args: { element: 'peserta', min: 0, max: -1, implied: true }, line: lineOf(src, 'max: -1') }]);
  });

  it('bounds outside the type: a percent max 120, a fractional count min, rupiah above 10^15', () => {
    const pct = withKeys('    type: percent\n    max: 120\n').replace('kind: count\n            element: peserta', 'kind: value\n            element: peserta');
    expect(problems(pct)).toEqual([
      { code: 'catalogue.type-bound', args: { element: 'peserta', type: 'percent', key: 'max', value: 120, whole: false, low: 0, high: 100 }, line: lineOf(pct, 'max: 120') },
    ]);
    const cnt = withKeys('    min: 0.5\n');
    expect(problems(cnt).map((p) => [p.code, (p.args as { key?: string }).key, p.line])).toEqual([['catalogue.type-bound', 'min', lineOf(cnt, 'min: 0.5')]]);
    const rp = withKeys('    type: rupiah\n    max: 2000000000000000\n').replace('kind: count\n            element: peserta', 'kind: value\n            element: peserta');
    expect(problems(rp).map((p) => [p.code, (p.args as { key?: string }).key, p.line])).toEqual([['catalogue.type-bound', 'max', lineOf(rp, 'max: 2000000000000000')]]);
  });

  it('kind: count over a decimal element is refused on the kind line; kind: value is its form', () => {
    const src = withKeys('    type: decimal\n');
    const line = lineOf(src, 'element: peserta') - 1;
    expect(problems(src)).toEqual([{ code: 'catalogue.kind-type', args: { indicator: 'kasi_satu_peserta', element: 'peserta', type: 'decimal' }, line }]);
  });

  it('an unknown type and a decimals out of range are schema problems on their lines', () => {
    const src = withKeys('    type: money\n    decimals: 9\n');
    const ps = problems(src);
    expect(ps.map((p) => [p.code, p.line])).toEqual([
      ['catalogue.schema', lineOf(src, 'type: money')],
      ['catalogue.schema', lineOf(src, 'decimals: 9')],
    ]);
  });
});

const DEC = { type: 'decimal' } as const;
const RP = { type: 'rupiah' } as const;
const PCT = { type: 'percent' } as const;
const read = (v: unknown, el: Parameters<typeof parseElementCell>[1]) => {
  const p = parseElementCell(v, el);
  return p.kind === 'value' ? p.value : p.kind === 'blank' ? 'blank' : { code: p.code, args: p.args };
};

describe('cells: typed values', () => {
  it('numbers: decimal as typed, rupiah whole, percent 0–100', () => {
    expect(read(82.75, DEC)).toBe(82.75);
    expect(read(1234567, RP)).toBe(1234567);
    expect(read(1e15, RP)).toBe(1e15);
    expect(read(1e15 + 2, RP)).toEqual({ code: 'cell.out-of-range', args: { type: 'rupiah', value: 1e15 + 2, bound: 'max', limit: 1e15 } });
    expect(read(1500.5, RP)).toEqual({ code: 'cell.rupiah-fraction', args: { value: 1500.5, below: 1500, above: 1501 } });
    expect(read((10 / 3) * 3 * 1000, RP)).toBe(10000);
    expect(read(5.8, PCT)).toBe(5.8);
    expect(read(100.5, PCT)).toEqual({ code: 'cell.out-of-range', args: { type: 'percent', value: 100.5, bound: 'max', limit: 100 } });
    expect(read(-1, DEC)).toEqual({ code: 'cell.out-of-range', args: { type: 'decimal', value: -1, bound: 'min', limit: 0 } });
    expect(read(-1, { type: 'decimal', min: -10 })).toBe(-1);
    expect(read(Infinity, DEC)).toMatchObject({ code: 'cell.not-finite' });
  });

  it('Indonesian text: "82,75" decimal, "1.234.567" rupiah, "5,8 %" percent, "Rp 1.234.567,-"', () => {
    expect(read('82,75', DEC)).toBe(82.75);
    expect(read(' 65,4 ', DEC)).toBe(65.4);
    expect(read('1.234,5', DEC)).toBe(1234.5);
    expect(read('82.75', DEC)).toBe(82.75);
    expect(read('1.234.567', RP)).toBe(1234567);
    expect(read('1.234', RP)).toBe(1234);
    // Money never has three decimal places: "12.000" and "1,234" are whole rupiah only.
    expect(read('Rp 12.000', RP)).toBe(12000);
    expect(read('1,234', RP)).toBe(1234);
    expect(read('Rp 1.234.567,-', RP)).toBe(1234567);
    expect(read('Rp1.000.000,00', RP)).toBe(1000000);
    expect(read('5,8 %', PCT)).toBe(5.8);
    expect(read('5,8', PCT)).toBe(5.8);
    expect(read('12', DEC)).toBe(12);
  });

  it('text read two ways is refused with both readings', () => {
    expect(read('1.234', DEC)).toEqual({ code: 'cell.two-readings', args: { type: 'decimal', raw: '1.234', readings: [1234, 1.234] } });
    expect(read('12,500', PCT)).toEqual({ code: 'cell.two-readings', args: { type: 'percent', raw: '12,500', readings: [12.5, 12500] } });
  });

  it('words, fractions of a rupiah and out-of-range text are refused', () => {
    expect(read('baik', DEC)).toEqual({ code: 'cell.not-a-value', args: { type: 'decimal', raw: 'baik' } });
    expect(read('1.5', RP)).toEqual({ code: 'cell.rupiah-fraction', args: { value: 1.5, below: 1, above: 2 } });
    expect(read('120', PCT)).toMatchObject({ code: 'cell.out-of-range', args: { bound: 'max', limit: 100 } });
    expect(read('-2,5', DEC)).toMatchObject({ code: 'cell.out-of-range', args: { value: -2.5, bound: 'min', limit: 0 } });
    expect(read('', DEC)).toBe('blank');
  });

  it('formula results and rich text follow the same rules, saying when it was a formula', () => {
    expect(read({ formula: 'A1/3', result: 27.5 }, DEC)).toBe(27.5);
    expect(read({ formula: 'A1', result: 101 }, PCT)).toEqual({ code: 'cell.out-of-range', args: { type: 'percent', value: 101, bound: 'max', limit: 100, formula: true } });
    expect(read({ richText: [{ text: '82,' }, { text: '75' }] }, DEC)).toBe(82.75);
  });

  it('a count keeps its rules, then its own min/max', () => {
    expect(read('1.234', { type: 'count' })).toMatchObject({ code: 'cell.ambiguous-separator' });
    expect(read(12, { type: 'count', max: 10 })).toEqual({ code: 'cell.out-of-range', args: { type: 'count', value: 12, bound: 'max', limit: 10 } });
    expect(read(7, { type: 'count', max: 10 })).toBe(7);
  });
});
