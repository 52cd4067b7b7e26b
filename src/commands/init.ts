// `iki init [DIR]`: create a workspace: a checked copy of the catalogue, the folders, a commented iki.yaml
// (every setting with its default; one already there is kept), and the marker
// (written last: a folder is a workspace only once everything else is in place).
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONFIG_FILE } from '../model/config.js';
import { problem, ProblemError, type Problem } from '../model/problem.js';
import { BUNDLED_CATALOGUE, requireCatalogue } from '../store/catalogue-source.js';
import { displayPath } from '../store/config-file.js';
import { fsFailure } from '../store/fs-failure.js';
import { toolVersion } from '../store/version.js';
import { writeFileAtomic } from '../store/atomic.js';
import { WORKSPACE_FORMAT, isWorkspace, layout, type WorkspaceLayout } from '../store/workspace.js';
import { reportOf } from './common.js';
import type { CommandReport, CoreEnv } from './types.js';

export interface InitOptions {
  dir?: string;
  catalogue?: string;
}

export interface InitReport extends CommandReport {
  command: 'init';
  /** The workspace folder, as shown. */
  workspace: string;
  catalogue: { file: string; id: string; hash: string; copied_from: string; jabatan: number; elements: number } | null;
  /** The folders made, relative to the workspace. */
  folders: string[];
  /** The year to start with (this year). */
  year: number;
  /** The workspace settings file (iki.yaml) and whether one was already there (then it is kept as it was). */
  config: { file: string; kept: boolean } | null;
}

const FOLDERS = ['templates', 'incoming', 'archive', 'reports'] as const;

/** Everything init would overwrite: the catalogue copy, a marker that is not one, files where folders go. */
function clashes(ws: WorkspaceLayout, cwd: string): Problem[] {
  const out: Problem[] = [];
  const clash = (path: string, what: 'catalogue' | 'marker' | 'folder') => out.push(problem('usage.output-exists', { path: displayPath(cwd, path), what }, { file: displayPath(cwd, path) }));
  if (existsSync(ws.catalogue)) clash(ws.catalogue, 'catalogue');
  if (existsSync(ws.marker)) clash(ws.marker, 'marker');
  for (const d of [ws.templates, ws.incoming, ws.archive, ws.reports]) if (existsSync(d) && !statSync(d).isDirectory()) clash(d, 'folder');
  return out;
}

export function init(opts: InitOptions, env: CoreEnv): Promise<InitReport> {
  return reportOf<InitReport>({ command: 'init', workspace: opts.dir ?? '.', catalogue: null, folders: [], year: env.now().getFullYear(), config: null }, async () => {
    const root = resolve(env.cwd, opts.dir ?? '.');
    const ws = layout(root);
    const shown = displayPath(env.cwd, root) || '.';
    if (isWorkspace(root)) throw new ProblemError([problem('usage.output-exists', { path: shown, what: 'workspace' }, { file: displayPath(env.cwd, ws.marker) })]);
    if (existsSync(root) && !statSync(root).isDirectory()) throw new ProblemError([problem('usage.file-in-the-way', { path: shown, blocker: shown }, { file: shown })]);
    const found = clashes(ws, env.cwd);
    if (found.length) throw new ProblemError(found);
    // The catalogue must check clean before it becomes the workspace's (errors are a usage error, exit 2).
    const source = opts.catalogue ? resolve(env.cwd, opts.catalogue) : BUNDLED_CATALOGUE;
    const { index, problems } = await requireCatalogue({ catalogue: source }, env.cwd, env.env);
    const c = index.catalogue;
    const configPath = join(root, CONFIG_FILE);
    const kept = existsSync(configPath);
    // Every key, commented, with its default: the settings are found where they are used.
    const skeleton = kept ? '' : (await import('../store/workspace-config.js')).configSkeleton(env.lang);
    try {
      for (const d of [root, ws.templates, ws.incoming, ws.archive, ws.reports]) mkdirSync(d, { recursive: true });
      writeFileAtomic(ws.catalogue, readFileSync(source));
      if (!kept) writeFileAtomic(configPath, skeleton);
      const marker = {
        format: WORKSPACE_FORMAT,
        created_at: env.now().toISOString(),
        tool_version: toolVersion(),
        catalogue: { file: 'catalogue.yaml', id: c.id, hash: c.hash, copied_from: source },
      };
      writeFileAtomic(ws.marker, `${JSON.stringify(marker, null, 2)}\n`);
    } catch (err) {
      throw new ProblemError([problem('usage.unwritable', { path: shown, what: 'workspace', ...fsFailure(err) }, { file: shown })]);
    }
    return {
      command: 'init',
      workspace: shown,
      catalogue: { file: 'catalogue.yaml', id: c.id, hash: c.hash, copied_from: displayPath(env.cwd, source), jabatan: c.jabatan.length, elements: c.elements.length },
      folders: [...FOLDERS],
      year: env.now().getFullYear(),
      config: { file: CONFIG_FILE, kept },
      problems,
    };
  });
}
