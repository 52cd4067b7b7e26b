import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadCatalogue, CatalogueIndex } from '/work/main/dist/catalogue.js';
import { readSubmission } from '/work/main/dist/submission.js';
const cat = loadCatalogue(readFileSync('/work/main/fixtures/workspace/catalogue.yaml','utf8'), 'c.yaml');
const index = new CatalogueIndex(cat.catalogue);
const files = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d,n); if (statSync(p).isDirectory()) walk(p); else if (n.endsWith('.xlsx')) files.push(p); } };
walk(process.argv[2]);
let same=0, fast=0; const strip = (r) => { const { reader, ...rest } = r; return JSON.stringify(rest); };
let tf=0, te=0;
for (const f of files) {
  const b = readFileSync(f);
  let t0=performance.now();
  const a = await readSubmission(b, f, index, { excel: ExcelJS, reader: 'exceljs' });
  te += performance.now()-t0; t0=performance.now();
  const c = await readSubmission(b, f, index, { excel: ExcelJS });
  tf += performance.now()-t0;
  if (c.reader==='fast') fast++;
  if (strip(a)===strip(c)) same++; else console.log('DIFF', f, strip(a).slice(0,300), '\n', strip(c).slice(0,300));
}
console.log({files: files.length, same, fast, msExceljs: (te/files.length).toFixed(2), msFast: (tf/files.length).toFixed(2)});
