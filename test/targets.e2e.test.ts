import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { iki, tempDir } from './helpers.js';

const tmp = tempDir();
const ws = join(tmp.dir, 'ws');
const file = join(ws, 'targets', '2017.yaml');
beforeAll(() => {
  expect(iki(['init', ws]).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('iki targets', () => {
  it('init writes every indicator, ready to fill, and refuses to overwrite', () => {
    const r = iki(['targets', 'init', '--year', '2017', '-w', ws]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.match(/^ {2}[a-z][a-z0-9_]*: null/gm)).toHaveLength(63);
    expect(text).toContain('kadis_persentase_tenaga_kerja_bersertifikat: null   # Persentase tenaga kerja yang bersertifikat (%)');
    const again = iki(['targets', 'init', '--year', '2017', '-w', ws]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('usage.output-exists');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('check accepts filled targets and refuses bad ones with their line', () => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('kadis_persentase_tenaga_kerja_bersertifikat: null', 'kadis_persentase_tenaga_kerja_bersertifikat: 80'));
    const ok = iki(['targets', 'check', '--year', '2017', '-w', ws]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('targets for 1 of 63 indicators');

    const bad = text.replace('kadis_persentase_tenaga_kerja_bersertifikat: null', 'kadis_persentase_tenaga_kerja_bersertifikat: "80 %"');
    writeFileSync(file, bad);
    const line = bad.split('\n').findIndex((l) => l.includes('"80 %"')) + 1;
    const r = iki(['targets', 'check', '--year', '2017', '-w', ws]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`2017\\.yaml line ${line}:\\d+: error target\\.schema targets\\.kadis_persentase_tenaga_kerja_bersertifikat: must be a number`));
  });

  it('generate shows the target beside the indicator, read only', async () => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text
        .replace(/kadis_persentase_tenaga_kerja_bersertifikat: .*\n/, 'kadis_persentase_tenaga_kerja_bersertifikat: 80\n')
        .replace(/ {2}kasi_penyelenggaraan_peserta_pelatihan: null.*\n/, '  kasi_penyelenggaraan_peserta_pelatihan: { tahun: 1200, tw2: 300 }\n'),
    );
    const r = iki(['generate', '-y', '2017', '-q', '2', '-w', ws, '-j', 'kasi_penyelenggaraan_pelatihan', 'kepala_dinas'], { env: { IKI_LANG: 'id' } });
    expect(r.code).toBe(0);
    const texts = async (id: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(ws, 'templates', '2017-TW2', `IKI_2017_TW2_${id}.xlsx`));
      const out: string[] = [];
      wb.getWorksheet('Isian')!.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && c.value.includes('Target') && out.push(c.value))));
      return [...new Set(out)];
    };
    expect(await texts('kasi_penyelenggaraan_pelatihan')).toEqual(['jumlah peserta yang mengikuti pelatihan\n\nTarget 2017: 1.200 orang; Target TW II: 300 orang']);
    expect(await texts('kepala_dinas')).toEqual(['Persentase tenaga kerja yang bersertifikat\n\nTarget 2017: 80 %']);
  });

  it('generate refuses a broken targets file (exit 2) and writes nothing', () => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('kadis_persentase_tenaga_kerja_bersertifikat: 80', 'kadis_persentase_tenaga_kerja_bersertifikat: delapan puluh'));
    const r = iki(['generate', '-y', '2017', '-q', '3', '-w', ws]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('target.schema');
    expect(r.stderr).toContain('iki targets check --year 2017');
    expect(existsSync(join(ws, 'templates', '2017-TW3'))).toBe(false);
    writeFileSync(file, text);
  });

  it('a targets "file" that is a folder is a usage error with its code, for check, generate and report', () => {
    const odd = join(ws, 'targets', '2019.yaml');
    mkdirSync(odd, { recursive: true });
    for (const args of [['targets', 'check', '--year', '2019'], ['generate', '-y', '2019', '-q', '1'], ['report', '-y', '2019']]) {
      const r = iki([...args, '-w', ws]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/error target\.unreadable /);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    expect(existsSync(join(ws, 'templates', '2019-TW1'))).toBe(false);
  });

  it('check outside a workspace, or for a year without a file, is a usage error', () => {
    expect(iki(['targets', 'check', '--year', '2017'], { cwd: tmp.dir }).code).toBe(2);
    const r = iki(['targets', 'check', '--year', '2018', '-w', ws]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('iki targets init --year 2018');
  });
});
