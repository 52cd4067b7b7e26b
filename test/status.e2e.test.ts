// `iki init` and `iki status`: the workspace, and the reporting rate read from archive records only.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { archiveSubmission, listArchive, type ArchiveRecord } from '../src/store/archive.js';
import { writeFileAtomic } from '../src/store/atomic.js';
import { acquireLock, releaseLock } from '../src/store/lock.js';
import { layout } from '../src/store/workspace.js';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import type { Quarter } from '../src/model/period.js';
import { BUNDLED, iki, tempDir } from './helpers.js';
import { hashTree } from './support/workbooks.js';

const t = tempDir('iki-status-');
afterAll(() => t.cleanup());

describe('iki init', () => {
  test('creates the layout, a copy of the catalogue and the marker', () => {
    const ws = join(t.dir, 'kerja-2017');
    const r = iki(['init', ws]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Created the iki workspace/);
    expect(readdirSync(ws).sort()).toEqual(['archive', 'catalogue.yaml', 'iki-workspace.json', 'iki.yaml', 'incoming', 'reports', 'templates']);
    // The commented settings: every key with its default (a status run reads it without a warning).
    expect(readFileSync(join(ws, 'iki.yaml'), 'utf8')).toMatch(/^format: iki-config\/1$/m);
    expect(readFileSync(join(ws, 'iki.yaml'), 'utf8')).toMatch(/^  stok_turun_persen: 50$/m);
    expect(JSON.parse(iki(['status', '--year', '2017', '-w', ws, '--json']).stdout).problems).toEqual([]);
    expect(readFileSync(join(ws, 'catalogue.yaml'), 'utf8')).toBe(readFileSync(BUNDLED, 'utf8'));
    const marker = JSON.parse(readFileSync(join(ws, 'iki-workspace.json'), 'utf8'));
    expect(marker).toMatchObject({ format: 'iki-workspace/1', catalogue: { file: 'catalogue.yaml', id: 'disnaker-gresik-2017' } });
  });

  test('refuses a folder that is already a workspace, changing nothing', () => {
    const ws = join(t.dir, 'kerja-2017');
    const before = hashTree(ws);
    const r = iki(['init', ws]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage\.output-exists/);
    expect(r.stderr).toMatch(/already an iki workspace/);
    expect(hashTree(ws)).toEqual(before);
  });

  test('refuses a folder holding a file it would overwrite', () => {
    const dir = join(t.dir, 'ada-isi');
    mkdirSync(dir);
    writeFileSync(join(dir, 'catalogue.yaml'), 'milik orang lain\n');
    writeFileSync(join(dir, 'archive'), 'a file where a folder goes\n');
    const r = iki(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/usage\.output-exists/g)).toHaveLength(2);
    expect(readFileSync(join(dir, 'catalogue.yaml'), 'utf8')).toBe('milik orang lain\n');
    expect(existsSync(join(dir, 'iki-workspace.json'))).toBe(false);
  });

  test('--catalogue must check clean first', () => {
    const bad = join(t.dir, 'rusak.yaml');
    writeFileSync(bad, readFileSync(BUNDLED, 'utf8').replace(/owner: kasi_penempatan_tenaga_kerja/, 'owner: kasi_penempatan_tenaga_kerjaa'));
    const r = iki(['init', join(t.dir, 'dengan-rusak'), '--catalogue', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/catalogue\.unknown-ref/);
    expect(existsSync(join(t.dir, 'dengan-rusak', 'iki-workspace.json'))).toBe(false);
    const good = join(t.dir, 'baik.yaml');
    writeFileSync(good, readFileSync(BUNDLED, 'utf8'));
    expect(iki(['init', join(t.dir, 'dengan-baik'), '--catalogue', good]).code).toBe(0);
  });

  test('init . in an empty current folder', () => {
    const dir = join(t.dir, 'kosong');
    mkdirSync(dir);
    expect(iki(['init'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'iki-workspace.json'))).toBe(true);
  });
});

