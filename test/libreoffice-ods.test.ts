// Workbooks saved as .ods by LibreOffice ("Use ODF Format!"): filled templates converted with soffice
// read with the same values as the .xlsx they came from, for the bundled catalogue (counts, notes) and
// for the typed example (decimal, rupiah, percent, typed as text too), and ingest archives them as .ods.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, iki, tempDir } from './helpers.js';
import { valueFor, workspaceWithTemplates, type Generated } from './support/fixtures.js';
import { HAVE_SOFFICE, sofficeConvert } from './support/soffice.js';
import { elementNames, fillWorkbook, namedCells, type CellValue } from './support/workbooks.js';

const RUN = HAVE_SOFFICE || Boolean(process.env.CI);
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const PICK = ['kasi_penempatan_tenaga_kerja', 'kasubag_umum_kepegawaian'];

interface FileJson {
  file: string;
  valid: boolean;
  outcome?: string;
  archived?: string;
  values?: Record<string, number>;
  notes?: { text: string }[];
  problems: { code: string; severity: string }[];
}

const validate = (dir: string, ws: string) => {
  const r = iki(['validate', dir, '--json', '--workspace', ws]);
  return { code: r.code, files: (JSON.parse(r.stdout) as { files: FileJson[] }).files };
};
const byName = (files: FileJson[]) => Object.fromEntries(files.map((f) => [f.file.split('/').pop()!.replace(/\.(xlsx|ods)$/, ''), f]));

describe.skipIf(!RUN)('.ods saved by LibreOffice', () => {
  let G: Generated;
  let picked: string[];

  beforeAll(async () => {
    G = workspaceWithTemplates();
    picked = G.files.filter((f) => PICK.some((p) => f.endsWith(`_${p}.xlsx`)));
    const xlsxDir = join(G.root, 'xlsx');
    mkdirSync(xlsxDir, { recursive: true });
    for (const f of picked) {
      const tpl = readFileSync(join(G.templates, f));
      const values: Record<string, CellValue> = Object.fromEntries((await elementNames(tpl)).map((n) => [n, valueFor(n)]));
      const note = [...(await namedCells(tpl)).keys()].find((n) => n.startsWith('iki_note_'));
      if (note) values[note] = 'Kendala: dua  spasi\nbaris kedua';
      writeFileSync(join(xlsxDir, f), await fillWorkbook(tpl, values));
    }
    sofficeConvert(picked.map((f) => join(xlsxDir, f)), 'ods', join(G.root, 'ods'));
  }, 300_000);
  afterAll(() => G?.cleanup());

  test('the bundled catalogue: the .ods reads with the values and notes of its .xlsx', () => {
    const x = validate(join(G.root, 'xlsx'), G.ws);
    const o = validate(join(G.root, 'ods'), G.ws);
    expect(x.code).toBe(0);
    expect(o.code).toBe(0);
    const xs = byName(x.files);
    const os = byName(o.files);
    expect(Object.keys(os).sort()).toEqual(Object.keys(xs).sort());
    for (const [k, f] of Object.entries(os)) {
      expect(f.problems.filter((p) => p.severity !== 'info'), k).toEqual([]);
      expect(f.valid).toBe(true);
      expect(f.values, k).toEqual(xs[k]!.values);
      expect(Object.keys(f.values!).length).toBeGreaterThan(0);
      expect(f.notes, k).toEqual(xs[k]!.notes);
    }
  });

  test('ingest archives each .ods as received, with its own extension', () => {
    const r = iki(['ingest', join(G.root, 'ods'), '--workspace', G.ws, '--json']);
    expect(r.code).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: FileJson[] }).files;
    for (const f of files) {
      expect(f.outcome).toBe('taken');
      expect(f.archived).toMatch(/IKI_2017_TW1_[a-z_]+\.ods$/);
      const archived = join(G.ws, 'archive', '2017-TW1', f.archived!.split('/').pop()!);
      expect(readFileSync(archived).equals(readFileSync(f.file.startsWith('/') ? f.file : join(ROOT, f.file)))).toBe(true);
    }
    const s = JSON.parse(iki(['status', '--year', '2017', '--quarter', '1', '--json', '--workspace', G.ws]).stdout);
    expect(s.quarters[0].received).toBe(picked.length);
  });

  test('the typed example: decimal, rupiah and percent (numbers and Indonesian text) read alike from .ods', () => {
    const t = tempDir('iki-ods-typed-');
    try {
      const ws = join(t.dir, 'ws');
      expect(iki(['init', ws, '-c', join(ROOT, 'templates', 'contoh-dinas-kecil.yaml')]).code).toBe(0);
      expect(iki(['generate', '-y', '2017', '-q', '1'], { cwd: ws }).code).toBe(0);
      const xdir = join(t.dir, 'xlsx');
      mkdirSync(xdir);
      const fill = (j: string, values: object) => {
        const f = `IKI_2017_TW1_${j}.xlsx`;
        const r = spawnSync(PYTHON, [join(ROOT, 'test', 'support', 'fill_openpyxl.py'), join(ws, 'templates', '2017-TW1', f), join(xdir, f), JSON.stringify(values)], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        return join(xdir, f);
      };
      const files = [
        fill('sekretaris', { iki_tpt: '5,8', iki_pagu_anggaran: '1.234.567.890', iki_realisasi_anggaran: 456789000 }),
        fill('kabid_layanan', { iki_nilai_ikm: 82.75, iki_permohonan_selesai: 40, iki_hari_penyelesaian: '3,5' }),
      ];
      sofficeConvert(files, 'ods', join(t.dir, 'ods'));
      const x = byName(validate(xdir, ws).files);
      const o = byName(validate(join(t.dir, 'ods'), ws).files);
      expect(o.IKI_2017_TW1_sekretaris!.values).toEqual({ tpt: 5.8, pagu_anggaran: 1234567890, realisasi_anggaran: 456789000 });
      expect(o.IKI_2017_TW1_kabid_layanan!.values).toEqual({ nilai_ikm: 82.75, permohonan_selesai: 40, hari_penyelesaian: 3.5 });
      for (const k of Object.keys(o)) expect(o[k]!.values).toEqual(x[k]!.values);
    } finally {
      t.cleanup();
    }
  }, 240_000);
});
