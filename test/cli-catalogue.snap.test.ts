// CLI snapshots of the commands that work on the catalogue, the targets file and the workspace itself,
// in both languages: the command line, stdout, stderr and the exit code, as a person sees them.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueList, catalogueShow } from '../src/commands/catalogue.js';
import { init } from '../src/commands/init.js';
import { targetsCheck } from '../src/commands/targets.js';
import type { CoreEnv } from '../src/commands/types.js';
import { makeContext } from '../src/cli/context.js';
import { jsonText } from '../src/cli/render.js';
import { iki, ROOT, tempDir } from './helpers.js';
import { cliSnapshot } from './support/cli-snapshot.js';
import { SMALL_CATALOGUE, edit } from './support/small-catalogue.js';

const tmp = tempDir('iki-snap-cat-');
afterAll(() => tmp.cleanup());
const EPOCH = '1491004800'; // 2017-04-01
const FIXTURE = join(ROOT, 'fixtures', 'workspace');

function setup(): { dir: string; ws: string } {
  const dir = join(tmp.dir, 'base');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'typo.yaml'), edit(SMALL_CATALOGUE, 'numerator: [lulus]', 'numerator: [luluss]'));
  writeFileSync(join(dir, 'small.yaml'), SMALL_CATALOGUE);
  const ws = join(dir, 'kerja');
  cpSync(FIXTURE, ws, { recursive: true });
  const targets = readFileSync(join(ws, 'targets', '2017.yaml'), 'utf8');
  writeFileSync(join(ws, 'targets', '2018.yaml'), targets.replace('year: 2017', 'year: 2018').replace(/(kadis_persentase_tenaga_kerja_bersertifikat:) [^\n]*/, '$1 "80 %"'));
  return { dir, ws };
}
const { dir } = setup();

const RUNS: [string, string[]][] = [
  ['help', ['--help']],
  ['help catalogue', ['catalogue', '--help']],
  ['help generate', ['generate', '--help']],
  ['check bundled', ['catalogue', 'check']],
  ['check typo', ['catalogue', 'check', '--catalogue', 'typo.yaml']],
  ['check missing', ['catalogue', 'check', '--catalogue', 'nope.yaml']],
  ['list small', ['catalogue', 'list', '--catalogue', 'small.yaml']],
  ['show', ['catalogue', 'show', 'kasi_dua', '--catalogue', 'small.yaml']],
  ['show unknown', ['catalogue', 'show', 'kasi_du', '--catalogue', 'small.yaml']],
  ['init', ['init', 'baru', '--catalogue', 'small.yaml']],
  ['init again', ['init', 'baru']],
  ['targets check', ['targets', 'check', '--year', '2017', '-w', 'kerja']],
  ['targets check bad', ['targets', 'check', '--year', '2018', '-w', 'kerja']],
  ['targets check missing', ['targets', 'check', '--year', '2019', '-w', 'kerja']],
  ['targets init', ['targets', 'init', '--year', '2019', '-w', 'kerja']],
  ['targets init exists', ['targets', 'init', '--year', '2017', '-w', 'kerja']],
  ['not a workspace', ['targets', 'check', '--year', '2017', '-w', '.']],
  ['bad year', ['targets', 'check', '--year', '17', '-w', 'kerja']],
  ['bad lang', ['catalogue', 'check', '--lang', 'jv']],
  ['unknown command', ['katalog']],
  ['missing option', ['targets', 'check']],
];

describe.each(['id', 'en'] as const)('CLI snapshots (%s)', (lang) => {
  // Runs that write (init, targets init) get a fresh copy per language.
  const here = join(tmp.dir, lang);
  cpSync(dir, here, { recursive: true });
  it.each(RUNS)('%s', (_name, args) => {
    const text = cliSnapshot(args, { lang, cwd: here, env: { SOURCE_DATE_EPOCH: EPOCH }, paths: { '<dir>': here } });
    expect(text).toMatchSnapshot();
  });
});

describe('--json is the report the core function returns', () => {
  const env = (cwd: string): CoreEnv => ({ cwd, env: { SOURCE_DATE_EPOCH: EPOCH }, lang: 'id', now: () => new Date(Number(EPOCH) * 1000) });
  const ctx = makeContext(undefined, undefined, {}, dir, 'id');
  const json = (v: unknown) => JSON.parse(jsonText(ctx, v));

  it('catalogue list and show', async () => {
    const list = iki(['catalogue', 'list', '--json', '--catalogue', 'small.yaml'], { cwd: dir, env: { IKI_LANG: 'id' } });
    expect(JSON.parse(list.stdout)).toEqual(json(await catalogueList({ catalogue: 'small.yaml' }, env(dir))));
    const show = iki(['catalogue', 'show', 'kasi_du', '--json', '--catalogue', 'small.yaml'], { cwd: dir, env: { IKI_LANG: 'id' } });
    expect(show.code).toBe(2);
    expect(JSON.parse(show.stdout)).toEqual(json(await catalogueShow({ catalogue: 'small.yaml', id: 'kasi_du' }, env(dir))));
  });

  it('targets check, with its problems and their Indonesian messages', async () => {
    const r = iki(['targets', 'check', '--year', '2018', '-w', 'kerja', '--json'], { cwd: dir, env: { IKI_LANG: 'id' } });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual(json(await targetsCheck({ year: '2018', workspace: 'kerja' }, env(dir))));
    expect(out.problems[0]).toMatchObject({ code: 'target.schema', severity: 'error', args: { issue: { kind: 'type', expected: 'number', received: 'string' } } });
    expect(out.problems[0].message).toMatch(/harus berupa angka, bukan teks/);
  });

  it('init', async () => {
    const a = join(tmp.dir, 'json-a');
    const b = join(tmp.dir, 'json-b');
    const r = iki(['init', a, '--json'], { cwd: dir, env: { IKI_LANG: 'id', SOURCE_DATE_EPOCH: EPOCH } });
    const viaCore = json(await init({ dir: b }, env(dir)));
    expect(JSON.parse(r.stdout)).toEqual({ ...viaCore, workspace: viaCore.workspace.replace('json-b', 'json-a') });
  });
});
