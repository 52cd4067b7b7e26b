// The workspace configuration (iki.yaml): defaults, every key, and each bad input with its code, args
// and line:column.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/model/config.js';
import { ProblemError } from '../src/model/problem.js';
import { configSkeleton, loadWorkspaceConfig } from '../src/store/workspace-config.js';
import { readWorkspaceConfig } from '../src/store/config-source.js';
import { layout } from '../src/store/workspace.js';
import { tempDir } from './helpers.js';
import { lineOf } from './support/small-catalogue.js';

const load = (yaml: string, jabatanIds?: string[]) => loadWorkspaceConfig(yaml, 'iki.yaml', jabatanIds ? { jabatanIds: new Set(jabatanIds) } : {});
const brief = (yaml: string, jabatanIds?: string[]) =>
  load(yaml, jabatanIds).problems.map((p) => ({ code: p.code, args: p.args, line: p.location.line, column: p.location.column }));

const FULL = `format: iki-config/1
laporan:
  tempat: Gresik
  tanggal: 2018-01-15
  penandatangan:
    jabatan: Kepala Dinas Tenaga Kerja Kabupaten Gresik
    nama: Drs. H. Budi Santoso, M.Si
    nip: 196501011990031001
    pangkat: Pembina Utama Muda (IV/c)
  wajib_verifikasi: ya
batas_waktu:
  hari_setelah_triwulan: 14
  zona_waktu: WITA
  triwulan:
    2017:
      tw4: 2018-01-20
  jabatan:
    kasi_satu:
      2017:
        tw1: 2017-04-25
        tw2: 2017-07-25
mutu:
  stok_turun_persen: 40
  pencilan_k: 3
  pencilan_kali: 4
  aktif:
    sama_dengan_sebelumnya: tidak
    kendala_kosong: false
kirim_ke: "Subbag Program dan Pelaporan (program@contoh.go.id)"
`;

