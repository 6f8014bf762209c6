import { Injectable } from '@nestjs/common';
import { EconomicsOverviewService } from '@samarbeid/api/economics';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import {
  type MunicipalityShareFigures,
  PublicEconomicsSource,
  type ReportFile,
  PublicReportSource,
  type SavingsYearFigures,
} from '@samarbeid/api/publishing';
import { CompileService, reportDocx, reportOutline, reportPdf } from '@samarbeid/api/reporting';

/** Nobody signed in: what the economics service is asked as for the public site (it only reads). */
const PUBLIC_READER: AuthenticatedUser = {
  id: 'public',
  username: null,
  name: null,
  email: null,
  roles: [],
  municipalityNumber: null,
};

/**
 * The public site's economic figures, from the economics feature's own reads (the same allocation and rounding as
 * its pages), handed to publishing by the app so that neither feature imports the other (decisions/0017).
 */
@Injectable()
export class EconomicsForPublishing extends PublicEconomicsSource {
  constructor(private readonly economics: EconomicsOverviewService) {
    super();
  }

  async savings(regionSlug: string): Promise<SavingsYearFigures[]> {
    const region = await this.economics.regionEconomics(PUBLIC_READER, regionSlug);
    return region.years.map(({ year, required, planned, realised }) => ({
      year,
      required,
      planned,
      realised,
    }));
  }

  async municipalityShares(
    regionSlug: string,
    municipalityNumber: string,
  ): Promise<MunicipalityShareFigures[]> {
    const municipality = await this.economics.municipality(regionSlug, municipalityNumber);
    return municipality.measures.map((measure) => ({ measureCode: measure.code, pays: measure.pays }));
  }
}

/** The frozen reports as the app hands them out (reporting's own Word and PDF), for the public site. */
@Injectable()
export class ReportsForPublishing extends PublicReportSource {
  constructor(private readonly compile: CompileService) {
    super();
  }

  async file(reportId: string, format: 'pdf' | 'docx'): Promise<ReportFile | null> {
    const frozen = await this.compile.frozenData(reportId);
    if (!frozen) return null;
    const outline = reportOutline(frozen.data, frozen);
    const name = `rapport-v${frozen.number}`;
    return format === 'pdf'
      ? { fileName: `${name}.pdf`, contentType: 'application/pdf', body: await reportPdf(outline) }
      : {
          fileName: `${name}.docx`,
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          body: await reportDocx(outline),
        };
  }
}
