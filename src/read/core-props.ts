// The workbook's own document properties (docProps/core.xml): when it was last saved and by whom, kept
// in the archive record for information (the received time is the ingest time, not this). Pure: the
// caller gives the part's text (from the safely inflated zip). Anything odd yields nothing, never an error.
import { SaxesParser } from 'saxes';

export const CORE_PROPS_PART = 'docProps/core.xml';

const NS = {
  cp: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  dcterms: 'http://purl.org/dc/terms/',
};

/** core.xml is a few hundred bytes; a larger one is not read. */
const MAX_XML_CHARS = 64 * 1024;
const MAX_TEXT_CHARS = 200;

export interface CoreProps {
  /** dcterms:modified as an ISO 8601 UTC instant. */
  modified?: string;
  /** cp:lastModifiedBy, as the program saving it wrote it (an Office user name). */
  lastModifiedBy?: string;
}

/** The core properties of an inflated package (the part named by _rels/.rels, else docProps/core.xml). */
export function corePropsOf(files: { get(name: string): Buffer | undefined }): CoreProps {
  const rels = files.get('_rels/.rels')?.toString('utf8') ?? '';
  const target = /<Relationship\b[^>]*Type="[^"]*\/metadata\/core-properties"[^>]*>/.exec(rels)?.[0].match(/\bTarget="\/?([^"]+)"/)?.[1];
  const xml = files.get(target ?? CORE_PROPS_PART) ?? files.get(CORE_PROPS_PART);
  return xml ? parseCoreProps(xml.toString('utf8')) : {};
}

export function parseCoreProps(xml: string): CoreProps {
  if (xml.length > MAX_XML_CHARS || /<!DOCTYPE|<!ENTITY/i.test(xml)) return {};
  const found: { modified?: string; lastModifiedBy?: string } = {};
  let inside: keyof typeof found | undefined;
  let text = '';
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    inside = tag.uri === NS.dcterms && tag.local === 'modified' ? 'modified' : tag.uri === NS.cp && tag.local === 'lastModifiedBy' ? 'lastModifiedBy' : undefined;
    text = '';
  });
  parser.on('text', (t) => {
    if (inside && text.length < MAX_TEXT_CHARS * 4) text += t;
  });
  parser.on('closetag', () => {
    if (inside && found[inside] === undefined) found[inside] = text;
    inside = undefined;
  });
  try {
    parser.write(xml).close();
  } catch {
    return {};
  }
  const out: CoreProps = {};
  const modified = found.modified !== undefined ? w3cdtf(found.modified.trim()) : undefined;
  if (modified) out.modified = modified;
  const by = found.lastModifiedBy?.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, MAX_TEXT_CHARS);
  if (by) out.lastModifiedBy = by;
  return out;
}

/**
 * A W3CDTF date-time (2017-04-08T03:12:45Z, with an offset or a fraction) as an ISO UTC instant. Without
 * a zone it is taken as UTC, as Office writes it: never the machine's local time.
 */
function w3cdtf(s: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', zone = 'Z'] = m;
  const ms = Number(`0.${frac || '0'}`) * 1000;
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), Math.floor(ms));
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    t -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  const date = new Date(t);
  return Number.isNaN(t) || date.getUTCFullYear() < 1980 || date.getUTCFullYear() > 9999 ? undefined : date.toISOString();
}
