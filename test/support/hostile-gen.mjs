// Writes the hostile files of test/hostile.test.ts into a folder, in its own process, so the test
// process never holds them (a child forked from a big process inherits its peak RSS figure).
//   node test/support/hostile-gen.mjs NORMAL.xlsx OUT_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync as unzip, zipSync as zip } from './zip.mjs';

const [normalPath, out] = process.argv.slice(2);
const normal = readFileSync(normalPath);
const edit = (name, f) => zip(unzip(normal).map((p) => (p.name === name ? { name, data: Buffer.from(f(p.data.toString('utf8')), 'utf8') } : p)));
const laughs = `<!DOCTYPE w [<!ENTITY a "${'a'.repeat(10)}">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]>`;
const files = {
  'bomb-honest.xlsx': () => zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'xl/workbook.xml', data: Buffer.alloc(200 * 1024 * 1024, 0x20) }]),
  // The lie is in a part every reader inflates (the workbook); a lying part no reader needs is never inflated (test/xlsx.test.ts).
  'bomb-lying.xlsx': () => zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'xl/workbook.xml', data: Buffer.alloc(200 * 1024 * 1024, 0x20), declaredSize: 1024 }]),
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
