// A worker thread of src/read/read-pool.ts: loads the catalogue once, then reads batches of files by path.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { CatalogueIndex, type Catalogue } from '../model/catalogue.js';
import { loadCatalogue } from '../store/catalogue-load.js';
import { readWorkbookPath, type ReadTask } from './read-pool.js';

const port = parentPort!;
const { catalogue, catalogueFile, catalogueHash } = workerData as { catalogue?: Catalogue; catalogueFile: string; catalogueHash: string };

let index: CatalogueIndex | undefined;
try {
  if (catalogue) index = new CatalogueIndex(catalogue);
  else {
    const loaded = loadCatalogue(readFileSync(catalogueFile, 'utf8'), catalogueFile);
    if (loaded.catalogue) index = new CatalogueIndex(loaded.catalogue);
  }
} catch {
  /* reported below */
}
// The catalogue changed on disk since the main thread loaded it: read nothing, the main thread will.
if (!index || index.catalogue.hash !== catalogueHash) port.postMessage({ error: 'catalogue' });
else port.postMessage({ ready: true });

port.on('message', async (batch: { i: number; task: ReadTask }[]) => {
  const results = [];
  for (const { i, task } of batch) {
    const { bytes: _b, ...result } = await readWorkbookPath(task, index!);
    results.push({ i, result });
  }
  port.postMessage({ results });
});
