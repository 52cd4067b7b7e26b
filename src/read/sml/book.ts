// SpreadsheetML (.xlsx/.xlsm, transitional or Strict, any namespace prefix) as an OpenedBook (../book.ts).
// Only the parts a submission needs are parsed, and each only when first needed: the workbook and its
// relationships, the worksheets asked for, the shared strings and styles when a cell asked for needs
// them. calcChain, printer settings, comments, drawings, images, themes are never parsed.
import { problem, type Problem } from '../../model/problem.js';
import { BookDamage, type BookLike, type CellValueHolder, type OpenedBook, type SheetLike } from '../book.js';
import { cellKey, parseRef, parseSheet, SheetShapeDamage, type ParsedSheet, type SheetContext } from './sheet.js';
import { parseDateStyles } from './styles.js';
import { parseSharedStrings } from './strings.js';
import { parseRels, relsPartOf, type Rel, type WorkbookInfo } from './workbook.js';
import { SmlDamage } from './xml.js';

export const WORKBOOK_PART = 'xl/workbook.xml';

/** The problem for a part found damaged. */
export function damageProblem(err: unknown, file: string, part?: string): Problem | undefined {
  if (err instanceof BookDamage) return err.problem;
  if (err instanceof SmlDamage) {
    return err.kind === 'nesting' ? problem('file.xml-nesting', { part: err.part }, { file }) : problem('file.damaged', { damage: 'xml', part: err.part, detail: err.detail }, { file });
  }
  if (err instanceof SheetShapeDamage) {
    const p = part ?? '';
    return err.shape.kind === 'two-values'
      ? problem('file.damaged', { damage: 'two-values', part: p, cell: err.shape.cell }, { file })
      : problem('file.column-range', { part: p, min: err.shape.min, max: err.shape.max }, { file });
  }
  return undefined;
}

/** Run `f`, turning the reader's own damage into BookDamage (a problem); other errors pass. */
function guarded<T>(file: string, part: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    const p = damageProblem(err, file, part);
    if (p) throw new BookDamage(p);
    throw err;
  }
}

/** The workbook over the inflated parts; `info` is xl/workbook.xml already parsed (the safety checks need it first). */
export function smlBook(files: ReadonlyMap<string, Buffer>, file: string, info: WorkbookInfo): OpenedBook {
  const text = (part: string) => files.get(part)?.toString('utf8');
  const relsPart = relsPartOf(WORKBOOK_PART);
  const relsXml = text(relsPart);
  const rels: Rel[] = relsXml === undefined ? [] : guarded(file, relsPart, () => parseRels(relsXml, relsPart, WORKBOOK_PART));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const ofType = (suffix: string, fallback: string) => rels.find((r) => r.type.endsWith(suffix))?.part ?? fallback;
  const stringsPart = ofType('/sharedStrings', 'xl/sharedStrings.xml');
  const stylesPart = ofType('/styles', 'xl/styles.xml');
  let strings: string[] | null | undefined;
  let dates: boolean[] | undefined;
  const ctx: SheetContext = {
    date1904: info.date1904,
    strings() {
      if (strings === undefined) {
        const xml = text(stringsPart);
        strings = xml === undefined ? null : guarded(file, stringsPart, () => parseSharedStrings(xml, stringsPart));
      }
      return strings ?? undefined;
    },
    isDateStyle(s) {
      if (dates === undefined) {
        const xml = text(stylesPart);
        dates = xml === undefined ? [] : guarded(file, stylesPart, () => parseDateStyles(xml, stylesPart));
      }
      return dates[s] === true;
    },
  };
  const parsed = new Map<string, SheetLike | null>();
  const book: BookLike = {
    getWorksheet(name) {
      let s = parsed.get(name);
      if (s === undefined) {
        const entry = info.sheets.find((e) => e.name === name);
        const part = entry && byId.get(entry.rid)?.part;
        const xml = part !== undefined ? text(part) : undefined;
        s = xml === undefined ? null : sheetView(name, guarded(file, part!, () => parseSheet(part!, xml, ctx)));
        parsed.set(name, s);
      }
      return s ?? undefined;
    },
  };
  return { sheets: info.sheets.map(({ name, state }) => ({ name, state })), names: info.names, book };
}

const EMPTY: CellValueHolder = Object.freeze({ value: null });

function sheetView(name: string, p: ParsedSheet): SheetLike {
  return {
    name,
    rowCount: p.rowCount,
    getCell(ref, col) {
      const at = typeof ref === 'number' ? { row: ref, col: col ?? 1 } : parseRef(ref.replace(/\$/g, ''));
      const v = at && p.cells.get(cellKey(at.row, at.col));
      return v === undefined ? EMPTY : { value: v };
    },
  };
}
