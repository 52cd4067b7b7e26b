// xl/workbook.xml and the package relationships: the sheets (name, visibility, which part), the
// defined names, and the date system. Attributes are found by local name, so `r:id` is read whatever
// prefix the writer bound the relationships namespace to (the OpenXML SDK, Strict files).
import { posix } from 'node:path';
import type { DefinedName, SheetEntry } from '../book.js';
import { localName, parsePart } from './xml.js';

export interface WorkbookInfo {
  sheets: (SheetEntry & { rid: string })[];
  names: DefinedName[];
  date1904: boolean;
}

/** The attribute whose local name is `local` (any prefix), e.g. r:id. */
export function attrLocal(attrs: Record<string, string>, local: string): string | undefined {
  if (attrs[local] !== undefined) return attrs[local];
  for (const k in attrs) if (localName(k) === local && k.includes(':')) return attrs[k];
  return undefined;
}

export function parseWorkbook(xml: string, part = 'xl/workbook.xml'): WorkbookInfo {
  const out: WorkbookInfo = { sheets: [], names: [], date1904: false };
  let name: DefinedName | undefined;
  let text = '';
  parsePart(part, xml, {
    open(local, attrs, _depth, selfClosing) {
      if (local === 'sheet') {
        const n = attrs.name;
        if (n === undefined) return;
        const st = attrs.state;
        out.sheets.push({ name: n, state: st === 'hidden' ? 'hidden' : st === 'veryHidden' ? 'veryHidden' : 'visible', rid: attrLocal(attrs, 'id') ?? '' });
      } else if (local === 'workbookPr') {
        out.date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      } else if (local === 'definedName' && attrs.name !== undefined) {
        name = { name: attrs.name, text: '' };
        const ls = attrs.localSheetId;
        if (ls !== undefined && /^\d+$/.test(ls)) name.localSheetId = Number(ls);
        text = '';
        if (selfClosing) {
          out.names.push(name);
          name = undefined;
        }
      }
    },
    close(local) {
      if (local === 'definedName' && name) {
        name.text = text.trim();
        out.names.push(name);
        name = undefined;
      }
    },
    text(t) {
      if (name) text += t;
    },
  });
  return out;
}

export interface Rel {
  id: string;
  type: string;
  /** The part it points at, as a package path (xl/worksheets/sheet1.xml), for internal targets. */
  part: string;
}

/** A part's relationships (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`); targets resolved against the part's folder. */
export function parseRels(xml: string, relsPart: string, ofPart: string): Rel[] {
  const out: Rel[] = [];
  const base = posix.dirname(ofPart);
  parsePart(relsPart, xml, {
    open(local, attrs) {
      if (local !== 'Relationship' || attrs.Id === undefined || attrs.Target === undefined || attrs.TargetMode === 'External') return;
      const t = attrs.Target.replace(/\\/g, '/');
      const part = t.startsWith('/') ? posix.normalize(t).slice(1) : posix.normalize(posix.join(base, t));
      out.push({ id: attrs.Id, type: attrs.Type ?? '', part });
    },
  });
  return out;
}

/** The relationships part of a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}
