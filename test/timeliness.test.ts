// Due dates, tepat waktu / terlambat / belum masuk / lewat batas waktu, and the rates.
import { describe, expect, it } from 'vitest';
import { quarterEnd } from '../src/model/calendar.js';
import { DEFAULT_CONFIG, type BatasWaktuConfig } from '../src/model/config.js';
import { dueDate, firstReceived, timeliness, timelinessRates } from '../src/compute/timeliness.js';
import { corePropsOf, parseCoreProps } from '../src/read/core-props.js';

const cfg: BatasWaktuConfig = {
  ...DEFAULT_CONFIG.batasWaktu,
  triwulan: { 2017: { 4: '2018-01-20' } },
  jabatan: { kasi_satu: { 2017: { 1: '2017-04-25' } } },
};

describe('due dates', () => {
  it('the last day of each triwulan', () => {
    expect([1, 2, 3, 4].map((q) => quarterEnd(2017, q as 1 | 2 | 3 | 4))).toEqual(['2017-03-31', '2017-06-30', '2017-09-30', '2017-12-31']);
    expect(quarterEnd(2016, 1)).toBe('2016-03-31');
  });

  it('default: the 10th day after the triwulan ends; the triwulan’s own date; the jabatan’s exception first', () => {
    expect(dueDate(DEFAULT_CONFIG.batasWaktu, 2017, 1, 'kadis')).toEqual({ date: '2017-04-10', source: 'default' });
    expect(dueDate(DEFAULT_CONFIG.batasWaktu, 2017, 4, 'kadis')).toEqual({ date: '2018-01-10', source: 'default' });
    expect(dueDate({ ...cfg, hariSetelahTriwulan: 14 }, 2017, 2, 'kadis')).toEqual({ date: '2017-07-14', source: 'default' });
    expect(dueDate(cfg, 2017, 4, 'kadis')).toEqual({ date: '2018-01-20', source: 'triwulan' });
    expect(dueDate(cfg, 2017, 1, 'kasi_satu')).toEqual({ date: '2017-04-25', source: 'jabatan' });
    expect(dueDate(cfg, 2017, 2, 'kasi_satu')).toEqual({ date: '2017-07-10', source: 'default' });
    expect(dueDate(cfg, 2018, 1, 'kasi_satu')).toEqual({ date: '2018-04-10', source: 'default' });
  });
});

describe('timeliness', () => {
  const b = DEFAULT_CONFIG.batasWaktu;
  const today = new Date('2017-04-20T03:00:00Z');

  it('received by midnight WIB of the due date is on time; the next day is 1 day late', () => {
    expect(timeliness(b, '2017-04-10', '2017-04-10T16:59:59Z', today)).toEqual({ state: 'on-time', due: '2017-04-10', receivedAt: '2017-04-10T16:59:59Z', received: '2017-04-10' });
    expect(timeliness(b, '2017-04-10', '2017-04-10T17:00:00Z', today)).toEqual({ state: 'late', due: '2017-04-10', receivedAt: '2017-04-10T17:00:00Z', received: '2017-04-11', daysLate: 1 });
    expect(timeliness(b, '2017-04-10', '2017-04-15T02:00:00Z', today)).toMatchObject({ state: 'late', daysLate: 5 });
    expect(timeliness(b, '2017-04-10', '2017-03-01T02:00:00Z', today)).toMatchObject({ state: 'on-time' });
    // WIT is two hours ahead of WIB: 16:00 UTC is already the next day there.
    expect(timeliness({ ...b, zonaWaktu: 'WIT' }, '2017-04-10', '2017-04-10T16:00:00Z', today)).toMatchObject({ state: 'late', daysLate: 1 });
  });

  it('not received: belum masuk up to and including the due date, then lewat batas waktu', () => {
    expect(timeliness(b, '2017-04-25', undefined, today)).toEqual({ state: 'pending', due: '2017-04-25', daysLeft: 5 });
    expect(timeliness(b, '2017-04-20', undefined, today)).toEqual({ state: 'pending', due: '2017-04-20', daysLeft: 0 });
    expect(timeliness(b, '2017-04-10', undefined, today)).toEqual({ state: 'overdue', due: '2017-04-10', daysOver: 10 });
    // 20:00 UTC on the 20th is already the 21st in WIB.
    expect(timeliness(b, '2017-04-20', undefined, new Date('2017-04-20T20:00:00Z'))).toEqual({ state: 'overdue', due: '2017-04-20', daysOver: 1 });
  });

  it('the first accepted submission counts; a replacement keeps its time', () => {
    const first = firstReceived([
      { jabatan_id: 'kasi_satu', quarter: 1, taken_at: '2017-04-12T01:00:00.000Z' },
      { jabatan_id: 'kasi_satu', quarter: 1, taken_at: '2017-04-08T01:00:00.000Z' },
      { jabatan_id: 'kasi_satu', quarter: 2, taken_at: '2017-07-01T01:00:00.000Z' },
    ]);
    expect(Object.fromEntries(first)).toEqual({ '1/kasi_satu': '2017-04-08T01:00:00.000Z', '2/kasi_satu': '2017-07-01T01:00:00.000Z' });
  });

  it('reporting rate and on-time rate, over what is expected', () => {
    const states = [
      timeliness(b, '2017-04-10', '2017-04-09T01:00:00Z', today),
      timeliness(b, '2017-04-10', '2017-04-09T01:00:00Z', today),
      timeliness(b, '2017-04-10', '2017-04-12T01:00:00Z', today),
      timeliness(b, '2017-04-10', undefined, today),
      timeliness(b, '2017-04-30', undefined, today),
    ];
    expect(timelinessRates(states)).toEqual({ expected: 5, received: 3, onTime: 2, late: 1, pending: 1, overdue: 1, reportingRate: 0.6, onTimeRate: 0.4 });
    expect(timelinessRates([])).toMatchObject({ expected: 0, reportingRate: null, onTimeRate: null });
  });
});

