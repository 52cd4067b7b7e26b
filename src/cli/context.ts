// What a command gets from the CLI: its streams, environment, and colour. Commands return an exit code.
import { Chalk, type ChalkInstance } from 'chalk';
import { DEFAULT_LANG, fmt, type Fmt, type Lang } from '../model/format.js';

export interface CliContext {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The language everything a person reads is in (--lang, IKI_LANG; Indonesian by default). */
  lang: Lang;
  fmt: Fmt;
  color: ChalkInstance;
  /** True when stdout is a terminal: progress lines and colour are for people, not pipes. */
  interactive: boolean;
  out(line?: string): void;
  err(line?: string): void;
}

export function makeContext(
  stdout: CliContext['stdout'] = process.stdout,
  stderr: CliContext['stderr'] = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
  lang: Lang = DEFAULT_LANG,
): CliContext {
  const interactive = Boolean(stdout.isTTY);
  // NO_COLOR (https://no-color.org) wins; otherwise colour only on a terminal unless FORCE_COLOR asks.
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const level = env.NO_COLOR !== undefined && env.NO_COLOR !== '' ? 0 : forced || interactive ? 1 : 0;
  return {
    stdout,
    stderr,
    env,
    cwd,
    lang,
    fmt: fmt(lang),
    color: new Chalk({ level }),
    interactive,
    out: (line = '') => void stdout.write(`${line}\n`),
    err: (line = '') => void stderr.write(`${line}\n`),
  };
}
