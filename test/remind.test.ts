// iki remind: who is reminded and why (pure), the messages (what to fix, cell by cell; due date; where
// to send), the file grouped by atasan, --json equal to the core report, snapshots in both languages.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { remind } from '../src/commands/remind.js';
import { groupByAtasan, reminderCases } from '../src/compute/reminders.js';
import { makeContext } from '../src/cli/context.js';
import { jsonText } from '../src/cli/render.js';
import { DEFAULT_CONFIG } from '../src/model/config.js';
import { problem } from '../src/model/problem.js';
import { appendRefusals, REFUSAL_FORMAT, type RefusalRecord } from '../src/store/refusals.js';
import { appendVerifications, VERIFICATION_FORMAT, type VerificationRecord } from '../src/store/verification.js';
import { iki } from './helpers.js';
import { cliSnapshot } from './support/cli-snapshot.js';
import { archiveFake, envAt, smallWorkspace, type SmallWorkspace } from './support/chase.js';
import { hashTree } from './support/workbooks.js';

const TREE = [
  { id: 'kadis', atasan: null },
  { id: 'kabid_a', atasan: 'kadis' },
  { id: 'kasi_satu', atasan: 'kabid_a' },
  { id: 'kasi_dua', atasan: 'kabid_a' },
];
const FILE = 'incoming/IKI_2017_TW1_kasi_satu.xlsx';
const refusal = (o: Partial<RefusalRecord> = {}): RefusalRecord => ({
  format: REFUSAL_FORMAT,
  jabatan_id: 'kasi_satu',
  year: 2017,
  quarter: 1,
  sha256: 'f'.repeat(64),
  original_name: 'IKI_2017_TW1_kasi_satu.xlsx',
  at: '2017-04-07T03:00:00.000Z',
  problems: [
    problem('cell.text-with-unit', { nama: 'Jumlah peserta pelatihan', satuan: 'orang', raw: '12 orang', number: 12, unit: 'orang' }, { file: FILE, sheet: 'Isian', cell: 'G12', name: 'iki_peserta' }),
    problem('quality.outlier', { element: 'peserta', nama: 'Jumlah peserta pelatihan', value: 1200, low: 40, high: 360, method: 'ratio', n: 1, previous: 120, previousPeriod: '2016-TW4', factor: 3 }, { file: FILE, sheet: 'Isian', cell: 'G12', name: 'iki_peserta' }),
  ],
  ...o,
});
const returned = (sha256: string, o: Partial<VerificationRecord> = {}): VerificationRecord => ({
  format: VERIFICATION_FORMAT,
  jabatan_id: 'kasi_dua',
  year: 2017,
  quarter: 1,
  sha256,
  state: 'dikembalikan',
  oleh: 'Kabid A',
  alasan: 'Jumlah lulus melebihi jumlah peserta',
  at: '2017-04-11T02:00:00.000Z',
  ...o,
});

describe('who is reminded (pure)', () => {
  const base = { year: 2017, quarter: 1 as const, today: new Date('2017-04-12T03:00:00Z'), batasWaktu: { ...DEFAULT_CONFIG.batasWaktu, jabatan: { kadis: { 2017: { 1: '2017-04-20' } } } }, jabatan: TREE };

  it('pending before the due date, overdue after, refused, returned; accepted and not returned: nothing', () => {
    const cases = reminderCases({
      ...base,
      current: new Map([['kasi_dua', { sha256: 'aaa', takenAt: '2017-04-09T01:00:00.000Z' }]]),
      firstReceived: new Map([['kasi_dua', '2017-04-09T01:00:00.000Z']]),
      refusals: [refusal({ at: '2017-04-05T00:00:00.000Z', problems: [] }), refusal()],
      verifications: [returned('aaa', { state: 'diverifikasi', alasan: undefined as never }), returned('aaa')],
    });
    expect(cases.map((c) => [c.jabatanId, c.kind, c.due.date, c.due.source, c.timeliness.state])).toEqual([
      ['kadis', 'pending', '2017-04-20', 'jabatan', 'pending'],
      ['kabid_a', 'overdue', '2017-04-10', 'default', 'overdue'],
      ['kasi_satu', 'refused', '2017-04-10', 'default', 'overdue'],
      ['kasi_dua', 'returned', '2017-04-10', 'default', 'on-time'],
    ]);
    // The latest refusal, with its problems.
    expect(cases[2]!.refused).toMatchObject({ at: '2017-04-07T03:00:00.000Z', file: 'IKI_2017_TW1_kasi_satu.xlsx' });
    expect(cases[2]!.refused!.problems.map((p) => [p.code, p.location.cell])).toEqual([['cell.text-with-unit', 'G12'], ['quality.outlier', 'G12']]);
    expect(cases[3]!.returned).toEqual({ at: '2017-04-11T02:00:00.000Z', oleh: 'Kabid A', alasan: 'Jumlah lulus melebihi jumlah peserta', receivedAt: '2017-04-09T01:00:00.000Z' });
    expect(groupByAtasan(cases, TREE).map((g) => [g.atasanId, g.cases.map((c) => c.jabatanId)])).toEqual([
      [null, ['kadis']],
      ['kadis', ['kabid_a']],
      ['kabid_a', ['kasi_satu', 'kasi_dua']],
    ]);
  });

  it('a refusal older than the accepted workbook, a verified workbook, a resent one after a return: nothing', () => {
    const accepted = new Map(TREE.map((j) => [j.id, { sha256: `${j.id}-new`, takenAt: '2017-04-09T01:00:00.000Z' }]));
    const cases = reminderCases({
      ...base,
      current: accepted,
      firstReceived: new Map(TREE.map((j) => [j.id, '2017-04-09T01:00:00.000Z'])),
      refusals: [refusal()],
      verifications: [returned('kasi_dua-old'), returned('kabid_a-new', { jabatan_id: 'kabid_a', state: 'diverifikasi' })],
    });
    expect(cases).toEqual([]);
    // A correction refused after the accepted one: the sender must fix it.
    const later = reminderCases({ ...base, current: accepted, firstReceived: new Map(), refusals: [refusal({ at: '2017-04-10T00:00:00.000Z' })], verifications: [] });
    expect(later.map((c) => [c.jabatanId, c.kind])).toEqual([['kasi_satu', 'refused']]);
  });
});

