#!/usr/bin/env node
// npm run bench: median wall time and peak memory (max RSS) of iki's commands over several runs,
// with the usual alternative (an openpyxl script reading the same named cells) beside the report.
// Not a test: figures vary by machine. BENCH_RUNS sets the number of runs (default 5).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'iki.js');
const FIXTURE = join(ROOT, 'fixtures', 'workspace');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const scratch = mkdtempSync(join(tmpdir(), 'iki-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Run a command once: wall seconds and peak RSS in MB (from GNU time when present). */
function once(cmd, args, cwd = ROOT) {
  const argv = TIME ? [TIME, ['-f', '@@%M', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv[1], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  }
  const m = /@@(\d+)\s*$/.exec(r.stderr ?? '');
  return { wall, rssMb: m ? Number(m[1]) / 1024 : NaN, stdout: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const rows = [];
function record(label, walls, rss, extra) {
  const row = { label, median_s: median(walls), min_s: Math.min(...walls), peak_rss_mb: Math.max(...rss), runs: walls.length, ...(extra.items ? { items: extra.items } : {}) };
  rows.push(row);
  const per = extra.items ? `  ${(extra.items / row.median_s).toFixed(1)} workbooks/s` : '';
  process.stdout.write(`${label.padEnd(60)} median ${row.median_s.toFixed(3)} s  min ${row.min_s.toFixed(3)} s  peak ${row.peak_rss_mb.toFixed(0)} MB${per}\n`);
  return row;
}

function bench(label, prepare, cmd, args, extra = {}) {
  return benchSideBySide([{ label, prepare, cmd, args, extra }], extra.runs)[0];
}

/** Several commands measured in turns (a, b, a, b ...), so a change in the machine's load hits both alike. */
function benchSideBySide(specs, runs = RUNS) {
  const walls = specs.map(() => []);
  const rss = specs.map(() => []);
  for (let i = 0; i < runs; i++) {
    specs.forEach((s, k) => {
      const ctx = s.prepare ? s.prepare(i) : {};
      const r = once(s.cmd, typeof s.args === 'function' ? s.args(ctx) : s.args, ctx.cwd);
      walls[k].push(r.wall);
      rss[k].push(r.rssMb);
    });
  }
  return specs.map((s, k) => record(s.label, walls[k], rss[k], s.extra ?? {}));
}

/** The targets of issue 11, each with its figure and whether it is met; printed together at the end. */
const targets = [];
function target(label, figure, met) {
  targets.push({ label, figure, met });
  console.log(`  target ${met ? 'MET   ' : 'MISSED'} ${label}: ${figure}`);
}

function archivedFiles(dir, quarter) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'replaced') walk(p);
      } else if (name.endsWith('.xlsx') && (quarter === undefined || name.includes(`_TW${quarter}_`))) out.push(p);
    }
  };
  walk(dir);
  return out;
}

console.log(`iki benchmark: ${RUNS} runs each, node ${process.version}, ${process.arch}, ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at start`);
const help = bench('iki --help', null, process.execPath, [BIN, '--help'], { runs: Math.max(RUNS, 10) });
target('iki --help <= 0.100 s', `${help.median_s.toFixed(3)} s`, help.median_s <= 0.1);
bench('iki catalogue check (bundled)', null, process.execPath, [BIN, 'catalogue', 'check'], { runs: Math.max(RUNS, 10) });
const gen = bench(
  'iki generate --year 2017 --quarter 1 (30 templates)',
  (i) => ({ out: join(scratch, `gen-${i}`) }),
  process.execPath,
  (ctx) => [BIN, 'generate', '--year', '2017', '--quarter', '1', '--out', ctx.out],
  { items: 30 },
);
target('30 templates (generate) <= 0.5 s', `${gen.median_s.toFixed(3)} s`, gen.median_s <= 0.5);

