// Templates show the jabatan's previous triwulan read only beside each input, when the archive has it
// (here TW IV 2017 of the bundled example for TW I 2018, across the year), and the contract stays.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iki, ROOT, tempDir } from './helpers.js';
import { namedCells } from './support/workbooks.js';

const tmp = tempDir('iki-template-prev-');
const ws = join(tmp.dir, 'ws');
const J = 'kasi_penempatan_tenaga_kerja';
beforeAll(() => cpSync(join(ROOT, 'fixtures', 'workspace'), ws, { recursive: true }));
afterAll(() => tmp.cleanup());

async function labels(file: string): Promise<Map<string, string>> {
  const bytes = readFileSync(file);
  const cells = await namedCells(bytes);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out = new Map<string, string>();
  for (const [name, at] of cells) {
    if (name.startsWith('iki_note_')) continue;
    const row = Number(at.cell.slice(1));
    out.set(name, String(wb.getWorksheet(at.sheet)!.getCell(row, 6).value));
  }
  return out;
}

describe('the previous triwulan in the templates', () => {
  it('each input of the jabatan shows its value of the previous triwulan (TW IV 2017 for TW I 2018)', async () => {
    for (const [lang, text] of [['id', 'TW sebelumnya (TW IV 2017): 427 orang'], ['en', 'Previous TW (TW IV 2017): 427 orang']] as const) {
      const out = join(tmp.dir, `tw1-${lang}`);
      const r = iki(['generate', '--year', '2018', '--quarter', '1', '-w', 'ws', '--jabatan', J, '--out', out], { cwd: tmp.dir, env: { IKI_LANG: lang } });
      expect(r.code, r.stderr).toBe(0);
      const l = await labels(join(out, `IKI_2018_TW1_${J}.xlsx`));
      expect(l.get('iki_tenaga_kerja_asing')).toContain(text);
      // Every element of the jabatan says it; the template is still a clean, valid submission contract.
      expect([...l.values()].every((v) => /TW (sebelumnya|IV 2017)|Previous TW/.test(v))).toBe(true);
      const v = iki(['validate', join(out, `IKI_2018_TW1_${J}.xlsx`), '-w', 'ws', '--json'], { cwd: tmp.dir });
      const f = JSON.parse(v.stdout).files[0];
      expect(f.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([]);
      expect(f.missing).toHaveLength(l.size);
    }
  });

  it('no previous triwulan in the archive (TW I 2017 from 2016): no line', async () => {
    const out = join(tmp.dir, 'tw1-2017');
    expect(iki(['generate', '--year', '2017', '--quarter', '1', '-w', 'ws', '--jabatan', J, '--out', out], { cwd: tmp.dir }).code).toBe(0);
    const l = await labels(join(out, `IKI_2017_TW1_${J}.xlsx`));
    expect([...l.values()].some((v) => v.includes('sebelumnya'))).toBe(false);
  });
});