describe('iki status', () => {
  const ws = join(t.dir, 'status-ws');
  const rec = (jabatan: string, quarter: Quarter, extra: Partial<ArchiveRecord> = {}) => ({
    jabatan_id: jabatan,
    year: 2017,
    quarter,
    sha256: `${jabatan}-${quarter}-${extra.sha256 ?? 'a'}`.padEnd(64, '0').slice(0, 64),
    size: 10,
    taken_at: extra.taken_at ?? `2017-0${quarter + 3}-01T00:00:00.000Z`,
    original_name: `IKI_2017_TW${quarter}_${jabatan}.xlsx`,
    original_path: `/incoming/IKI_2017_TW${quarter}_${jabatan}.xlsx`,
    catalogue_id: 'disnaker-gresik-2017',
    catalogue_hash: 'h',
    generated_at: '2017-03-01T00:00:00.000Z',
    checked_against: 'h',
    tool_version: '0.1.0',
    counts: { elements: 3, values: 3 - (extra.missing?.length ?? 0), blank: extra.missing?.length ?? 0, notes: 0, warnings: extra.missing?.length ?? 0 },
    missing: extra.missing ?? [],
    warnings: [],
  });
  let ids: string[];

  beforeAll(() => {
    expect(iki(['init', ws]).code).toBe(0);
    const L = layout(ws);
    ids = (JSON.parse(iki(['catalogue', 'list', '--json', '--workspace', ws]).stdout).jabatan as { id: string }[]).map((j) => j.id);
    // TW I: everyone; TW II: the first 12, one with 2 blanks; one replaced; and a jabatan since removed
    for (const id of ids) archiveSubmission(L, Buffer.from(`tw1 ${id}`), rec(id, 1), { replace: false });
    for (const id of ids.slice(0, 12)) archiveSubmission(L, Buffer.from(`tw2 ${id}`), rec(id, 2, id === ids[3] ? { missing: ['x', 'y'] } : {}), { replace: false });
    archiveSubmission(L, Buffer.from('tw2 revisi'), rec(ids[5]!, 2, { sha256: 'b', taken_at: '2017-07-02T00:00:00.000Z' }), { replace: true });
    archiveSubmission(L, Buffer.from('tw2 hilang'), rec('jabatan_lama', 2), { replace: false });
  });

  test('jabatan by triwulan, the count and rate per triwulan', () => {
    const r = iki(['status', '--year', '2017', '--workspace', ws, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ command: 'status', ok: true, year: 2017 });
    expect(j.quarters.map((q: { received: number; expected: number; rate: number }) => [q.received, q.expected, q.rate])).toEqual([
      [30, 30, 1],
      [12, 30, 0.4],
      [0, 30, 0],
      [0, 30, 0],
    ]);
    expect(j.quarters[1]).toMatchObject({ replaced: 1, with_warnings: 1 });
    expect(j.jabatan.map((x: { id: string }) => x.id)).toEqual([...ids, 'jabatan_lama']);
    expect(j.jabatan.at(-1)).toMatchObject({ id: 'jabatan_lama', nama: null, not_in_catalogue: true, quarters: { 2: { status: 'received' } } });
  });

  test('--quarter and --json', () => {
    // On 5 July 2017, five days before TW II is due (10 July, the default rule).
    const r = iki(['status', '--year', '2017', '--quarter', 'II', '--json', '--workspace', ws], { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2017, 6, 5, 3) / 1000) } });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.quarters).toHaveLength(1);
    expect(j.quarters[0]).toMatchObject({ quarter: 2, expected: 30, received: 12, rate: 0.4, replaced: 1, with_warnings: 1 });
    expect(j.quarters[0]).toMatchObject({ on_time: 12, late: 0, pending: 18, overdue: 0, on_time_rate: 0.4, verified: 0, returned: 0, unverified: 12 });
    expect(j.quarters[0].missing).toEqual(ids.slice(12));
    const four = j.jabatan.find((x: { id: string }) => x.id === ids[3]);
    expect(four.quarters['2']).toMatchObject({ status: 'received', blank: 2, missing_elements: ['x', 'y'] });
    const six = j.jabatan.find((x: { id: string }) => x.id === ids[5]);
    expect(six.quarters['2']).toMatchObject({ status: 'received', replaced: 1, original_name: `IKI_2017_TW2_${ids[5]}.xlsx` });
    expect(six.quarters['2'].timeliness).toEqual({ state: 'on-time', due: '2017-07-10', received: '2017-05-01' });
    expect(j.jabatan.find((x: { id: string }) => x.id === ids[20]).quarters['2']).toEqual({ status: 'missing', replaced: 0, timeliness: { state: 'pending', due: '2017-07-10', days: 5 } });
  });

  test('listArchive: current per (quarter, jabatan) with paths and records, plus replaced ones', () => {
    const l = listArchive(layout(ws), 2017);
    expect(l.current).toHaveLength(30 + 12 + 1);
    expect(l.replaced).toHaveLength(1);
    expect(l.replaced[0]!.record).toMatchObject({ jabatan_id: ids[5], quarter: 2, replaced_at: '2017-07-02T00:00:00.000Z' });
    expect(readFileSync(l.replaced[0]!.xlsx, 'utf8')).toBe(`tw2 ${ids[5]}`);
    const cur = l.current.find((e) => e.record.jabatan_id === ids[5] && e.record.quarter === 2)!;
    expect(readFileSync(cur.xlsx, 'utf8')).toBe('tw2 revisi');
    expect(cur.record.replaces).toBe(l.replaced[0]!.record.sha256);
    expect(l.problems).toEqual([]);
    expect(listArchive(layout(ws), 2018).current).toEqual([]);
  });

  test('a damaged record is reported, not fatal', () => {
    const dir = join(ws, 'archive', '2017-TW4');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'IKI_2017_TW4_x.json'), '{ not json');
    const r = iki(['status', '--year', '2017', '--workspace', ws, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).problems.map((p: { code: string }) => p.code)).toEqual(['ingest.archive-incomplete']);
  });

  test('bad usage: outside a workspace, a bad year or triwulan (exit 2)', () => {
    const codes = (args: string[], cwd?: string) => {
      const r = iki([...args, '--json'], cwd ? { cwd } : {});
      return [r.code, JSON.parse(r.stdout).problems.map((p: { code: string }) => p.code)];
    };
    expect(codes(['status', '--year', '2017'], t.dir)).toEqual([2, ['usage.no-workspace']]);
    expect(codes(['status', '--year', '17', '--workspace', ws])).toEqual([2, ['usage.bad-year']]);
    expect(codes(['status', '--year', '2017', '--quarter', '5', '--workspace', ws])).toEqual([2, ['usage.bad-quarter']]);
  });
});

