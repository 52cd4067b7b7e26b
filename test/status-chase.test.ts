// iki status with due dates and verification: tepat waktu / terlambat n hari / belum masuk / lewat batas
// waktu per jabatan and triwulan (iki.yaml batas_waktu, a jabatan's own exception), the on-time rate
// beside the reporting rate, and diverifikasi / dikembalikan; CLI snapshots in both languages.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '../src/commands/status.js';
import { appendVerifications, VERIFICATION_FORMAT } from '../src/store/verification.js';
import { cliSnapshot } from './support/cli-snapshot.js';
import { archiveFake, envAt, smallWorkspace, type SmallWorkspace } from './support/chase.js';

let w: SmallWorkspace;
const TODAY = '2017-04-14T03:00:00.000Z'; // TW I is due on 10 April (default), kasi_dua on 20 April (its exception)

beforeAll(() => {
  w = smallWorkspace();
  writeFileSync(join(w.ws.root, 'iki.yaml'), 'batas_waktu:\n  jabatan:\n    kasi_dua:\n      2017:\n        tw1: 2017-04-20\n');
  archiveFake(w.ws, { jabatan: 'kadis', quarter: 1, takenAt: '2017-04-10T16:59:00.000Z' }); // 23:59 WIB on the due date
  const late = archiveFake(w.ws, { jabatan: 'kabid_a', quarter: 1, takenAt: '2017-04-12T02:00:00.000Z' });
  const first = archiveFake(w.ws, { jabatan: 'kasi_satu', quarter: 1, takenAt: '2017-04-10T17:01:00.000Z' }); // 00:01 WIB on 11 April
  // A replacement keeps the first time received.
  archiveFake(w.ws, { jabatan: 'kasi_satu', quarter: 1, takenAt: '2017-04-13T01:00:00.000Z', content: 'revisi', replace: true });
  const rec = { format: VERIFICATION_FORMAT as typeof VERIFICATION_FORMAT, year: 2017, quarter: 1 as const, oleh: 'Sri Wahyuni' };
  appendVerifications(
    w.ws,
    2017,
    1,
    [
      { ...rec, jabatan_id: 'kabid_a', sha256: late.record.sha256, state: 'dikembalikan', alasan: 'G15 belum diisi', at: '2017-04-12T05:00:00.000Z' },
      { ...rec, jabatan_id: 'kasi_satu', sha256: first.record.sha256, state: 'diverifikasi', at: '2017-04-12T06:00:00.000Z' },
    ],
    w.dir,
  );
});
afterAll(() => w.cleanup());

describe('status: timeliness and verification', () => {
  it('each jabatan: its state against its due date; the rates; the verification state of the current submission', async () => {
    const r = await status({ year: 2017, quarter: 1, workspace: w.ws.root }, envAt(w.dir, TODAY));
    expect(r.ok).toBe(true);
    const cell = (id: string) => r.jabatan.find((j) => j.id === id)!.quarters[1]!;
    expect(cell('kadis')).toMatchObject({ status: 'received', timeliness: { state: 'on-time', due: '2017-04-10', received: '2017-04-10' }, verification: { state: 'belum' } });
    expect(cell('kabid_a')).toMatchObject({
      status: 'received',
      timeliness: { state: 'late', due: '2017-04-10', days: 2, received: '2017-04-12' },
      verification: { state: 'dikembalikan', oleh: 'Sri Wahyuni', alasan: 'G15 belum diisi', at: '2017-04-12T05:00:00.000Z' },
    });
    // The replacement is a new submission: the verification of the first one does not carry over.
    expect(cell('kasi_satu')).toMatchObject({ status: 'received', replaced: 1, timeliness: { state: 'late', due: '2017-04-10', days: 1, received: '2017-04-11' }, verification: { state: 'belum' } });
    expect(cell('kasi_dua')).toEqual({ status: 'missing', replaced: 0, timeliness: { state: 'pending', due: '2017-04-20', days: 6 } });
    expect(r.quarters[0]).toMatchObject({ expected: 4, received: 3, rate: 0.75, on_time: 1, late: 2, pending: 1, overdue: 0, on_time_rate: 0.25, verified: 0, returned: 1, unverified: 2 });
  });

  it('after the due date a missing workbook is lewat batas waktu', async () => {
    const r = await status({ year: 2017, quarter: 1, workspace: w.ws.root }, envAt(w.dir, '2017-04-25T03:00:00.000Z'));
    expect(r.jabatan.find((j) => j.id === 'kasi_dua')!.quarters[1]).toEqual({ status: 'missing', replaced: 0, timeliness: { state: 'overdue', due: '2017-04-20', days: 5 } });
    expect(r.quarters[0]).toMatchObject({ pending: 0, overdue: 1 });
  });

  it('in both languages', () => {
    const epoch = String(Date.parse(TODAY) / 1000);
    for (const lang of ['id', 'en'] as const) {
      expect(cliSnapshot(['status', '--year', '2017', '--quarter', '1', '-w', w.ws.root], { lang, env: { SOURCE_DATE_EPOCH: epoch }, paths: { '<ws>': w.ws.root } })).toMatchSnapshot(lang);
    }
  });
});