if (existsSync(FIXTURE)) {
  const tw1 = archivedFiles(join(FIXTURE, 'archive'), 1);
  bench(
    `iki ingest of a triwulan (${tw1.length} workbooks)`,
    (i) => {
      const ws = join(scratch, `ingest-${i}`);
      once(process.execPath, [BIN, 'init', ws]);
      return { ws };
    },
    process.execPath,
    (ctx) => [BIN, 'ingest', '--workspace', ctx.ws, ...tw1],
    { items: tw1.length },
  );
  const year = archivedFiles(join(FIXTURE, 'archive'));
  const ws = join(scratch, 'report-ws');
  cpSync(FIXTURE, ws, { recursive: true });
  const report = bench(
    `iki report --year 2017 (${year.length} workbooks)`,
    (i) => ({ out: join(scratch, `laporan-${i}.xlsx`) }),
    process.execPath,
    (ctx) => [BIN, 'report', '--year', '2017', '--workspace', ws, '--out', ctx.out],
    { items: year.length },
  );
  // Issue 12: the same report without the LKjIP comparisons (no riwayat/ and no Renstra: the Grafik
  // sheet stays), and with --pdf. Budgets: comparisons and charts +0.2 s, --pdf +0.5 s.
  const bare = join(scratch, 'report-ws-bare');
  cpSync(FIXTURE, bare, { recursive: true });
  rmSync(join(bare, 'riwayat'), { recursive: true, force: true });
  rmSync(join(bare, 'targets', 'renstra.yaml'), { force: true });
  const plain = bench(
    'iki report --year 2017, no comparisons',
    (i) => ({ out: join(scratch, `laporan-bare-${i}.xlsx`) }),
    process.execPath,
    (ctx) => [BIN, 'report', '--year', '2017', '--workspace', bare, '--out', ctx.out],
    { items: year.length },
  );
  const withPdf = bench(
    'iki report --year 2017 --pdf',
    (i) => ({ out: join(scratch, `laporan-pdf-${i}.xlsx`) }),
    process.execPath,
    (ctx) => [BIN, 'report', '--year', '2017', '--pdf', '--workspace', ws, '--out', ctx.out],
    { items: year.length },
  );
  console.log(`comparisons add ${(report.median_s - plain.median_s).toFixed(3)} s (budget 0.2 s with the charts); --pdf adds ${(withPdf.median_s - report.median_s).toFixed(3)} s (budget 0.5 s)`);
  const py = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' });
  if (py.status !== 0) console.log('openpyxl baseline skipped: install python3-openpyxl (apt-get install python3-openpyxl)');
  reportVsBaseline('bundled example', ws, year.length, py.status === 0);
  if (py.status === 0) {
    // The same 120 workbooks filled by openpyxl (its own shapes), ingested into a workspace of their own.
    const filled = join(scratch, 'openpyxl-filled');
    const r = spawnSync(PYTHON, [join(ROOT, 'bench', 'refill_openpyxl.py'), filled, ...year], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`refill_openpyxl.py: ${r.stderr}`);
    const ows = join(scratch, 'openpyxl-ws');
    cpSync(FIXTURE, ows, { recursive: true, filter: (src) => !src.startsWith(join(FIXTURE, 'archive')) });
    const ing = once(process.execPath, [BIN, 'ingest', '--workspace', ows, filled]);
    if (!existsSync(join(ows, 'archive', '2017-TW4'))) throw new Error(`ingest of the openpyxl files failed: ${ing.stdout.slice(-2000)}`);
    reportVsBaseline('120 workbooks filled by openpyxl', ows, archivedFiles(join(ows, 'archive')).length, true);
  }
} else {
  console.log(`ingest and report skipped: ${FIXTURE} not found (run node fixtures/make-fixtures.mjs)`);
}

/** `iki report --year 2017` and the openpyxl script over the same archive, in turns; the ratio is the target. */
function reportVsBaseline(what, ws, n, withBaseline) {
  const specs = [
    { label: `iki report --year 2017, ${what} (${n} workbooks)`, prepare: (i) => ({ out: join(scratch, `laporan-${basename(ws)}-${i}.xlsx`) }), cmd: process.execPath, args: (ctx) => [BIN, 'report', '--year', '2017', '--workspace', ws, '--out', ctx.out], extra: { items: n } },
  ];
  if (withBaseline) specs.push({ label: `openpyxl baseline, ${what} (${n} workbooks)`, cmd: PYTHON, args: [join(ROOT, 'bench', 'baseline_openpyxl.py'), join(ws, 'archive'), '2017'], extra: { items: n } });
  const [report, base] = benchSideBySide(specs);
  if (base) target(`report vs openpyxl script, ${what}: >= 3x`, `${(base.median_s / report.median_s).toFixed(2)}x (${report.median_s.toFixed(3)} s, ${report.peak_rss_mb.toFixed(0)} MB vs ${base.median_s.toFixed(3)} s, ${base.peak_rss_mb.toFixed(0)} MB)`, base.median_s / report.median_s >= 3);
}

