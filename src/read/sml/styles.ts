// Which cell styles show a number as a date: xl/styles.xml's cellXfs (by index, as cells' s= give it)
// and their number formats, built-in or custom. The rule for a custom format is openpyxl's (the oracle):
// after dropping quoted text, escaped characters and [..] sections other than elapsed time, any of
// d m y h s is a date or time.
import { parsePart } from './xml.js';

/** Built-in number formats that are dates or times (ECMA-376 18.8.30, and the East Asian ones). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const STRIP = /"[^"]*"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]/g;

/** openpyxl's is_date_format: the first section only, literals and [..] dropped, an unescaped d m y h s. */
export function isDateFormat(code: string): boolean {
  const first = code.split(';')[0]!.replace(STRIP, '').replace(/\\./g, '');
  return /[dmhysDMHYS]/.test(first);
}

/** For each cellXfs index: whether a number in that style is a date. */
export function parseDateStyles(xml: string, part: string): boolean[] {
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  let xfDepth = 0;
  parsePart(part, xml, {
    open(local, attrs, depth) {
      if (local === 'numFmt' && attrs.numFmtId !== undefined) custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      else if (local === 'cellXfs') {
        inCellXfs = true;
        xfDepth = depth + 1;
      } else if (inCellXfs && local === 'xf' && depth === xfDepth) xfs.push(Number(attrs.numFmtId ?? '0'));
    },
    close(local) {
      if (local === 'cellXfs') inCellXfs = false;
    },
  });
  return xfs.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id);
  });
}
