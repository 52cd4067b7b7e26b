// Append-only logs, one JSON object a line (verifikasi.jsonl, ditolak.jsonl): history is never rewritten.
// Crash-safe: each append is one write of whole lines, fsynced; a line cut short by a crash is skipped
// on reading (and reported by its line number), and the next append starts on a fresh line after it.
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { problem, ProblemError, type Problem } from '../model/problem.js';
import { fsFailure } from './fs-failure.js';

export function appendJsonLines(path: string, values: readonly object[]): void {
  if (values.length === 0) return;
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a+', 0o644);
  try {
    const size = fstatSync(fd).size;
    let lead = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) lead = '\n';
    }
    const buf = Buffer.from(lead + values.map((v) => `${JSON.stringify(v)}\n`).join(''), 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    if (size === 0) syncFolder(dirname(path));
  } finally {
    closeSync(fd);
  }
}

/** The new file's name must survive a power cut too. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* not possible on every file system (Windows); the data itself is synced */
  }
}

export interface JsonLines<T> {
  records: T[];
  /** 1-based numbers of lines that are not a valid record (cut short, edited by hand). */
  damaged: number[];
}

/** Every valid record of a log, in order; a missing log is empty. */
export function readJsonLines<T>(path: string, valid: (v: unknown) => v is T): JsonLines<T> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], damaged: [] };
    throw err;
  }
  const out: JsonLines<T> = { records: [], damaged: [] };
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const v: unknown = JSON.parse(line);
      if (valid(v)) out.records.push(v);
      else out.damaged.push(i + 1);
    } catch {
      out.damaged.push(i + 1);
    }
  });
  return out;
}

export type LogName = 'verifikasi' | 'ditolak';

/** A log's records, its damaged lines as log.damaged-line warnings; an unreadable log is a ProblemError. */
export function readLog<T>(path: string, shown: string, log: LogName, valid: (v: unknown) => v is T): { records: T[]; problems: Problem[] } {
  try {
    const { records, damaged } = readJsonLines(path, valid);
    return { records, problems: damaged.map((line) => problem('log.damaged-line', { log }, { file: shown, line })) };
  } catch (err) {
    throw new ProblemError([problem('log.unreadable', { log, file: shown, ...fsFailure(err) }, { file: shown })]);
  }
}

/** Append records to a log; a log that cannot be written is a ProblemError (usage.unwritable). */
export function appendLog(path: string, shown: string, values: readonly object[]): void {
  try {
    appendJsonLines(path, values);
  } catch (err) {
    throw new ProblemError([problem('usage.unwritable', { path: shown, what: 'archive', ...fsFailure(err) }, { file: shown })]);
  }
}
