// A small element tree for editing the XML parts of a package in place: parse, change a few elements,
// write back with every other element, attribute, prefix and text as it was. Prefixed names are kept as
// written (no namespace resolution), so a part round-trips unchanged when nothing is edited.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  /** Attributes in their written order. */
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string } | { raw: string };

export interface XmlDocument {
  /** The XML declaration as written (or the standard one). */
  decl: string;
  root: XmlElement;
}

const STANDARD_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export function parseXml(text: string): XmlDocument {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let decl = STANDARD_DECL;
  parser.on('xmldecl', (d) => {
    decl = `<?xml version="${d.version ?? '1.0'}"${d.encoding ? ` encoding="${d.encoding}"` : ''}${d.standalone ? ` standalone="${d.standalone}"` : ''}?>`;
  });
  parser.on('doctype', () => {
    throw new Error('DOCTYPE in a package part');
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attrs: { ...(tag.attributes as Record<string, string>) }, children: [] };
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1]!.children.push({ text: t });
  });
  parser.on('cdata', (t) => {
    if (stack.length) stack[stack.length - 1]!.children.push({ text: t });
  });
  parser.on('comment', (c) => {
    if (stack.length) stack[stack.length - 1]!.children.push({ raw: `<!--${c}-->` });
  });
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return { decl, root };
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export function serializeXml(doc: XmlDocument): string {
  const out: string[] = [doc.decl, '\n'];
  const walk = (el: XmlElement) => {
    out.push(`<${el.name}`);
    for (const [k, v] of Object.entries(el.attrs)) out.push(` ${k}="${escapeAttr(v)}"`);
    if (el.children.length === 0) {
      out.push('/>');
      return;
    }
    out.push('>');
    for (const c of el.children) {
      if ('name' in c) walk(c);
      else if ('text' in c) out.push(escapeText(c.text));
      else out.push(c.raw);
    }
    out.push(`</${el.name}>`);
  };
  walk(doc.root);
  return out.join('');
}

// ---------------------------------------------------------------- helpers

/** The local name (without prefix). */
export function localName(el: XmlElement): string {
  const i = el.name.indexOf(':');
  return i < 0 ? el.name : el.name.slice(i + 1);
}

export function elements(parent: XmlElement, local?: string): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => 'name' in c && (local === undefined || localName(c) === local));
}

export function child(parent: XmlElement, local: string): XmlElement | undefined {
  return elements(parent, local)[0];
}

/** A new element named with the parent's prefix (a Strict or prefixed part stays consistent). */
export function el(parent: XmlElement, local: string, attrs: Record<string, string> = {}, children: XmlNode[] = []): XmlElement {
  const i = parent.name.indexOf(':');
  return { name: i < 0 ? local : `${parent.name.slice(0, i)}:${local}`, attrs, children };
}

/** The concatenated text inside an element. */
export function textOf(e: XmlElement): string {
  return e.children.map((c) => ('name' in c ? textOf(c) : 'text' in c ? c.text : '')).join('');
}

/**
 * Insert `node` into `parent` where the schema's element order puts it: after every child whose local
 * name comes before it in `order`, before the first that comes after (unknown children stay where they are).
 */
export function insertInOrder(parent: XmlElement, node: XmlElement, order: readonly string[]): void {
  const rank = order.indexOf(localName(node));
  let at = parent.children.length;
  for (let i = 0; i < parent.children.length; i++) {
    const c = parent.children[i]!;
    if ('name' in c && order.indexOf(localName(c)) > rank) {
      at = i;
      break;
    }
  }
  parent.children.splice(at, 0, node);
}

/** Append to a list element (fonts, fills, cellXfs, dxfs …), keep its count attribute right, return the new index. */
export function appendCounted(list: XmlElement, item: XmlElement): number {
  const items = elements(list);
  list.children.push(item);
  if ('count' in list.attrs) list.attrs.count = String(items.length + 1);
  return items.length;
}
