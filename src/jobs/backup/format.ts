import type { MigrationLevel } from './tables.ts';

// A backup is gzip'd JSON lines: one header, then per table a section line
// followed by its rows exactly as PostgreSQL's to_json wrote them (never
// re-parsed, so numbers and times keep their precision), then an end line.

export const backupFormat = 'abreast-backup';
export const backupFormatVersion = 1;

export interface BackupHeader {
  format: typeof backupFormat;
  formatVersion: number;
  createdAt: string;
  migration: MigrationLevel;
  /** Tables in load order (parents first), with their row counts. */
  tables: { name: string; rows: number }[];
}

export interface SectionLine {
  table: string;
  columns: string[];
  rows: number;
}

export interface EndLine {
  end: true;
  rows: number;
}

export interface BackupProgress {
  table: string;
  /** Rows done over all tables, and how many there are. */
  done: number;
  total: number;
}

export interface BackupSummary {
  migration: MigrationLevel;
  tables: { name: string; rows: number }[];
  rows: number;
}
