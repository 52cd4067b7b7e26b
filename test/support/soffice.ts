// LibreOffice conversions for tests, through one helper: a private profile per call (parallel runs do
// not clash) and one retry when headless LibreOffice crashes under load (WrappedTargetRuntimeException).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const HAVE_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

/** Convert `file` with LibreOffice (`to`: "pdf", 'xlsx:Calc MS Excel 2007 XML' …) into outDir; the output's path. */
export function sofficeConvert(file: string, to: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const ext = to.split(':')[0]!;
  const out = join(outDir, basename(file).replace(/\.[^.]+$/, `.${ext}`));
  let last = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    const profile = mkdtempSync(join(tmpdir(), 'iki-lo-profile-'));
    try {
      const r = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, file], {
        encoding: 'utf8',
        timeout: 180_000,
      });
      if (r.status === 0 && existsSync(out)) return out;
      last = `status ${r.status}: ${r.stderr}${r.stdout}`;
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }
  throw new Error(`soffice --convert-to ${to} failed for ${file}: ${last}`);
}