describe('docProps/core.xml', () => {
  const core = (inner: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${inner}</cp:coreProperties>`;

  it('the last-saved time (as UTC) and author', () => {
    expect(parseCoreProps(core('<dc:creator>iki</dc:creator><cp:lastModifiedBy>Staf Penempatan</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2017-03-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2017-04-08T03:12:45Z</dcterms:modified>'))).toEqual({
      modified: '2017-04-08T03:12:45.000Z',
      lastModifiedBy: 'Staf Penempatan',
    });
    expect(parseCoreProps(core('<dcterms:modified xsi:type="dcterms:W3CDTF">2017-04-08T10:12:45.123456789+07:00</dcterms:modified>'))).toEqual({ modified: '2017-04-08T03:12:45.123Z' });
    // No zone: UTC, as Office means it (never this machine's time zone).
    expect(parseCoreProps(core('<dcterms:modified>2017-04-08T03:12:45</dcterms:modified><cp:lastModifiedBy>  A &amp; B\n</cp:lastModifiedBy>'))).toEqual({ modified: '2017-04-08T03:12:45.000Z', lastModifiedBy: 'A & B' });
  });

  it('found in a package through its relationships', () => {
    const xml = Buffer.from(core('<cp:lastModifiedBy>Staf</cp:lastModifiedBy>'));
    const rels = (target: string) => Buffer.from(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="${target}"/></Relationships>`);
    expect(corePropsOf(new Map([['docProps/core.xml', xml]]))).toEqual({ lastModifiedBy: 'Staf' });
    expect(corePropsOf(new Map([['_rels/.rels', rels('/props/core.xml')], ['props/core.xml', xml]]))).toEqual({ lastModifiedBy: 'Staf' });
    expect(corePropsOf(new Map())).toEqual({});
  });

  it('elements of other namespaces, junk, entities and broken XML give nothing', () => {
    expect(parseCoreProps(core('<x:modified xmlns:x="urn:x">2017-04-08T03:12:45Z</x:modified>'))).toEqual({});
    expect(parseCoreProps(core('<dcterms:modified>kemarin</dcterms:modified><cp:lastModifiedBy></cp:lastModifiedBy>'))).toEqual({});
    expect(parseCoreProps('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')).toEqual({});
    expect(parseCoreProps(core('<dcterms:modified>2017-04-08T03:12:45Z</dcterms:modified><cp:lastModifiedBy>x'))).toEqual({});
    expect(parseCoreProps('')).toEqual({});
    expect(parseCoreProps(core(`<cp:lastModifiedBy>${'a'.repeat(1000)}</cp:lastModifiedBy>`)).lastModifiedBy).toHaveLength(200);
  });
});
