// Everything iki writes for people in Indonesian, the default, other than problems
// (src/model/problems/text-id.ts). Written as a careful Subbag Program staffer writes to a colleague:
// formal, plain, and saying what to type. The type is the English table's: same keys, same arguments.
import type { UiText } from './en.js';

export const id = {
  common: {
    severity: { error: 'kesalahan', warning: 'peringatan', info: 'info' },
    errors: (n: number) => `${n} kesalahan`,
    warnings: (n: number) => `${n} peringatan`,
    internalError: 'kesalahan internal:',
    internalBug: 'Ini kesalahan di dalam iki, bukan pada data Anda. Mohon laporkan beserta perintah yang dijalankan.',
    badLang: (v: string) => `"${v}" bukan bahasa yang dikenal iki: pakai --lang id (bahasa Indonesia, bawaan) atau --lang en.`,
  },
  help: {},
  catalogue: {},
  init: {},
  targets: {},
  generate: {},
  validate: {},
  ingest: {},
  status: {},
  report: {},
  template: {},
  laporan: {},
} satisfies UiText;
