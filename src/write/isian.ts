// What a cell is, in the sender's words: the isian (data element) or the note of an indicator that a
// defined name (iki_<element>, iki_note_<indicator>_<field>) points at. For reminders and feedback.
import type { CatalogueIndex } from '../model/catalogue.js';
import { ELEMENT_NAME_PREFIX, NOTE_NAME_PREFIX } from '../model/contract.js';

export function isianOf(index: CatalogueIndex, name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (name.startsWith(NOTE_NAME_PREFIX)) {
    const rest = name.slice(NOTE_NAME_PREFIX.length);
    for (const field of index.catalogue.notes) {
      if (!rest.endsWith(`_${field.id}`)) continue;
      const ind = index.indicators.get(rest.slice(0, -field.id.length - 1));
      if (ind) return `${field.label}: ${ind.nama}`;
    }
    return undefined;
  }
  return name.startsWith(ELEMENT_NAME_PREFIX) ? index.elements.get(name.slice(ELEMENT_NAME_PREFIX.length))?.nama : undefined;
}