/** kadis: not sent (its own due date, 20 April); kabid_a: accepted on time; kasi_satu: refused; kasi_dua: accepted late, then returned. */
function chaseWorkspace(): SmallWorkspace {
  const w = smallWorkspace();
  const dua = archiveFake(w.ws, { jabatan: 'kasi_dua', quarter: 1, takenAt: '2017-04-11T08:00:00.000Z' });
  archiveFake(w.ws, { jabatan: 'kabid_a', quarter: 1, takenAt: '2017-04-06T08:00:00.000Z' });
  appendRefusals(w.ws, 2017, 1, [refusal()], w.ws.root);
  appendVerifications(w.ws, 2017, 1, [returned(dua.record.sha256)], w.ws.root);
  writeFileSync(join(w.ws.root, 'iki.yaml'), 'batas_waktu:\n  jabatan:\n    kadis:\n      2017:\n        tw1: 2017-04-20\nkirim_ke: "Subbag Program dan Pelaporan (program@contoh.go.id)"\n');
  return w;
}

describe('iki remind (core)', () => {
  let w: SmallWorkspace;
  afterEach(() => w?.cleanup());

  it('writes the grouped messages and reports them', async () => {
    w = chaseWorkspace();
    const r = await remind({ year: 2017, quarter: 1 }, envAt(w.ws.root, '2017-04-12T03:00:00.000Z'));
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ command: 'remind', year: 2017, quarter: 1, today: '2017-04-12', file: 'reports/pengingat-2017-TW1.txt', counts: { pending: 1, overdue: 0, refused: 1, returned: 1 } });
    expect(r.groups.map((g) => [g.atasan_id, g.atasan_nama, g.messages.map((m) => [m.jabatan_id, m.kind, m.due_date, m.due_source, m.days_left ?? null, m.days_over ?? null])])).toEqual([
      [null, null, [['kadis', 'pending', '2017-04-20', 'jabatan', 8, null]]],
      ['kabid_a', 'KABID A', [['kasi_satu', 'refused', '2017-04-10', 'default', null, 2], ['kasi_dua', 'returned', '2017-04-10', 'default', null, null]]],
    ]);
    const [kadis, satu, dua] = r.groups.flatMap((g) => g.messages);
    // What a person must read in each: who, what to fix and where, the due date, where to send.
    expect(kadis!.text).toMatch(/^Yth\. KEPALA DINAS,\n/);
    expect(kadis!.text).toContain('IKI_2017_TW1_kadis.xlsx');
    expect(kadis!.text).toContain('20 April 2017 (8 hari lagi)');
    expect(satu!.text).toContain('(IKI_2017_TW1_kasi_satu.xlsx, 7 April 2017)');
    expect(satu!.text).toContain('1. Isian!G12 (Jumlah peserta pelatihan): ');
    expect(satu!.text).toContain('2. Isian!G12 (Jumlah peserta pelatihan): Jumlah peserta pelatihan bernilai 1.200');
    expect(satu!.text).toContain('ke Subbag Program dan Pelaporan (program@contoh.go.id) secepatnya.');
    expect(dua!.text).toContain('"Jumlah lulus melebihi jumlah peserta"');
    expect(dua!.text).toContain('oleh Kabid A pada 11 April 2017');
    expect(satu!.refused!.problems.map((p) => p.code)).toEqual(['cell.text-with-unit', 'quality.outlier']);
    const file = readFileSync(join(w.ws.reports, 'pengingat-2017-TW1.txt'), 'utf8');
    for (const m of [kadis!, satu!, dua!]) expect(file).toContain(m.text);
    expect(file.indexOf('Jabatan tertinggi')).toBeLessThan(file.indexOf('Bawahan KABID A (kabid_a): 2 pengingat'));
    expect(existsSync(w.ws.lock)).toBe(false);
  });

  it('English with lang en; nobody to remind: says so and still writes the file', async () => {
    w = chaseWorkspace();
    const en = await remind({ year: 2017, quarter: 1 }, envAt(w.ws.root, '2017-04-12T03:00:00.000Z', 'en'));
    expect(en.groups[0]!.messages[0]!.text).toMatch(/^Dear KEPALA DINAS,\n/);
    const none = await remind({ year: 2017, quarter: 2 }, envAt(w.ws.root, '2017-07-01T03:00:00.000Z'));
    expect(none.counts).toEqual({ pending: 4, overdue: 0, refused: 0, returned: 0 });
    const w2 = smallWorkspace();
    try {
      for (const j of TREE) archiveFake(w2.ws, { jabatan: j.id, quarter: 1, takenAt: '2017-04-06T08:00:00.000Z' });
      const r = await remind({ year: 2017, quarter: 1 }, envAt(w2.ws.root, '2017-04-12T03:00:00.000Z'));
      expect(r).toMatchObject({ ok: true, groups: [], counts: { pending: 0, overdue: 0, refused: 0, returned: 0 } });
      expect(readFileSync(join(w2.ws.reports, 'pengingat-2017-TW1.txt'), 'utf8')).toContain('Tidak ada pengingat untuk TW I 2017');
    } finally {
      w2.cleanup();
    }
  });

  it('bad usage, a broken iki.yaml or an unwritable reports folder: its code, and nothing written', async () => {
    w = chaseWorkspace();
    const env = envAt(w.ws.root, '2017-04-12T03:00:00.000Z');
    const before = hashTree(w.ws.root);
    expect((await remind({ year: 2017, quarter: 5 }, env)).problems.map((p) => [p.code, p.args])).toEqual([['usage.bad-quarter', { given: '5' }]]);
    writeFileSync(join(w.ws.root, 'iki.yaml'), 'batas_waktu:\n  jabatan:\n    kasi_sat: {}\n');
    const bad = await remind({ year: 2017, quarter: 1 }, env);
    expect(bad.problems.map((p) => [p.code, p.args, p.location.line ?? null])).toEqual([
      ['config.invalid', { file: 'iki.yaml', errors: 1 }, null],
      ['config.unknown-jabatan', { id: 'kasi_sat', suggestions: ['kasi_satu', 'kasi_dua'] }, 3],
    ]);
    expect(existsSync(join(w.ws.reports, 'pengingat-2017-TW1.txt'))).toBe(false);
    writeFileSync(join(w.ws.root, 'iki.yaml'), '');
    mkdirSync(join(w.ws.reports, 'pengingat-2017-TW1.txt'));
    expect((await remind({ year: 2017, quarter: 1 }, env)).problems.map((p) => [p.code, p.args])).toEqual([['usage.folder-in-the-way', { path: 'reports/pengingat-2017-TW1.txt' }]]);
    rmSync(w.ws.reports, { recursive: true });
    writeFileSync(w.ws.reports, 'not a folder');
    expect((await remind({ year: 2017, quarter: 1 }, env)).problems.map((p) => [p.code, p.args])).toEqual([['usage.file-in-the-way', { path: 'reports', blocker: 'reports' }]]);
    rmSync(w.ws.reports);
    mkdirSync(w.ws.reports);
    const after = hashTree(w.ws.root);
    delete after['iki.yaml'];
    delete (before as Record<string, string>)['iki.yaml'];
    expect(after).toEqual(before);
  });
});

