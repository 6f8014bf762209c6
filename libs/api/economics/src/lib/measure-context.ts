import { currentMembership } from '@samarbeid/api/data-access';
import { badUserInput, notFound } from '@samarbeid/api/platform';
import { EntityManager } from 'typeorm';

/** What every economics operation on a measure needs to know about it. */
export interface MeasureContext {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly regionId: string;
  readonly networkId: string;
  /** Years of the measure's period, or null when it has none yet. */
  readonly firstYear: number | null;
  readonly lastYear: number | null;
  /** Participating municipalities, by number. */
  readonly participants: readonly { readonly number: string; readonly name: string }[];
  /** Every current member municipality of the region, by number. */
  readonly members: ReadonlyMap<string, string>;
}

interface MeasureRow {
  id: string;
  code: string;
  title: string;
  region_id: string;
  network_id: string;
  first_year: number | null;
  last_year: number | null;
}

/**
 * Loads a measure with its period and participants. With `lock`, the measure row is locked FOR UPDATE first, so
 * that economics changes to one measure happen one at a time (the row is the aggregate's lock).
 */
export async function loadMeasureContext(
  manager: EntityManager,
  measureId: string,
  lock = false,
): Promise<MeasureContext> {
  const [measure] = await loadMeasureContexts(manager, [measureId], lock);
  if (!measure) throw notFound({ nb: 'Fant ikke tiltaket.', en: 'The measure was not found.' });
  return measure;
}

/** Several measures in two queries, in the order of `ids` (unknown ids left out). */
export async function loadMeasureContexts(
  manager: EntityManager,
  ids: readonly string[],
  lock = false,
): Promise<MeasureContext[]> {
  if (ids.length === 0) return [];
  const rows: MeasureRow[] = await manager.query(
    `SELECT id, code, title, region_id, network_id,
            extract(year FROM start_date)::int AS first_year, extract(year FROM end_date)::int AS last_year
       FROM measure WHERE id = ANY($1::uuid[]) ${lock ? 'FOR UPDATE' : ''}`,
    [ids],
  );
  const members: { measure_id: string; number: string; name: string; participating: boolean }[] =
    await manager.query(
      `SELECT me.id AS measure_id, m.number, m.name, (p.state = 'PARTICIPATING') IS TRUE AS participating
         FROM measure me
         JOIN region_membership rm ON rm.region_id = me.region_id AND ${currentMembership('rm')}
         JOIN municipality m ON m.number = rm.municipality_number
         LEFT JOIN participation p ON p.measure_id = me.id AND p.municipality_number = rm.municipality_number
        WHERE me.id = ANY($1::uuid[])
        ORDER BY m.number`,
      [ids],
    );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const measure = byId.get(id);
    if (!measure) return [];
    const own = members.filter((member) => member.measure_id === id);
    return [
      {
        id: measure.id,
        code: measure.code,
        title: measure.title,
        regionId: measure.region_id,
        networkId: measure.network_id,
        firstYear: measure.first_year,
        lastYear: measure.last_year,
        participants: own
          .filter((member) => member.participating)
          .map(({ number, name }) => ({ number, name })),
        members: new Map(own.map((member) => [member.number, member.name])),
      },
    ];
  });
}

/** Refuses a year outside the measure's period (or any year when it has no period yet). */
export function assertYearInPeriod(measure: MeasureContext, year: number): void {
  if (measure.firstYear === null || measure.lastYear === null) {
    throw badUserInput({
      nb: `Tiltak ${measure.code} har ingen periode ennå. Sett start- og sluttdato før du fører tall per år.`,
      en: `Measure ${measure.code} has no period yet. Set its start and end dates before entering yearly figures.`,
    });
  }
  if (year < measure.firstYear || year > measure.lastYear) {
    throw badUserInput({
      nb: `${year} er utenfor tiltakets periode (${measure.firstYear}–${measure.lastYear}).`,
      en: `${year} is outside the measure's period (${measure.firstYear}–${measure.lastYear}).`,
    });
  }
}

/** Refuses a municipality that is not in the region, or not taking part in the measure. */
export function assertParticipant(measure: MeasureContext, municipalityNumber: string): void {
  if (!measure.members.has(municipalityNumber)) {
    throw badUserInput({
      nb: `Kommune ${municipalityNumber} finnes ikke i regionen.`,
      en: `Municipality ${municipalityNumber} is not in the region.`,
    });
  }
  if (!measure.participants.some((participant) => participant.number === municipalityNumber)) {
    throw badUserInput({
      nb: `${measure.members.get(municipalityNumber)} (${municipalityNumber}) deltar ikke i tiltak ${measure.code}.`,
      en: `${measure.members.get(municipalityNumber)} (${municipalityNumber}) does not take part in measure ${measure.code}.`,
    });
  }
}
