import 'reflect-metadata';

import { describe, expect, it } from '@jest/globals';
import { InputType } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { AppError } from '../errors/app-error';
import {
  assertExpectedVersion,
  ExpectedVersionField,
  IdField,
  MunicipalityNumberField,
  TextField,
} from './input-fields';

@InputType()
class Example {
  @IdField('Ukjent tiltak.|Unknown measure.')
  id!: string;

  @TextField({ max: 1000, label: { nb: 'Tittelen', en: 'The title' }, required: true })
  title!: string;

  @TextField({ max: 20, label: { nb: 'Merknaden', en: 'The note' }, optional: true })
  note?: string | null;

  @MunicipalityNumberField()
  municipalityNumber!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

const messages = (value: Record<string, unknown>): string[] =>
  validateSync(plainToInstance(Example, value)).flatMap((error) => Object.values(error.constraints ?? {}));

const valid = {
  id: '6f1c1d3e-3b7a-4b8e-9a57-9d8d2f1e0a11',
  title: 'Felles byggesak',
  municipalityNumber: '3303',
};

describe('input fields', () => {
  it('accepts a valid input, with the optional fields left out or null', () => {
    expect(messages(valid)).toEqual([]);
    expect(messages({ ...valid, note: null, expectedVersion: null })).toEqual([]);
    expect(messages({ ...valid, note: 'kort', expectedVersion: 3 })).toEqual([]);
  });

  it('says what is wrong in Norwegian and English, stating the length limit', () => {
    expect(messages({ ...valid, title: 'x'.repeat(1001) })).toEqual([
      'Tittelen kan ha høyst 1 000 tegn.|The title can have at most 1,000 characters.',
    ]);
    expect(messages({ ...valid, title: '' })).toEqual(['Tittelen mangler.|The title is missing.']);
    expect(messages({ ...valid, id: 'nope' })).toEqual(['Ukjent tiltak.|Unknown measure.']);
    expect(messages({ ...valid, municipalityNumber: '33' })).toEqual([
      'Kommunenummer har fire sifre.|A municipality number has four digits.',
    ]);
    expect(messages({ ...valid, expectedVersion: 1.5 })).toEqual([
      'Versjonen må være et heltall.|The version must be a whole number.',
    ]);
  });
});

describe('assertExpectedVersion', () => {
  const what = { nb: 'Tiltaket', en: 'The measure' };

  it('passes the version read, or no expectation', () => {
    expect(() => assertExpectedVersion({ version: 4 }, 4, what)).not.toThrow();
    expect(() => assertExpectedVersion({ version: 4 }, null, what)).not.toThrow();
    expect(() => assertExpectedVersion({ version: 4 }, undefined, what)).not.toThrow();
  });

  it('refuses a stale version with CONFLICT naming the thing', () => {
    try {
      assertExpectedVersion({ version: 4 }, 3, what);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('CONFLICT');
      expect((error as AppError).message).toMatch(/^Tiltaket er endret av noen andre/);
    }
  });
});
