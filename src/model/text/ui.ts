// The UI text table of a language (everything but problems, which are in src/model/problems/).
import type { Lang } from '../format.js';
import { en, type UiText } from './en.js';
import { id } from './id.js';

export type { UiText };

const TABLES: Record<Lang, UiText> = { id, en };

export function ui(lang: Lang): UiText {
  return TABLES[lang];
}
