// `iki riwayat init | check` and `iki renstra init | check` as a user runs them: both languages,
// --json equal to the core function's report, refused input changes nothing.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renstraCheck, riwayatCheck } from '../src/commands/riwayat.js';
import { iki, ROOT, tempDir } from './helpers.js';
import { cliSnapshot } from './support/cli-snapshot.js';
import { hashTree } from './support/workbooks.js';

const FIXTURE = join(ROOT, 'fixtures', 'workspace');
let t: ReturnType<typeof tempDir>;
let ws: string;
const paths = () => ({ '<ws>': ws });

beforeAll(() => {
  t = tempDir('iki-riwayat-');
  ws = join(t.dir, 'ws');
  cpSync(FIXTURE, ws, { recursive: true });
});
afterAll(() => t.cleanup());

describe('riwayat and renstra on the bundled example', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`checks the bundled history and Renstra (${lang})`, () => {
      expect(cliSnapshot(['riwayat', 'check', '--year', '2016'], { lang, cwd: ws, paths: paths() })).toMatchSnapshot();
      expect(cliSnapshot(['renstra', 'check'], { lang, cwd: ws, paths: paths() })).toMatchSnapshot();
    });

    it(`writes a history file to fill in, and refuses to overwrite one (${lang})`, () => {
      const year = lang === 'id' ? '2015' : '2014';
      expect(cliSnapshot(['riwayat', 'init', '--year', year], { lang, cwd: ws, paths: paths() })).toMatchSnapshot();
      const before = hashTree(ws);
      expect(cliSnapshot(['riwayat', 'init', '--year', year], { lang, cwd: ws, paths: paths() })).toMatchSnapshot();
      expect(hashTree(ws)).toEqual(before);
      expect(cliSnapshot(['renstra', 'init', '--from', '2016', '--to', '2021'], { lang, cwd: ws, paths: paths() })).toMatchSnapshot();
    });

    it(`says what is wrong, at which line, in a broken history file (${lang})`, () => {
      const file = join(ws, 'riwayat', '2013.yaml');
      writeFileSync(file, 'format: iki-riwayat/1\nyear: 2013\nrealisasi:\n  kadis_persentase_lowongan_dipenuhi: "82 %"\n  kadis_persentase_lowongan: 80\n  kadis_tingkat_partisipasi_angkatan_kerja: { tw1: 60, tw5: 61 }\n');
      expect(cliSnapshot(['riwayat', 'check', '--year', '2013'], { lang, cwd: ws, paths: paths() })).toMatchSnapshot();
      expect(cliSnapshot(['riwayat', 'check', '--year', '2012'], { lang, cwd: ws, paths: paths() })).toMatchSnapshot();
      expect(cliSnapshot(['renstra', 'init', '--from', '2021', '--to', '2016'], { lang, cwd: ws, paths: paths() })).toMatchSnapshot();
    });
  }
});

describe('riwayat: codes, JSON and nothing half-applied', () => {
  it('--json is the report the core function returns', async () => {
    const env = { SOURCE_DATE_EPOCH: '1500000000', IKI_LANG: 'en' };
    const cli = iki(['riwayat', 'check', '--year', '2016', '--json'], { cwd: ws, env });
    expect(cli.code).toBe(0);
    const core = await riwayatCheck({ year: '2016' }, { cwd: ws, env: { ...process.env, ...env }, lang: 'en', now: () => new Date(1500000000000) });
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(core)));
    expect(core).toMatchObject({ command: 'riwayat check', ok: true, valid: true, year: 2016, filled: 16 });
    expect(core.realisasi.kadis_persentase_lowongan_dipenuhi).toEqual({ tahun: 82.4, triwulan: { 1: 80.1, 2: 83.5, 3: 81.9, 4: 84 }, target: 80 });
    const renstra = await renstraCheck({}, { cwd: ws, env: { ...process.env, ...env }, lang: 'en', now: () => new Date(1500000000000) });
    expect(JSON.parse(iki(['renstra', 'check', '--json'], { cwd: ws, env }).stdout)).toEqual(JSON.parse(JSON.stringify(renstra)));
    expect(renstra).toMatchObject({ ok: true, periode: { awal: 2016, akhir: 2021 }, filled: 12, indicators: 12 });
  });

  it('a broken file: exit 1 with each code and line; a missing one: exit 2', () => {
    const file = join(ws, 'riwayat', '2011.yaml');
    writeFileSync(file, 'format: iki-riwayat/1\nyear: 2010\nrealisasi:\n  kadis_persentase_lowongan_dipenuhi: -4\n');
    const r = iki(['riwayat', 'check', '--year', '2011', '--json'], { cwd: ws });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { valid: boolean; problems: { code: string; args: unknown; location: { line?: number } }[] };
    expect(report.valid).toBe(false);
    expect(report.problems.map((p) => [p.code, p.args, p.location.line])).toEqual([
      ['riwayat.schema', { path: 'realisasi.kadis_persentase_lowongan_dipenuhi', issue: 'negative' }, 4],
    ]);
    const missing = iki(['riwayat', 'check', '--year', '2009', '--json'], { cwd: ws });
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).problems.map((p: { code: string }) => p.code)).toEqual(['riwayat.missing']);
  });

  it('init --force replaces the file whole; a bad year or a non-workspace writes nothing', () => {
    const file = join(ws, 'riwayat', '2008.yaml');
    expect(iki(['riwayat', 'init', '--year', '2008'], { cwd: ws }).code).toBe(0);
    writeFileSync(file, 'typed by hand');
    expect(iki(['riwayat', 'init', '--year', '2008', '--force'], { cwd: ws }).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('format: iki-riwayat/1');
    const before = hashTree(ws);
    const bad = iki(['riwayat', 'init', '--year', '17', '--json'], { cwd: ws });
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).problems.map((p: { code: string }) => p.code)).toEqual(['usage.bad-year']);
    const elsewhere = iki(['riwayat', 'init', '--year', '2016', '--json'], { cwd: t.dir });
    expect(elsewhere.code).toBe(2);
    expect(JSON.parse(elsewhere.stdout).problems.map((p: { code: string }) => p.code)).toEqual(['usage.no-workspace']);
    expect(hashTree(ws)).toEqual(before);
    expect(existsSync(join(t.dir, 'riwayat'))).toBe(false);
  });

  it('a year the archive holds is noted: the archive wins', () => {
    expect(iki(['riwayat', 'init', '--year', '2017'], { cwd: ws }).code).toBe(0);
    const r = JSON.parse(iki(['riwayat', 'check', '--year', '2017', '--json'], { cwd: ws }).stdout) as { ok: boolean; problems: { code: string; severity: string }[] };
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['riwayat.in-archive', 'info']]);
  });
});
