import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { iki, tempDir } from './helpers.js';
import { SMALL_CATALOGUE, edit, lineOf } from './support/small-catalogue.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const write = (name: string, text: string) => {
  const file = join(tmp.dir, name);
  writeFileSync(file, text);
  return file;
};

describe('iki catalogue check', () => {
  it('passes the bundled catalogue', () => {
    const r = iki(['catalogue', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok templates/catalogue.yaml: 30 jabatan, 63 indicators (12 percentages, 51 counts)');
  });

  it('exits 1 with the code and line of each problem', () => {
    const src = edit(SMALL_CATALOGUE, 'numerator: [lulus]', 'numerator: [luluss]');
    const file = write('typo.yaml', src);
    const r = iki(['catalogue', 'check', '--catalogue', file], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`typo.yaml line ${lineOf(src, 'luluss')}:25: error catalogue.unknown-ref`);
    const j = JSON.parse(iki(['catalogue', 'check', '--catalogue', file, '--json'], { cwd: tmp.dir }).stdout);
    expect(j.problems).toMatchObject([{ code: 'catalogue.unknown-ref', args: { what: 'numerator', id: 'luluss', suggestion: 'lulus' }, location: { line: lineOf(src, 'luluss'), column: 25 } }]);
  });

  it('exits 0 with warnings only', () => {
    const file = write('warn.yaml', `${SMALL_CATALOGUE}  - id: sisa\n    nama: Sisa\n    satuan: unit\n    owner: kasi_satu\n    aggregation: sum\n`);
    const r = iki(['catalogue', 'check', '-c', file], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warning catalogue.unused-element/);
  });

  it('reports a loop in the atasan tree as data (exit 1)', () => {
    const file = write('loop.yaml', edit(SMALL_CATALOGUE, 'atasan: kadis\n    tugas:\n', 'atasan: kasi_satu\n    tugas:\n'));
    const r = iki(['catalogue', 'check', '-c', file, '--json'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.problems.map((p: { code: string }) => p.code)).toEqual(['catalogue.atasan-loop', 'catalogue.unreachable']);
  });

  it('exits 2 for a missing or unreadable file, with no stack trace', () => {
    const r = iki(['catalogue', 'check', '-c', join(tmp.dir, 'nope.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('catalogue.unreadable');
    const j = JSON.parse(iki(['catalogue', 'check', '-c', join(tmp.dir, 'nope.yaml'), '--json']).stdout);
    expect(j.problems).toMatchObject([{ code: 'catalogue.unreadable', args: { reason: 'not-found' } }]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const dir = iki(['catalogue', 'check', '-c', tmp.dir]);
    expect(dir.code).toBe(2);
    expect(JSON.parse(iki(['catalogue', 'check', '-c', tmp.dir, '--json']).stdout).problems[0].args.reason).toBe('is-folder');
  });

  it('exits 2 on bad usage', () => {
    expect(iki(['catalogue', 'check', '--bogus']).code).toBe(2);
    expect(iki(['nosuchcommand']).code).toBe(2);
  });
});

describe('iki catalogue list', () => {
  it('prints the contract JSON: 30 jabatan, 63 indicators, 12 ratios', () => {
    const r = iki(['catalogue', 'list', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.jabatan).toHaveLength(30);
    const indicators = out.jabatan.flatMap((j: { indicators: unknown[] }) => j.indicators);
    expect(indicators).toHaveLength(63);
    const ratios = indicators.filter((i: { kind: string }) => i.kind === 'ratio');
    expect(ratios).toHaveLength(12);
    for (const r of ratios) {
      expect(r.numerator.length).toBeGreaterThan(0);
      expect(r.denominator.length).toBeGreaterThan(0);
    }
    for (const c of indicators.filter((i: { kind: string }) => i.kind === 'count')) expect(typeof c.element).toBe('string');
    const elementIds = new Set(out.elements.map((e: { id: string }) => e.id));
    for (const e of out.elements) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'nama', 'owner', 'aggregation']));
      expect(['sum', 'last']).toContain(e.aggregation);
    }
    for (const i of indicators) for (const e of [...(i.numerator ?? []), ...(i.denominator ?? []), ...(i.element ? [i.element] : [])]) expect(elementIds.has(e)).toBe(true);
    expect(out.jabatan[0]).toMatchObject({ id: 'kepala_dinas', atasan: null });
  });

  it('prints the tree as a table', () => {
    const r = iki(['catalogue', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ kepala_dinas\s+│ KEPALA DINAS TENAGA KERJA\s+│ -\s+│ 4\s+│ 0\s+│/);
    expect(r.stdout).toMatch(/│ {5}kasi_sertifikasi_kompetensi\s+│ KASI SERTIFIKASI KOMPETENSI\s+│ kabid_pelatihan_kerja\s+│ 1\s+│ 2\s+│/);
    expect(r.stdout).toContain('30 jabatan, 63 indicators (12 percentages), 76 elements');
    expect(iki(['catalogue', 'list'], { env: { IKI_LANG: 'id' } }).stdout).toContain('30 jabatan, 63 indikator (12 persentase), 76 isian');
  });

  it('refuses a broken catalogue with exit 2 (configuration)', () => {
    const file = write('broken.yaml', edit(SMALL_CATALOGUE, 'owner: kasi_satu', 'owner: kasi_x'));
    const r = iki(['catalogue', 'list', '-c', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('catalogue.unknown-ref');
    expect(r.stderr).toContain('usage.catalogue-invalid');
  });
});

describe('iki catalogue show', () => {
  it('shows a Kadis percentage with the jabatan that enters each part', () => {
    const r = iki(['catalogue', 'show', 'kepala_dinas', '--json']);
    expect(r.code).toBe(0);
    const ind = JSON.parse(r.stdout).kinerja.flatMap((k: { indicators: unknown[] }) => k.indicators).find((i: { id: string }) => i.id === 'kadis_persentase_tenaga_kerja_bersertifikat');
    expect(ind.parts).toMatchObject([
      { role: 'numerator', element: 'tenaga_kerja_bersertifikat', owner_nama: 'KASI SERTIFIKASI KOMPETENSI' },
      { role: 'denominator', element: 'peserta_pelatihan', owner_nama: 'KASI PENYELENGGARAAN PELATIHAN' },
    ]);
    expect(iki(['catalogue', 'show', 'kepala_dinas'], { env: { IKI_LANG: 'id' } }).stdout).toMatch(/pembilang tenaga_kerja_bersertifikat: .* diisi oleh KASI SERTIFIKASI KOMPETENSI/);
  });

  it('lists the isian a Kasi types for its atasan', () => {
    const r = iki(['catalogue', 'show', 'kasi_sertifikasi_kompetensi', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).for_others).toContainEqual(expect.objectContaining({ id: 'tenaga_kerja_bersertifikat', used_by: ['kadis_persentase_tenaga_kerja_bersertifikat'] }));
  });

  it('exits 2 for an unknown jabatan, suggesting close ids', () => {
    const r = iki(['catalogue', 'show', 'kasi_sertifikasi']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage.unknown-jabatan');
    const j = JSON.parse(iki(['catalogue', 'show', 'kasi_sertifikasi', '--json']).stdout);
    expect(j.problems[0].args.suggestions).toContain('kasi_sertifikasi_kompetensi');
  });
});

describe('iki --help and --version', () => {
  it('prints help with examples, exit 0', () => {
    const r = iki(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: iki');
    expect(r.stdout).toContain('$ iki report --year 2017');
    const sub = iki(['generate', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('Examples:');
  });
  it('prints the version', () => {
    const r = iki(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('does not load exceljs for catalogue commands', () => {
    const r = iki(['catalogue', 'check'], { env: { NODE_DEBUG: 'module' } });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/exceljs/);
  });
});
