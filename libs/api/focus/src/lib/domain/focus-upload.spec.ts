import { describe, expect, it } from '@jest/globals';

import { parseFocusUpload, splitCsvLine, type UploadItem } from './focus-upload';

const items: UploadItem[] = [
  { id: 'a', name: 'Bruk av vikarbyrå', municipalityNumber: null, frequency: 'MONTHLY' },
  { id: 'b', name: 'Sykefravær', municipalityNumber: '3303', frequency: 'QUARTERLY' },
];

describe('the focus value upload', () => {
  it('reads semicolon files with Norwegian numbers, matching names regardless of case and spacing', () => {
    const result = parseFocusUpload(
      '\uFEFFFokuspost;Kommune;Periode;Verdi\r\nbruk av  vikarbyrå;;2026-03;1 250 000\r\nSykefravær;3303;2026-Q1;7,4\r\n',
      items,
    );
    expect(result.errors).toEqual([]);
    expect(result.values).toEqual([
      { row: 2, focusItemId: 'a', period: '2026-03', value: '1250000' },
      { row: 3, focusItemId: 'b', period: '2026-Q1', value: '7.4' },
    ]);
  });

  it('lists every bad row with its number and a sentence, and keeps no values then', () => {
    const result = parseFocusUpload(
      [
        'fokuspost,kommune,periode,verdi',
        'Bruk av vikarbyrå,,2026-03,100',
        'Ukjent post,,2026-03,1',
        'Bruk av vikarbyrå,,2026-Q1,1',
        'Sykefravær,3303,2026-Q2,mye',
        'Bruk av vikarbyrå,,2026-03,5',
        'Sykefravær,33,2026-Q2,1',
      ].join('\n'),
      items,
    );
    expect(result.values).toEqual([]);
    expect(result.errors.map((error) => error.row)).toEqual([3, 4, 5, 6, 7]);
    expect(result.errors[0].reason.nb).toContain('Fant ingen fokuspost «Ukjent post» for regionen');
    expect(result.errors[1].reason.nb).toContain('måles per måned');
    expect(result.errors[2].reason.nb).toContain('Verdien må være et tall');
    expect(result.errors[3].reason.nb).toContain('også i rad 2');
    expect(result.errors[4].reason.nb).toContain('fire sifre');
  });

  it('refuses a file without the headings or without values', () => {
    expect(parseFocusUpload('a;b;c\n1;2;3', items).errors[0].row).toBe(1);
    expect(parseFocusUpload('fokuspost;periode;verdi\n', items).errors[0].reason.nb).toBe(
      'Filen har ingen verdier.',
    );
  });

  it('splits quoted cells', () => {
    expect(splitCsvLine('"a;b";"say ""hi""";c', ';')).toEqual(['a;b', 'say "hi"', 'c']);
  });
});
