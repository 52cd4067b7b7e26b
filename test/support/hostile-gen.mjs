// Writes the hostile files of test/hostile.test.ts into a folder, in its own process, so the test
// process never holds them (a child forked from a big process inherits its peak RSS figure).
//   node test/support/hostile-gen.mjs NORMAL.xlsx OUT_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

function unzip(zip) {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const csize = zip.readUInt32LE(p + 20);
    const nlen = zip.readUInt16LE(p + 28);
    const off = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nlen).toString('utf8');
    const start = off + 30 + zip.readUInt16LE(off + 26) + zip.readUInt16LE(off + 28);
    const body = zip.subarray(start, start + csize);
    out.push({ name, data: method === 0 ? Buffer.from(body) : inflateRawSync(body) });
    p += 46 + nlen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = deflateRawSync(e.data);
    const crc = crc32(e.data) >>> 0;
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const [normalPath, out] = process.argv.slice(2);
const normal = readFileSync(normalPath);
const edit = (name, f) => zip(unzip(normal).map((p) => (p.name === name ? { name, data: Buffer.from(f(p.data.toString('utf8')), 'utf8') } : p)));
const laughs = `<!DOCTYPE w [<!ENTITY a "${'a'.repeat(10)}">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`;
const files = {
  'bomb-honest.xlsx': () => zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'xl/workbook.xml', data: Buffer.alloc(200 * 1024 * 1024, 0x20) }]),
  'bomb-lying.xlsx': () => zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'xl/media/a.bin', data: Buffer.alloc(200 * 1024 * 1024), declaredSize: 1024 }]),
  'entries-50000.xlsx': () => zip(Array.from({ length: 50_000 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('<a/>') }))),
  'name-whole-sheet.xlsx': () => edit('xl/workbook.xml', (x) => x.replace('<definedNames>', '<definedNames><definedName name="Semua">Isian!$A$1:$XFD$1048576</definedName>')),
  'billion-laughs.xlsx': () => edit('xl/worksheets/sheet1.xml', (x) => x.replace('?>', `?>${laughs}`)),
  'file-100mb.xlsx': () => Buffer.concat([normal, Buffer.alloc(100 * 1024 * 1024, 0)]),
  'validation-whole-sheet.xlsx': () =>
    edit('xl/worksheets/sheet1.xml', (x) =>
      x.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="A100:XFD1048576"/></mergeCells><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
      ),
    ),
};
for (const [name, make] of Object.entries(files)) writeFileSync(join(out, name), make());
