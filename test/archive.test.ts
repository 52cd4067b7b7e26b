// The archive's records (src/store/archive.ts): problems kept as data, records that cannot name files
// outside their folder, and the listing's own problems as codes and args.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { archiveSubmission, listArchive, readRecord, recordWarnings, type NewRecord } from '../src/store/archive.js';
import { layout } from '../src/store/workspace.js';
import { tempDir } from './helpers.js';

const t = tempDir('iki-archive-');
afterAll(() => t.cleanup());

const record = (jabatan: string, bytes: Buffer, warnings: NewRecord['warnings'] = []): NewRecord => ({
  jabatan_id: jabatan,
  year: 2017,
  quarter: 1,
  sha256: createHash('sha256').update(bytes).digest('hex'),
  size: bytes.length,
  taken_at: '2017-04-10T08:15:00.000Z',
  original_name: `IKI_2017_TW1_${jabatan}.xlsx`,
  original_path: `/masuk/IKI_2017_TW1_${jabatan}.xlsx`,
  catalogue_id: 'c',
  catalogue_hash: 'h',
  generated_at: '2017-03-01T00:00:00.000Z',
  checked_against: 'h',
  tool_version: '0.1.0',
  counts: { elements: 1, values: 0, blank: 1, notes: 0, warnings: warnings.length },
  missing: [],
  warnings,
});

describe('archive records', () => {
  const L = layout(join(t.dir, 'ws'));
  const blank = { code: 'cell.blank', severity: 'warning', args: { nama: 'Jumlah peserta', satuan: 'orang' }, location: { sheet: 'Isian', cell: 'G5', name: 'iki_peserta' } };

  test('warnings are kept as data and read back as problems; an older record with English messages is read without them', () => {
    const action = archiveSubmission(L, Buffer.from('a'), record('kasi_a', Buffer.from('a'), [blank]), { replace: false });
    expect(action.action).toBe('added');
    const path = join(L.archive, '2017-TW1', 'IKI_2017_TW1_kasi_a.json');
    expect(JSON.parse(readFileSync(path, 'utf8')).warnings).toEqual([blank]);
    expect(recordWarnings(readRecord(path)!)).toEqual([blank]);
    const old = { ...readRecord(path)!, warnings: [{ code: 'cell.blank', message: '"Jumlah peserta" is blank (not reported).', sheet: 'Isian', cell: 'G5' }] };
    expect(recordWarnings(old as never)).toEqual([]);
  });

  test('a record naming a file outside its folder (or its replaced/ folder) is not a record', () => {
    const dir = join(L.archive, '2017-TW1');
    const good = readRecord(join(dir, 'IKI_2017_TW1_kasi_a.json'))!;
    for (const file of ['../x.xlsx', 'replaced/../../x.xlsx', '/etc/passwd', 'sub/x.xlsx', 'x.json']) {
      writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...good, file }));
      expect(readRecord(join(dir, 'bad.json')), file).toBeUndefined();
    }
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...good, file: 'replaced/IKI_2017_TW1_kasi_a.x.xlsx' }));
    expect(readRecord(join(dir, 'bad.json'))).toBeDefined();
  });

  test('the listing says which records it cannot use, with codes and args', () => {
    const dir = join(L.archive, '2017-TW1');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'rusak.json'), '{ not json');
    const other = readRecord(join(dir, 'IKI_2017_TW1_kasi_a.json'))!;
    writeFileSync(join(dir, 'lain.json'), JSON.stringify({ ...other, quarter: 2 }));
    const listing = listArchive(L, 2017);
    const why = Object.fromEntries(listing.problems.map((p) => [String((p.args as { record: string }).record), p]));
    expect(why['archive/2017-TW1/rusak.json']).toMatchObject({ code: 'ingest.archive-incomplete', severity: 'warning', args: { why: 'unreadable' } });
    expect(why['archive/2017-TW1/lain.json']).toMatchObject({ args: { why: 'other-period' } });
    expect(why['archive/2017-TW1/bad.json']).toMatchObject({ args: { why: 'file-missing', file: 'replaced/IKI_2017_TW1_kasi_a.x.xlsx' }, location: { file: 'archive/2017-TW1/bad.json' } });
    expect(listing.current.map((e) => e.record.jabatan_id)).toEqual(['kasi_a']);
  });
});