// ---------------------------------------------------------------- laporan: comparisons, model and PDF (issue 12)
{
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'laporan-pdf.mjs'), String(RUNS)], { cwd: ROOT, encoding: 'utf8' });
  process.stdout.write(r.status === 0 ? r.stdout : `laporan bench failed: ${r.stderr}\n`);
}

// ---------------------------------------------------------------- scale: a province of 10,000 workbooks
// A synthetic catalogue of 2,500 jabatan (bench/synth.mjs) and its workbooks for the four triwulan.
// The same catalogue at 1,000 and at 10,000 workbooks, so the growth shown is the files', not the
// catalogue's. BENCH_SCALE=0 skips this part; BENCH_SCALE_RUNS sets its runs (default 1: minutes each).
if (process.env.BENCH_SCALE !== '0') {
  const { makeProvince } = await import('./synth.mjs');
  const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 1);
  const JABATAN = 2500;
  const prov = join(scratch, 'province');
  const wanted = [];
  for (let q = 1; q <= 4; q++) for (let j = 0; j < JABATAN; j++) wanted.push([j, q]);
  const t0 = process.hrtime.bigint();
  const { catalogue, files } = await makeProvince({ root: prov, bin: BIN, jabatan: JABATAN, files: wanted });
  console.log(`scale: ${files.length} synthetic filled workbooks for ${JABATAN} jabatan made in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s`);
  const sets = { 1000: join(prov, 'set-1000'), 10000: join(prov, 'filled') };
  mkdirSync(sets[1000], { recursive: true });
  for (const f of files.slice(0, 1000)) linkSync(f, join(sets[1000], basename(f)));
  const perSize = {};
  for (const n of [1000, 10000]) {
    const ingest = bench(
      `scale: iki ingest of ${n} workbooks`,
      (i) => {
        const ws = join(scratch, `scale-${n}-${i}`);
        rmSync(ws, { recursive: true, force: true });
        once(process.execPath, [BIN, 'init', ws, '--catalogue', catalogue]);
        return { ws };
      },
      process.execPath,
      (ctx) => [BIN, 'ingest', '--workspace', ctx.ws, sets[n]],
      { items: n, runs: SCALE_RUNS },
    );
    // Reading and checking alone (the same worker pool, nothing written), as a Subbag Program runs it: inside a
    // workspace whose catalogue is compiled in .iki/cache (an empty archive, so no quality comparisons).
    const vws = join(scratch, `scale-validate-${n}`);
    rmSync(vws, { recursive: true, force: true });
    once(process.execPath, [BIN, 'init', vws, '--catalogue', catalogue]);
    once(process.execPath, [BIN, 'catalogue', 'check', '--workspace', vws]);
    const validate = bench(`scale: iki validate of ${n} workbooks`, null, process.execPath, [BIN, 'validate', '--workspace', vws, sets[n]], { items: n, runs: SCALE_RUNS });
    const ws = join(scratch, `scale-${n}-0`);
    const report = bench(`scale: iki report --year 2017 over ${n} workbooks`, null, process.execPath, [BIN, 'report', '--year', '2017', '--workspace', ws], { items: n, runs: SCALE_RUNS });
    perSize[n] = { ingest, validate, report };
  }
  for (const what of ['validate', 'ingest', 'report']) {
    const a = perSize[1000][what];
    const b = perSize[10000][what];
    const rate = 10000 / b.median_s;
    target(`scale ${what} at 10,000 workbooks >= 500 workbooks/s`, `${(1000 / a.median_s).toFixed(0)} at 1,000 -> ${rate.toFixed(0)} at 10,000`, rate >= 500);
    const growth = b.peak_rss_mb / a.peak_rss_mb;
    target(`scale ${what} peak memory at 10,000 <= 1.5x that at 1,000`, `${a.peak_rss_mb.toFixed(0)} -> ${b.peak_rss_mb.toFixed(0)} MB = ${growth.toFixed(2)}x`, growth <= 1.5);
  }
  if (spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0) {
    bench(`scale: openpyxl baseline over 1000 workbooks`, null, PYTHON, [join(ROOT, 'bench', 'baseline_openpyxl.py'), sets[1000], '2017'], { items: 1000, runs: 1 });
  }
}

console.log('\ntargets (issue 11):');
for (const t of targets) console.log(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.label.padEnd(62)} ${t.figure}`);
if (process.env.BENCH_JSON) console.log(JSON.stringify({ rows, targets }, null, 2));
