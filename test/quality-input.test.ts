// The quality rules' input from a submission and a history of accepted ones (src/compute/quality-input.ts):
// a head's percentage judged from its Kasi's counts, its kendala cell even when blank, a target, and the
// previous triwulan across the year.
import { describe, expect, it } from 'vitest';
import { MemoryHistory, qualityInput, qualityOf } from '../src/compute/quality-input.js';
import { DEFAULT_CONFIG } from '../src/model/config.js';
import type { Submission } from '../src/read/submission.js';
import { miniIndex } from './support/mini.js';

const index = miniIndex();
const FILE = 'masuk/IKI_2018_TW1_kadis.xlsx';
const src = (cell: string, name: string) => ({ file: FILE, sheet: 'Isian', cell, name });

/** The kadis workbook of TW I 2018: no counts of its own, a kendala cell left blank. */
const kadis: Submission = {
  file: FILE,
  sha256: 'x',
  meta: { jabatanId: 'kadis', year: 2018, quarter: 1 } as Submission['meta'],
  readings: [],
  notes: [],
  blankNotes: [{ indicatorId: 'kadis_lulus', field: 'kendala', source: src('G17', 'iki_note_kadis_lulus_kendala') }],
  problems: [],
};

describe('qualityInput', () => {
  it("a percentage from its Kasi's counts, this triwulan and TW IV of the year before; the blank kendala cell", () => {
    const h = new MemoryHistory();
    h.set('kasi_a', 2017, 4, new Map([['peserta', 100], ['lulus', 80]]));
    h.set('kasi_a', 2018, 1, new Map([['peserta', 100], ['lulus', 60]]));
    const i = qualityInput(kadis, { index, history: h, mutu: DEFAULT_CONFIG.mutu, targetOf: (id, y, q) => (id === 'kadis_lulus' && y === 2018 && q === 1 ? 75 : undefined) });
    expect(i.indicators).toEqual([
      { indicator: 'kadis_lulus', nama: 'Persentase lulus', polarity: 'higher', value: 60, target: 75, previous: { value: 80, year: 2017, quarter: 4 }, kendala: { text: '', source: src('G17', 'iki_note_kadis_lulus_kendala') } },
    ]);
    expect(qualityOf(kadis, { index, history: h, mutu: DEFAULT_CONFIG.mutu, targetOf: () => 75 }).map((p) => [p.code, p.args, p.location.cell])).toEqual([
      ['quality.explanation-missing', { indicator: 'kadis_lulus', nama: 'Persentase lulus', value: 60, reasons: ['below-target', 'worse'], polarity: 'higher', target: 75, previous: 80, previousPeriod: '2017-TW4' }, 'G17'],
    ]);
  });

  it('a side missing in the history: no value, no warning', () => {
    const h = new MemoryHistory();
    h.set('kasi_a', 2018, 1, new Map([['peserta', 100], ['lulus', null]]));
    expect(qualityInput(kadis, { index, history: h, mutu: DEFAULT_CONFIG.mutu }).indicators[0]).toMatchObject({ value: null, previous: null });
    expect(qualityOf(kadis, { index, history: h, mutu: DEFAULT_CONFIG.mutu })).toEqual([]);
  });
});
