// Faults: the process killed (SIGKILL) at seeded random moments during `iki ingest` and `iki report`,
// two ingests and a report at once, an unwritable output folder or archive, a file that is gone by the
// time it is read. Afterwards the archive holds exactly the submissions committed before (each record's
// workbook present, byte for byte), no visible partial file, the previous report intact, and the next
// run works.
//
// Tests run as root here, so chmod cannot make anything unwritable. Instead: a report written under
// /sys (not writable even by root: EACCES), and an archive period folder replaced by a regular file
// (every write below it fails with ENOTDIR), which is what a read-only or broken archive looks like to
// the code.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CatalogueIndex } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { readMany } from '../src/read/read-pool.js';
import { listArchive, readRecord } from '../src/store/archive.js';
import { recoverArchive } from '../src/store/recovery.js';
import { layout } from '../src/store/workspace.js';
import { inspectXlsx } from '../src/read/xlsx.js';
import { BIN, ROOT, iki, tempDir } from './helpers.js';
import { prng, unzipSync, zipSync } from './support/fuzz.js';

const FIXTURE = join(ROOT, 'fixtures', 'workspace');
const CATALOGUE = join(FIXTURE, 'catalogue.yaml');
const SEED = Number(process.env.IKI_FAULT_SEED ?? 7);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let T: { dir: string; cleanup(): void };
let tw1: string;
let altered: string;

/** The same workbooks with different bytes (a changed docProps/core.xml): a correction to --replace. */
function alter(bytes: Buffer): Buffer {
  const parts = unzipSync(bytes).map((p) => (p.name === 'docProps/core.xml' ? { name: p.name, data: Buffer.from(p.data.toString('utf8').replace('</cp:coreProperties>', '<dc:title>revisi</dc:title></cp:coreProperties>')) } : p));
  return zipSync(parts);
}

beforeAll(() => {
  T = tempDir('iki-faults-');
  tw1 = join(T.dir, 'tw1');
  altered = join(T.dir, 'tw1-revisi');
  mkdirSync(tw1);
  mkdirSync(altered);
  const src = join(FIXTURE, 'archive', '2017-TW1');
  for (const f of readdirSync(src).filter((n) => n.endsWith('.xlsx'))) {
    const b = readFileSync(join(src, f));
    writeFileSync(join(tw1, f), b);
    writeFileSync(join(altered, f), alter(b));
  }
});
afterAll(() => T?.cleanup());

function run(args: string[], killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1500000000' };
    delete env.FORCE_COLOR;
    delete env.IKI_WORKSPACE;
    const c = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => c.kill('SIGKILL'), killAfterMs);
    c.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      res({ code, signal, stdout, stderr });
    });
  });
}

