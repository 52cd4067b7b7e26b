// The bundled example (fixtures/workspace) is exactly what fixtures/make-fixtures.mjs makes: the test
// regenerates it in a temporary folder with the built tool and compares what is read back from both
// archives (values, blanks, notes, problems), since zip timestamps and intake times differ. It also
// checks the archive against the script's plan, and that the example stays small.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueIndex } from '../src/model/catalogue.js';
import { loadCatalogue } from '../src/store/catalogue-load.js';
import { readSubmission } from '../src/read/submission.js';
import { listArchive } from '../src/store/archive.js';
import { layout } from '../src/store/workspace.js';
import { ROOT, tempDir } from './helpers.js';

const FIXTURE = join(ROOT, 'fixtures', 'workspace');
const SCRIPT = join(ROOT, 'fixtures', 'make-fixtures.mjs');

interface Read {
  readings: string[];
  notes: string[];
  problems: string[];
  record: Record<string, unknown>;
}

function indexOf(root: string): CatalogueIndex {
  const { catalogue } = loadCatalogue(readFileSync(join(root, 'catalogue.yaml'), 'utf8'), 'catalogue.yaml');
  return new CatalogueIndex(catalogue!);
}

/** Every current archived submission, as values read back: "(jabatan) TWq" -> what it holds. */
async function readArchive(root: string): Promise<Map<string, Read>> {
  const ws = layout(root);
  const index = indexOf(root);
  const out = new Map<string, Read>();
  const listing = listArchive(ws, 2017);
  expect(listing.problems).toEqual([]);
  for (const e of listing.current) {
    const file = relative(root, e.xlsx);
    const r = await readSubmission(readFileSync(e.xlsx), file, index, { pathHints: false });
    expect(r.ok, file).toBe(true);
    const s = r.submission!;
    const { jabatan_id, quarter, counts, missing, catalogue_hash, generated_at, sha256 } = e.record;
    expect(sha256, file).toBe(r.sha256);
    out.set(`${s.meta.jabatanId} TW${s.meta.quarter}`, {
      readings: s.readings.map((x) => `${x.elementId}=${x.status === 'value' ? x.value : x.status}@${x.source.cell}`),
      notes: s.notes.map((n) => `${n.indicatorId}.${n.field}=${n.text}`),
      problems: s.problems.map((p) => `${p.code}@${p.location.cell ?? ''}`),
      record: { jabatan_id, quarter, counts, missing, catalogue_hash, generated_at },
    });
  }
  return out;
}

function bytesUnder(dir: string, skip: (p: string) => boolean): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (skip(p)) continue;
    const st = statSync(p);
    total += st.isDirectory() ? bytesUnder(p, skip) : st.size;
  }
  return total;
}

describe('the bundled example', () => {
  const tmp = tempDir('iki-fixtures-');
  const regenerated = join(tmp.dir, 'ws');
  let committed: Map<string, Read>;
  let fresh: Map<string, Read>;

  beforeAll(async () => {
    const r = spawnSync(process.execPath, [SCRIPT, '--out', regenerated], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
    expect(r.status, r.stderr).toBe(0);
    committed = await readArchive(FIXTURE);
    fresh = await readArchive(regenerated);
  }, 180_000);
  afterAll(() => tmp.cleanup());

  it('is what make-fixtures.mjs makes (values read back from the archive)', () => {
    expect([...fresh.keys()].sort()).toEqual([...committed.keys()].sort());
    for (const [key, want] of fresh) expect(committed.get(key), key).toEqual(want);
  });

  it('covers 2017: four triwulan, every jabatan, one late workbook', () => {
    const index = indexOf(FIXTURE);
    expect(committed.size).toBe(4 * index.catalogue.jabatan.length - 1);
    expect(committed.has('kasi_informasi_pasar_kerja TW3')).toBe(false);
  });

  it('holds the values the script planned, gaps included', async () => {
    const mod = (await import(pathToFileURL(SCRIPT).href)) as {
      plan(index: CatalogueIndex): { submissions: { jabatanId: string; quarter: number; values: Record<string, number | null>; notes: Record<string, Record<string, string>> }[] };
    };
    const planned = mod.plan(indexOf(FIXTURE));
    for (const s of planned.submissions) {
      const got = committed.get(`${s.jabatanId} TW${s.quarter}`)!;
      const values = Object.fromEntries(got.readings.map((r) => r.split('@')[0]!.split('=') as [string, string]));
      expect(values, `${s.jabatanId} TW${s.quarter}`).toEqual(Object.fromEntries(Object.entries(s.values).map(([k, v]) => [k, v === null ? 'blank' : String(v)])));
      const notes = got.notes.sort();
      const want = Object.entries(s.notes).flatMap(([ind, f]) => Object.entries(f).map(([field, text]) => `${ind}.${field}=${text}`)).sort();
      expect(notes).toEqual(want);
    }
    expect(committed.get('kasi_penyelesaian_phi TW2')!.readings.find((r) => r.startsWith('kasus_phi_terdaftar='))).toMatch(/=blank@/);
  });

  it('stays small (< 2 MB)', () => {
    expect(bytesUnder(join(ROOT, 'fixtures'), (p) => p.startsWith(join(FIXTURE, 'reports')))).toBeLessThan(2 * 1024 * 1024);
  });
});
