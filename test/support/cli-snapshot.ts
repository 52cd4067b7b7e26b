// CLI snapshots: the command line, stdout, stderr and the exit code of a real run of bin/iki.js, colour
// off, with what changes from machine to machine (temporary folders, the repository path, versions,
// times, hashes, process ids) replaced by placeholders. Compare with `expect(...).toMatchSnapshot()`.
import { iki, ROOT } from '../helpers.js';
import { toolVersion } from '../../src/store/version.js';

export interface SnapshotOptions {
  lang: 'id' | 'en';
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Folders to show as placeholders, e.g. { '<ws>': wsDir } (longest first is not needed: handled). */
  paths?: Record<string, string>;
}

export function normalise(text: string, paths: Record<string, string> = {}): string {
  let out = text;
  const all = Object.entries({ ...paths, '<repo>': ROOT.replace(/\/$/, '') }).sort((a, b) => b[1].length - a[1].length);
  for (const [name, dir] of all) out = out.split(dir).join(name);
  return out
    .replace(/\/tmp\/[A-Za-z0-9._-]+/g, '<tmp>')
    .split(toolVersion())
    .join('<version>')
    .replace(/\b[0-9a-f]{64}\b/g, '<sha256>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, '<time>')
    .replace(/\bpid \d+/g, 'pid <pid>')
    .replace(/[ \t]+$/gm, '');
}

/** Run iki and return the normalised transcript. */
export function cliSnapshot(args: string[], opts: SnapshotOptions): string {
  const r = iki(args, { ...(opts.cwd ? { cwd: opts.cwd } : {}), env: { IKI_LANG: opts.lang, COLUMNS: '120', ...opts.env } });
  const shown = args.map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(' ');
  return normalise(`$ iki ${shown}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}Exit code: ${r.code}\n`, opts.paths);
}
