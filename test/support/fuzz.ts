// Seeded mutations of valid filled workbooks, for test/fuzz.test.ts: bytes of the zip itself, and the
// XML of one part (re-zipped properly, so the XML reaches the parsers). Every mutation breaks structure
// or adds noise; none rewrites a number's digits (no reader could tell such a change from a real one).

/** mulberry32: small, seedable, the same everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Part {
  name: string;
  data: Buffer;
}

import { zipSync } from './zip.mjs';

export { unzipSync, zipSync } from './zip.mjs';

const JUNK = [
  '<',
  '>',
  '&',
  '&foo;',
  '&#0;',
  '&#xD800;',
  ']]>',
  '<!-- komentar -->',
  '<![CDATA[x]]>',
  '<?pi x?>',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '<x>',
  '</x>',
  '<x/>',
  '<foo bar="1"/>',
  '"',
  "'",
  '\u0000',
  '\u0001',
  '\uffff',
  '\ud800',
  'teks biasa',
  '<c r="ZZZZ99999999"><v>1</v></c>',
  '<row r="0"/>',
  '<si><t>x</t></si>',
  '<definedName name="iki_x">Isian!$A$1:$XFD$1048576</definedName>',
  '<sheet name="Isian" sheetId="99" r:id="rId99"/>',
  '<a b="1" b="2"/>',
  '<' + 'd>'.repeat(2000),
];
const ATTR_JUNK = ['', 'x', '-1', '0', '99999999999', 'A0', 'ZZZZ1', '1e9', '&amp;', '&lt;x', '#REF!', "'", 'sheet9.xml', '/xl/../../etc/passwd', 'Isian', '_iki'];

export interface Mutation {
  kind: string;
  bytes: Buffer;
}

/** One mutation of a valid workbook, chosen and placed by `rnd`. */
export function mutate(original: Buffer, parts: Part[], rnd: () => number): Mutation {
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  if (rnd() < 0.35) {
    // ---- bytes of the zip
    const b = Buffer.from(original);
    switch (int(6)) {
      case 0: {
        const n = 1 + int(4);
        for (let i = 0; i < n; i++) b[int(b.length)]! ^= 1 << int(8);
        return { kind: 'bytes.flip', bytes: b };
      }
      case 1:
        return { kind: 'bytes.truncate', bytes: b.subarray(0, int(b.length)) };
      case 2: {
        const at = int(b.length);
        const ins = Buffer.from(Array.from({ length: 1 + int(64) }, () => int(256)));
        return { kind: 'bytes.insert', bytes: Buffer.concat([b.subarray(0, at), ins, b.subarray(at)]) };
      }
      case 3: {
        const at = int(b.length);
        return { kind: 'bytes.delete', bytes: Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + int(200)))]) };
      }
      case 4: {
        const at = int(b.length);
        b.fill(pick([0, 0xff, 0x50]), at, Math.min(b.length, at + 1 + int(32)));
        return { kind: 'bytes.overwrite', bytes: b };
      }
      default: {
        // The headers' fields (sizes, offsets, counts) are the likeliest to trip a reader.
        const sigs = [0x04034b50, 0x02014b50, 0x06054b50];
        const heads: number[] = [];
        for (let i = 0; i < b.length - 4; i++) if (sigs.includes(b.readUInt32LE(i))) heads.push(i);
        const h = pick(heads);
        const at = Math.min(b.length - 4, h + 4 + int(40));
        b.writeUInt32LE(pick([0, 1, 0xffffffff, 0x7fffffff, b.readUInt32LE(at) + 1, b.readUInt32LE(at) ^ 0x100]) >>> 0, at);
        return { kind: 'bytes.header', bytes: b };
      }
    }
  }
  // ---- XML of one part
  const xmlParts = parts.filter((p) => /\.(xml|rels)$/.test(p.name));
  const target = pick(xmlParts);
  let x = target.data.toString('utf8');
  let kind: string;
  let remove = false;
  let rename: string | undefined;
  const tags = [...x.matchAll(/<[^>]*>/g)].map((m) => ({ at: m.index!, text: m[0] }));
  switch (int(8)) {
    case 0:
      kind = 'xml.truncate';
      x = x.slice(0, int(x.length));
      break;
    case 1: {
      kind = 'xml.delete-tag';
      const t = pick(tags);
      x = x.slice(0, t.at) + x.slice(t.at + t.text.length);
      break;
    }
    case 2: {
      kind = 'xml.junk';
      // Between tags only (right after a '>'), never inside a text or a number.
      const after = tags.filter((t) => t.text.startsWith('</') || t.text.endsWith('/>'));
      const t = pick(after.length ? after : tags);
      const at = t.at + t.text.length;
      x = x.slice(0, at) + pick(JUNK) + x.slice(at);
      break;
    }
    case 3: {
      kind = 'xml.attribute';
      const withAttr = tags.filter((t) => /\s[\w:]+="[^"]*"/.test(t.text));
      const t = pick(withAttr.length ? withAttr : tags);
      const attrs = [...t.text.matchAll(/(\s[\w:]+=")([^"]*)"/g)];
      if (attrs.length) {
        const a = pick(attrs);
        const replaced = t.text.slice(0, a.index!) + a[1] + pick(ATTR_JUNK).replace(/"/g, '&quot;') + '"' + t.text.slice(a.index! + a[0].length);
        x = x.slice(0, t.at) + replaced + x.slice(t.at + t.text.length);
      }
      break;
    }
    case 4: {
      kind = 'xml.duplicate';
      const leaf = [...x.matchAll(/<(\w+)\b[^>]*>[^<]*<\/\1>|<\w+\b[^>]*\/>/g)];
      if (leaf.length) {
        const m = pick(leaf);
        x = x.slice(0, m.index! + m[0].length) + m[0] + x.slice(m.index! + m[0].length);
      }
      break;
    }
    case 5:
      kind = 'xml.remove-part';
      remove = true;
      break;
    case 6:
      kind = 'xml.rename-part';
      rename = pick([target.name.toUpperCase(), `${target.name}.bak`, target.name.replace(/\d/, '9'), `../${target.name}`, `/${target.name}`]);
      break;
    default:
      kind = 'xml.replace-part';
      x = pick(['', 'bukan xml', '<?xml version="1.0"?>', '<root/>', Buffer.from([0xff, 0xfe, 0x00, 0x3c]).toString('latin1')]);
  }
  const next = parts.flatMap((p) => (p === target ? (remove ? [] : [{ name: rename ?? p.name, data: Buffer.from(x, 'utf8') }]) : [p]));
  return { kind: `${kind} ${target.name}`, bytes: zipSync(next) };
}
