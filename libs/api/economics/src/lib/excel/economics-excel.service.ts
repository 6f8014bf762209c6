import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BenefitEntity, PortfolioAccess, recordAudit } from '@samarbeid/api/data-access';
import {
  AuthenticatedUser,
  badUserInput,
  fileTooLarge,
  MAX_UPLOAD_BYTES,
  PausePoints,
} from '@samarbeid/api/platform';
import { BENEFIT_TYPE_LABELS, BENEFIT_UNIT_LABELS, DISTRIBUTION_KEY_LABELS } from '@samarbeid/shared/domain';
import { DataSource } from 'typeorm';

import { BenefitService } from '../benefit/benefit.service';
import { CostPlanService } from '../cost/cost-plan.service';
import { ImportBenefitPlanInput } from '../dto/economics.inputs';
import { BenefitImportResult, CostKey, MeasureEconomics } from '../dto/economics.types';
import { loadMeasureContext } from '../measure-context';
import { EconomicsOverviewService } from '../overview/economics-overview.service';
import { benefitPlanTemplate, parseBenefitPlanWorkbook } from './benefit-plan-template';
import { measureEconomicsWorkbook, municipalityEconomicsWorkbook } from './economics-workbook';
import { checkXlsxArchive, xlsxArchiveProblemText } from './xlsx-archive';

function describeKey(key: CostKey): string {
  const label = DISTRIBUTION_KEY_LABELS[key.kind].nb;
  const population = key.populationYear
    ? ` (folketall 1.1.${key.populationYear}${key.populationSource ? `, ${key.populationSource}` : ''})`
    : '';
  return key.kind === 'FIXED_PLUS_POPULATION'
    ? `${label}: ${key.fixedPercent} % likt${population}`
    : `${label}${population}`;
}

