// The rules for what a person typed in a cell, on the readers' cell values (book.ts CellValue). Pure: no workbook, no disk, no
// text. A refused count says why as a problem code and its data (what was typed, the number found, the
// unit, both readings of a separator); the texts in src/model/problems/ say what to type instead.
import type { Element } from '../model/catalogue.js';
import type { ArgsOf, CellArgs } from '../model/problems/codes.js';
import { inBounds, typedNumber, typedText, type TypedParse, type ValueSpec } from './typed-value.js';

/** The codes a count cell can be refused with. */
export type CellCode =
  | 'cell.text-with-unit'
  | 'cell.ambiguous-separator'
  | 'cell.words'
  | 'cell.negative'
  | 'cell.decimal'
  | 'cell.error-value'
  | 'cell.date'
  | 'cell.formula-no-result'
  | 'cell.not-finite'
  | 'cell.too-large'
  | 'cell.shared-string-missing'
  | 'cell.unreadable-value'
  | 'cell.not-number'
  | 'cell.out-of-range'
  | 'cell.two-readings'
  | 'cell.rupiah-fraction'
  | 'cell.not-a-value';

/** Why a count cell is refused: a code and its args, less the isian's nama and satuan (the caller adds them). */
export type CellRefusal = { [C in CellCode]: { code: C; args: Omit<ArgsOf<C>, keyof CellArgs> } }[CellCode];

export type CountParse =
  | { kind: 'value'; value: number }
  | { kind: 'blank' }
  /** `raw`: the cell's content as text, for the reading kept in the submission. */
  | ({ kind: 'invalid'; raw: string } & CellRefusal);

/** Spaces people and Excel put around numbers: ordinary, no-break, thin, narrow no-break, ideographic. */
const SPACES = /^[\s\u00a0\u2007\u2009\u202f\u3000]+|[\s\u00a0\u2007\u2009\u202f\u3000]+$/g;
const ZERO_WORDS = /^(-+|–|—|nihil|nol|kosong|tidak ada|tdk ada|belum ada|none|nil)$/i;

/**
 * The rules for a count cell. Numbers, cached numeric formula results and text that is a plain whole
 * number are values; blank is "not reported"; everything else is refused.
 */
export function parseCountCell(value: unknown): CountParse {
  return parseCountValue(value, false, COUNT);
}

const COUNT: ValueSpec = { type: 'count' };

/**
 * The rules for an element's cell, by its type: a count by the count rules (then its min/max), a
 * decimal, rupiah or percent by typed-value.ts. Blank, dates, booleans, errors and formulas alike.
 */
export function parseElementCell(value: unknown, el: Pick<Element, 'type' | 'min' | 'max'>): CountParse {
  return parseCountValue(value, false, el);
}

function refuse<C extends CellCode>(code: C, args: Omit<ArgsOf<C>, keyof CellArgs>, raw: string): CountParse {
  return { kind: 'invalid', raw, code, args } as CountParse;
}

/** `{ formula: true }` when the value is a formula's result: the text then speaks of the result. */
const from = (inFormula: boolean): { formula?: true } => (inFormula ? { formula: true } : {});

/** A typed result as a cell parse, saying when it came from a formula. */
function fromTyped(t: TypedParse, inFormula: boolean): CountParse {
  if (t.kind === 'value') return t;
  return { ...t, args: { ...t.args, ...from(inFormula) } } as CountParse;
}

function numberCell(n: number, inFormula: boolean, el: ValueSpec): CountParse {
  if (el.type !== 'count') return fromTyped(typedNumber(n, el), inFormula);
  const c = parseNumber(n, inFormula);
  return c.kind === 'value' && (el.min !== undefined || el.max !== undefined) ? fromTyped(inBounds(c.value, el, String(c.value)), inFormula) : c;
}

function textCell(s: string, inFormula: boolean, el: ValueSpec): CountParse {
  if (el.type === 'count') {
    const c = parseCountText(s, inFormula);
    return c.kind === 'value' ? numberCell(c.value, inFormula, el) : c;
  }
  if (s.replace(SPACES, '') === '') return { kind: 'blank' };
  const type = el.type;
  return fromTyped(typedText(s, { ...el, type }), inFormula);
}

