// CLI snapshots of `iki validate` and `iki ingest` in both languages: a clean run, "12 orang" in a count
// cell, a blank cell, an empty file, a refused + taken mix, --dry-run, a busy workspace; and --json is
// the report the core function returns. A refusal changes nothing but the period's refusal log.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContext } from '../src/cli/context.js';
import { jsonText } from '../src/cli/render.js';
import { ingest } from '../src/commands/ingest.js';
import type { CoreEnv } from '../src/commands/types.js';
import { validate } from '../src/commands/validate.js';
import { iki, ROOT, tempDir } from './helpers.js';
import { cliSnapshot } from './support/cli-snapshot.js';
import { hashTree, namedCells, fillWorkbook } from './support/workbooks.js';

const EPOCH = '1491811200'; // 2017-04-10
const FIXTURE = join(ROOT, 'fixtures', 'workspace');
const TW1 = join(FIXTURE, 'archive', '2017-TW1');
const CLEAN = 'IKI_2017_TW1_kasi_penempatan_tenaga_kerja.xlsx';
const ORANG = 'IKI_2017_TW1_kasi_persyaratan_kerja.xlsx';
const BLANK = 'IKI_2017_TW1_kasi_informasi_pasar_kerja.xlsx';

const tmp = tempDir('iki-snap-read-');
afterAll(() => tmp.cleanup());
const base = join(tmp.dir, 'base');

/** The first element name of a filled workbook, and the bytes with `value` typed into it. */
async function typed(file: string, value: string | null): Promise<Buffer> {
  const bytes = readFileSync(join(TW1, file));
  const first = [...(await namedCells(bytes)).keys()].filter((n) => !n.startsWith('iki_note_')).sort()[0]!;
  return fillWorkbook(bytes, { [first]: value });
}

beforeAll(async () => {
  mkdirSync(join(base, 'masuk'), { recursive: true });
  expect(iki(['init', join(base, 'kerja'), '--catalogue', join(FIXTURE, 'catalogue.yaml')]).code).toBe(0);
  writeFileSync(join(base, 'masuk', CLEAN), readFileSync(join(TW1, CLEAN)));
  writeFileSync(join(base, 'masuk', ORANG), await typed(ORANG, '12 orang'));
  writeFileSync(join(base, 'masuk', BLANK), await typed(BLANK, null));
  writeFileSync(join(base, 'masuk', 'kosong.xlsx'), Buffer.alloc(0));
  mkdirSync(join(base, 'revisi'));
  writeFileSync(join(base, 'revisi', CLEAN), await typed(CLEAN, '7'));
});

/** A lock held by an iki on another computer (a shared folder): alive as far as this one can tell. */
const busy = (ws: string) =>
  writeFileSync(join(ws, '.iki.lock'), JSON.stringify({ pid: 4242, started_at: '2017-04-10T08:15:00.000Z', command: 'report', host: 'pc-program' }));

// In order: the ingest runs build on one another.
const RUNS: [string, string[], ((dir: string) => void)?][] = [
  ['validate clean', ['validate', `masuk/${CLEAN}`, '-w', 'kerja']],
  ['validate 12 orang', ['validate', `masuk/${ORANG}`, '-w', 'kerja']],
  ['validate blank', ['validate', `masuk/${BLANK}`, '-w', 'kerja']],
  ['validate empty file', ['validate', 'masuk/kosong.xlsx', '-w', 'kerja']],
  ['validate folder', ['validate', 'masuk', '-w', 'kerja']],
  ['validate missing path', ['validate', 'tidak-ada/', '-w', 'kerja']],
  ['ingest dry run', ['ingest', 'masuk', '-w', 'kerja', '--dry-run']],
  ['ingest refused and taken', ['ingest', 'masuk', '-w', 'kerja']],
  ['ingest again', ['ingest', `masuk/${CLEAN}`, '-w', 'kerja']],
  ['ingest conflict', ['ingest', `revisi/${CLEAN}`, '-w', 'kerja']],
  ['ingest replace dry run', ['ingest', `revisi/${CLEAN}`, '-w', 'kerja', '--replace', '--dry-run']],
  ['ingest replace', ['ingest', `revisi/${CLEAN}`, '-w', 'kerja', '--replace']],
  ['ingest busy', ['ingest', 'masuk', '-w', 'kerja'], (dir) => busy(join(dir, 'kerja'))],
  ['ingest not a workspace', ['ingest', 'masuk', '-w', 'masuk']],
];

