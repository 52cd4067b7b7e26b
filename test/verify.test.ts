// iki verify: the rules (pure), the command (codes, args, the append-only log, nothing written on a
// refusal), --json equal to the core function's report, and CLI snapshots in both languages.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verify } from '../src/commands/verify.js';
import { planVerify, verificationOf } from '../src/compute/verification.js';
import { makeContext } from '../src/cli/context.js';
import { jsonText } from '../src/cli/render.js';
import { readVerifications, verificationLogPath, VERIFICATION_FORMAT, type VerificationRecord } from '../src/store/verification.js';
import { iki } from './helpers.js';
import { cliSnapshot } from './support/cli-snapshot.js';
import { archiveFake, envAt, smallWorkspace, type SmallWorkspace } from './support/chase.js';
import { hashTree } from './support/workbooks.js';

const rec = (o: Partial<VerificationRecord>): VerificationRecord => ({
  format: VERIFICATION_FORMAT,
  jabatan_id: 'kasi_satu',
  year: 2017,
  quarter: 1,
  sha256: 'aaa',
  state: 'diverifikasi',
  oleh: 'Sri',
  at: '2017-04-12T02:00:00.000Z',
  ...o,
});

describe('verification rules', () => {
  it('the state is the last record for the sha256; a new submission is belum again', () => {
    const records = [rec({}), rec({ state: 'dikembalikan', alasan: 'x', at: '2017-04-13T00:00:00.000Z' }), rec({ sha256: 'bbb', jabatan_id: 'kasi_dua' })];
    expect(verificationOf(records, 'aaa')).toEqual({ state: 'dikembalikan', record: records[1] });
    expect(verificationOf(records, 'bbb').state).toBe('diverifikasi');
    expect(verificationOf(records, 'ccc')).toEqual({ state: 'belum' });
  });

  it('plans one record per jabatan; repeats record nothing; a missing submission or reason refuses all', () => {
    const current = new Map([['kasi_satu', 'aaa'], ['kasi_dua', 'bbb']]);
    const req = { year: 2017, quarter: 1 as const, jabatan: ['kasi_satu', 'kasi_dua'], state: 'diverifikasi' as const, oleh: 'Sri', at: '2017-04-14T00:00:00.000Z' };
    const p = planVerify(req, current, [rec({})]);
    expect(p.append).toEqual([rec({ jabatan_id: 'kasi_dua', sha256: 'bbb', at: '2017-04-14T00:00:00.000Z' })]);
    expect(p.outcomes.map((o) => [o.jabatan_id, o.previous, o.recorded])).toEqual([['kasi_satu', 'diverifikasi', false], ['kasi_dua', 'belum', true]]);
    expect(p.problems.map((x) => [x.code, x.severity, x.args])).toEqual([['verify.already', 'info', { jabatan: 'kasi_satu', state: 'diverifikasi', at: '2017-04-12T02:00:00.000Z', oleh: 'Sri' }]]);

    const bad = planVerify({ ...req, jabatan: ['kasi_satu', 'kadis'] }, current, []);
    expect(bad.append).toEqual([]);
    expect(bad.outcomes.every((o) => !o.recorded)).toBe(true);
    expect(bad.problems.map((x) => [x.code, x.args])).toEqual([['verify.no-submission', { jabatan: 'kadis', year: 2017, quarter: 1 }]]);

    expect(planVerify({ ...req, state: 'dikembalikan', alasan: '  ' }, current, []).problems.map((x) => x.code)).toEqual(['verify.reason-required']);
    // Returned again with another reason: recorded.
    const again = planVerify({ ...req, jabatan: ['kasi_satu'], state: 'dikembalikan', alasan: 'baru' }, current, [rec({ state: 'dikembalikan', alasan: 'lama' })]);
    expect(again.append.map((r) => r.alasan)).toEqual(['baru']);
  });
});