describe('workspace lock and atomic writes (used by ingest and report)', () => {
  const ws = () => layout(join(t.dir, 'lock-ws'));
  beforeAll(() => mkdirSync(join(t.dir, 'lock-ws'), { recursive: true }));

  test('acquire, refuse while held, release', () => {
    const a = acquireLock(ws(), 'report');
    expect(a.ok).toBe(true);
    const held = JSON.parse(readFileSync(ws().lock, 'utf8'));
    expect(held).toMatchObject({ pid: process.pid, command: 'report' });
    const b = acquireLock(ws(), 'ingest');
    expect(b.ok).toBe(false);
    if (!b.ok) {
      expect(b.problem.code).toBe('usage.workspace-locked');
      expect(b.problem.args).toMatchObject({ command: "report", pid: process.pid });
    }
    if (a.ok) {
      releaseLock(a.lock);
      releaseLock(a.lock);
    }
    expect(existsSync(ws().lock)).toBe(false);
  });

  test('a stale lock is taken over; a lock that is not ours is not removed', () => {
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    writeFileSync(ws().lock, JSON.stringify({ pid: dead, started_at: 'x', command: 'ingest', host: hostname() }));
    const a = acquireLock(ws(), 'ingest');
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.lock.tookOver).toMatchObject({ pid: dead });
    // someone replaced the lock file meanwhile: release leaves theirs alone
    writeFileSync(ws().lock, JSON.stringify({ pid: 1, started_at: 'y', command: 'ingest', host: hostname() }));
    releaseLock(a.lock);
    expect(existsSync(ws().lock)).toBe(true);
    writeFileSync(ws().lock, JSON.stringify({ pid: dead, started_at: 'y', command: 'ingest', host: hostname() }));
    const b = acquireLock(ws(), 'ingest');
    expect(b.ok).toBe(true);
    if (b.ok) releaseLock(b.lock);
  });

  test('writeFileAtomic replaces whole and leaves no temp file', () => {
    const f = join(t.dir, 'lock-ws', 'sub', 'a.json');
    writeFileAtomic(f, 'one');
    writeFileAtomic(f, Buffer.from('two'));
    expect(readFileSync(f, 'utf8')).toBe('two');
    expect(readdirSync(join(t.dir, 'lock-ws', 'sub'))).toEqual(['a.json']);
  });
});