describe('iki remind (CLI)', () => {
  const made: SmallWorkspace[] = [];
  afterEach(() => made.splice(0).forEach((x) => x.cleanup()));
  const EPOCH = '1491966000'; // 2017-04-12T03:00:00Z

  it('--json is the report the core function returns', async () => {
    const a = chaseWorkspace();
    const b = chaseWorkspace();
    made.push(a, b);
    const run = iki(['remind', '--year', '2017', '--quarter', '1', '--json'], { cwd: a.ws.root, env: { SOURCE_DATE_EPOCH: EPOCH, IKI_LANG: 'id' } });
    expect(run.code).toBe(0);
    const report = await remind({ year: '2017', quarter: '1' }, envAt(b.ws.root, '2017-04-12T03:00:00.000Z'));
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(jsonText(makeContext(process.stdout, process.stderr, {}, b.ws.root, 'id'), report)));
  });

  for (const lang of ['id', 'en'] as const) {
    it(`snapshots (${lang})`, () => {
      const x = chaseWorkspace();
      made.push(x);
      const opts = { lang, cwd: x.ws.root, env: { SOURCE_DATE_EPOCH: EPOCH }, paths: { '<ws>': x.ws.root } };
      expect(cliSnapshot(['remind', '--year', '2017', '--quarter', '1'], opts)).toMatchSnapshot();
      expect(readFileSync(join(x.ws.reports, 'pengingat-2017-TW1.txt'), 'utf8')).toMatchSnapshot();
      expect(cliSnapshot(['remind', '--year', '2017', '--quarter', 'V'], opts)).toMatchSnapshot();
    });
  }
});
