import { describe, expect, it } from '@jest/globals';

import { fieldMessages, lastSegmentIn, shownErrors } from './form-errors';

type Field = 'code' | 'title' | 'tier';

describe('shownErrors', () => {
  const translate = (key: string) => `«${key}»`;

  it('shows nothing before the user has tried to submit', () => {
    expect(
      shownErrors<Field, string>(false, { code: 'I bruk.' }, { title: 'title.required' }, translate),
    ).toEqual({});
  });

  it('shows the server’s sentences, with the form’s own checks (translated) over them', () => {
    expect(
      shownErrors<Field, string>(
        true,
        { code: 'Koden er i bruk.', title: 'For lang.' },
        { title: 'title.required', tier: 'tier.required' },
        translate,
      ),
    ).toEqual({ code: 'Koden er i bruk.', title: '«title.required»', tier: '«tier.required»' });
  });
});

describe('fieldMessages', () => {
  it('keeps the first sentence per field of the form and leaves out other fields', () => {
    const problems = [
      { field: 'input.code', message: 'Koden er i bruk.' },
      { field: 'input.code', message: 'Koden er for lang.' },
      { field: 'input.regionSlug', message: 'Ukjent region.' },
      { field: 'title', message: 'Skriv en tittel.' },
    ];
    const fieldOf = lastSegmentIn<Field>(['code', 'title', 'tier']);
    expect(fieldMessages(problems, fieldOf, (problem) => problem.message)).toEqual({
      code: 'Koden er i bruk.',
      title: 'Skriv en tittel.',
    });
    expect(fieldMessages(undefined, fieldOf, (problem: { field: string }) => problem.field)).toEqual({});
  });

  it('maps a server field to another form field when asked to', () => {
    const fieldOf = (path: string) => (path.endsWith('measureIds') ? 'measureCodes' : undefined);
    expect(fieldMessages([{ field: 'input.measureIds' }], fieldOf, () => 'Ukjent tiltak.')).toEqual({
      measureCodes: 'Ukjent tiltak.',
    });
  });
});
