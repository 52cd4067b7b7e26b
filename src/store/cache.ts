// A compiled cache of checked configuration (the catalogue, the targets) in the workspace's
// .iki/cache/, so that a command whose YAML has not changed loads neither yaml nor zod. Each entry is
// keyed by what it was made from (the YAML's sha256, and what else it depends on) and by the tool
// version; its payload carries its own sha256, so a damaged or edited entry is rebuilt, never trusted.
// Writing is best effort: a workspace that cannot hold the cache simply runs without it.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolVersion } from './version.js';

export const CACHE_FORMAT = 'iki-cache/2';

interface Entry {
  format: typeof CACHE_FORMAT;
  kind: string;
  key: string;
  tool_version: string;
  payload_sha256: string;
  payload: unknown;
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

function entryPath(dir: string, kind: string, key: string): string {
  return join(dir, `${kind}-${key.slice(0, 32)}.json`);
}

/** The payload cached for (kind, key), or undefined when there is none or it cannot be trusted. */
export function readCache<T>(dir: string, kind: string, key: string): T | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(entryPath(dir, kind, key), 'utf8')) as Entry;
  } catch {
    return undefined;
  }
  if (!entry || entry.format !== CACHE_FORMAT || entry.kind !== kind || entry.key !== key || entry.tool_version !== toolVersion()) return undefined;
  if (sha256(JSON.stringify(entry.payload)) !== entry.payload_sha256) return undefined;
  return entry.payload as T;
}

/** Store a payload for (kind, key): a temp file then a rename, so readers never see half an entry. */
export function writeCache(dir: string, kind: string, key: string, payload: unknown): void {
  const body = JSON.stringify(payload);
  const entry = `{"format":"${CACHE_FORMAT}","kind":${JSON.stringify(kind)},"key":"${key}","tool_version":${JSON.stringify(toolVersion())},"payload_sha256":"${sha256(body)}","payload":${body}}\n`;
  const path = entryPath(dir, kind, key);
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, entry);
    renameSync(tmp, path);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* never made */
    }
  }
}
