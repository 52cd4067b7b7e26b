// The worker-thread read path (src/read/read-pool.ts): used above 400 files or with IKI_READ_WORKERS.
// Forced on a small set, it must give exactly what the in-process path gives, in the order asked, with
// each result handed to onResult in that order; and the CLI must say the same with either.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, iki, tempDir } from './helpers.js';

const FIXTURE = join(ROOT, 'fixtures', 'workspace');
const CATALOGUE = join(FIXTURE, 'catalogue.yaml');
const CHILD = join(ROOT, 'test', 'support', 'pool-child.mjs');

interface PoolRun {
  started: number;
  seen: [number, string][];
  results: { file: string; ok: boolean; sha256: string; problems: { code: string }[] }[];
}

function pool(workers: number, files: string[]): PoolRun {
  const r = spawnSync(process.execPath, [CHILD, CATALOGUE, String(workers), ...files], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 26 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as PoolRun;
}

let T: { dir: string; cleanup(): void };
let files: string[];

beforeAll(() => {
  T = tempDir('iki-pool-');
  const bad = join(T.dir, 'bad');
  mkdirSync(bad);
  writeFileSync(join(bad, 'kosong.xlsx'), Buffer.alloc(0));
  writeFileSync(join(bad, 'teks.xlsx'), 'jabatan;nilai\nkasi;12\n');
  // Two triwulan of the bundled example (more than one batch of 16 per worker), with bad files and a
  // missing one in between, so that results from different threads interleave.
  const archived = ['2017-TW1', '2017-TW2'].flatMap((p) =>
    readdirSync(join(FIXTURE, 'archive', p))
      .filter((n) => n.endsWith('.xlsx'))
      .sort()
      .map((n) => join(FIXTURE, 'archive', p, n)),
  );
  files = [...archived.slice(0, 20), join(bad, 'kosong.xlsx'), join(T.dir, 'hilang.xlsx'), ...archived.slice(20, 45), join(bad, 'teks.xlsx'), ...archived.slice(45)];
});
afterAll(() => T?.cleanup());

describe('reading on worker threads', () => {
  test('two workers give what the main thread gives, in the order asked', () => {
    const inProcess = pool(0, files);
    const threaded = pool(2, files);
    expect(inProcess.started).toBe(0);
    expect(threaded.started).toBe(2);
    expect(threaded.results).toEqual(inProcess.results);
    expect(threaded.results.map((r) => r.file)).toEqual(files.map((f) => f.split('/').slice(-2).join('/')));
    expect(threaded.seen).toEqual(files.map((f, i) => [i, f.split('/').slice(-2).join('/')]));
    expect(threaded.results.filter((r) => !r.ok).map((r) => r.problems[0]!.code)).toEqual(['file.empty', 'file.unreadable', 'file.not-xlsx']);
    expect(threaded.results.filter((r) => r.ok)).toHaveLength(files.length - 3);
  }, 120_000);

  test('the CLI with IKI_READ_WORKERS=2 reports exactly what it reports without workers', () => {
    const shown = files.filter((f) => !f.endsWith('hilang.xlsx'));
    const run = (workers: string) => iki(['validate', '--catalogue', CATALOGUE, '--json', ...shown], { env: { IKI_READ_WORKERS: workers } });
    const a = run('0');
    const b = run('2');
    expect(a.code).toBe(1);
    expect(b.code).toBe(a.code);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
    expect(JSON.parse(a.stdout).stats).toMatchObject({ workbooks: shown.length, invalid: 2 });
  }, 120_000);
});
