// Loading a catalogue's YAML text into the checked model: YAML → schema → cross-field rules. Pure, and
// never throws on bad content. Imported only when no valid cache entry exists (it loads yaml and zod).
import { checkCatalogue } from '../model/catalogue-rules.js';
import { catalogueSchema, normalise } from '../model/catalogue-schema.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Problem } from '../model/problem.js';
import { formatPath, loadYaml } from './yaml-source.js';

export interface LoadResult {
  /** Present when the file parsed and matched the schema; check `problems` for errors before use. */
  catalogue?: Catalogue;
  problems: Problem[];
}

/** Parse and check a catalogue. Pure: the caller reads the file. */
export function loadCatalogue(source: string, file: string): LoadResult {
  const { data, problems, source: src } = loadYaml(source, file, catalogueSchema, 'catalogue');
  if (!data) return { problems };
  return { catalogue: normalise(data), problems: [...problems, ...checkCatalogue(data, src.locate, formatPath)] };
}
