import { afterEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { createCache, type SignedInUser } from '@samarbeid/web/data-access';
import type { ExerciseFieldsFragment } from '@samarbeid/web/graphql';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { exercise, MUNICIPALITIES, provideUser, settle, USERS } from '../../testing/preparedness-fixtures';
import { emptyExerciseForm, validateExerciseForm } from './exercise-form';
import { ExerciseFormComponent } from './exercise-form.component';

describe('validateExerciseForm', () => {
  const valid = {
    ...emptyExerciseForm('3334'),
    title: 'Flom',
    heldOn: '2026-03-11',
    kind: 'TABLE_TOP' as const,
    scenario: 'Vårflom.',
  };

  it('accepts a held exercise of its own, the organiser taking part', () => {
    expect(validateExerciseForm(valid, '2026-12-07')).toEqual({});
  });

  it('refuses a held exercise on a date that has not come, and a day that does not exist', () => {
    expect(validateExerciseForm({ ...valid, heldOn: '2027-01-05' }, '2026-12-07')).toEqual({
      status: 'preparedness.exerciseForm.error.heldInFuture',
    });
    expect(validateExerciseForm({ ...valid, heldOn: '2027-01-05', status: 'PLANNED' }, '2026-12-07')).toEqual(
      {},
    );
    expect(validateExerciseForm({ ...valid, heldOn: '2026-02-30' }, '2026-12-07')).toEqual({
      heldOn: 'preparedness.exerciseForm.error.date',
    });
  });

  it('asks the regional exercise for participants and a municipal one for its organiser', () => {
    expect(validateExerciseForm({ ...valid, scope: 'REGIONAL', organiser: '' }, '2026-12-07')).toEqual({
      participants: 'preparedness.exerciseForm.error.participants',
    });
    expect(validateExerciseForm({ ...valid, organiser: '' }, '2026-12-07')).toEqual({
      organiser: 'preparedness.exerciseForm.error.organiser',
      participants: 'preparedness.exerciseForm.error.participants',
    });
  });
});

describe('ExerciseFormComponent', () => {
  let fixture: ComponentFixture<ExerciseFormComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  let saved: ExerciseFieldsFragment[];

  async function render(user: SignedInUser, editing: ExerciseFieldsFragment | null = null): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, ExerciseFormComponent],
      providers: [{ provide: APOLLO_TESTING_CACHE, useFactory: createCache }, provideUser(user)],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(ExerciseFormComponent);
    fixture.componentRef.setInput('regionSlug', 'kongsbergregionen');
    fixture.componentRef.setInput(
      'municipalities',
      MUNICIPALITIES.map(([value, label]) => ({ value, label })),
    );
    fixture.componentRef.setInput('exercise', editing);
    saved = [];
    fixture.componentInstance.saved.subscribe((value) => saved.push(value));
    element = fixture.nativeElement as HTMLElement;
    await settle(fixture);
  }

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  function fill(id: string, value: string): void {
    const input = element.querySelector(`#exercise-${id}`) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  function tick(id: string): void {
    const box = element.querySelector(`#${id}`) as HTMLInputElement;
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change'));
  }

  function submit(): void {
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  }

  it("lets a director register their own municipality's exercise, which it always takes part in", async () => {
    await render(USERS.flesberg);
    expect(element.textContent).toContain('Øvelsen holdes av Flesberg.');
    expect(element.querySelector('#exercise-scope')).toBeNull();
    const own = element.querySelector<HTMLInputElement>('#exercise-participant-3334');
    expect(own?.checked).toBe(true);
    expect(own?.disabled).toBe(true);
    expect(document.activeElement?.id).toBe('exercise-title');

    submit();
    await settle(fixture);
    const summary = element.querySelector('.ds-error-summary');
    expect(Array.from(summary?.querySelectorAll('a') ?? []).map((a) => a.textContent?.trim())).toEqual([
      'Tittel: Skriv en tittel.',
      'Dato: Skriv en dato som finnes.',
      'Type øvelse: Velg type øvelse.',
      'Scenario: Beskriv scenarioet.',
    ]);
    expect(element.querySelector('#exercise-title')?.getAttribute('aria-invalid')).toBe('true');

    fill('title', 'Dambrudd i Numedalslågen');
    fill('heldOn', '2026-04-15');
    fill('kind', 'FUNCTIONAL');
    fill('scenario', 'Et dambrudd oppstrøms gir flom.');
    tick('exercise-participant-3336');
    tick('exercise-actor-POLICE');
    fill('lessonsLearned', 'Kriseplanen oppdateres etter hver øvelse.');
    submit();
    await settle(fixture);
    const op = controller.expectOne('CreateExercise');
    expect(op.operation.variables).toEqual({
      input: {
        regionSlug: 'kongsbergregionen',
        scope: 'MUNICIPAL',
        organiserMunicipalityNumber: '3334',
        title: 'Dambrudd i Numedalslågen',
        heldOn: '2026-04-15',
        kind: 'FUNCTIONAL',
        status: 'HELD',
        participantNumbers: ['3334', '3336'],
        scenario: 'Et dambrudd oppstrøms gir flom.',
        outsideActors: ['POLICE'],
        otherActors: null,
        wentWell: null,
        wentBadly: null,
        lessonsLearned: 'Kriseplanen oppdateres etter hver øvelse.',
      },
    });
    op.flushData({ createExercise: exercise() });
    await settle(fixture);
    expect(saved.map((value) => value.id)).toEqual(['e1']);
  });

  it('lets the secretariat choose the regional exercise or a municipality as organiser', async () => {
    await render(USERS.secretariat);
    expect((element.querySelector('#exercise-scope') as HTMLSelectElement).value).toBe('REGIONAL');
    expect(element.querySelector('#exercise-organiser')).toBeNull();
    fill('scope', 'MUNICIPAL');
    await settle(fixture);
    expect(element.querySelector('#exercise-organiser')).not.toBeNull();
  });

  it("shows the server's refusal, by field", async () => {
    await render(USERS.secretariat);
    fill('title', 'Regional øvelse');
    fill('heldOn', '2026-10-14');
    fill('kind', 'TABLE_TOP');
    fill('scenario', 'Skogbrann.');
    tick('exercise-participant-3303');
    submit();
    await settle(fixture);
    controller.expectOne('CreateExercise').graphqlErrors([
      {
        message: 'Alle deltakende kommuner må være medlemmer av regionen.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            {
              field: 'participantNumbers',
              message: 'Alle deltakende kommuner må være medlemmer av regionen.',
            },
          ],
        },
      },
    ]);
    await settle(fixture);
    expect(element.querySelector('#exercise-refusal')?.textContent).toContain('Øvelsen ble ikke lagret');
    expect(element.querySelector('#exercise-participants-error')?.textContent?.trim()).toBe(
      'Alle deltakende kommuner må være medlemmer av regionen.',
    );
    expect(saved).toEqual([]);
  });

  it('changes an exercise with its evaluation, keeping its scope and organiser', async () => {
    await render(USERS.flesberg, exercise());
    expect((element.querySelector('#exercise-title') as HTMLInputElement).value).toBe(
      'Dambrudd i Numedalslågen',
    );
    fill('wentBadly', 'Kriseplanen manglet telefonnumre.');
    submit();
    await settle(fixture);
    const op = controller.expectOne('UpdateExercise');
    expect(op.operation.variables['input']).toMatchObject({
      id: 'e1',
      expectedVersion: 1,
      participantNumbers: ['3334'],
      wentWell: 'Evakueringsplanen var kjent.',
      wentBadly: 'Kriseplanen manglet telefonnumre.',
    });
    expect(op.operation.variables['input']).not.toHaveProperty('scope');
    op.flushData({ updateExercise: exercise({ version: 2 }) });
    await settle(fixture);
    expect(saved).toHaveLength(1);
  });
});
