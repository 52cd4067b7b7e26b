// The workspace's iki.yaml as the commands read it: the defaults when there is none, else the checked
// configuration through the workspace's compiled cache, so yaml and zod load only after an edit (the
// parser and its checks are in workspace-config.ts). Errors are a ProblemError (exit 2); warnings come back.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueIndex } from '../model/catalogue.js';
import { CONFIG_FILE, DEFAULT_CONFIG, type WorkspaceConfig } from '../model/config.js';
import { hasErrors, problem, ProblemError, type Problem } from '../model/problem.js';
import { readCache, sha256, writeCache } from './cache.js';
import { displayPath, readConfigText } from './config-file.js';
import type { WorkspaceLayout } from './workspace.js';

export interface WorkspaceConfigRead {
  config: WorkspaceConfig;
  /** The file as a display path, when the workspace has one. */
  file?: string;
  problems: Problem[];
}

/** What the cache keeps: the parse, problems without the file (it is added back on reading). */
interface Compiled {
  config?: WorkspaceConfig;
  problems: Problem[];
}

/** iki.yaml checked, the per-jabatan exceptions against `index` when given. */
export async function readWorkspaceConfig(ws: WorkspaceLayout, cwd: string, index?: CatalogueIndex): Promise<WorkspaceConfigRead> {
  const path = join(ws.root, CONFIG_FILE);
  if (!existsSync(path)) return { config: DEFAULT_CONFIG, problems: [] };
  const file = displayPath(cwd, path);
  const text = readConfigText(path, file, 'config.unreadable');
  // The same text is checked against a catalogue's jabatan: another catalogue may find other problems.
  const key = sha256(`${sha256(text)}:${index?.catalogue.hash ?? ''}`);
  let compiled = readCache<Compiled>(ws.cache, 'config', key);
  if (!compiled) {
    const { loadWorkspaceConfig } = await import('./workspace-config.js');
    const r = loadWorkspaceConfig(text, '', index ? { jabatanIds: new Set(index.jabatan.keys()) } : {});
    compiled = { ...(r.config ? { config: r.config } : {}), problems: r.problems };
    writeCache(ws.cache, 'config', key, compiled);
  }
  const problems = compiled.problems.map((p) => ({ ...p, location: { ...p.location, file } }));
  if (!compiled.config || hasErrors(problems)) {
    const errors = problems.filter((p) => p.severity === 'error');
    throw new ProblemError([problem('config.invalid', { file, errors: errors.length }, { file }), ...errors]);
  }
  return { config: compiled.config, file, problems };
}
