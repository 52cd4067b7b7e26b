// How values read for people, per language: numbers in Indonesian style by default (1.234; 65,22),
// triwulan as "TW I", lists joined with "dan". JSON never goes through here: it keeps numbers.
export type Lang = 'id' | 'en';
const LANGS: readonly Lang[] = ['id', 'en'];
export const DEFAULT_LANG: Lang = 'id';

export function isLang(s: unknown): s is Lang {
  return (LANGS as readonly unknown[]).includes(s);
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Round half away from zero to `digits` decimals, for display only. Immune to 1.005 -> 1.00 slips. */
export function roundHalfUp(v: number, digits = 2): number {
  if (!Number.isFinite(v)) return v;
  const sign = v < 0 ? -1 : 1;
  const s = Math.abs(v).toPrecision(15);
  if (s.includes('e')) return Number((sign * Math.abs(v)).toFixed(digits));
  const shifted = Math.round(Number(`${s}e${digits}`));
  return sign * Number(`${shifted}e-${digits}`);
}

export interface Fmt {
  lang: Lang;
  /** 1.234,5 (id) / 1,234.5 (en): at most `digits` decimals (default 2), none when whole. */
  num(n: number, digits?: number): string;
  /** Exactly `digits` decimals (default 2): 65,20. */
  fixed(n: number, digits?: number): string;
  /** A percentage with two decimals and its sign: 65,22 %. */
  pct(n: number, digits?: number): string;
  /** "TW I" */
  tw(q: number): string;
  /** "I" */
  roman(q: number): string;
  /** "a, b dan c" / "a, b and c" */
  list(items: readonly string[]): string;
  /** A value as the person typed it, in quotes. */
  q(s: string): string;
  /** "Isian!G23" ('Rekap Isian'!B2 when the sheet name needs quotes). */
  ref(sheet: string | undefined, cell: string | undefined): string;
  /** A calendar date, long form, from an ISO date or timestamp: "10 April 2017". */
  date(iso: string): string;
  /** en only: "1 file" / "2 files"; Indonesian nouns do not change ("2 berkas"). */
  count(n: number, one: string, many?: string): string;
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, f);
  }
  return f;
}

/** 'Rekap Isian'!B2, Isian!G23: the quoting a spreadsheet uses in its own references. */
export function sheetRef(sheet: string | undefined, cell: string | undefined): string {
  const s = sheet ? (/[^A-Za-z0-9_]/.test(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet) : '';
  if (!cell) return s;
  return s ? `${s}!${cell}` : cell;
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function makeFmt(lang: Lang): Fmt {
  const and = lang === 'id' ? 'dan' : 'and';
  return {
    lang,
    num: (n, digits = 2) => (Number.isFinite(n) ? nf(lang, 0, digits).format(roundHalfUp(n, digits)) : String(n)),
    fixed: (n, digits = 2) => (Number.isFinite(n) ? nf(lang, digits, digits).format(roundHalfUp(n, digits)) : String(n)),
    pct: (n, digits = 2) => `${nf(lang, digits, digits).format(roundHalfUp(n, digits))} %`,
    tw: (q) => `TW ${ROMAN[q - 1] ?? q}`,
    roman: (q) => ROMAN[q - 1] ?? String(q),
    list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`),
    q: (s) => `"${s}"`,
    ref: sheetRef,
    date: (iso) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
      if (!m) return iso;
      const months = lang === 'id' ? MONTHS_ID : MONTHS_EN;
      return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
    },
    count: (n, one, many) => (lang === 'en' ? `${nf(lang, 0, 0).format(n)} ${n === 1 ? one : (many ?? `${one}s`)}` : `${nf(lang, 0, 0).format(n)} ${one}`),
  };
}

const FMT: Record<Lang, Fmt> = { id: makeFmt('id'), en: makeFmt('en') };

export function fmt(lang: Lang): Fmt {
  return FMT[lang];
}