describe('iki verify (core)', () => {
  let w: SmallWorkspace;
  afterEach(() => w?.cleanup());

  it('verifies, returns with a reason, keeps the history; a new submission starts unverified', async () => {
    w = smallWorkspace();
    const first = archiveFake(w.ws, { jabatan: 'kasi_satu', quarter: 1, takenAt: '2017-04-08T01:00:00.000Z' });
    archiveFake(w.ws, { jabatan: 'kasi_dua', quarter: 1, takenAt: '2017-04-09T01:00:00.000Z' });
    const env = envAt(w.ws.root, '2017-04-12T02:00:00.000Z');

    const r1 = await verify({ year: 2017, quarter: 1, jabatan: ['kasi_satu', 'kasi_dua'], oleh: 'Sri Wahyuni' }, env);
    expect(r1.ok).toBe(true);
    expect(r1).toMatchObject({ command: 'verify', year: 2017, quarter: 1, state: 'diverifikasi', oleh: 'Sri Wahyuni', alasan: null, at: '2017-04-12T02:00:00.000Z', log: 'archive/2017-TW1/verifikasi.jsonl' });
    expect(r1.results.map((r) => [r.jabatan_id, r.previous, r.state, r.recorded, r.file])).toEqual([
      ['kasi_satu', 'belum', 'diverifikasi', true, 'archive/2017-TW1/IKI_2017_TW1_kasi_satu.xlsx'],
      ['kasi_dua', 'belum', 'diverifikasi', true, 'archive/2017-TW1/IKI_2017_TW1_kasi_dua.xlsx'],
    ]);

    const r2 = await verify({ year: 2017, quarter: 'I', jabatan: ['kasi_satu'], oleh: 'Kabid A', return: true, alasan: ' Jumlah peserta tidak sesuai daftar hadir ' }, envAt(w.ws.root, '2017-04-13T02:00:00.000Z'));
    expect(r2.results.map((r) => [r.jabatan_id, r.previous, r.state])).toEqual([['kasi_satu', 'diverifikasi', 'dikembalikan']]);
    expect(r2.alasan).toBe('Jumlah peserta tidak sesuai daftar hadir');

    // The sender's corrected workbook: a new submission, unverified.
    const second = archiveFake(w.ws, { jabatan: 'kasi_satu', quarter: 1, takenAt: '2017-04-14T01:00:00.000Z', content: 'perbaikan', replace: true });
    expect(second.record.sha256).not.toBe(first.record.sha256);
    const r3 = await verify({ year: 2017, quarter: 1, jabatan: ['kasi_satu'], oleh: 'Kabid A' }, envAt(w.ws.root, '2017-04-15T02:00:00.000Z'));
    expect(r3.results[0]).toMatchObject({ previous: 'belum', state: 'diverifikasi', sha256: second.record.sha256 });

    const { records } = readVerifications(w.ws, 2017, 1, w.ws.root);
    expect(records.map((r) => [r.jabatan_id, r.sha256.slice(0, 8), r.state, r.oleh, r.alasan ?? null, r.at])).toEqual([
      ['kasi_satu', first.record.sha256.slice(0, 8), 'diverifikasi', 'Sri Wahyuni', null, '2017-04-12T02:00:00.000Z'],
      ['kasi_dua', expect.any(String), 'diverifikasi', 'Sri Wahyuni', null, '2017-04-12T02:00:00.000Z'],
      ['kasi_satu', first.record.sha256.slice(0, 8), 'dikembalikan', 'Kabid A', 'Jumlah peserta tidak sesuai daftar hadir', '2017-04-13T02:00:00.000Z'],
      ['kasi_satu', second.record.sha256.slice(0, 8), 'diverifikasi', 'Kabid A', null, '2017-04-15T02:00:00.000Z'],
    ]);
    // The lock is released.
    expect(existsSync(w.ws.lock)).toBe(false);
  });

  it('refusals: each with its code and args, and nothing written', async () => {
    w = smallWorkspace();
    archiveFake(w.ws, { jabatan: 'kasi_satu', quarter: 1, takenAt: '2017-04-08T01:00:00.000Z' });
    const env = envAt(w.ws.root, '2017-04-12T02:00:00.000Z');
    const before = hashTree(w.ws.root);
    const codes = async (o: Parameters<typeof verify>[0]) => (await verify(o, env)).problems.map((p) => [p.code, p.args]);
    expect(await codes({ year: 2017, quarter: 1, jabatan: ['kasi_satu', 'kasi_dua'] })).toEqual([['verify.no-submission', { jabatan: 'kasi_dua', year: 2017, quarter: 1 }]]);
    expect(await codes({ year: 2017, quarter: 1, jabatan: ['kasi_satu'], return: true })).toEqual([['verify.reason-required', {}]]);
    expect(await codes({ year: 2017, quarter: 1, jabatan: ['kasi_satuu'] })).toEqual([['usage.unknown-jabatan', { id: 'kasi_satuu', suggestions: ['kasi_satu'] }]]);
    expect(await codes({ year: 17, quarter: 5, jabatan: ['kasi_satu'] })).toEqual([['usage.bad-year', { given: '17' }], ['usage.bad-quarter', { given: '5' }]]);
    expect(await codes({ year: 2017, quarter: 1, jabatan: ['kasi_satu'], workspace: join(w.dir, 'nowhere') })).toEqual([['usage.no-workspace', { dir: join(w.dir, 'nowhere'), from: 'option' }]]);
    expect(hashTree(w.ws.root)).toEqual(before);
    const r = await verify({ year: 2017, quarter: 1, jabatan: ['kasi_dua'] }, env);
    expect(r).toMatchObject({ ok: false, command: 'verify', results: [] });
  });

  it('a damaged line (a crash mid-append) is skipped with a warning; the next append starts a fresh line', async () => {
    w = smallWorkspace();
    archiveFake(w.ws, { jabatan: 'kasi_satu', quarter: 1, takenAt: '2017-04-08T01:00:00.000Z' });
    const log = verificationLogPath(w.ws, 2017, 1);
    await verify({ year: 2017, quarter: 1, jabatan: ['kasi_satu'], oleh: 'A' }, envAt(w.ws.root, '2017-04-12T02:00:00.000Z'));
    appendFileSync(log, '{"format":"iki-verifikasi/1","jabatan_id":"kas');
    const r = await verify({ year: 2017, quarter: 1, jabatan: ['kasi_satu'], oleh: 'B', return: true, alasan: 'cek lagi' }, envAt(w.ws.root, '2017-04-13T02:00:00.000Z'));
    expect(r.problems.map((p) => [p.code, p.args, p.location])).toEqual([['log.damaged-line', { log: 'verifikasi' }, { file: 'archive/2017-TW1/verifikasi.jsonl', line: 2 }]]);
    expect(r.results[0]).toMatchObject({ previous: 'diverifikasi', state: 'dikembalikan', recorded: true });
    const lines = readFileSync(log, 'utf8').split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[2]!)).toMatchObject({ oleh: 'B', state: 'dikembalikan' });
    expect(readVerifications(w.ws, 2017, 1, w.ws.root).records.map((x) => x.oleh)).toEqual(['A', 'B']);
  });
});

