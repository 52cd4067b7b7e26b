// The workspace configuration (iki.yaml in the workspace, all keys optional): the report's kop and
// signature, the due date of each triwulan, the data-quality thresholds, where workbooks are sent.
// Keys in the YAML are the users' words (Indonesian); this is the checked, normalised form.
import type { Quarter } from './period.js';

export const CONFIG_FILE = 'iki.yaml';
export const CONFIG_FORMAT = 'iki-config/1';

export interface Penandatangan {
  /** e.g. "Kepala Dinas Tenaga Kerja Kabupaten Gresik"; default: the catalogue root jabatan's nama. */
  jabatan?: string;
  nama?: string;
  nip?: string;
  /** e.g. "Pembina Utama Muda (IV/c)". */
  pangkat?: string;
}

export interface LaporanConfig {
  /** Place of signing, e.g. "Gresik". */
  tempat?: string;
  /** Date of signing (ISO yyyy-mm-dd); default: blank line to fill by hand. */
  tanggal?: string;
  penandatangan: Penandatangan;
  /** Refuse to write the report while any submission of the period is not verified. */
  wajibVerifikasi: boolean;
}

/** The office's time zone: a due date ends at midnight there (Gresik: WIB, UTC+7). */
export type ZonaWaktu = 'WIB' | 'WITA' | 'WIT';
export const ZONA_WAKTU_OFFSET_MINUTES: Record<ZonaWaktu, number> = { WIB: 7 * 60, WITA: 8 * 60, WIT: 9 * 60 };

export interface BatasWaktuConfig {
  /** Days after a triwulan's last day that its workbook is due (default 10). */
  hariSetelahTriwulan: number;
  zonaWaktu: ZonaWaktu;
  /** A due date per triwulan (ISO date) that replaces the rule above, by year then triwulan. */
  triwulan: Record<number, Partial<Record<Quarter, string>>>;
  /** Exceptions per jabatan: a due date (ISO), by jabatan id, year and triwulan. */
  jabatan: Record<string, Record<number, Partial<Record<Quarter, string>>>>;
}

export type QualityRule = 'stock-drop' | 'outlier' | 'copied' | 'explanation-missing';

export interface MutuConfig {
  /** A `last` element falling by more than this percentage from the previous triwulan (default 50). */
  stokTurunPersen: number;
  /** Outlier band: mean ± k·sd over at least 3 earlier triwulan (default 2, as DHIS2). */
  outlierK: number;
  /** With fewer earlier triwulan: more than `outlierKali` times or less than 1/`outlierKali` of the previous value (default 3). */
  outlierKali: number;
  /** Each rule on (default) or off. */
  aktif: Record<QualityRule, boolean>;
}

export interface WorkspaceConfig {
  laporan: LaporanConfig;
  batasWaktu: BatasWaktuConfig;
  mutu: MutuConfig;
  /** Where a jabatan sends its filled workbook, for reminders (e.g. "Subbag Program dan Pelaporan, program@…"). */
  kirimKe?: string;
}

export const DEFAULT_CONFIG: WorkspaceConfig = {
  laporan: { penandatangan: {}, wajibVerifikasi: false },
  batasWaktu: { hariSetelahTriwulan: 10, zonaWaktu: 'WIB', triwulan: {}, jabatan: {} },
  mutu: {
    stokTurunPersen: 50,
    outlierK: 2,
    outlierKali: 3,
    aktif: { 'stock-drop': true, outlier: true, copied: true, 'explanation-missing': true },
  },
};
