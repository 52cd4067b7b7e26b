// Reading many workbooks from disk, on both cores: worker threads (given the parsed catalogue) read files
// by path; results come back in the order asked. Small runs (under 400 files) and IKI_READ_WORKERS=0 read
// in process, since a worker costs ~0.3 s to start. A worker that fails leaves its files to the main thread.
// This is an edge (it reads files); the reading itself is readSubmission.
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CatalogueIndex } from '../model/catalogue.js';
import { problem } from '../model/problem.js';
import { fsFailure } from '../store/fs-failure.js';
import { readSubmission, sha256Hex, type ReadOptions, type ReadResult } from './submission.js';
import { DEFAULT_LIMITS } from './xlsx.js';

export interface ReadTask {
  /** Absolute path to read. */
  path: string;
  /** Display path for problems. */
  shown: string;
  expect?: ReadOptions['expect'];
  pathHints?: boolean;
}

export type PathReadResult = ReadResult & { path: string };

export interface PoolOptions {
  index: CatalogueIndex;
  /** The catalogue file the index came from (workers load it themselves and check its hash). */
  catalogueFile: string;
  /** Worker threads; default from IKI_READ_WORKERS, else 2 when there are 2+ cores and 40+ files. */
  workers?: number;
  onProgress?: (done: number, task: ReadTask) => void;
  /** Called for each result in task order, as soon as it and every earlier one are in (ingest archives meanwhile). */
  onResult?: (r: PathReadResult, i: number) => void;
}

/** Files up to this many are read in process: a worker needs ~0.3 s to start (modules, catalogue), which
 * reading ~400 workbooks on one core takes. */
const MIN_FILES_FOR_WORKERS = 400;
const BATCH = 16;

/** Read one file from disk (size checked before reading) and check it. Never throws for bad files. */
export async function readWorkbookPath(task: ReadTask, index: CatalogueIndex): Promise<PathReadResult & { bytes?: Buffer }> {
  const { path, shown } = task;
  const at = { file: shown };
  const refused = (p: PathReadResult['problems'][number], sha256 = ''): PathReadResult => ({ file: shown, path, sha256, ok: false, problems: [p] });
  let bytes: Buffer;
  // Excel's owner file of an open workbook (~$name.xlsx, 165 bytes of user name): named on its own, not a workbook.
  if (basename(path).startsWith('~$')) return refused(problem('file.lock-file', {}, at));
  try {
    const st = statSync(path);
    // A FIFO or a device would block the read (or never end): refused before it is opened.
    if (!st.isFile() && !st.isDirectory()) return refused(problem('file.not-regular', { kind: specialKind(st) }, at));
    const size = st.size;
    if (size > DEFAULT_LIMITS.maxFileBytes) return refused(problem('file.too-large', { what: 'file', size, max: DEFAULT_LIMITS.maxFileBytes }, at));
    bytes = readFileSync(path);
  } catch (err) {
    return refused(problem('file.unreadable', { ...fsFailure(err), stage: 'read' }, at));
  }
  const opts: ReadOptions = {};
  if (task.expect) opts.expect = task.expect;
  if (task.pathHints !== undefined) opts.pathHints = task.pathHints;
  try {
    const r = await readSubmission(bytes, shown, index, opts);
    return { ...r, bytes, path };
  } catch (err) {
    // readSubmission handles bad input itself; anything thrown here is a bug, but one bad file must not stop the run.
    return refused(problem('file.damaged', { damage: 'unreadable', detail: (err as Error)?.message ?? String(err) }, at), sha256Hex(bytes));
  }
}

function specialKind(st: Stats): 'fifo' | 'device' | 'socket' | 'other' {
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return st.isSocket() ? 'socket' : 'other';
}

export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.IKI_READ_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), 8);
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(2, availableParallelism());
}

const WORKER_FILE = fileURLToPath(new URL('./read-worker.js', import.meta.url));

/** Read every task (bytes are not kept: the caller re-reads a file it archives). Results in task order. */
export async function readMany(tasks: ReadTask[], o: PoolOptions): Promise<PathReadResult[]> {
  const results: (PathReadResult | undefined)[] = new Array(tasks.length);
  let done = 0;
  let delivered = 0;
  let failure: { err: unknown } | undefined;
  const finish = (i: number, r: PathReadResult) => {
    const { bytes: _b, ...rest } = r as PathReadResult & { bytes?: Buffer };
    results[i] = rest;
    done++;
    o.onProgress?.(done, tasks[i]!);
    while (delivered < tasks.length && results[delivered]) {
      // A throwing callback must not escape from a worker's message handler: kept, thrown at the end.
      try {
        if (!failure) o.onResult?.(results[delivered]!, delivered);
      } catch (err) {
        failure = { err };
      }
      delivered++;
    }
  };
  const inProcess = async (indices: Iterable<number>) => {
    for (const i of indices) if (!results[i]) finish(i, await readWorkbookPath(tasks[i]!, o.index));
  };
  const n = o.workers ?? workerCount(tasks.length);
  if (n <= 0 || !existsSync(WORKER_FILE) || !o.catalogueFile) await inProcess(tasks.keys());
  else {
    const queue: WorkQueue = { tasks, next: 0, leftovers: [], isDone: (i) => results[i] !== undefined, finish };
    await Promise.all(Array.from({ length: n }, () => runWorker(o, queue)));
    // Whatever a failed worker did not finish, and anything never handed out.
    await inProcess([...queue.leftovers, ...Array.from({ length: tasks.length - queue.next }, (_v, k) => queue.next + k)]);
  }
  if (failure) throw failure.err;
  return results as PathReadResult[];
}

/** What the workers share: the tasks, the next one to hand out, and what a failed worker left. */
interface WorkQueue {
  tasks: ReadTask[];
  next: number;
  leftovers: number[];
  isDone(i: number): boolean;
  finish(i: number, r: PathReadResult): void;
}

/** One worker thread reading batches from the queue until it is empty, or until the worker fails. */
function runWorker(o: PoolOptions, q: WorkQueue): Promise<void> {
  return new Promise<void>((resolveWorker) => {
    // The parsed catalogue itself (plain data, cloned): parsing a large YAML file again would cost each worker seconds.
    const w = new Worker(WORKER_FILE, { workerData: { catalogue: o.index.catalogue, catalogueFile: o.catalogueFile, catalogueHash: o.index.catalogue.hash }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    // Two batches in flight per worker, and the next one sent before the results are handled (the main
    // thread may spend a while archiving them): a worker never waits for the main thread.
    const inFlight = new Set<number>();
    let settled = false;
    const end = () => {
      if (settled) return;
      settled = true;
      q.leftovers.push(...[...inFlight].filter((i) => !q.isDone(i)));
      inFlight.clear();
      void w.terminate();
      resolveWorker();
    };
    const send = () => {
      const batch: number[] = [];
      while (batch.length < BATCH && q.next < q.tasks.length) batch.push(q.next++);
      for (const i of batch) inFlight.add(i);
      if (batch.length) w.postMessage(batch.map((i) => ({ i, task: q.tasks[i] })));
    };
    w.on('message', (msg: { ready?: boolean; results?: { i: number; result: PathReadResult }[]; error?: string }) => {
      if (msg.error) return end();
      send();
      if (msg.ready) send();
      for (const { i, result } of msg.results ?? []) {
        inFlight.delete(i);
        q.finish(i, result);
      }
      if (!inFlight.size) end();
    });
    w.on('error', end);
    w.on('exit', end);
  });
}
