// Bench: the laporan model and PDF (`iki report --pdf`) on the bundled example (fixtures/workspace, 2017),
// in a fresh process each run so module loading (pdfkit, fontkit) counts. Prints the median of the runs.
// Usage: npm run build && node bench/laporan-pdf.mjs [runs]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 5);

// One run: gather the inputs (not timed), then time model + PDF, including pdfkit's first import.
const child = `
import { join, relative, sep } from 'node:path';
const d = (p) => import(join(${JSON.stringify(ROOT)}, 'dist', p));
const { listArchive } = await d('store/archive.js');
const [{ requireCatalogue }, { layout }, { readMany }, { rollup }, { judgeRollup }, { readTargets }, cmp, src, model] = await Promise.all([
  d('store/catalogue-source.js'), d('store/workspace.js'), d('read/read-pool.js'), d('compute/rollup.js'), d('compute/target.js'),
  d('store/targets-source.js'), d('compute/comparison.js'), d('store/comparison-sources.js'), d('write/laporan-model.js'),
]);
const ExcelJS = (await import('exceljs')).default;
const ws = layout(join(${JSON.stringify(ROOT)}, 'fixtures', 'workspace'));
const { index } = await requireCatalogue({ workspace: ws.root }, ws.root, {});
const entries = listArchive(ws, 2017).current;
const reads = await readMany(entries.map((e) => ({ path: e.xlsx, shown: relative(ws.root, e.xlsx).split(sep).join('/'), expect: { year: 2017, quarter: e.record.quarter, jabatanId: e.record.jabatan_id }, pathHints: false })), { index, catalogueFile: ws.catalogue, excel: ExcelJS, workers: 0 });
const submissions = reads.filter((r) => r.ok).map((r) => r.submission);
const have = new Set(submissions.map((s) => s.meta.jabatanId + '#' + s.meta.quarter));
const missing = [];
for (const q of [1, 2, 3, 4]) for (const j of index.subtree(index.root.id)) if (!have.has(j.id + '#' + q)) missing.push({ jabatanId: j.id, quarter: q });
const result = rollup({ index, year: 2017, through: 4, submissions, missing });
const targets = await readTargets(ws, index, 2017, ws.root);
const t0 = performance.now();
const judged = judgeRollup(index, result, targets);
const earlier = await Promise.all(src.riwayatYears(ws).filter((y) => y < 2017).map(async (y) => cmp.yearFromRiwayat(await src.readRiwayat(ws, index, y, ws.root))));
const renstra = await src.readRenstra(ws, index, ws.root);
const comparisons = cmp.compare({ index, current: result, earlier, renstra, penilaian: targets.penilaian });
const t1 = performance.now();
const m = model.buildLaporan({ index, result, judged, comparisons, renstra, lang: 'id', generatedAt: new Date(0), toolVersion: 'bench' });
const t2 = performance.now();
const c0 = process.cpuUsage();
const { renderPdf } = await d('write/pdf/index.js');
const pdf = await renderPdf(m, { createdAt: new Date(0), toolVersion: 'bench' });
const t3 = performance.now();
const c1 = process.cpuUsage(c0);
console.log(JSON.stringify({ comparisons: t1 - t0, model: t2 - t1, pdf: t3 - t2, pdfCpu: (c1.user + c1.system) / 1000, bytes: pdf.length }));
`;

const rows = [];
for (let i = 0; i < runs; i++) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  rows.push(JSON.parse(r.stdout.trim().split('\n').pop()));
}
const median = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(`laporan on the bundled example, ${runs} fresh processes, median ms:`);
console.log(`  comparisons (riwayat + renstra + compare): ${median('comparisons').toFixed(1)}`);
console.log(`  laporan model: ${median('model').toFixed(1)}`);
console.log(`  PDF incl. loading pdfkit: ${median('pdf').toFixed(1)} wall, ${median('pdfCpu').toFixed(1)} CPU  (budget 500; ${median('bytes')} bytes)`);
console.log(`  (load average ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores)`);