function visible(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Every committed record names a workbook holding exactly the record's bytes: at every instant, killed
 * or not (readers go by records). Settled (a run finished, or recovery ran), no visible file lies
 * outside a committed submission; right after a kill, the only such files are workbooks that no record
 * names yet (renamed in before their record: no reader sees them, the next run completes or removes them).
 */
function checkArchive(ws: string, settled = true): Map<string, string> {
  const L = layout(ws);
  const listing = listArchive(L, 2017);
  expect(listing.problems.map((p) => [p.code, p.args]), ws).toEqual([]);
  const committed = new Map<string, string>();
  const files = new Set<string>();
  for (const e of [...listing.current, ...listing.replaced]) {
    expect(sha(readFileSync(e.xlsx)), e.xlsx).toBe(e.record.sha256);
    files.add(e.xlsx).add(e.recordPath);
    if (e.state === 'current') committed.set(`${e.record.quarter}/${e.record.jabatan_id}`, e.record.sha256);
  }
  const stray = visible(L.archive).filter((p) => !files.has(p) && !p.split('/').pop()!.startsWith('.'));
  if (settled) expect(stray, 'visible files outside committed submissions').toEqual([]);
  else expect(stray.filter((p) => !p.endsWith('.xlsx')), 'visible files other than uncommitted workbooks').toEqual([]);
  return committed;
}

/** What the next run's recovery makes of a killed run's archive, on a copy: settled, and nothing committed lost. */
function checkRecovered(ws: string, committed: Map<string, string>): void {
  const copy = `${ws}-recovered`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(ws, copy, { recursive: true });
  try {
    recoverArchive(layout(copy));
    const after = checkArchive(copy);
    for (const [k] of committed) expect(after.has(k), k).toBe(true);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

describe('killed with SIGKILL at random moments', () => {
  test('during ingest (new and --replace): the archive keeps exactly what was committed, and the next run completes it', async () => {
    const ws = join(T.dir, 'ws-ingest');
    expect(iki(['init', ws, '--catalogue', CATALOGUE]).code).toBe(0);
    const rnd = prng(SEED);
    const shaOf = new Map(readdirSync(tw1).map((f) => [f, sha(readFileSync(join(tw1, f)))]));
    const shaAlt = new Map(readdirSync(altered).map((f) => [f, sha(readFileSync(join(altered, f)))]));
    let before = checkArchive(ws);
    let killed = 0;
    for (let trial = 0; trial < 8; trial++) {
      const replace = trial >= 4;
      const dir = replace ? altered : tw1;
      const r = await run(['ingest', dir, '--workspace', ws, ...(replace ? ['--replace'] : [])], 40 + Math.floor(rnd() * 900));
      if (r.signal === 'SIGKILL') killed++;
      else expect([0, 1], r.stderr).toContain(r.code);
      const after = checkArchive(ws, r.signal !== 'SIGKILL');
      if (r.signal === 'SIGKILL') checkRecovered(ws, after);
      // Nothing committed is lost; whatever is there is a whole submission of the input (old or new).
      for (const [k, v] of before) {
        const now = after.get(k);
        expect(now, k).toBeDefined();
        if (now !== v) expect(replace).toBe(true);
      }
      for (const [, v] of after) expect([...shaOf.values(), ...shaAlt.values()]).toContain(v);
      before = after;
    }
    expect(killed).toBeGreaterThan(0);
    // The next runs work and leave no temp file at all.
    const again = await run(['ingest', altered, '--workspace', ws, '--replace']);
    expect(again.code, again.stderr).toBe(0);
    const final = checkArchive(ws);
    expect(final.size).toBe(shaAlt.size);
    for (const v of final.values()) expect([...shaAlt.values()]).toContain(v);
    expect(visible(join(ws, 'archive')).filter((p) => p.split('/').pop()!.startsWith('.'))).toEqual([]);
    expect(existsSync(join(ws, '.iki.lock'))).toBe(false);
  }, 120_000);

  test('during report: the previous report is intact, and the next run works', async () => {
    const ws = join(T.dir, 'ws-report');
    cpSync(FIXTURE, ws, { recursive: true });
    rmSync(join(ws, 'reports'), { recursive: true, force: true });
    const first = await run(['report', '--year', '2017', '--workspace', ws]);
    expect(first.code, first.stderr).toBe(0);
    const out = join(ws, 'reports', 'IKI_2017_laporan.xlsx');
    let good = sha(readFileSync(out));
    const whole = async () => (await inspectXlsx(readFileSync(out), out)).ok;
    const rnd = prng(SEED + 1);
    let killed = 0;
    for (let trial = 0; trial < 6; trial++) {
      const r = await run(['report', '--year', '2017', '--workspace', ws], 50 + Math.floor(rnd() * 1500));
      if (r.signal === 'SIGKILL') {
        killed++;
        // Killed: the report is the previous one, byte for byte (zip times differ between runs, so a
        // finished run writes other bytes; a killed one must have written none).
        expect(sha(readFileSync(out))).toBe(good);
      } else {
        expect(r.code, r.stderr).toBe(0);
        good = sha(readFileSync(out));
      }
      expect(await whole()).toBe(true);
      expect(readdirSync(join(ws, 'reports')).filter((n) => !n.startsWith('.'))).toEqual(['IKI_2017_laporan.xlsx']);
    }
    expect(killed).toBeGreaterThan(0);
    const next = await run(['report', '--year', '2017', '--workspace', ws]);
    expect(next.code, next.stderr).toBe(0);
    expect(await whole()).toBe(true);
    // The temp files of killed runs are removed by the next write of the same report.
    expect(readdirSync(join(ws, 'reports'))).toEqual(['IKI_2017_laporan.xlsx']);
  }, 120_000);
});

describe('recovery of each crash state of archiveSubmission (simulated on disk)', () => {
  test('temp files, an orphan workbook, half-done replacements and an uncommitted record are put right', () => {
    const ws = join(T.dir, 'ws-recover');
    expect(iki(['init', ws, '--catalogue', CATALOGUE]).code).toBe(0);
    expect(iki(['ingest', tw1, '--workspace', ws]).code).toBe(0);
    const L = layout(ws);
    const dir = join(L.archive, '2017-TW1');
    const [a, b, c, d] = readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort();
    const committed = checkArchive(ws);
    // 1. killed before any rename: hidden temps of a new workbook and record
    writeFileSync(join(dir, `.${a}.tmp-999999-deadbeef`), 'partial');
    // 2. killed between the two renames of a new submission: a workbook with no record
    writeFileSync(join(dir, 'IKI_2017_TW1_kadis_baru.xlsx'), readFileSync(join(tw1, a!)));
    // 3. killed after keeping the old one under replaced/ but before the new one was renamed in
    const recA = readRecord(join(dir, a!.replace('.xlsx', '.json')))!;
    mkdirSync(join(dir, 'replaced'), { recursive: true });
    writeFileSync(join(dir, 'replaced', `${b}.x.xlsx`), readFileSync(join(dir, a!)));
    writeFileSync(join(dir, 'replaced', `${b}.x.json`), JSON.stringify({ ...recA, file: `${b}.x.xlsx`, replaced_by: 'f'.repeat(64), replaced_at: recA.taken_at }));
    // 4. killed between renaming a replacement in and renaming its record (the current record names the
    //    replaced/ copy of the old bytes meanwhile): roll forward
    const oldC = readFileSync(join(dir, c!));
    const newBytes = alter(oldC);
    const recC = readRecord(join(dir, c!.replace('.xlsx', '.json')))!;
    writeFileSync(join(dir, 'replaced', `${c}.z.xlsx`), oldC);
    writeFileSync(join(dir, 'replaced', `${c}.z.json`), JSON.stringify({ ...recC, file: `${c}.z.xlsx`, replaced_by: sha(newBytes), replaced_at: recC.taken_at }));
    writeFileSync(join(dir, c!.replace('.xlsx', '.json')), JSON.stringify({ ...recC, file: `replaced/${c}.z.xlsx` }));
    writeFileSync(join(dir, c!), newBytes);
    writeFileSync(join(dir, `.${c!.replace('.xlsx', '.json')}.tmp-999999-cafebabe`), JSON.stringify({ ...recC, sha256: sha(newBytes), replaces: recC.sha256 }));
    // 5. killed after the current record was re-pointed at its replaced/ copy, the workbook's own name
    //    already overwritten, the new record never written: the old submission comes back whole
    const recD = readRecord(join(dir, d!.replace('.xlsx', '.json')))!;
    const oldD = readFileSync(join(dir, d!));
    writeFileSync(join(dir, 'replaced', `${d}.y.xlsx`), oldD);
    writeFileSync(join(dir, 'replaced', `${d}.y.json`), JSON.stringify({ ...recD, file: `${d}.y.xlsx`, replaced_by: 'e'.repeat(64), replaced_at: recD.taken_at }));
    writeFileSync(join(dir, d!.replace('.xlsx', '.json')), JSON.stringify({ ...recD, file: `replaced/${d}.y.xlsx` }));
    writeFileSync(join(dir, d!), alter(oldD));
    // Every state of the write protocol keeps each record's bytes: readers see the old submissions meanwhile.
    const during = checkArchive(ws, false);
    expect(during.get(`1/${recC.jabatan_id}`)).toBe(recC.sha256);
    expect(during.get(`1/${recD.jabatan_id}`)).toBe(recD.sha256);

    const rec = recoverArchive(L);
    expect(rec.completed).toHaveLength(1);
    expect(rec.undone.length).toBeGreaterThanOrEqual(3);
    const after = checkArchive(ws);
    expect(readRecord(join(dir, d!.replace('.xlsx', '.json')))!.file).toBe(d);
    expect(readFileSync(join(dir, d!)).equals(oldD)).toBe(true);
    expect(readdirSync(join(dir, 'replaced')).sort()).toEqual([`${c}.z.json`, `${c}.z.xlsx`]);
    expect(after.get(`1/${recC.jabatan_id}`)).toBe(sha(newBytes));
    for (const [k, v] of committed) if (!k.endsWith(recC.jabatan_id)) expect(after.get(k)).toBe(v);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(existsSync(join(dir, 'IKI_2017_TW1_kadis_baru.xlsx'))).toBe(false);
  });
});

describe('two ingests and a report at once', () => {
  test('each finishes or says the workspace is busy (exit 2, no stack trace); nothing is corrupted', async () => {
    const ws = join(T.dir, 'ws-race');
    expect(iki(['init', ws, '--catalogue', CATALOGUE]).code).toBe(0);
    const tw2 = join(FIXTURE, 'archive', '2017-TW2');
    const runs = await Promise.all([run(['ingest', tw1, '--workspace', ws]), run(['ingest', tw2, '--workspace', ws]), run(['report', '--year', '2017', '--workspace', ws])]);
    for (const r of runs) {
      expect([0, 1, 2], r.stderr).toContain(r.code);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      if (r.code === 2) expect(r.stderr).toMatch(/usage\.workspace-locked|busy/);
    }
    expect(runs.filter((r) => r.code === 0).length).toBeGreaterThan(0);
    checkArchive(ws);
    // Run what was refused again, one at a time: all of it goes in.
    expect((await run(['ingest', tw1, '--workspace', ws])).code).toBe(0);
    expect((await run(['ingest', tw2, '--workspace', ws])).code).toBe(0);
    const committed = checkArchive(ws);
    expect(committed.size).toBe(readdirSync(tw1).length + readdirSync(tw2).filter((n) => n.endsWith('.xlsx')).length);
    const rep = await run(['report', '--year', '2017', '--quarter', '2', '--workspace', ws]);
    expect(rep.code, rep.stderr).toBe(0);
  }, 120_000);
});

describe('unwritable places and vanishing files', () => {
  test('an unwritable output folder: exit 2, a clear message, nothing written, the previous report intact', () => {
    const ws = join(T.dir, 'ws-out');
    cpSync(FIXTURE, ws, { recursive: true });
    const r = iki(['report', '--year', '2017', '--workspace', ws, '--out', '/sys/IKI_2017_laporan.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage\.unwritable .*IKI_2017_laporan\.xlsx/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync('/sys/IKI_2017_laporan.xlsx')).toBe(false);
  });

  test('an archive that cannot be written: exit 2, every workbook said not taken, the rest of the archive unchanged', () => {
    const ws = join(T.dir, 'ws-ro');
    expect(iki(['init', ws, '--catalogue', CATALOGUE]).code).toBe(0);
    expect(iki(['ingest', join(FIXTURE, 'archive', '2017-TW2'), '--workspace', ws]).code).toBe(0);
    const before = checkArchive(ws);
    // The TW I folder is a regular file: mkdir and every write below it fail (ENOTDIR/EEXIST).
    writeFileSync(join(ws, 'archive', '2017-TW1'), 'not a folder');
    const r = iki(['ingest', tw1, '--workspace', ws, '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { files: { outcome: string; problems: { code: string; message: string }[] }[] };
    expect(out.files.every((f) => f.outcome === 'refused' && f.problems.some((p) => p.code === 'usage.unwritable' && (p as unknown as { args: { what?: string } }).args.what === 'archive'))).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    rmSync(join(ws, 'archive', '2017-TW1'));
    expect(checkArchive(ws)).toEqual(before);
    expect(existsSync(join(ws, '.iki.lock'))).toBe(false);
  });

  test('a file that disappears between listing and reading: file.unreadable saying so, the others read', async () => {
    const index = new CatalogueIndex(loadCatalogue(readFileSync(CATALOGUE, 'utf8'), 'catalogue.yaml').catalogue!);
    const [a, b] = readdirSync(tw1).sort();
    const gone = join(T.dir, 'gone.xlsx');
    const results = await readMany(
      [
        { path: join(tw1, a!), shown: a! },
        { path: gone, shown: 'gone.xlsx' },
        { path: join(tw1, b!), shown: b! },
      ],
      { index, catalogueFile: CATALOGUE, workers: 0 },
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]!.problems).toEqual([{ code: 'file.unreadable', severity: 'error', args: { reason: 'not-found', stage: 'read' }, location: { file: 'gone.xlsx' } }]);
  });
});
