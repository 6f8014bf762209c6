/** Kongsbergregionen as the demo data has it: ids and municipalities the specs of every feature share. */

export const REGION_SLUG = 'kongsbergregionen';

/** The region's municipalities, number and name, in the API's order. */
export const REGION_MUNICIPALITIES: readonly (readonly [number: string, name: string])[] = [
  ['3303', 'Kongsberg'],
  ['3334', 'Flesberg'],
  ['3336', 'Rollag'],
  ['3338', 'Nore og Uvdal'],
  ['4005', 'Notodden'],
  ['4024', 'Hjartdal'],
  ['4026', 'Tinn'],
];

export const TEKNISK_NETWORK_ID = '7b0a3f0e-5a43-4c3c-9d55-3f1f1b1e0a01';
export const KDU_NETWORK_ID = '7b0a3f0e-5a43-4c3c-9d55-3f1f1b1e0a00';

/** Measure T<n>'s id (T7 is `…0007`). */
export function measureId(number: number): string {
  return `f6a1c0de-0000-4000-8000-${String(number).padStart(12, '0')}`;
}

export const T2_ID = measureId(2);
export const T7_ID = measureId(7);

/** A connection of municipalities as the API returns it (`region { municipalities { nodes } }`). */
export function municipalityConnection(municipalities = REGION_MUNICIPALITIES) {
  return {
    __typename: 'MunicipalityConnection',
    nodes: municipalities.map(([number, name]) => ({ __typename: 'Municipality', number, name })),
  } as const;
}
