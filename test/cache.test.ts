// The compiled cache of the catalogue and the targets (.iki/cache/ in the workspace): used when the
// YAML is unchanged (no yaml or zod loaded), rebuilt when the YAML changes, and never trusted when damaged.
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCache, writeCache } from '../src/store/cache.js';
import { iki, ROOT, tempDir } from './helpers.js';

const tmp = tempDir('iki-cache-');
afterAll(() => tmp.cleanup());

function workspace(name: string): string {
  const ws = join(tmp.dir, name);
  cpSync(join(ROOT, 'fixtures', 'workspace'), ws, { recursive: true, filter: (p) => !p.includes('/.iki') && !p.includes('/archive/') });
  return ws;
}
const cacheFiles = (ws: string) => readdirSync(join(ws, '.iki', 'cache')).sort();
const loaded = (stderr: string) => stderr.split('\n').filter((l) => /node_modules\/(zod|yaml)\//.test(l)).length;

describe('the compiled cache', () => {
  it('is written on the first run and used on the next, without loading yaml or zod', () => {
    const ws = workspace('a');
    const first = iki(['targets', 'check', '--year', '2017', '-w', ws], { env: { NODE_DEBUG: 'module' } });
    expect(first.code).toBe(0);
    expect(loaded(first.stderr)).toBeGreaterThan(0);
    expect(cacheFiles(ws).map((f) => f.split('-')[0])).toEqual(['catalogue', 'targets']);
    const again = iki(['targets', 'check', '--year', '2017', '-w', ws], { env: { NODE_DEBUG: 'module' } });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(loaded(again.stderr)).toBe(0);
  });

  it('follows every change of the YAML', () => {
    const ws = workspace('b');
    expect(iki(['targets', 'check', '--year', '2017', '-w', ws]).code).toBe(0);
    const file = join(ws, 'targets', '2017.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(kadis_persentase_tenaga_kerja_bersertifikat:) [^\n]*/, '$1 "80 %"'));
    const r = iki(['targets', 'check', '--year', '2017', '-w', ws, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems.map((p: { code: string }) => p.code)).toEqual(['target.schema']);
    expect(cacheFiles(ws)).toHaveLength(3);
  });

  it('rebuilds a damaged or edited entry instead of trusting it', () => {
    const ws = workspace('c');
    const clean = iki(['catalogue', 'list', '-w', ws, '--json']).stdout;
    const [entry] = cacheFiles(ws).filter((f) => f.startsWith('catalogue'));
    const path = join(ws, '.iki', 'cache', entry!);
    // Valid JSON whose payload was edited: its own checksum no longer matches.
    writeFileSync(path, readFileSync(path, 'utf8').replace('Dinas Tenaga Kerja Kabupaten Gresik', 'Dinas Palsu'));
    expect(iki(['catalogue', 'list', '-w', ws, '--json']).stdout).toBe(clean);
    writeFileSync(path, '{"format":"iki-cache/1"');
    expect(iki(['catalogue', 'list', '-w', ws, '--json']).stdout).toBe(clean);
    expect(JSON.parse(readFileSync(path, 'utf8')).payload.catalogue.instansi).toBe('Dinas Tenaga Kerja Kabupaten Gresik');
  });

  it('reads back exactly what it wrote, and nothing for another key or kind', () => {
    const dir = join(tmp.dir, 'unit');
    writeCache(dir, 'catalogue', 'a'.repeat(64), { x: [1, 2, { y: 'z' }] });
    expect(readCache(dir, 'catalogue', 'a'.repeat(64))).toEqual({ x: [1, 2, { y: 'z' }] });
    expect(readCache(dir, 'targets', 'a'.repeat(64))).toBeUndefined();
    expect(readCache(dir, 'catalogue', 'b'.repeat(64))).toBeUndefined();
  });
});
