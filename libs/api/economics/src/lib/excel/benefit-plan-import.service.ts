import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { checkXlsxArchive, xlsxArchiveProblemText } from '@samarbeid/api/documents';
import {
  AuthenticatedUser,
  badUserInput,
  fileTooLarge,
  MAX_UPLOAD_BYTES,
  PausePoints,
} from '@samarbeid/api/platform';

import { planImported } from '../benefit/benefit.audit';
import { BenefitCommandService } from '../benefit/benefit-command.service';
import { ImportBenefitPlanInput } from '../dto/economics.inputs';
import { BenefitImportResult } from '../dto/economics.types';
import { EconomicsAudit, EconomicsTransactions } from '../economics-transactions';
import { PortfolioReads } from '../portfolio-reads.repository';
import type { RowError } from './benefit-plan';
import { parseBenefitPlanWorkbook } from './benefit-plan-template';

/**
 * The benefit plan from an .xlsx file: benefits matched by name are updated (their planned values replaced), new
 * names are added. All rows or none: any bad row gives BAD_USER_INPUT listing every row, column and reason.
 */
@Injectable()
export class BenefitPlanImportService {
  constructor(
    private readonly transactions: EconomicsTransactions,
    private readonly portfolio: PortfolioReads,
    private readonly access: PortfolioAccess,
    private readonly benefits: BenefitCommandService,
    private readonly audit: EconomicsAudit,
    private readonly pausePoints: PausePoints,
  ) {}

  async import(user: AuthenticatedUser, input: ImportBenefitPlanInput): Promise<BenefitImportResult> {
    const file = decodedFile(input.fileBase64);
    return this.transactions
      .run(async (tx) => {
        const measure = await this.portfolio.measure(input.measureId, tx, { lock: true });
        await this.access.assertCanEditNetworkItem(user, measure.networkId, tx);
        if (measure.firstYear === null || measure.lastYear === null) throw noPeriodToImportInto(measure.code);
        // Before exceljs unpacks it all in memory: a zip bomb is refused having cost a few reads (decisions/0007).
        const archiveProblem = await checkXlsxArchive(file);
        if (archiveProblem) throw badUserInput(xlsxArchiveProblemText(archiveProblem));
        const { benefits, errors } = await parseBenefitPlanWorkbook(file, {
          firstYear: measure.firstYear,
          lastYear: measure.lastYear,
          participants: new Set(measure.participants.map((p) => p.number)),
          knownMunicipalities: new Set(measure.members.keys()),
        });
        if (errors.length > 0) throw fileHasErrors(errors);
        const result = await this.benefits.importPlan(tx, user, measure, benefits);
        // A trial run: everything was checked inside the transaction; undo it by failing on purpose.
        if (input.dryRun) throw new DryRun(result);
        await this.audit.record(tx, user, planImported(measure, result, benefits));
        await this.pausePoints.reach('import-benefit-plan:before-commit');
        return result;
      })
      .catch((error: unknown) => {
        if (error instanceof DryRun) return error.result;
        throw error;
      });
  }
}

/** The uploaded file's bytes: not over the upload limit, not empty. */
function decodedFile(base64: string): Buffer {
  const file = Buffer.from(base64, 'base64');
  if (file.length > MAX_UPLOAD_BYTES) throw fileTooLarge();
  if (file.length === 0) {
    throw badUserInput({
      nb: 'Filen er tom. Ingenting er lagret.',
      en: 'The file is empty. Nothing was saved.',
    });
  }
  return file;
}

const noPeriodToImportInto = (code: string) =>
  badUserInput({
    nb: `Tiltak ${code} har ingen periode ennå. Sett start- og sluttdato før du importerer en gevinstplan.`,
    en: `Measure ${code} has no period yet. Set its start and end dates before importing a benefit plan.`,
  });

/** The file's errors: the first three in the sentence, every one in `extensions.rowErrors`. */
function fileHasErrors(errors: readonly RowError[]) {
  const first = (row: string, reason: (e: RowError) => string) =>
    errors
      .slice(0, 3)
      .map((e) => `${row} ${e.row}${e.column ? `, ${e.column}` : ''}: ${reason(e)}`)
      .join(' ');
  return badUserInput(
    {
      nb: `Filen har ${errors.length} feil. Ingenting er lagret. ${first('Rad', (e) => e.reason.nb)}`,
      en: `The file has ${errors.length} error${errors.length === 1 ? '' : 's'}. Nothing was saved. ${first('Row', (e) => e.reason.en)}`,
    },
    {
      rowErrors: errors.map((e) => ({
        row: e.row,
        column: e.column,
        reason: e.reason.nb,
        reasonEn: e.reason.en,
      })),
    },
  );
}

class DryRun extends Error {
  constructor(readonly result: BenefitImportResult) {
    super('dry run');
  }
}
