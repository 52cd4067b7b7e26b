// How a value of each element type looks in a workbook: number format codes, stored in the file in
// en-US syntax (Excel and LibreOffice show them in the reader's locale: "Rp "#,##0 as Rp 1.234.567 in
// Indonesian, 0.00 as 82,75). Values stay numbers; only their look changes.
import { decimalsOf, type Element } from './catalogue.js';

type Typed = Pick<Element, 'type' | 'decimals'>;

const places = (n: number) => (n > 0 ? `.${'0'.repeat(n)}` : '');

/** The input cell's format in a template: plain digits for a count, as typed otherwise. */
export function inputNumFmt(el: Typed): string {
  const d = places(decimalsOf(el));
  switch (el.type) {
    case 'count':
      return '0';
    case 'decimal':
      return `0${d}`;
    case 'rupiah':
      return '"Rp "#,##0';
    case 'percent':
      return `0${d}" %"`;
  }
}

/** A value's format in the report: thousands grouped, the element's places; a percent's % is in its satuan column. */
export function reportNumFmt(el: Typed): string {
  const d = places(decimalsOf(el));
  switch (el.type) {
    case 'count':
      return '#,##0';
    case 'decimal':
      return `#,##0${d}`;
    case 'rupiah':
      return '"Rp "#,##0';
    case 'percent':
      return `0${d}`;
  }
}
