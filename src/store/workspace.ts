// A workspace is a folder the Subbag Program works in: its catalogue, generated templates, incoming
// files, the archive of accepted submissions (archive.ts), and reports. This module knows its layout
// and how a command finds it; the lock is in lock.ts, atomic writes in atomic.ts.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const WORKSPACE_MARKER = 'iki-workspace.json';
export const WORKSPACE_FORMAT = 'iki-workspace/1';

export interface WorkspaceLayout {
  root: string;
  marker: string;
  catalogue: string;
  templates: string;
  incoming: string;
  archive: string;
  reports: string;
  lock: string;
  /** Compiled configuration (src/store/cache.ts); safe to delete at any time. */
  cache: string;
}

export function layout(root: string): WorkspaceLayout {
  const r = resolve(root);
  return {
    root: r,
    marker: join(r, WORKSPACE_MARKER),
    catalogue: join(r, 'catalogue.yaml'),
    templates: join(r, 'templates'),
    incoming: join(r, 'incoming'),
    archive: join(r, 'archive'),
    reports: join(r, 'reports'),
    lock: join(r, '.iki.lock'),
    cache: join(r, '.iki', 'cache'),
  };
}

export function isWorkspace(dir: string): boolean {
  const m = join(resolve(dir), WORKSPACE_MARKER);
  return existsSync(m) && statSync(m).isFile();
}

export type WorkspaceSource = 'option' | 'env' | 'cwd';

/**
 * Where the workspace is: --workspace DIR, then IKI_WORKSPACE, then the current folder.
 * Returns undefined when the chosen folder is not a workspace (the caller says how to make one).
 */
export function findWorkspace(
  option: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): { layout?: WorkspaceLayout; tried: string; source: WorkspaceSource } {
  const [dir, source]: [string, WorkspaceSource] = option
    ? [option, 'option']
    : env.IKI_WORKSPACE
      ? [env.IKI_WORKSPACE, 'env']
      : [cwd, 'cwd'];
  const tried = resolve(cwd, dir);
  return isWorkspace(tried) ? { layout: layout(tried), tried, source } : { tried, source };
}
