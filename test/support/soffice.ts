// LibreOffice conversions for tests, through one helper: its own profile per call (parallel runs do not
// clash), and one retry when soffice fails (under load it crashes with "WrappedTargetRuntimeException").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const HAVE_SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

/** Convert files (to 'pdf', 'xlsx:Calc MS Excel 2007 XML' …) into `outDir`; returns the output paths. */
export function sofficeConvert(files: readonly string[], to: string, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const ext = to.split(':')[0]!;
  const outs = files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, `.${ext}`)));
  let log = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    const profile = mkdtempSync(join(tmpdir(), 'iki-lo-profile-'));
    try {
      const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 180_000 });
      log = `${r.stdout}${r.stderr}`;
      if (r.status === 0 && outs.every((o) => existsSync(o))) return outs;
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }
  throw new Error(`soffice --convert-to ${to} failed: ${log}`);
}
