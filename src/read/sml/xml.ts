// The one XML parser of the read path (saxes), as the SpreadsheetML parts need it: element names
// without their namespace prefix (Excel writes `<c>`, the OpenXML SDK `<x:c>`, Strict files another
// namespace), attributes as written, text as the parser decoded it, and a depth limit, so a part nested
// thousands of levels deep is refused as damage instead of read as something else. A part that is not
// well formed throws SmlDamage with the parser's position; nothing here ever returns a partial reading
// silently.
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** Why a part could not be read: the problem the caller reports (file.damaged / file.xml-nesting). */
export class SmlDamage extends Error {
  constructor(
    readonly part: string,
    readonly kind: 'xml' | 'nesting',
    readonly detail: string,
  ) {
    super(`${part}: ${detail}`);
  }
}

/** Deeper than any part Excel, LibreOffice, openpyxl, Google Sheets or WPS write (a worksheet's x14 extensions reach about 12). */
export const MAX_DEPTH = 48;

export interface XmlHandlers {
  /** An element opens; `local` has no prefix; `depth` is 1 for the root. */
  open(local: string, attrs: Record<string, string>, depth: number, selfClosing: boolean): void;
  close?(local: string, depth: number): void;
  text?(t: string): void;
}

/** The element name without its namespace prefix. */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Parse one part, calling the handlers; throws SmlDamage for XML that is not well formed or too deep. */
export function parsePart(part: string, xml: string, h: XmlHandlers, maxDepth = MAX_DEPTH): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let depth = 0;
  let failure: SmlDamage | undefined;
  parser.on('error', (err) => {
    failure ??= new SmlDamage(part, 'xml', oneLine(err.message));
  });
  parser.on('doctype', () => {
    failure ??= new SmlDamage(part, 'xml', 'DOCTYPE');
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth++;
    if (depth > maxDepth) throw new SmlDamage(part, 'nesting', `deeper than ${maxDepth} levels`);
    h.open(localName(tag.name), tag.attributes as Record<string, string>, depth, tag.isSelfClosing);
    // saxes reports a self-closing tag's close as well; depth is taken back there.
  });
  parser.on('closetag', (tag) => {
    h.close?.(localName(tag.name), depth);
    depth--;
  });
  if (h.text) {
    const onText = h.text;
    parser.on('text', (t) => onText(t));
  }
  // saxes reports bad XML to the error handler; what a handler throws (damage found) passes through.
  parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml);
  if (!failure) parser.close();
  if (failure) throw failure;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 200);
}

// SpreadsheetML's escape for characters XML cannot hold (ECMA-376 ST_Xstring): _x000D_ is CR, _x0009_ a
// tab, and _x005F_ escapes the underscore of a literal "_x...._".
const X_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeXString(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(X_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
