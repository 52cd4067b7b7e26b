// The second example catalogue (templates/contoh-dinas-kecil.yaml): every element type and every
// aggregation through generate -> fill (openpyxl, as Excel would) -> ingest -> report, checking each
// value, each template's validation and number format, and each report format.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, iki as run0, tempDir } from './helpers.js';

/** In Indonesian, the default a user sees (the workbook texts are checked). */
const iki = (args: string[], opts: { cwd?: string } = {}) => run0(args, { ...opts, env: { IKI_LANG: 'id' } });

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
const run = hasOpenpyxl || process.env.CI ? describe : describe.skip;
const CATALOGUE = join(ROOT, 'templates', 'contoh-dinas-kecil.yaml');
const FILL = join(ROOT, 'test', 'support', 'fill_openpyxl.py');

function py(code: string, ...args: string[]): unknown {
  const r = spawnSync(PYTHON, ['-c', code, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

/** What each jabatan types, per triwulan: numbers as Excel stores them, strings as typed text. */
const FILLED: Record<number, Record<string, Record<string, number | string>>> = {
  1: {
    kabid_layanan: { iki_nilai_ikm: '82,75', iki_permohonan_selesai: 40, iki_hari_penyelesaian: 3.5 },
    sekretaris: { iki_tpt: 5.8, iki_pagu_anggaran: '1.234.567.890', iki_realisasi_anggaran: 456789000 },
    kepala_dinas: {},
  },
  2: {
    // hari_penyelesaian left blank: its average is then TW I's alone, partial.
    kabid_layanan: { iki_nilai_ikm: 84.5, iki_permohonan_selesai: '60' },
    sekretaris: { iki_tpt: '5,6 %', iki_pagu_anggaran: 1234567890, iki_realisasi_anggaran: 'Rp 300.000.000' },
    kepala_dinas: {},
  },
};

run('the second example catalogue, end to end', () => {
  const tmp = tempDir('iki-typed-');
  const ws = join(tmp.dir, 'ws');
  const file = (q: number, j: string) => `IKI_2017_TW${q}_${j}.xlsx`;
  let reportJson: { indicators: { indicator_id: string; type: string; decimals: number; values: { period: string; value: number | null; status: string }[] }[] };

  beforeAll(() => {
    expect(iki(['init', ws, '-c', CATALOGUE]).code).toBe(0);
    for (const q of [1, 2]) {
      expect(iki(['generate', '-y', '2017', '-q', String(q)], { cwd: ws }).code).toBe(0);
      for (const [j, values] of Object.entries(FILLED[q]!)) {
        const r = spawnSync(PYTHON, [FILL, join(ws, 'templates', `2017-TW${q}`, file(q, j)), join(ws, 'incoming', file(q, j)), JSON.stringify(values)], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
      }
    }
    const ingest = iki(['ingest', '--json', ...readdirSync(join(ws, 'incoming')).map((f) => join('incoming', f))], { cwd: ws });
    expect(ingest.code, ingest.stdout).toBe(0);
    const rep = iki(['report', '-y', '2017', '-q', '2', '--json'], { cwd: ws });
    expect(rep.code, rep.stdout).toBe(0);
    reportJson = JSON.parse(rep.stdout);
  }, 180_000);
  afterAll(() => tmp.cleanup());

  it('the catalogue checks clean', () => {
    expect(iki(['catalogue', 'check', '-c', CATALOGUE]).code).toBe(0);
  });

  it('templates: each type its validation and number format', () => {
    const cells = py(
      `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Isian']
out = {}
for name in ['iki_tpt', 'iki_pagu_anggaran', 'iki_realisasi_anggaran']:
    sheet, ref = next(wb.defined_names[name].destinations)
    ref = ref.replace('$', '')
    dv = [d for d in ws.data_validations.dataValidation if ref in d.sqref]
    out[name] = [ws[ref].number_format, dv[0].type, dv[0].operator or 'between', dv[0].formula1, dv[0].formula2, dv[0].errorTitle]
print(json.dumps(out))
`,
      join(ws, 'templates', '2017-TW1', file(1, 'sekretaris')),
    );
    expect(cells).toEqual({
      iki_tpt: ['0.0" %"', 'decimal', 'between', '0', '100', 'Isian harus persentase'],
      iki_pagu_anggaran: ['"Rp "#,##0', 'decimal', 'between', '0', '1000000000000000', 'Isian harus rupiah bulat'],
      iki_realisasi_anggaran: ['"Rp "#,##0', 'decimal', 'between', '0', '1000000000000000', 'Isian harus rupiah bulat'],
    });
    const kabid = py(
      `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Isian']
out = {}
for name in ['iki_nilai_ikm', 'iki_permohonan_selesai', 'iki_hari_penyelesaian']:
    sheet, ref = next(wb.defined_names[name].destinations)
    ref = ref.replace('$', '')
    dv = [d for d in ws.data_validations.dataValidation if ref in d.sqref][0]
    out[name] = [ws[ref].number_format, dv.type, dv.operator or 'between', dv.formula1]
print(json.dumps(out))
`,
      join(ws, 'templates', '2017-TW1', file(1, 'kabid_layanan')),
    );
    expect(kabid).toEqual({
      iki_nilai_ikm: ['0.00', 'decimal', 'between', '0'],
      iki_permohonan_selesai: ['0', 'whole', 'greaterThanOrEqual', '0'],
      iki_hari_penyelesaian: ['0.0', 'decimal', 'greaterThanOrEqual', '0'],
    });
  });

  it('every indicator: its value, type and status for each triwulan and the year to date', () => {
    const got = Object.fromEntries(reportJson.indicators.map((i) => [i.indicator_id, [i.type, i.decimals, ...i.values.map((v) => [v.value, v.status])]]));
    const pct = (756789000 / 1234567890) * 100;
    expect(got).toEqual({
      kadis_ikm: ['decimal', 2, [82.75, 'ok'], [84.5, 'ok'], [84.5, 'ok']],
      kadis_tpt: ['percent', 1, [5.8, 'ok'], [5.6, 'ok'], [5.6, 'ok']],
      sekretaris_realisasi_anggaran: ['percent', 2, [(456789000 / 1234567890) * 100, 'ok'], [(300000000 / 1234567890) * 100, 'ok'], [pct, 'ok']],
      sekretaris_realisasi_rupiah: ['rupiah', 0, [456789000, 'ok'], [300000000, 'ok'], [756789000, 'ok']],
      kabid_layanan_permohonan: ['count', 0, [40, 'ok'], [60, 'ok'], [100, 'ok']],
      kabid_layanan_hari: ['decimal', 1, [3.5, 'ok'], [null, 'blank'], [3.5, 'partial']],
    });
  });

  it('the report workbook: Data numeric, each type its number format', () => {
    const out = py(
      `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
ws = wb['Data']
head = [c.value for c in ws[1]]
rows = {}
for r in ws.iter_rows(min_row=2):
    d = dict(zip(head, r))
    if d['period'].value == '2017-YTD-TW2':
        rows[d['indicator_id'].value] = [d['kind'].value, d['value'].value, d['value'].number_format]
print(json.dumps(rows))
`,
      join(ws, 'reports', 'IKI_2017_TW2_laporan.xlsx'),
    );
    expect(out).toMatchObject({
      kadis_ikm: ['value', 84.5, '#,##0.00'],
      kadis_tpt: ['value', 5.6, '0.0'],
      sekretaris_realisasi_rupiah: ['value', 756789000, '"Rp "#,##0'],
      kabid_layanan_permohonan: ['count', 100, '#,##0'],
      kabid_layanan_hari: ['value', 3.5, '#,##0.0'],
      pagu_anggaran: ['element', 1234567890, '"Rp "#,##0'],
      realisasi_anggaran: ['element', 756789000, '"Rp "#,##0'],
      tpt: ['element', 5.6, '0.0'],
    });
  });

  it('a text that reads two ways is refused with both readings, and nothing is archived', () => {
    const bad = join(tmp.dir, file(3, 'kabid_layanan'));
    expect(iki(['generate', '-y', '2017', '-q', '3', '-j', 'kabid_layanan'], { cwd: ws }).code).toBe(0);
    const r = spawnSync(PYTHON, [FILL, join(ws, 'templates', '2017-TW3', file(3, 'kabid_layanan')), bad, JSON.stringify({ iki_nilai_ikm: '1.234', iki_hari_penyelesaian: 101.5 })], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const ing = iki(['ingest', '--json', bad], { cwd: ws });
    expect(ing.code).toBe(1);
    type P = { code: string; severity: string; args: Record<string, unknown> };
    const out = JSON.parse(ing.stdout) as { problems: P[]; files?: { problems: P[] }[] };
    const problems = [...out.problems, ...(out.files ?? []).flatMap((f) => f.problems)];
    expect(problems.filter((p) => p.code.startsWith('cell.') && p.severity === 'error').map((p) => [p.code, p.args.readings ?? p.args.value])).toEqual([['cell.two-readings', [1234, 1.234]]]);
    // Nothing archived: the triwulan's folder holds only the refusal log (for iki remind), naming the cell.
    expect(readdirSync(join(ws, 'archive', '2017-TW3'))).toEqual(['ditolak.jsonl']);
    const logged = readFileSync(join(ws, 'archive', '2017-TW3', 'ditolak.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { jabatan_id: string; problems: { code: string }[] });
    expect(logged.map((l) => [l.jabatan_id, l.problems.filter((p) => p.code === 'cell.two-readings').length])).toEqual([['kabid_layanan', 1]]);
  });
});