/** Economics as Excel workbooks, and the benefit plan from one: all or nothing. */
@Injectable()
export class EconomicsExcelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PortfolioAccess,
    private readonly costs: CostPlanService,
    private readonly benefits: BenefitService,
    private readonly overview: EconomicsOverviewService,
    private readonly pausePoints: PausePoints,
  ) {}

  async measureWorkbook(user: AuthenticatedUser, measureId: string): Promise<{ name: string; file: Buffer }> {
    const economics: MeasureEconomics = await this.costs.economics(user, measureId);
    const plan = await this.benefits.plan(user, measureId);
    const [region] = (await this.dataSource.query(
      'SELECT r.name FROM region r JOIN measure m ON m.region_id = r.id WHERE m.id = $1',
      [measureId],
    )) as { name: string }[];
    const years = [
      ...new Set([
        ...economics.shares.years.map((y) => y.year),
        ...plan.benefits.flatMap((b) => b.years.map((y) => y.year)),
      ]),
    ].sort((a, b) => a - b);
    const file = await measureEconomicsWorkbook({
      regionName: region?.name ?? '',
      measure: { code: economics.measureCode, title: economics.measureTitle },
      years,
      costs: economics.shares.years.map((y) => ({ year: y.year, oneOff: y.oneOff, running: y.running })),
      keyDescription: economics.shares.error
        ? `${describeKey(economics.key)} – ${economics.shares.error}`
        : describeKey(economics.key),
      shares: economics.shares.totals.map((total) => ({
        municipalityNumber: total.municipalityNumber,
        municipalityName: total.municipalityName,
        byYear: economics.shares.years.map((y) => ({
          year: y.year,
          amount: y.shares.find((s) => s.municipalityNumber === total.municipalityNumber)?.amount ?? '0',
        })),
        explanation: economics.shares.years
          .map(
            (y) =>
              `${y.year}: ${y.shares.find((s) => s.municipalityNumber === total.municipalityNumber)?.explanation}`,
          )
          .join('\n'),
      })),
      benefits: plan.benefits.map((benefit) => ({
        title: benefit.title,
        typeLabel: BENEFIT_TYPE_LABELS[benefit.type].nb,
        unitLabel: BENEFIT_UNIT_LABELS[benefit.unitKind].nb,
        planned: benefit.years.map((y) => ({ year: y.year, amount: y.planned })),
        realised: benefit.years.flatMap((y) =>
          y.realised === null ? [] : [{ year: y.year, amount: y.realised }],
        ),
      })),
    });
    return { name: `okonomi-${economics.measureCode}.xlsx`, file };
  }

  async municipalityWorkbook(
    regionSlug: string,
    municipalityNumber: string,
  ): Promise<{ name: string; file: Buffer }> {
    const economics = await this.overview.municipality(regionSlug, municipalityNumber);
    const file = await municipalityEconomicsWorkbook({
      regionName: economics.regionName,
      municipality: { number: economics.municipalityNumber, name: economics.municipalityName },
      years: economics.years.map((y) => y.year),
      measures: economics.measures.map((measure) => ({
        code: measure.code,
        title: measure.title,
        pays: measure.pays,
        plannedGain: measure.plannedGain,
        realisedGain: measure.realisedGain,
      })),
    });
    return { name: `okonomi-${municipalityNumber}.xlsx`, file };
  }

  /** The import template, filled with the measure's current plan as examples. */
  async template(user: AuthenticatedUser, measureId: string): Promise<{ name: string; file: Buffer }> {
    const plan = await this.benefits.plan(user, measureId);
    const measure = await loadMeasureContext(this.dataSource.manager, measureId);
    const file = await benefitPlanTemplate(
      plan.benefits.map((benefit) => ({
        title: benefit.title,
        type: benefit.type,
        unitKind: benefit.unitKind,
        fteCostNok: benefit.fteCostNok,
        indicator: benefit.indicator,
        unit: benefit.unit,
        baselineValue: benefit.baselineValue,
        baselineDate: benefit.baselineDate,
        owner: benefit.owner,
        change: benefit.change,
        plan: benefit.plan,
      })),
    );
    return { name: `gevinstplan-${measure.code}.xlsx`, file };
  }

  /**
   * Reads a benefit plan from an .xlsx file: benefits matched by name are updated (their planned values replaced),
   * new names are added. Any bad row: BAD_USER_INPUT listing every row, column and reason, and nothing is saved.
   */
  async import(user: AuthenticatedUser, input: ImportBenefitPlanInput): Promise<BenefitImportResult> {
    const file = Buffer.from(input.fileBase64, 'base64');
    if (file.length > MAX_UPLOAD_BYTES) throw fileTooLarge();
    if (file.length === 0) {
      throw badUserInput({
        nb: 'Filen er tom. Ingenting er lagret.',
        en: 'The file is empty. Nothing was saved.',
      });
    }
    return this.dataSource
      .transaction(async (manager) => {
        const measure = await loadMeasureContext(manager, input.measureId, true);
        await this.access.assertCanEditNetworkItem(user, measure.networkId, manager);
        if (measure.firstYear === null || measure.lastYear === null) {
          throw badUserInput({
            nb: `Tiltak ${measure.code} har ingen periode ennå. Sett start- og sluttdato før du importerer en gevinstplan.`,
            en: `Measure ${measure.code} has no period yet. Set its start and end dates before importing a benefit plan.`,
          });
        }
        // Before exceljs unpacks it all in memory: a zip bomb is refused having cost a few reads (decisions/0007).
        const archiveProblem = await checkXlsxArchive(file);
        if (archiveProblem) throw badUserInput(xlsxArchiveProblemText(archiveProblem));
        const { benefits, errors } = await parseBenefitPlanWorkbook(file, {
          firstYear: measure.firstYear,
          lastYear: measure.lastYear,
          participants: new Set(measure.participants.map((p) => p.number)),
          knownMunicipalities: new Set(measure.members.keys()),
        });
        if (errors.length > 0) {
          throw badUserInput(
            {
              nb: `Filen har ${errors.length} feil. Ingenting er lagret. ${errors
                .slice(0, 3)
                .map((e) => `Rad ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.reason.nb}`)
                .join(' ')}`,
              en: `The file has ${errors.length} error${errors.length === 1 ? '' : 's'}. Nothing was saved. ${errors
                .slice(0, 3)
                .map((e) => `Row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.reason.en}`)
                .join(' ')}`,
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
        const existing = await manager.findBy(BenefitEntity, { measureId: measure.id });
        const byTitle = new Map(existing.map((benefit) => [benefit.title.trim().toLowerCase(), benefit]));
        let created = 0;
        let updated = 0;
        let plannedValues = 0;
        for (const parsed of benefits) {
          const fields = await this.benefits.fields(manager, measure, { ...parsed, goalId: undefined });
          const match = byTitle.get(parsed.title.trim().toLowerCase());
          let benefit: BenefitEntity;
          if (match) {
            await manager.update(BenefitEntity, { id: match.id }, { ...fields, goalId: match.goalId });
            benefit = await manager.findOneByOrFail(BenefitEntity, { id: match.id });
            updated += 1;
          } else {
            benefit = await manager.save(
              BenefitEntity,
              manager.create(BenefitEntity, { measureId: measure.id, ...fields }),
            );
            created += 1;
          }
          await this.benefits.replacePlan(manager, user, measure, benefit, parsed.plan, { audit: false });
          plannedValues += parsed.plan.length;
        }
        if (!input.dryRun) {
          await recordAudit(manager, user, {
            action: 'UPDATE',
            entityType: 'measure',
            entityId: measure.id,
            regionId: measure.regionId,
            summary: `${measure.code}: gevinstplan importert fra Excel (${created} nye, ${updated} oppdaterte gevinster, ${plannedValues} planlagte verdier)`,
            after: { benefits: benefits.map((b) => ({ title: b.title, plan: b.plan })) },
          });
          await this.pausePoints.reach('import-benefit-plan:before-commit');
        }
        const result = { created, updated, plannedValues };
        if (input.dryRun) {
          // A trial run: everything was checked inside the transaction; undo it by failing on purpose.
          throw new DryRun(result);
        }
        return result;
      })
      .catch((error: unknown) => {
        if (error instanceof DryRun) return error.result;
        throw error;
      });
  }
}

class DryRun extends Error {
  constructor(readonly result: BenefitImportResult) {
    super('dry run');
  }
}
