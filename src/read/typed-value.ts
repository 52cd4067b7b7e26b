// The rules for a typed element's value (decimal, rupiah, percent), from a number or from text written
// the Indonesian way. Counts keep their own, stricter rules (cells.ts). Pure.
//
// Text: spaces are dropped; a leading "Rp" (rupiah) and a trailing "%" (percent) are allowed. The
// text is read both ways a person may mean it: Indonesian (dot groups thousands, comma marks decimals:
// "1.234.567", "82,75", "1.234,5") and English ("1,234,567", "82.75"). Readings that do not fit the
// type are dropped (rupiah are whole). One reading left: that is the value. Two different readings
// ("1.234" for a decimal: 1234 or 1,234): refused, with both readings. None: refused.
import { RUPIAH_MAX, boundsOf, type Element, type ElementType } from '../model/catalogue.js';

export type TypedType = Exclude<ElementType, 'count'>;

/** What the typed rules need of an element. */
export type ValueSpec = Pick<Element, 'type' | 'min' | 'max'>;

export type TypedRefusal =
  | { code: 'cell.out-of-range'; args: { type: ElementType; value: number; bound: 'min' | 'max'; limit: number } }
  | { code: 'cell.two-readings'; args: { type: TypedType; raw: string; readings: [number, number] } }
  | { code: 'cell.rupiah-fraction'; args: { value: number; below: number; above: number } }
  | { code: 'cell.not-a-value'; args: { type: TypedType; raw: string } }
  | { code: 'cell.not-finite'; args: { raw: string } };

export type TypedParse = { kind: 'value'; value: number } | ({ kind: 'invalid'; raw: string } & TypedRefusal);

const SPACES = /[\s\u00a0\u2007\u2009\u202f\u3000]/g;
const MINUS = /^[-\u2212\u2013]/;

/** A number as a value of the element: whole for rupiah, inside the bounds. */
export function typedNumber(n: number, el: ValueSpec): TypedParse {
  const raw = String(Number.isFinite(n) ? Number(n.toPrecision(15)) : n);
  if (!Number.isFinite(n)) return { kind: 'invalid', raw, code: 'cell.not-finite', args: { raw } };
  let value = n;
  if (el.type === 'rupiah') {
    const r = Math.round(n);
    // Formula arithmetic leaves tiny binary fractions; those are whole rupiah.
    if (Math.abs(n - r) > 1e-9 * Math.max(1, Math.abs(n)) && Math.abs(n) <= RUPIAH_MAX) {
      const v = Number(n.toPrecision(12));
      return { kind: 'invalid', raw, code: 'cell.rupiah-fraction', args: { value: v, below: Math.floor(n), above: Math.ceil(n) } };
    }
    value = r;
  }
  return inBounds(value === 0 ? 0 : value, el, raw);
}

/** The bounds check shared by counts and typed values. */
export function inBounds(value: number, el: ValueSpec, raw: string): TypedParse {
  const { min, max } = boundsOf(el);
  if (value < min) return { kind: 'invalid', raw, code: 'cell.out-of-range', args: { type: el.type, value, bound: 'min', limit: min } };
  if (value > max) return { kind: 'invalid', raw, code: 'cell.out-of-range', args: { type: el.type, value, bound: 'max', limit: max } };
  return { kind: 'value', value };
}

/** Text typed into a typed element's cell (already known not to be blank). */
export function typedText(input: string, el: ValueSpec & { type: TypedType }): TypedParse {
  const raw = input.trim().length > 60 ? `${input.trim().slice(0, 57)}...` : input.trim();
  let s = input.replace(SPACES, '');
  if (el.type === 'rupiah') s = s.replace(/^rp\.?/i, '').replace(/,-$/, '');
  if (el.type === 'percent') s = s.replace(/%$/, '');
  const negative = MINUS.test(s);
  if (negative) s = s.slice(1);
  const all = readingsWithPlaces(s);
  const readings = all.map((r) => (negative ? -r.value : r.value));
  // Rupiah are whole, and money never has three decimal places: "12.000" is twelve thousand only.
  const fitting = [...new Set(el.type === 'rupiah' ? all.filter((r) => Number.isInteger(r.value) && r.places <= 2).map((r) => (negative ? -r.value : r.value)) : readings)];
  if (fitting.length === 1) return typedNumber(fitting[0]!, el);
  if (fitting.length >= 2) return { kind: 'invalid', raw, code: 'cell.two-readings', args: { type: el.type, raw, readings: [fitting[0]!, fitting[1]!] } };
  // Readable only as a fraction of a rupiah: say so (the number rules give the words).
  if (readings.length > 0) return typedNumber(readings[0]!, el);
  return { kind: 'invalid', raw, code: 'cell.not-a-value', args: { type: el.type, raw } };
}

/**
 * The numbers a string of digits, dots and commas can mean: the Indonesian reading first (dot groups
 * thousands, comma marks decimals), then the English one. Each only when the text is well formed for it.
 */
function readingsWithPlaces(s: string): { value: number; places: number }[] {
  const id = readAs(s, '.', ',');
  const en = readAs(s, ',', '.');
  return [...(id ? [id] : []), ...(en && en.value !== id?.value ? [en] : [])];
}

/** `s` read with `group` between groups of three digits and `mark` before the decimals, if well formed. */
function readAs(s: string, group: string, mark: string): { value: number; places: number } | undefined {
  const g = group === '.' ? '\\.' : ',';
  const m = mark === '.' ? '\\.' : ',';
  const re = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${m}(\\d+))?$`);
  const hit = re.exec(s);
  if (!hit) return undefined;
  const whole = hit[1]!.split(group).join('');
  const n = Number(hit[2] !== undefined ? `${whole}.${hit[2]}` : whole);
  return Number.isFinite(n) ? { value: n, places: hit[2]?.length ?? 0 } : undefined;
}
