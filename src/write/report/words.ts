// The rollup's reasons in the workbook's language, with the catalogue's names (the terminal and the
// problem texts use the same table, ui(lang).rollup, with ids).
import type { CatalogueIndex } from '../../model/catalogue.js';
import { fmt, type Lang } from '../../model/format.js';
import type { Value } from '../../model/rollup.js';
import type { Names } from '../../model/text/en.js';
import { ui } from '../../model/text/ui.js';
import { uniqueReasons } from '../../compute/values.js';

export function namesOf(index: CatalogueIndex): Names {
  return {
    element: (id) => index.elements.get(id)?.nama ?? id,
    jabatan: (id) => index.jabatan.get(id)?.nama ?? id,
  };
}

/** Every distinct reason behind these values, joined for a Keterangan cell. */
export function reasonsText(values: readonly Value[], names: Names, lang: Lang): string {
  const f = fmt(lang);
  return uniqueReasons(values.flatMap((v) => v.reasons))
    .map((r) => ui(lang).rollup.reason(r, names, f))
    .join('; ');
}
