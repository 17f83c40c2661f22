// Shapes the import screens receive from the server (type-only imports: nothing server-side reaches the browser).
// The one exception to the rooms rule (eslint.config.js): these shapes move to a shared module under src/lib/ once
// the import screens' server side settles; until then the re-exports are type-only and erased from the bundle.
/* eslint-disable no-restricted-imports */
export type {
  ReportPreview,
  ReportPreviewFailure,
  PreviewMeasure,
} from '../../server/import-web/report-preview';
export type { ScoreUploadResult } from '../../server/import-web/score-upload';
export type { WebStoreResult } from '../../server/ingest/web-store';
export type { ReportReview, ReviewMeasure } from '../../server/import-web/report-review';

/** An organisation as the pickers list it. */
export interface OrgOption {
  code: string;
  name_th: string;
  district_th: string | null;
  province_th: string | null;
}

/** A measure category of the taxonomy, with its names. */
export interface CategoryOption {
  id: string;
  name_th: string;
  name_en: string;
}

/** The signed-in account as the import screens show it. */
export interface AccountSummary {
  login: string;
  display_name: string;
  role: 'admin' | 'analyst' | 'officer';
  /** Provinces or organisations it may write, as names; empty for an admin (everything). */
  scope: string[];
}
