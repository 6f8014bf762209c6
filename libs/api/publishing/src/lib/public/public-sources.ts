/**
 * What the public site reads from other features that have no read library of the kind it needs: the economics
 * feature's figures (cost shares are computed on read by that feature's allocation, and nobody should compute them
 * a second way) and the reporting feature's frozen documents. The app provides both (apps/api, PublishingModule.forRoot),
 * so this feature never imports another feature (decisions/0017).
 */

export interface SavingsYearFigures {
  readonly year: number;
  readonly required: string;
  readonly planned: string;
  readonly realised: string;
}

export interface MunicipalityShareFigures {
  readonly measureCode: string;
  readonly pays: readonly { readonly year: number; readonly amount: string }[];
}

export abstract class PublicEconomicsSource {
  /** The region's required, planned and realised savings per year (the portfolio gap). */
  abstract savings(regionSlug: string): Promise<SavingsYearFigures[]>;

  /** What one member municipality pays per measure and year (its rounded cost shares). */
  abstract municipalityShares(
    regionSlug: string,
    municipalityNumber: string,
  ): Promise<MunicipalityShareFigures[]>;
}

export interface ReportFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

export abstract class PublicReportSource {
  /** A frozen report as Word or PDF, exactly the document the app hands out; null when it does not exist. */
  abstract file(reportId: string, format: 'pdf' | 'docx'): Promise<ReportFile | null>;
}

/** Without the economics feature (tests of this library alone): no figures. */
export class NoPublicEconomics extends PublicEconomicsSource {
  savings(): Promise<SavingsYearFigures[]> {
    return Promise.resolve([]);
  }

  municipalityShares(): Promise<MunicipalityShareFigures[]> {
    return Promise.resolve([]);
  }
}

export class NoPublicReports extends PublicReportSource {
  file(): Promise<ReportFile | null> {
    return Promise.resolve(null);
  }
}