function parseCountValue(value: unknown, inFormula: boolean, el: ValueSpec): CountParse {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') return numberCell(value, inFormula, el);
  if (typeof value === 'string') return textCell(value, inFormula, el);
  if (typeof value === 'boolean') {
    const raw = value ? 'TRUE' : 'FALSE';
    return refuse('cell.not-number', { raw, boolean: true, ...from(inFormula) }, raw);
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('date' in v) {
      const date = typeof v.date === 'string' ? v.date : null;
      return refuse('cell.date', { date, ...from(inFormula) }, date ?? 'invalid date');
    }
    if ('damaged' in v) return damagedRefusal(v);
    if ('error' in v) {
      const error = String(v.error);
      return refuse('cell.error-value', { error, ...from(inFormula) }, error);
    }
    if ('formula' in v || 'sharedFormula' in v) {
      const formula = String(v.formula ?? v.sharedFormula ?? '');
      if (!('result' in v) || v.result === undefined) return refuse('cell.formula-no-result', { formula }, `=${formula}`);
      if (v.result === '') return { kind: 'blank' };
      return parseCountValue(v.result, true, el);
    }
    if ('richText' in v && Array.isArray(v.richText)) {
      return textCell(v.richText.map((run: { text?: unknown }) => String(run?.text ?? '')).join(''), inFormula, el);
    }
    if ('text' in v && typeof v.text === 'string') return textCell(v.text, inFormula, el);
  }
  const raw = safeRaw(value);
  return refuse('cell.not-number', { raw, ...from(inFormula) }, raw);
}

/** A value the file holds but that cannot be read exactly (book.ts `damaged`). */
function damagedRefusal(v: Record<string, unknown>): CountParse {
  if (v.damaged === 'shared-string') {
    const index = Number(v.index);
    return refuse('cell.shared-string-missing', { index, count: typeof v.count === 'number' ? v.count : null }, `#${index}`);
  }
  const raw = String(v.text ?? '');
  return refuse('cell.unreadable-value', { kind: v.damaged === 'boolean' ? 'boolean' : 'number', raw }, raw);
}

function parseNumber(n: number, inFormula: boolean, text?: string): CountParse {
  if (!Number.isFinite(n)) return refuse('cell.not-finite', { raw: String(n), ...from(inFormula) }, String(n));
  // Beyond 2^53 a double no longer holds every whole number: the digits typed are not the number read.
  if (Math.abs(n) > Number.MAX_SAFE_INTEGER) {
    const raw = text ?? formatNumber(n);
    return refuse('cell.too-large', { raw, ...from(inFormula) }, raw);
  }
  if (n < 0) return refuse('cell.negative', { raw: formatNumber(n), ...from(inFormula) }, formatNumber(n));
  const r = Math.round(n);
  // Formula arithmetic leaves tiny binary fractions (10/3*3); those are whole numbers.
  if (Math.abs(n - r) > 1e-9 * Math.max(1, Math.abs(n))) {
    const value = Number(n.toPrecision(12));
    return refuse('cell.decimal', { value, below: Math.floor(n), above: Math.ceil(n), ...from(inFormula) }, formatNumber(n));
  }
  return { kind: 'value', value: r === 0 ? 0 : r };
}

