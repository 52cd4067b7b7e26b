export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Write the entry uncompressed. */
  store?: boolean;
  /** Claim this uncompressed size instead of the real one (zip-bomb tests). */
  declaredSize?: number;
}
export function unzipSync(zip: Buffer): { name: string; data: Buffer }[];
export function zipSync(entries: readonly ZipEntry[], opts?: { level?: number }): Buffer;
