// What every sheet writer of the consolidated workbook is given.
import type { CatalogueIndex } from '../../model/catalogue.js';
import type { Fmt, Lang } from '../../model/format.js';
import type { PeriodRef } from '../../model/rollup.js';
import type { Names, UiText } from '../../model/text/en.js';
import type { Judged } from '../../compute/target.js';
import type { RollupResult } from '../../compute/rollup.js';
import type { ReportChase } from './follow-up.js';
import type { LaporanModel } from '../laporan-model.js';
import type { Comparison } from '../../compute/comparison.js';

export interface ReportCtx {
  index: CatalogueIndex;
  result: RollupResult;
  /** The triwulan periods, then the aggregate. */
  periods: PeriodRef[];
  /** Present when the year has targets. */
  judged?: Judged;
  /** Timeliness, verification and the quality follow-up (Kelengkapan, Tindak Lanjut Data). */
  chase?: ReportChase;
  lang: Lang;
  f: Fmt;
  t: UiText['laporan'];
  /** Status words, periods, reasons, why no capaian. */
  w: UiText['rollup'];
  names: Names;
  /** "Dibuat … oleh iki …; katalog …": the line under each table title. */
  stamp: string;
  /** The sheet names of this language. */
  sheets: UiText['laporan']['sheets'];
  /** The laporan's view model (kop, signature, charts, comparisons): the PDF reads the same. */
  laporan: LaporanModel;
  /** The LKjIP comparisons, when gathered: Perbandingan and the Data columns. */
  comparisons?: readonly Comparison[];
}
