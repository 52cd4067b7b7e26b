import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inspectXlsx } from '../dist/xlsx.js';
import { fastBook } from '../dist/xlsx-fast.js';
import { loadCatalogue, CatalogueIndex } from '../dist/catalogue.js';
import { readSubmission } from '../dist/submission.js';
const index = new CatalogueIndex(loadCatalogue(readFileSync('fixtures/workspace/catalogue.yaml','utf8'), 'c.yaml').catalogue);
const files = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d,n); if (statSync(p).isDirectory()) walk(p); else if (n.endsWith('.xlsx')) files.push(p); } };
walk('fixtures/workspace/archive');
const bufs = files.map(f => readFileSync(f));
for (let rep=0; rep<3; rep++) {
let t0=performance.now();
const ins = [];
for (const b of bufs) ins.push(await inspectXlsx(b, 'f'));
let t1=performance.now();
for (const i of ins) fastBook(i.files, i.sheets);
let t2=performance.now();
for (const b of bufs) await readSubmission(b, 'f', index, { excel: () => { throw new Error('x'); } });
let t3=performance.now();
console.log({inspect: ((t1-t0)/bufs.length).toFixed(2), fastBook: ((t2-t1)/bufs.length).toFixed(2), full: ((t3-t2)/bufs.length).toFixed(2)});
}
