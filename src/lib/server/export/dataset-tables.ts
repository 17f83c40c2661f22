// The tables of the dataset export and the SQL that selects each within a scope (province, fiscal year).

/** Which part of the data to export; null or absent means all. */
export interface DatasetScope {
  /** 2-digit province code, e.g. '94' for ปัตตานี. */
  provinceCode?: string | null;
  /** Fiscal year in BE, e.g. 2567. */
  fiscalYear?: number | null;
}

export interface DatasetTable {
  /** The database table's name, used for files and sheets so a reload needs no mapping. */
  name: string;
  /** What the table holds, for the manifest. */
  description: string;
  /** Parquet partition column (hive layout fiscal_year=2567/), or null for one file. */
  partitionBy: 'fiscal_year' | null;
  /** SELECT with the parameters $province (VARCHAR) and $year (INTEGER), each NULL for "all". */
  sql: string;
  /** Left out of scoped exports: it cannot be narrowed to a province or year. */
  unscopedOnly?: boolean;
}

const inProvince = (col: string) =>
  `($province IS NULL OR ${col} IN (SELECT code FROM org WHERE province_code = $province))`;
const inYear = (col: string) => `($year IS NULL OR ${col} = $year)`;
const scopedReports = `SELECT hash FROM report WHERE ${inYear('fiscal_year')} AND ${inProvince('org_code')}`;

export const DATASET_TABLES: readonly DatasetTable[] = [
  {
    name: 'org',
    description:
      'organisations: the local governments of the DLA registry (อบต., เทศบาล, อบจ., เมืองพัทยา) and agencies added by imports',
    partitionBy: null,
    sql: `SELECT * FROM org WHERE ($province IS NULL OR province_code = $province) ORDER BY code`,
  },
  {
    name: 'framework',
    description: 'ITA frameworks, one per fiscal year: pass mark, national target, grading kind',
    partitionBy: 'fiscal_year',
    sql: `SELECT * FROM framework WHERE ${inYear('fiscal_year')} ORDER BY fiscal_year`,
  },
  {
    name: 'framework_indicator',
    description: 'indicators and sub-indicators of each year with their weights',
    partitionBy: 'fiscal_year',
    sql: `SELECT * FROM framework_indicator WHERE ${inYear('fiscal_year')} ORDER BY fiscal_year, sort_key`,
  },
  {
    name: 'framework_grade',
    description: 'grade rules (levels or ratings) of each year, best first',
    partitionBy: 'fiscal_year',
    sql: `SELECT * FROM framework_grade WHERE ${inYear('fiscal_year')} ORDER BY fiscal_year, rank`,
  },
  {
    name: 'score',
    description:
      'every score observation in long form, superseded ones included (superseded_at set); source tells synthetic from imported',
    partitionBy: 'fiscal_year',
    sql: `SELECT * FROM score WHERE ${inYear('fiscal_year')} AND ${inProvince('org_code')}
          ORDER BY org_code, fiscal_year, code, loaded_at`,
  },
  {
    name: 'report',
    description: 'measure reports read, one row per file',
    partitionBy: 'fiscal_year',
    sql: `SELECT * FROM report WHERE ${inYear('fiscal_year')} AND ${inProvince('org_code')} ORDER BY hash`,
  },
  {
    name: 'measure',
    description: 'measures (มาตรการ) of each report with status, category and targeted indicators',
    partitionBy: null,
    sql: `SELECT * FROM measure WHERE report_hash IN (${scopedReports}) ORDER BY report_hash, seq`,
  },
  {
    name: 'claim',
    description: 'scores and weak indicators claimed in report narratives',
    partitionBy: null,
    sql: `SELECT * FROM claim WHERE report_hash IN (${scopedReports}) ORDER BY report_hash, seq`,
  },
  {
    name: 'measure_override',
    description: 'corrections people made to measures',
    partitionBy: 'fiscal_year',
    sql: `SELECT * FROM measure_override WHERE ${inYear('fiscal_year')} AND ${inProvince('org_code')} ORDER BY ALL`,
  },
  {
    name: 'report_org_override',
    description: 'corrections people made to the organisation of a report',
    partitionBy: null,
    sql: `SELECT * FROM report_org_override WHERE report_hash IN (${scopedReports}) ORDER BY ALL`,
  },
  {
    name: 'report_round_override',
    description: 'confirmations and corrections people made to the round (รอบ) of a report',
    partitionBy: null,
    sql: `SELECT * FROM report_round_override WHERE report_hash IN (${scopedReports}) ORDER BY ALL`,
  },
  {
    name: 'import_batch',
    description: 'every file loaded, by content hash',
    partitionBy: null,
    sql: `SELECT * FROM import_batch ORDER BY loaded_at, hash`,
    unscopedOnly: true,
  },
];

/** The tables an export with this scope contains. */
export function tablesFor(scope: DatasetScope): DatasetTable[] {
  const scoped = scope.provinceCode != null || scope.fiscalYear != null;
  return DATASET_TABLES.filter((t) => !(scoped && t.unscopedOnly));
}
