// The LibreOffice helper for tests (test/support/soffice.ts) retries once when soffice crashes mid-batch:
// checked with a stand-in soffice that crashes on its first run, as the real one does under load.
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import { sofficeConvert } from './support/soffice.js';

const tmp = tempDir('iki-soffice-');
afterAll(() => tmp.cleanup());

// Converts the first file, then crashes (once: a marker file says it already did), like the real one.
const FAKE = `#!/bin/sh
out=""; files=""
while [ $# -gt 0 ]; do
  case "$1" in
    --outdir) out="$2"; shift ;;
    --convert-to|-env:*|--headless|--norestore) [ "$1" = --convert-to ] && shift ;;
    *) files="$files $1" ;;
  esac
  shift
done
for f in $files; do
  b=$(basename "$f" .xlsx)
  touch "$out/$b.pdf"
  if [ ! -e "${tmp.dir}/crashed" ]; then
    touch "${tmp.dir}/crashed"
    echo "Unspecified Application Error: com.sun.star.lang.WrappedTargetRuntimeException" >&2
    exit 81
  fi
done
`;

describe('sofficeConvert()', () => {
  it('tries a crashed batch once more', () => {
    const bin = join(tmp.dir, 'bin');
    const out = join(tmp.dir, 'out');
    for (const d of [bin, out]) mkdirSync(d);
    writeFileSync(join(bin, 'soffice'), FAKE);
    chmodSync(join(bin, 'soffice'), 0o755);
    const files = ['a', 'b', 'c'].map((n) => join(tmp.dir, `${n}.xlsx`));
    for (const f of files) writeFileSync(f, '');
    const path = process.env.PATH;
    process.env.PATH = `${bin}${delimiter}${path}`;
    try {
      expect(sofficeConvert(files, 'pdf', out)).toEqual(['a', 'b', 'c'].map((n) => join(out, `${n}.pdf`)));
      expect(readdirSync(out).sort()).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
      expect(existsSync(join(tmp.dir, 'crashed'))).toBe(true);
    } finally {
      process.env.PATH = path;
    }
  });
});
