import { requirementYearTwice } from '../../economics.errors';

/** Refuses a year given twice in one scope's required savings. */
export function assertEachYearOnce(values: readonly { year: number }[]): void {
  const years = values.map((value) => value.year);
  const duplicate = years.find((year, index) => years.indexOf(year) !== index);
  if (duplicate !== undefined) throw requirementYearTwice(duplicate);
}
