// An .xlsx package opened for editing: its parts by name, the XML ones parsed on demand and written
// back only when changed; relationships and content types kept consistent as parts come and go.
import { posix } from 'node:path';
import { elements, parseXml, serializeXml, type XmlDocument } from './xml-tree.js';
import { ZipOut } from './xlsx-writer.js';

const CONTENT_TYPES = '[Content_Types].xml';
const PKG_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A part that is not well-formed XML: the package cannot be edited safely. */
export class PartUnreadable extends Error {}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The part it points at, as a package path (for internal targets). */
  part: string;
}

export class XlsxPackage {
  private readonly parsed = new Map<string, XmlDocument>();
  private readonly order: string[];

  constructor(private readonly files: Map<string, Buffer>) {
    this.order = [...files.keys()];
  }

  has(path: string): boolean {
    return this.files.has(path) || this.parsed.has(path);
  }

  /** A part's XML tree; edits to it are written back by toBuffer(). */
  xml(path: string): XmlDocument {
    let doc = this.parsed.get(path);
    if (!doc) {
      const data = this.files.get(path);
      if (!data) throw new Error(`no part ${path}`);
      try {
        doc = parseXml(data.toString('utf8'));
      } catch (err) {
        throw new PartUnreadable(`${path}: ${(err as Error).message}`);
      }
      this.parsed.set(path, doc);
    }
    return doc;
  }

  partNames(): string[] {
    return [...this.order];
  }

  text(path: string): string | undefined {
    return this.parsed.has(path) ? serializeXml(this.parsed.get(path)!) : this.files.get(path)?.toString('utf8');
  }

  /** Add or replace a part (text or tree), with its content type when given. */
  put(path: string, content: string | XmlDocument, contentType?: string): void {
    if (!this.order.includes(path)) this.order.push(path);
    if (typeof content === 'string') {
      this.parsed.delete(path);
      this.files.set(path, Buffer.from(content, 'utf8'));
    } else this.parsed.set(path, content);
    if (contentType) this.setOverride(path, contentType);
  }

  remove(path: string): void {
    this.files.delete(path);
    this.parsed.delete(path);
    const i = this.order.indexOf(path);
    if (i >= 0) this.order.splice(i, 1);
    const types = this.xml(CONTENT_TYPES).root;
    types.children = types.children.filter((c) => !('name' in c && c.attrs.PartName === `/${path}`));
  }

  // ------------------------------------------------------------ relationships

  /** The relationships part of a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels */
  static relsPath(part: string): string {
    return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
  }

  rels(part: string): Relationship[] {
    const path = XlsxPackage.relsPath(part);
    if (!this.has(path)) return [];
    const base = posix.dirname(part);
    return elements(this.xml(path).root, 'Relationship')
      .filter((r) => r.attrs.TargetMode !== 'External')
      .map((r) => {
        const target = r.attrs.Target ?? '';
        return { id: r.attrs.Id ?? '', type: r.attrs.Type ?? '', target, part: target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target)) };
      });
  }

  /** Add a relationship from `part` to `target` (a package path); returns its new id. */
  addRel(part: string, type: string, target: string): string {
    const path = XlsxPackage.relsPath(part);
    if (!this.has(path)) this.put(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS_NS}"></Relationships>`, 'application/vnd.openxmlformats-package.relationships+xml');
    const root = this.xml(path).root;
    const ids = new Set(elements(root, 'Relationship').map((r) => r.attrs.Id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    root.children.push({ name: 'Relationship', attrs: { Id: id, Type: type, Target: posix.relative(posix.dirname(part), target) }, children: [] });
    return id;
  }

  removeRel(part: string, id: string): void {
    const path = XlsxPackage.relsPath(part);
    if (!this.has(path)) return;
    const root = this.xml(path).root;
    root.children = root.children.filter((c) => !('name' in c && c.attrs.Id === id));
  }

  // ------------------------------------------------------------ content types

  setOverride(path: string, contentType: string): void {
    const types = this.xml(CONTENT_TYPES).root;
    const existing = elements(types, 'Override').find((o) => o.attrs.PartName === `/${path}`);
    if (existing) existing.attrs.ContentType = contentType;
    else types.children.push({ name: 'Override', attrs: { PartName: `/${path}`, ContentType: contentType }, children: [] });
  }

  ensureDefault(extension: string, contentType: string): void {
    const types = this.xml(CONTENT_TYPES).root;
    if (elements(types, 'Default').some((d) => d.attrs.Extension?.toLowerCase() === extension)) return;
    types.children.unshift({ name: 'Default', attrs: { Extension: extension, ContentType: contentType }, children: [] });
  }

  /** A free part name: xl/comments1.xml, xl/comments2.xml … */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.has(pattern(n))) return pattern(n);
  }

  /** The main part (xl/workbook.xml), from the package relationships. */
  workbookPath(): string {
    const main = this.rels('').find((r) => r.type.endsWith('/officeDocument'));
    return main?.part ?? 'xl/workbook.xml';
  }

  toBuffer(): Buffer {
    // Parts carry no time of their own (reproducible output): the zip's earliest date.
    const zip = new ZipOut(new Date(0));
    for (const name of this.order) zip.bytes(name, this.parsed.has(name) ? Buffer.from(serializeXml(this.parsed.get(name)!), 'utf8') : this.files.get(name)!);
    const out = zip.end();
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  }
}
