// Hand-made SpreadsheetML packages in Excel's shapes (test-only): one sheet "Isian" with the given
// <sheetData> content and optional shared strings, styles, workbook properties, names and extra parts.
import { writeZip } from './workbooks.js';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface Pkg {
  sheet: string;
  sst?: string;
  styles?: string;
  workbookPr?: string;
  names?: string;
  extra?: [string, string][];
}

/** A one-sheet package ("Isian") in Excel's shapes: the sheet's <sheetData> content and optional parts as given. */
export function pkg(p: Pkg): Buffer {
  const rels = [`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`];
  if (p.sst !== undefined) rels.push(`<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (p.styles !== undefined) rels.push(`<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>`);
  const parts: [string, string][] = [
    ['[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${p.sst !== undefined ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}${p.styles !== undefined ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : ''}</Types>`],
    ['_rels/.rels', `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${p.workbookPr ?? ''}<sheets><sheet name="Isian" sheetId="1" r:id="rId1"/></sheets>${p.names ?? ''}</workbook>`],
    ['xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`],
    ['xl/worksheets/sheet1.xml', `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${p.sheet}</sheetData></worksheet>`],
  ];
  if (p.sst !== undefined) parts.push(['xl/sharedStrings.xml', `${XML}<sst xmlns="${MAIN}">${p.sst}</sst>`]);
  if (p.styles !== undefined) parts.push(['xl/styles.xml', `${XML}<styleSheet xmlns="${MAIN}">${p.styles}</styleSheet>`]);
  parts.push(...(p.extra ?? []));
  return writeZip(parts.map(([n, d]) => [n, Buffer.from(d, 'utf8')] as [string, Buffer]));
}

