// A workbook as xlsx bytes: the one place iki packs a workbook it wrote. exceljs zips with a JavaScript
// deflate that costs more than building the workbook; it writes the entries uncompressed (STORE) instead
// and node's zlib compresses them here. When a zip library joins the dependencies, only this file changes.
import { deflateRawSync } from 'node:zlib';
import type { Workbook } from 'exceljs';

export async function xlsxBytes(workbook: Workbook): Promise<Buffer> {
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return deflateZip(Buffer.from(stored as ArrayBuffer));
}

/**
 * Rewrite a zip with every stored entry deflated (CRCs and sizes of the content are unchanged).
 * Transitional: to go when the zip library (fflate or yazl, for the report writer) is on main.
 */
function deflateZip(zip: Buffer): Buffer {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let cd = zip.readUInt32LE(eocd + 16);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(cd) !== 0x02014b50) throw new Error('not a zip: bad central directory');
    const method = zip.readUInt16LE(cd + 10);
    const time = zip.readUInt16LE(cd + 12);
    const date = zip.readUInt16LE(cd + 14);
    const crc = zip.readUInt32LE(cd + 16);
    const size = zip.readUInt32LE(cd + 20);
    const rawSize = zip.readUInt32LE(cd + 24);
    const nameLen = zip.readUInt16LE(cd + 28);
    const skip = zip.readUInt16LE(cd + 30) + zip.readUInt16LE(cd + 32);
    const at = zip.readUInt32LE(cd + 42);
    const name = zip.subarray(cd + 46, cd + 46 + nameLen);
    cd += 46 + nameLen + skip;
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    let data = zip.subarray(start, start + size);
    if (method === 0) data = deflateRawSync(data);
    else if (method !== 8) throw new Error(`zip entry ${name.toString()} uses method ${method}`);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(rawSize, 22);
    local.writeUInt16LE(nameLen, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(rawSize, 24);
    central.writeUInt16LE(nameLen, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + nameLen + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
