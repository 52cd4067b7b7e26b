// Text as SpreadsheetML holds it, for the shared-string table (<si>) and inline strings (<is>): plain
// <t>, or rich-text runs <r><t> joined, phonetic runs (<rPh>, Japanese reading aids) and their
// properties left out, every space kept (xml:space="preserve" is what the parser gives anyway), and
// Excel's _xHHHH_ escapes decoded.
import { decodeXString, parsePart } from './xml.js';

/**
 * Collects the text of one string item (si or is) from parser events. `depth` is the item's own
 * depth: a <t> counts when it is the item's child, or the child of one of its <r> runs.
 */
export class StringItem {
  private path: string[] = [];
  private text = '';
  private inT = false;

  open(local: string): void {
    const parent = this.path[this.path.length - 1];
    this.path.push(local);
    this.inT = local === 't' && (this.path.length === 1 || (this.path.length === 2 && parent === 'r'));
  }

  close(): void {
    this.path.pop();
    this.inT = false;
  }

  add(t: string): void {
    if (this.inT) this.text += t;
  }

  value(): string {
    return decodeXString(this.text);
  }
}

/** Every item of xl/sharedStrings.xml, in order. */
export function parseSharedStrings(xml: string, part: string): string[] {
  const out: string[] = [];
  let item: StringItem | undefined;
  let itemDepth = 0;
  parsePart(part, xml, {
    open(local, _attrs, depth) {
      if (item) item.open(local);
      else if (local === 'si' && depth === 2) {
        item = new StringItem();
        itemDepth = depth;
      }
    },
    close(_local, depth) {
      if (!item) return;
      if (depth === itemDepth) {
        out.push(item.value());
        item = undefined;
      } else item.close();
    },
    text(t) {
      item?.add(t);
    },
  });
  return out;
}
