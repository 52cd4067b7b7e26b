// `iki generate` end to end: the real bin/iki.js on temporary folders.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { BUNDLED, iki, tempDir } from './helpers.js';

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

describe('iki generate: writes', () => {
  let outside: string;
  let result: ReturnType<typeof iki>;
  beforeAll(() => {
    outside = fresh('outside');
    result = iki(['generate', '--year', '2017', '--quarter', '1'], { cwd: outside });
  });

  it('one template per jabatan outside a workspace, into ./IKI_<year>_TW<q>/, and says so', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Not in an iki workspace: writing to IKI_2017_TW1/');
    expect(filesUnder(outside)).toEqual(ALL.map((id) => `IKI_2017_TW1/IKI_2017_TW1_${id}.xlsx`).sort());
    for (const id of ALL) expect(result.stdout).toContain(`IKI_2017_TW1_${id}.xlsx`);
    expect(result.stdout).toMatch(/jabatan.*file.*number inputs.*text inputs/);
    expect(result.stdout).toMatch(/Wrote 30 templates for 2017-TW1 to IKI_2017_TW1\/ \(76 number inputs/);
  });

  it('prints the same as data with --json, and overwrites with --force', () => {
    const before = snapshot(outside);
    const r = iki(['generate', '-y', '2017', '-q', 'TW I', '--force', '--json'], { cwd: outside, env: { SOURCE_DATE_EPOCH: '1500000000' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const data = JSON.parse(r.stdout);
    expect(data).toMatchObject({ year: 2017, quarter: 1, period: '2017-TW1', folder: join(outside, 'IKI_2017_TW1') });
    expect(data.catalogue).toMatchObject({ id: index.catalogue.id, hash: index.catalogue.hash });
    expect(data.templates.map((t: { jabatan_id: string }) => t.jabatan_id).sort()).toEqual([...ALL].sort());
    const kasi = data.templates.find((t: { jabatan_id: string }) => t.jabatan_id === 'kasi_penyelenggaraan_pelatihan');
    expect(kasi).toMatchObject({
      file: 'IKI_2017_TW1_kasi_penyelenggaraan_pelatihan.xlsx',
      element_inputs: index.elementsEnteredBy('kasi_penyelenggaraan_pelatihan').length,
      note_inputs: 3,
    });
    expect(data.templates.find((t: { jabatan_id: string }) => t.jabatan_id === 'kepala_dinas')).toMatchObject({ element_inputs: 0, note_inputs: 12 });
    const after = snapshot(outside);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...after].filter(([f, v]) => before.get(f)!.bytes !== v.bytes);
    expect(changed.length).toBe(30);
  });

  it('inside a workspace: templates/<year>-TW<q>/, only the jabatan asked for', () => {
    const ws = workspace('ws');
    const r = iki(['generate', '-y', '2018', '-q', '2', '--jabatan', 'kasi_persyaratan_kerja', 'kepala_dinas'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(filesUnder(join(ws, 'templates'))).toEqual(['2018-TW2/IKI_2018_TW2_kasi_persyaratan_kerja.xlsx', '2018-TW2/IKI_2018_TW2_kepala_dinas.xlsx']);
    // --workspace from elsewhere finds the same place.
    const r2 = iki(['generate', '-y', '2018', '-q', '3', '-j', 'kepala_dinas', '--workspace', ws], { cwd: fresh('elsewhere') });
    expect(r2.code, r2.stderr).toBe(0);
    expect(existsSync(join(ws, 'templates', '2018-TW3', 'IKI_2018_TW3_kepala_dinas.xlsx'))).toBe(true);
  });

  it('--out a new nested folder', () => {
    const dir = fresh('out');
    const r = iki(['generate', '-y', '2017', '-q', '4', '-j', 'bendahara', '--out', 'kirim/tw4'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(filesUnder(dir)).toEqual(['kirim/tw4/IKI_2017_TW4_bendahara.xlsx']);
  });
});

describe('iki generate: bad usage exits 2, says what is wrong, writes nothing', () => {
  const expectUsage = (r: ReturnType<typeof iki>, code: string, message: RegExp) => {
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toContain(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  };

  it('a bad year', () => {
    const dir = fresh('bad-year');
    const r = iki(['generate', '--year', '17', '--quarter', '1'], { cwd: dir });
    expectUsage(r, 'usage.bad-year', /"17" is not a year between 2000 and 2100/);
    expect(filesUnder(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a bad quarter', () => {
    const dir = fresh('bad-quarter');
    const r = iki(['generate', '--year', '2017', '--quarter', '5'], { cwd: dir });
    expectUsage(r, 'usage.bad-quarter', /"5" is not a triwulan/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unknown jabatan, with a suggestion', () => {
    const dir = fresh('unknown');
    const r = iki(['generate', '-y', '2017', '-q', '1', '--jabatan', 'bendahara', 'kasi_penempatan'], { cwd: dir });
    expectUsage(r, 'usage.unknown-jabatan', /no jabatan "kasi_penempatan" in the catalogue\. Did you mean kasi_penempatan_tenaga_kerja/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an existing file without --force: nothing overwritten, no partial set', () => {
    const dir = fresh('exists');
    expect(iki(['generate', '-y', '2017', '-q', '1', '-j', 'bendahara', '--out', '.'], { cwd: dir }).code).toBe(0);
    const before = snapshot(dir);
    const r = iki(['generate', '-y', '2017', '-q', '1', '--out', '.'], { cwd: dir });
    expectUsage(r, 'usage.output-exists', /IKI_2017_TW1_bendahara\.xlsx: error usage\.output-exists/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('an --out inside the workspace archive', () => {
    const ws = workspace('ws-archive');
    const r = iki(['generate', '-y', '2017', '-q', '1', '--out', 'archive/2017-TW1'], { cwd: ws });
    expectUsage(r, 'usage.archive-target', /is inside the workspace archive/);
    // From outside the workspace, by absolute path, and the archive folder itself.
    const r2 = iki(['generate', '-y', '2017', '-q', '1', '--out', join(ws, 'archive')], { cwd: fresh('elsewhere') });
    expectUsage(r2, 'usage.archive-target', /inside the workspace archive/);
    expect(filesUnder(join(ws, 'archive'))).toEqual([]);
    expect(readdirSync(join(ws, 'archive'))).toEqual([]);
  });

  it('an unwritable folder', () => {
    const dir = fresh('unwritable');
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const root = process.getuid?.() === 0;
    if (!root) {
      // A real permission failure: the folder exists but refuses new files.
      const r = iki(['generate', '-y', '2017', '-q', '1', '--out', locked], { cwd: dir });
      expectUsage(r, 'usage.unwritable', /permission denied/);
      expect(readdirSync(locked)).toEqual([]);
    }
    chmodSync(locked, 0o755);
    // Root writes through chmod 555, so also (and always) point below a regular file.
    writeFileSync(join(dir, 'plain.txt'), 'not a folder');
    const r = iki(['generate', '-y', '2017', '-q', '1', '--out', 'plain.txt/sub'], { cwd: dir });
    expectUsage(r, 'usage.file-in-the-way', /plain\.txt\/sub cannot be a folder: .*plain\.txt is a file/);
    const r2 = iki(['generate', '-y', '2017', '-q', '1', '--out', 'plain.txt'], { cwd: dir });
    expectUsage(r2, 'usage.file-in-the-way', /plain\.txt cannot be a folder: plain\.txt is a file/);
    expect(filesUnder(dir)).toEqual(['plain.txt']);
    expect(readFileSync(join(dir, 'plain.txt'), 'utf8')).toBe('not a folder');
  });

  it.skipIf(!existsSync('/sys/kernel'))('a folder that refuses new files even to root (sysfs): the write fails, temps are gone', () => {
    const r = iki(['generate', '-y', '2017', '-q', '1', '--out', '/sys'], { cwd: fresh('sysfs') });
    expectUsage(r, 'usage.unwritable', /Cannot write the templates \(\/sys\): permission denied\./);
    expect(readdirSync('/sys').filter((f) => f.includes('IKI_'))).toEqual([]);
  });

  it('--workspace that is not one', () => {
    const dir = fresh('not-ws');
    const r = iki(['generate', '-y', '2017', '-q', '1', '--workspace', dir], { cwd: dir });
    expectUsage(r, 'usage.no-workspace', /is not an iki workspace/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