describe('iki verify (CLI)', () => {
  const made: SmallWorkspace[] = [];
  afterEach(() => made.splice(0).forEach((x) => x.cleanup()));
  const workspace = () => {
    const x = smallWorkspace();
    made.push(x);
    archiveFake(x.ws, { jabatan: 'kasi_satu', quarter: 1, takenAt: '2017-04-08T01:00:00.000Z' });
    archiveFake(x.ws, { jabatan: 'kasi_dua', quarter: 1, takenAt: '2017-04-09T01:00:00.000Z' });
    return x;
  };
  const EPOCH = '1491962400'; // 2017-04-12T02:00:00Z

  it('--json is the report the core function returns', async () => {
    const a = workspace();
    const b = workspace();
    const args = ['verify', '--year', '2017', '--quarter', '1', '--jabatan', 'kasi_satu', 'kasi_dua', '--oleh', 'Sri Wahyuni', '--json'];
    const run = iki(args, { cwd: a.ws.root, env: { SOURCE_DATE_EPOCH: EPOCH, IKI_LANG: 'id' } });
    expect(run.code).toBe(0);
    const report = await verify({ year: '2017', quarter: '1', jabatan: ['kasi_satu', 'kasi_dua'], oleh: 'Sri Wahyuni' }, envAt(b.ws.root, '2017-04-12T02:00:00.000Z'));
    const ctx = makeContext(process.stdout, process.stderr, {}, b.ws.root, 'id');
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(jsonText(ctx, report)));
  });

  for (const lang of ['id', 'en'] as const) {
    it(`snapshots (${lang}): verify, return, refusals`, () => {
      const x = workspace();
      const opts = { lang, cwd: x.ws.root, env: { SOURCE_DATE_EPOCH: EPOCH }, paths: { '<ws>': x.ws.root } };
      const base = ['verify', '--year', '2017', '--quarter', '1'];
      expect(cliSnapshot([...base, '--jabatan', 'kasi_satu', 'kasi_dua', '--oleh', 'Sri Wahyuni'], opts)).toMatchSnapshot();
      expect(cliSnapshot([...base, '--jabatan', 'kasi_satu', '--oleh', 'Sri Wahyuni'], opts)).toMatchSnapshot();
      expect(cliSnapshot([...base, '--jabatan', 'kasi_dua', '--oleh', 'Kabid A', '--return', '--alasan', 'Jumlah lulus melebihi jumlah peserta'], opts)).toMatchSnapshot();
      expect(cliSnapshot([...base, '--jabatan', 'kasi_dua', '--return'], opts)).toMatchSnapshot();
      expect(cliSnapshot([...base, '--jabatan', 'kadis', 'kasi_satuu'], opts)).toMatchSnapshot();
      expect(cliSnapshot(['verify', '--year', '2017', '--quarter', '2', '--jabatan', 'kadis'], opts)).toMatchSnapshot();
      expect(cliSnapshot(['verify', '--help'], opts)).toMatchSnapshot();
    });
  }
});