function parseCountText(input: string, inFormula: boolean): CountParse {
  const s = input.replace(SPACES, '');
  const raw = s.length > 60 ? `${s.slice(0, 57)}...` : s;
  const f = from(inFormula);
  if (s === '') return { kind: 'blank' };
  if (/^\d+$/.test(s)) return parseNumber(Number(s), inFormula, raw);
  // Negative: "-5", "−5" (unicode minus), "(5)".
  if (/^[-\u2212\u2013]\s*\d/.test(s) || /^\(\s*\d[\d.,\s]*\)$/.test(s)) return refuse('cell.negative', { raw, ...f }, raw);
  if (/^\d{1,3}(?:[.,\s\u00a0]\d{3})+(?:[.,]\d+)?$/.test(s) || /^\d+(?:[.,]\d+)+$/.test(s)) return separatorRefusal(s, raw, f);
  if (ZERO_WORDS.test(s)) return refuse('cell.words', { raw, zero: true, ...f }, raw);
  const digits = /\d+(?:[.,]\d+)*/.exec(s);
  if (digits) {
    const unit = s.replace(digits[0], '').replace(SPACES, '').slice(0, 30);
    const number = Number(digits[0].replace(/[.,]/g, ''));
    return refuse('cell.text-with-unit', { raw, ...(Number.isSafeInteger(number) ? { number } : {}), unit, ...f }, raw);
  }
  return refuse('cell.words', { raw, zero: false, ...f }, raw);
}

/** A number written with dots or commas: the readings it allows (iki never guesses which was meant). */
function separatorRefusal(s: string, raw: string, f: { formula?: true }): CountParse {
  const whole = Number(s.replace(/[.,\s\u00a0]/g, ''));
  const mark = s.includes('.') ? (s.includes(',') ? '.,' : '.') : s.includes(',') ? ',' : ' ';
  const groups = /^\d{1,3}(?:[.,]\d{3})+$/.test(s);
  const args = { raw, mark, ...f } as const;
  // Too many digits for one exact number: say only that it cannot be read.
  if (!Number.isSafeInteger(whole)) return refuse('cell.ambiguous-separator', { ...args, reading: 'unreadable' }, raw);
  if (groups && (s.match(/[.,]/g) ?? []).length === 1) {
    return refuse('cell.ambiguous-separator', { ...args, reading: 'thousands-or-decimal', whole, decimal: Number(s.replace(',', '.')) }, raw);
  }
  if (groups) return refuse('cell.ambiguous-separator', { ...args, reading: 'groups', whole }, raw);
  if (/^\d+[.,]\d+$/.test(s)) return refuse('cell.ambiguous-separator', { ...args, reading: 'fraction', whole, decimal: Number(s.replace(',', '.')) }, raw);
  return refuse('cell.ambiguous-separator', { ...args, reading: 'unreadable' }, raw);
}

export type NoteParse = { kind: 'text'; text: string; tooLong: boolean } | { kind: 'blank' };

/**
 * The rules for a note cell (kendala, tindak lanjut, data dukung): kept as text whatever it starts
 * with ("=HYPERLINK(...)", "+62..."), rich text joined, control characters dropped, line ends as \n.
 * Spaces are kept as typed (a note under xml:space="preserve" keeps its leading and trailing
 * spaces); only a note of nothing but spaces is blank. A real formula is kept as its formula text;
 * numbers and dates as typed-looking text.
 */
export function parseNoteCell(value: unknown, maxLength: number): NoteParse {
  const text = noteText(value)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '')
    .replace(/\r\n?/g, '\n');
  if (text.replace(SPACES, '') === '') return { kind: 'blank' };
  return { kind: 'text', text, tooLong: [...text].length > maxLength };
}

function noteText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('date' in v) return typeof v.date === 'string' ? v.date : '';
    if ('damaged' in v) return '';
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r: { text?: unknown }) => String(r?.text ?? '')).join('');
    // A shared formula's dependent has no text of its own here: its cached result is the note.
    if ('formula' in v || 'sharedFormula' in v) return typeof v.formula === 'string' && v.formula !== '' ? `=${v.formula}` : noteText(v.result);
    if ('error' in v) return String(v.error);
    if ('text' in v) {
      const t = noteText(v.text);
      return typeof v.hyperlink === 'string' && v.hyperlink && !t.includes(v.hyperlink) ? `${t} (${v.hyperlink})` : t;
    }
  }
  return '';
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

function safeRaw(v: unknown): string {
  try {
    return JSON.stringify(v)?.slice(0, 60) ?? String(v);
  } catch {
    return String(v);
  }
}
