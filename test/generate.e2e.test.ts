// `iki generate` end to end: the real bin/iki.js on temporary folders. Assertions are on codes, args and
// files; what people read is in the CLI snapshots (both languages).
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContext } from '../src/cli/context.js';
import { jsonText } from '../src/cli/render.js';
import { generate, type GenerateOptions, type GenerateReport } from '../src/commands/generate.js';
import { CatalogueIndex } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { BUNDLED, iki, tempDir } from './helpers.js';
import { cliSnapshot } from './support/cli-snapshot.js';

const tmp = tempDir('iki-generate-');
afterAll(() => tmp.cleanup());

const index = new CatalogueIndex(loadCatalogue(readFileSync(BUNDLED, 'utf8'), BUNDLED).catalogue!);
const ALL = index.catalogue.jabatan.map((j) => j.id);

let n = 0;
/** A fresh empty folder for one test. */
function fresh(name: string): string {
  const dir = join(tmp.dir, `${++n}-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A workspace as `iki init` makes it: marker, catalogue, archive. */
function workspace(name: string): string {
  const dir = fresh(name);
  writeFileSync(join(dir, 'iki-workspace.json'), JSON.stringify({ format: 'iki-workspace/1' }));
  copyFileSync(BUNDLED, join(dir, 'catalogue.yaml'));
  for (const d of ['templates', 'incoming', 'archive', 'reports']) mkdirSync(join(dir, d));
  return dir;
}

/** Every file under a folder, relative, recursively. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(dir.length + 1))
    .sort();
}

function snapshot(dir: string): Map<string, { bytes: string; mtime: number }> {
  return new Map(
    filesUnder(dir).map((f) => [f, { bytes: readFileSync(join(dir, f)).toString('base64'), mtime: statSync(join(dir, f)).mtimeMs }]),
  );
}

/** `iki generate ... --json`: the exit code and the report. */
function run(args: string[], cwd: string, env: Record<string, string> = {}): { code: number; report: GenerateReport; stderr: string } {
  const r = iki(['generate', ...args, '--json'], { cwd, env });
  expect(r.stdout, r.stderr).not.toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as GenerateReport, stderr: r.stderr };
}

const codes = (r: GenerateReport) => r.problems.map((p) => p.code);

describe('iki generate: writes', () => {
  let outside: string;
  let first: ReturnType<typeof run>;
  beforeAll(() => {
    outside = fresh('outside');
    first = run(['--year', '2017', '--quarter', '1'], outside);
  });

  it('one template per jabatan outside a workspace, into ./IKI_<year>_TW<q>/, and says so', () => {
    const { code, report } = first;
    expect(code).toBe(0);
    expect(filesUnder(outside)).toEqual(ALL.map((id) => `IKI_2017_TW1/IKI_2017_TW1_${id}.xlsx`).sort());
    expect(report).toMatchObject({ command: 'generate', ok: true, year: 2017, quarter: 1, period: '2017-TW1', folder: 'IKI_2017_TW1' });
    expect(report.problems).toEqual([expect.objectContaining({ code: 'generate.default-folder', severity: 'info', args: { folder: 'IKI_2017_TW1/' } })]);
    expect(report.templates.map((t) => t.jabatan_id)).toEqual(index.subtree(index.root.id).map((j) => j.id));
    const notes = ALL.reduce((s, id) => s + index.indicatorsOf(id).length * index.catalogue.notes.length, 0);
    expect(report.stats).toEqual({ templates: 30, element_inputs: 76, note_inputs: notes });
    const kasi = report.templates.find((t) => t.jabatan_id === 'kasi_penyelenggaraan_pelatihan');
    expect(kasi).toEqual({
      jabatan_id: 'kasi_penyelenggaraan_pelatihan',
      nama: index.jabatan.get('kasi_penyelenggaraan_pelatihan')!.nama,
      file: 'IKI_2017_TW1_kasi_penyelenggaraan_pelatihan.xlsx',
      path: 'IKI_2017_TW1/IKI_2017_TW1_kasi_penyelenggaraan_pelatihan.xlsx',
      element_inputs: index.elementsEnteredBy('kasi_penyelenggaraan_pelatihan').length,
      note_inputs: 3,
    });
    expect(report.templates.find((t) => t.jabatan_id === 'kepala_dinas')).toMatchObject({ element_inputs: 0, note_inputs: 12 });
    // Without --json the note is on stderr, the table on stdout.
    const plain = iki(['generate', '-y', '2017', '-q', '1', '-j', 'bendahara', '--force'], { cwd: outside });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('generate.default-folder');
    expect(plain.stdout).toContain('IKI_2017_TW1_bendahara.xlsx');
  });

  it('overwrites every file with --force, and no other', () => {
    const before = snapshot(outside);
    const { code, report } = run(['-y', '2017', '-q', 'TW I', '--force'], outside, { SOURCE_DATE_EPOCH: '1500000000' });
    expect(code).toBe(0);
    expect(report.catalogue).toMatchObject({ id: index.catalogue.id, hash: index.catalogue.hash });
    const after = snapshot(outside);
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...after].filter(([f, v]) => before.get(f)!.bytes !== v.bytes)).toHaveLength(30);
  });

  it('inside a workspace: templates/<year>-TW<q>/, only the jabatan asked for, no note', () => {
    const ws = workspace('ws');
    const { code, report } = run(['-y', '2018', '-q', '2', '--jabatan', 'kasi_persyaratan_kerja', 'kepala_dinas'], ws);
    expect(code).toBe(0);
    expect(report.problems).toEqual([]);
    expect(report.folder).toBe(join('templates', '2018-TW2'));
    expect(filesUnder(join(ws, 'templates'))).toEqual(['2018-TW2/IKI_2018_TW2_kasi_persyaratan_kerja.xlsx', '2018-TW2/IKI_2018_TW2_kepala_dinas.xlsx']);
    // --workspace from elsewhere finds the same place.
    const r2 = run(['-y', '2018', '-q', '3', '-j', 'kepala_dinas', '--workspace', ws], fresh('elsewhere'));
    expect(r2.code).toBe(0);
    expect(existsSync(join(ws, 'templates', '2018-TW3', 'IKI_2018_TW3_kepala_dinas.xlsx'))).toBe(true);
  });

  it('--out a new nested folder', () => {
    const dir = fresh('out');
    const { code, report } = run(['-y', '2017', '-q', '4', '-j', 'bendahara', '--out', 'kirim/tw4'], dir);
    expect(code).toBe(0);
    expect(report.problems).toEqual([]);
    expect(filesUnder(dir)).toEqual(['kirim/tw4/IKI_2017_TW4_bendahara.xlsx']);
  });
});

describe('iki generate: bad usage exits 2 with its code, writes nothing', () => {
  /** The run failed as bad usage with exactly these codes (in order), and printed no stack trace. */
  const expectUsage = (r: ReturnType<typeof run>, expected: string[]) => {
    expect(r.code, JSON.stringify(r.report.problems)).toBe(2);
    expect(codes(r.report)).toEqual(expected);
    expect(r.report).toMatchObject({ ok: false, templates: [] });
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it('a bad year, a bad quarter', () => {
    const dir = fresh('bad-period');
    const r = run(['--year', '17', '--quarter', '1'], dir);
    expectUsage(r, ['usage.bad-year']);
    expect(r.report.problems[0]!.args).toEqual({ given: '17' });
    const q = run(['--year', '2017', '--quarter', '5'], dir);
    expectUsage(q, ['usage.bad-quarter']);
    expect(q.report.problems[0]!.args).toEqual({ given: '5' });
    expectUsage(run(['--year', '17', '--quarter', '5'], dir), ['usage.bad-year', 'usage.bad-quarter']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unknown jabatan, with a suggestion', () => {
    const dir = fresh('unknown');
    const r = run(['-y', '2017', '-q', '1', '--jabatan', 'bendahara', 'kasi_penempatan'], dir);
    expectUsage(r, ['usage.unknown-jabatan']);
    expect(r.report.problems[0]!.args).toEqual({ id: 'kasi_penempatan', suggestions: ['kasi_penempatan_tenaga_kerja'] });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an existing file without --force: nothing overwritten, no partial set', () => {
    const dir = fresh('exists');
    expect(run(['-y', '2017', '-q', '1', '-j', 'bendahara', '--out', '.'], dir).code).toBe(0);
    const before = snapshot(dir);
    const r = run(['-y', '2017', '-q', '1', '--out', '.'], dir);
    expectUsage(r, ['usage.output-exists']);
    expect(r.report.problems[0]).toMatchObject({
      args: { path: 'IKI_2017_TW1_bendahara.xlsx', what: 'template', flag: '--force' },
      location: { file: 'IKI_2017_TW1_bendahara.xlsx' },
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('a folder where a template file would go', () => {
    const dir = fresh('folder-in-the-way');
    mkdirSync(join(dir, 'IKI_2017_TW1_bendahara.xlsx'));
    expectUsage(run(['-y', '2017', '-q', '1', '--out', '.', '-j', 'bendahara', '--force'], dir), ['usage.folder-in-the-way']);
    expect(filesUnder(dir)).toEqual([]);
  });

  it('an --out inside the workspace archive', () => {
    const ws = workspace('ws-archive');
    const r = run(['-y', '2017', '-q', '1', '--out', 'archive/2017-TW1'], ws);
    expectUsage(r, ['usage.archive-target']);
    expect(r.report.problems[0]!.args).toEqual({ path: 'archive/2017-TW1', what: 'templates' });
    // From outside the workspace, by absolute path, and the archive folder itself.
    expectUsage(run(['-y', '2017', '-q', '1', '--out', join(ws, 'archive')], fresh('elsewhere')), ['usage.archive-target']);
    expect(readdirSync(join(ws, 'archive'))).toEqual([]);
  });

  it('an unwritable folder', () => {
    const dir = fresh('unwritable');
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    if (process.getuid?.() !== 0) {
      // A real permission failure: the folder exists but refuses new files.
      const r = run(['-y', '2017', '-q', '1', '--out', locked], dir);
      expectUsage(r, ['usage.unwritable']);
      expect(r.report.problems[0]!.args).toMatchObject({ path: 'locked', what: 'templates', reason: 'permission' });
      expect(readdirSync(locked)).toEqual([]);
    }
    chmodSync(locked, 0o755);
    // Root writes through chmod 555, so also (and always) point below a regular file.
    writeFileSync(join(dir, 'plain.txt'), 'not a folder');
    const r = run(['-y', '2017', '-q', '1', '--out', 'plain.txt/sub'], dir);
    expectUsage(r, ['usage.file-in-the-way']);
    expect(r.report.problems[0]!.args).toEqual({ path: 'plain.txt/sub', blocker: join(dir, 'plain.txt') });
    const r2 = run(['-y', '2017', '-q', '1', '--out', 'plain.txt'], dir);
    expectUsage(r2, ['usage.file-in-the-way']);
    expect(r2.report.problems[0]!.args).toEqual({ path: 'plain.txt', blocker: 'plain.txt' });
    expect(filesUnder(dir)).toEqual(['plain.txt']);
    expect(readFileSync(join(dir, 'plain.txt'), 'utf8')).toBe('not a folder');
  });

  it.skipIf(!existsSync('/sys/kernel'))('a folder that refuses new files even to root (sysfs): the write fails, temps are gone', () => {
    const r = run(['-y', '2017', '-q', '1', '--out', '/sys'], fresh('sysfs'));
    expectUsage(r, ['usage.unwritable']);
    expect(r.report.problems[0]!.args).toMatchObject({ path: '/sys', what: 'templates', reason: 'permission' });
    expect(readdirSync('/sys').filter((f) => f.includes('IKI_'))).toEqual([]);
  });

  it('--workspace that is not one', () => {
    const dir = fresh('not-ws');
    expectUsage(run(['-y', '2017', '-q', '1', '--workspace', dir], dir), ['usage.no-workspace']);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('iki generate --json is the report of generate()', () => {
  const SOURCE_DATE_EPOCH = '1500000000';
  const core = (opts: GenerateOptions, cwd: string) =>
    generate(opts, { cwd, env: { SOURCE_DATE_EPOCH }, lang: 'id', now: () => new Date(Number(SOURCE_DATE_EPOCH) * 1000) });
  const asJson = (report: GenerateReport, cwd: string) => JSON.parse(jsonText(makeContext(process.stdout, process.stderr, {}, cwd, 'id'), report));

  it('for a run that writes', async () => {
    const dir = fresh('json');
    const r = iki(['generate', '-y', '2017', '-q', '2', '-j', 'bendahara', 'kepala_dinas', '--json'], { cwd: dir, env: { SOURCE_DATE_EPOCH, IKI_LANG: 'id' } });
    expect(r.code, r.stderr).toBe(0);
    const fromFunction = await core({ year: '2017', quarter: '2', jabatan: ['bendahara', 'kepala_dinas'], force: true }, dir);
    expect(JSON.parse(r.stdout)).toEqual(asJson(fromFunction, dir));
  });

  it('for a run that fails', async () => {
    const dir = fresh('json-fail');
    const r = iki(['generate', '-y', '2017', '-q', '2', '-j', 'kasi_penempatan', '--json'], { cwd: dir, env: { SOURCE_DATE_EPOCH, IKI_LANG: 'id' } });
    expect(r.code).toBe(2);
    const fromFunction = await core({ year: '2017', quarter: '2', jabatan: ['kasi_penempatan'] }, dir);
    expect(JSON.parse(r.stdout)).toEqual(asJson(fromFunction, dir));
    expect(fromFunction).toMatchObject({ ok: false, year: null, templates: [] });
  });
});

describe('iki generate: what people read (CLI snapshots)', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`${lang}: a normal run of a few jabatan, outside a workspace`, () => {
      const dir = fresh(`snap-${lang}`);
      const args = ['generate', '-y', '2017', '-q', '1', '-j', 'kepala_dinas', 'kasi_penempatan_tenaga_kerja', 'bendahara'];
      expect(cliSnapshot(args, { lang, cwd: dir, paths: { '<dir>': dir } })).toMatchSnapshot();
      // Again: the files exist now.
      expect(cliSnapshot(args, { lang, cwd: dir, paths: { '<dir>': dir } })).toMatchSnapshot();
    });

    it(`${lang}: an unknown jabatan, a bad triwulan`, () => {
      const dir = fresh(`snap-bad-${lang}`);
      expect(cliSnapshot(['generate', '-y', '2017', '-q', '1', '-j', 'kasi_penempatan'], { lang, cwd: dir, paths: { '<dir>': dir } })).toMatchSnapshot();
      expect(cliSnapshot(['generate', '-y', '2017', '-q', '5'], { lang, cwd: dir, paths: { '<dir>': dir } })).toMatchSnapshot();
    });

    it(`${lang}: --out into the archive`, () => {
      const ws = workspace(`snap-archive-${lang}`);
      expect(cliSnapshot(['generate', '-y', '2017', '-q', '1', '--out', 'archive/2017-TW1'], { lang, cwd: ws, paths: { '<ws>': ws } })).toMatchSnapshot();
    });
  }
});
