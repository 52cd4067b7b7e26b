// Read raw parts of an xlsx (zip) for tests that check the XML itself, not exceljs's view of it.
import yauzl from 'yauzl';

export function zipEntries(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** <definedName> elements of xl/workbook.xml: name, text, and whether it is sheet-local. */
export function definedNames(workbookXml: string): { name: string; ref: string; local: boolean }[] {
  const out: { name: string; ref: string; local: boolean }[] = [];
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attrs = m[1]!;
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1] ?? '';
    out.push({ name, ref: m[2]!.replace(/&apos;/g, "'"), local: /localSheetId=/.test(attrs) });
  }
  return out;
}

/** Sheets in workbook order with their state (visible, hidden, veryHidden). */
export function sheets(workbookXml: string): { name: string; state: string }[] {
  return [...workbookXml.matchAll(/<sheet\b([^>]*)\/>/g)].map((m) => ({
    name: /\bname="([^"]*)"/.exec(m[1]!)?.[1] ?? '',
    state: /\bstate="([^"]*)"/.exec(m[1]!)?.[1] ?? 'visible',
  }));
}