describe.each(['id', 'en'] as const)('CLI snapshots (%s)', (lang) => {
  const here = join(tmp.dir, lang);
  beforeAll(() => cpSync(base, here, { recursive: true }));
  it.each(RUNS)('%s', (_name, args, before) => {
    before?.(here);
    const text = cliSnapshot(args, { lang, cwd: here, env: { SOURCE_DATE_EPOCH: EPOCH }, paths: { '<dir>': here } });
    expect(text).toMatchSnapshot();
  });
});

describe('bad input changes nothing', () => {
  it('a refused workbook leaves the archive as it was, and a busy workspace is not read', () => {
    const here = join(tmp.dir, 'unchanged');
    cpSync(base, here, { recursive: true });
    // Everything a person keeps in the workspace (the .iki/ cache of the checked catalogue aside).
    const tree = () => Object.fromEntries(Object.entries(hashTree(join(here, 'kerja'))).filter(([k]) => !k.startsWith('.iki/')));
    const before = tree();
    const refused = iki(['ingest', `masuk/${ORANG}`, 'masuk/kosong.xlsx', '-w', 'kerja', '--json'], { cwd: here });
    expect(refused.code).toBe(1);
    const out = JSON.parse(refused.stdout) as { files: { outcome: string; problems: { code: string; severity: string }[] }[] };
    expect(out.files.map((f) => [f.outcome, f.problems.filter((p) => p.severity === 'error').map((p) => p.code)])).toEqual([
      ['refused', ['cell.text-with-unit']],
      ['refused', ['file.empty']],
    ]);
    // Only the period's refusal log grew (for `iki remind`), by the workbook whose identity was read.
    const { 'archive/2017-TW1/ditolak.jsonl': log, ...rest } = tree();
    expect(rest).toEqual(before);
    expect(log).toBeDefined();
    const logged = readFileSync(join(here, 'kerja', 'archive', '2017-TW1', 'ditolak.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { original_name: string });
    expect(logged.map((l) => l.original_name)).toEqual([ORANG]);
    busy(join(here, 'kerja'));
    const locked = tree();
    const r = iki(['ingest', 'masuk', '-w', 'kerja', '--json'], { cwd: here });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, files: [], problems: [{ code: 'usage.workspace-locked', args: { pid: 4242, host: 'pc-program', command: 'report' } }] });
    expect(tree()).toEqual(locked);
  });
});

describe('--json is the report the core function returns', () => {
  const env = (cwd: string): CoreEnv => ({ cwd, env: { SOURCE_DATE_EPOCH: EPOCH }, lang: 'id', now: () => new Date(Number(EPOCH) * 1000) });
  const json = (cwd: string, v: unknown) => JSON.parse(jsonText(makeContext(undefined, undefined, {}, cwd, 'id'), v));
  const cli = (cwd: string, args: string[]) => iki([...args, '--json'], { cwd, env: { IKI_LANG: 'id', SOURCE_DATE_EPOCH: EPOCH } });

  it('validate', async () => {
    const r = cli(base, ['validate', 'masuk', '-w', 'kerja']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(json(base, await validate({ paths: ['masuk'], workspace: 'kerja' }, env(base))));
    const missing = cli(base, ['validate', 'tidak-ada/']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toEqual(json(base, await validate({ paths: ['tidak-ada/'] }, env(base))));
  });

  it('ingest, on two copies of the same workspace', async () => {
    const [a, b] = ['json-cli', 'json-core'].map((n) => join(tmp.dir, n));
    for (const d of [a!, b!]) cpSync(base, d, { recursive: true });
    const r = cli(a!, ['ingest', 'masuk', '-w', 'kerja']);
    expect(r.code).toBe(1);
    const core = await ingest({ paths: ['masuk'], workspace: 'kerja' }, env(b!));
    expect(JSON.parse(r.stdout)).toEqual(json(b!, core));
    expect(core.stats).toMatchObject({ workbooks: 4, taken: 2, refused: 2 });
    // The archives are the same too: the same bytes, the same records (taken at the same fixed time;
    // only where each copy's files came from differs).
    const archive = (d: string) => {
      const dir = join(d, 'kerja', 'archive', '2017-TW1');
      return readdirSync(dir)
        .sort()
        .map((n) => (n.endsWith('.json') ? { ...JSON.parse(readFileSync(join(dir, n), 'utf8')), original_path: undefined } : readFileSync(join(dir, n)).toString('base64')));
    };
    expect(archive(a!)).toEqual(archive(b!));
    const dry = cli(a!, ['ingest', 'revisi', '-w', 'kerja', '--replace', '--dry-run']);
    expect(JSON.parse(dry.stdout)).toEqual(json(a!, await ingest({ paths: ['revisi'], workspace: 'kerja', replace: true, dryRun: true }, env(a!))));
  });
});
