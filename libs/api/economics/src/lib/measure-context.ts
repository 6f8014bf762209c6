import { municipalityNotInRegion, noPeriod, notTakingPart, yearOutsidePeriod } from './economics.errors';

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

/** Refuses a year outside the measure's period (or any year when it has no period yet). */
export function assertYearInPeriod(measure: MeasureContext, year: number): void {
  if (measure.firstYear === null || measure.lastYear === null) throw noPeriod(measure.code);
  if (year < measure.firstYear || year > measure.lastYear) {
    throw yearOutsidePeriod(year, measure.firstYear, measure.lastYear);
  }
}

/** Refuses a municipality that is not in the region, or not taking part in the measure. */
export function assertParticipant(measure: MeasureContext, municipalityNumber: string): void {
  if (!measure.members.has(municipalityNumber)) throw municipalityNotInRegion(municipalityNumber);
  if (!measure.participants.some((participant) => participant.number === municipalityNumber)) {
    throw notTakingPart(measure.members.get(municipalityNumber), municipalityNumber, measure.code);
  }
}