describe('iki.yaml', () => {
  it('an empty file, and the skeleton iki init writes, give the defaults in both languages', () => {
    expect(load('')).toEqual({ config: DEFAULT_CONFIG, problems: [] });
    for (const lang of ['id', 'en'] as const) expect(load(configSkeleton(lang))).toEqual({ config: DEFAULT_CONFIG, problems: [] });
  });

  it('the skeleton names every key of the full example', () => {
    const skeleton = configSkeleton('id');
    for (const key of FULL.match(/^\s*[a-z_]+(?=:)/gm)!.filter((k) => k.trim() !== 'kasi_satu')) expect(skeleton).toContain(`${key.trim()}:`);
  });

  it('reads every key, a NIP as written and ya/tidak as booleans', () => {
    const { config, problems } = load(FULL, ['kadis', 'kasi_satu']);
    expect(problems).toEqual([]);
    expect(config).toEqual({
      laporan: {
        tempat: 'Gresik',
        tanggal: '2018-01-15',
        penandatangan: { jabatan: 'Kepala Dinas Tenaga Kerja Kabupaten Gresik', nama: 'Drs. H. Budi Santoso, M.Si', nip: '196501011990031001', pangkat: 'Pembina Utama Muda (IV/c)' },
        wajibVerifikasi: true,
      },
      batasWaktu: { hariSetelahTriwulan: 14, zonaWaktu: 'WITA', triwulan: { 2017: { 4: '2018-01-20' } }, jabatan: { kasi_satu: { 2017: { 1: '2017-04-25', 2: '2017-07-25' } } } },
      mutu: { stokTurunPersen: 40, outlierK: 3, outlierKali: 4, aktif: { 'stock-drop': true, outlier: true, copied: false, 'explanation-missing': false } },
      kirimKe: 'Subbag Program dan Pelaporan (program@contoh.go.id)',
    });
  });

  it('an unknown key: its line and column, the section and the nearest known key', () => {
    const yaml = 'batas_waktu:\n  hari_setelah_triwulann: 12\nmutuu:\n  x: 1\n';
    expect(brief(yaml)).toEqual([
      { code: 'config.unknown-key', args: { key: 'hari_setelah_triwulann', section: 'batas_waktu', suggestion: 'hari_setelah_triwulan', known: ['hari_setelah_triwulan', 'zona_waktu', 'triwulan', 'jabatan'] }, line: 2, column: 3 },
      { code: 'config.unknown-key', args: { key: 'mutuu', section: '', suggestion: 'mutu', known: ['format', 'laporan', 'batas_waktu', 'mutu', 'kirim_ke'] }, line: 3, column: 1 },
    ]);
    expect(brief('batas_waktu:\n  triwulan:\n    2017:\n      tw5: 2017-04-10\n')[0]).toMatchObject({ code: 'config.unknown-key', args: { key: 'tw5', section: 'batas_waktu.triwulan.2017' }, line: 4, column: 7 });
  });

  it('a bad date, number, boolean, choice, year and section', () => {
    const yaml = [
      'laporan:',
      '  tanggal: 15-01-2018',
      '  wajib_verifikasi: mungkin',
      'batas_waktu:',
      '  hari_setelah_triwulan: 1.5',
      '  zona_waktu: GMT+7',
      '  triwulan:',
      '    17:',
      '      tw1: 2017-04-10',
      '    2018:',
      '      tw1: 2018-02-30',
      'mutu:',
      '  stok_turun_persen: 150',
      '  pencilan_k: dua',
      'kirim_ke: [a, b]',
      '',
    ].join('\n');
    expect(brief(yaml)).toEqual([
      { code: 'config.bad-date', args: { key: 'laporan.tanggal', given: '15-01-2018' }, line: 2, column: 3 },
      { code: 'config.bad-boolean', args: { key: 'laporan.wajib_verifikasi', given: 'mungkin' }, line: 3, column: 3 },
      { code: 'config.bad-number', args: { key: 'batas_waktu.hari_setelah_triwulan', given: '1.5', min: 0, max: 365, integer: true }, line: 5, column: 3 },
      { code: 'config.bad-choice', args: { key: 'batas_waktu.zona_waktu', given: 'GMT+7', choices: ['WIB', 'WITA', 'WIT'] }, line: 6, column: 3 },
      { code: 'config.bad-year', args: { key: 'batas_waktu.triwulan', given: '17' }, line: 8, column: 5 },
      { code: 'config.bad-date', args: { key: 'batas_waktu.triwulan.2018.tw1', given: '2018-02-30' }, line: 11, column: 7 },
      { code: 'config.bad-number', args: { key: 'mutu.stok_turun_persen', given: '150', min: 1, max: 100 }, line: 13, column: 3 },
      { code: 'config.bad-number', args: { key: 'mutu.pencilan_k', given: 'dua', min: 0.5, max: 10 }, line: 14, column: 3 },
      { code: 'config.bad-text', args: { key: 'kirim_ke', given: '["a","b"]' }, line: 15, column: 1 },
    ]);
    expect(brief('mutu: 50\n')).toEqual([{ code: 'config.bad-section', args: { key: 'mutu', given: '50' }, line: 1, column: 1 }]);
    expect(brief('format: iki-config/9\n')).toEqual([{ code: 'config.bad-format', args: { given: 'iki-config/9', expected: 'iki-config/1' }, line: 1, column: 1 }]);
  });

  it('YAML syntax: the parser code at its line, nothing else checked', () => {
    const r = brief('batas_waktu:\n  hari_setelah_triwulan: 10\n   zona_waktu: WIB\n');
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((p) => p.code === 'config.yaml-syntax')).toBe(true);
    expect(r[0]!.line).toBe(2);
    expect(brief('a: 1\na: 2\n')[0]).toMatchObject({ code: 'config.yaml-syntax', args: { error: 'DUPLICATE_KEY' }, line: 2 });
    expect(load('x: &a [1]\n' + 'y: [' + Array(60).fill('*a').join(', ') + ']\n').problems[0]).toMatchObject({ code: 'config.yaml-syntax', args: { error: 'ALIAS_COUNT' } });
  });

  it('per-jabatan exceptions are checked against the catalogue; a due date before the triwulan ends is a warning', () => {
    const yaml = 'batas_waktu:\n  triwulan:\n    2017:\n      tw1: 2017-03-31\n  jabatan:\n    kasi_sat:\n      2017:\n        tw2: 2017-07-20\n';
    expect(brief(yaml, ['kadis', 'kasi_satu', 'kasi_dua'])).toEqual([
      { code: 'config.due-before-end', args: { key: 'batas_waktu.triwulan.2017.tw1', date: '2017-03-31', end: '2017-03-31' }, line: lineOf(yaml, 'tw1'), column: 7 },
      { code: 'config.unknown-jabatan', args: { id: 'kasi_sat', suggestions: ['kasi_satu', 'kasi_dua'] }, line: lineOf(yaml, 'kasi_sat'), column: 5 },
    ]);
    expect(load(yaml, ['kadis', 'kasi_satu', 'kasi_dua']).problems.map((p) => p.severity)).toEqual(['warning', 'error']);
    // Without the catalogue, the ids are not judged.
    expect(brief(yaml).map((p) => p.code)).toEqual(['config.due-before-end']);
  });

  it('readWorkspaceConfig: no file = defaults; errors = config.invalid (exit 2) with each error; the cache follows every edit', async () => {
    const t = tempDir();
    try {
      const ws = layout(t.dir);
      expect(await readWorkspaceConfig(ws, t.dir)).toEqual({ config: DEFAULT_CONFIG, problems: [] });
      writeFileSync(join(t.dir, 'iki.yaml'), 'mutu:\n  pencilan_k: nol\n');
      let err: unknown;
      try {
        await readWorkspaceConfig(ws, t.dir);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ProblemError);
      expect((err as ProblemError).problems.map((p) => [p.code, p.args, p.location])).toEqual([
        ['config.invalid', { file: 'iki.yaml', errors: 1 }, { file: 'iki.yaml' }],
        ['config.bad-number', { key: 'mutu.pencilan_k', given: 'nol', min: 0.5, max: 10 }, { file: 'iki.yaml', line: 2, column: 3, path: 'mutu.pencilan_k' }],
      ]);
      writeFileSync(join(t.dir, 'iki.yaml'), 'kirim_ke: Subbag Program\n');
      expect((await readWorkspaceConfig(ws, t.dir)).config.kirimKe).toBe('Subbag Program');
      expect((await readWorkspaceConfig(ws, t.dir)).config.kirimKe).toBe('Subbag Program');
      mkdirSync(join(t.dir, 'sub'));
      writeFileSync(join(t.dir, 'iki.yaml'), '');
      expect(await readWorkspaceConfig(ws, join(t.dir, 'sub'))).toEqual({ config: DEFAULT_CONFIG, file: join(t.dir, 'iki.yaml'), problems: [] });
    } finally {
      t.cleanup();
    }
  });
});

describe('docs/configuration.md', () => {
  it('its example loads without a problem, and it names every key of the skeleton', async () => {
    const { readFileSync } = await import('node:fs');
    const { ROOT } = await import('./helpers.js');
    const doc = readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
    const r = loadWorkspaceConfig(example, 'iki.yaml', { jabatanIds: new Set(['kasi_penempatan_tenaga_kerja']) });
    expect(r.problems).toEqual([]);
    expect(r.config).toMatchObject({ laporan: { tempat: 'Gresik', wajibVerifikasi: false }, batasWaktu: { hariSetelahTriwulan: 10, jabatan: { kasi_penempatan_tenaga_kerja: { 2017: { 1: '2017-04-20' } } } }, mutu: { stokTurunPersen: 50 } });
    const keys = [...configSkeleton('en').matchAll(/^\s*#?\s*([a-z_]+):/gm)].map((m) => m[1]!).filter((k) => !/^(tw\d|kasi_penempatan_tenaga_kerja)$/.test(k));
    for (const k of new Set(keys)) expect(doc, k).toContain(k);
  });
});
