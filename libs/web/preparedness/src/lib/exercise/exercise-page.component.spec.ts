import { afterEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { createCache, type SignedInUser } from '@samarbeid/web/data-access';
import type { ApiResult, ExerciseFieldsFragment, PreparednessExerciseQuery } from '@samarbeid/web/graphql';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import {
  action,
  exercise,
  provideUser,
  regionResult,
  settle,
  USERS,
} from '../../testing/preparedness-fixtures';
import { ExercisePageComponent } from './exercise-page.component';

function result(overrides: Partial<ExerciseFieldsFragment> = {}): PreparednessExerciseQuery {
  const data: ApiResult<PreparednessExerciseQuery> = {
    exercise: exercise(overrides),
    followUpActions: { __typename: 'FollowUpActionConnection', totalCount: 1, nodes: [action()] },
  };
  return data;
}

describe('ExercisePageComponent', () => {
  let fixture: ComponentFixture<ExercisePageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  async function render(user: SignedInUser, data: PreparednessExerciseQuery, ny?: string): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, ExercisePageComponent],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        provideUser(user),
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(ExercisePageComponent);
    fixture.componentRef.setInput('id', 'e1');
    if (ny) fixture.componentRef.setInput('ny', ny);
    element = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    const op = controller.expectOne('PreparednessExercise');
    expect(op.operation.variables).toEqual({ id: 'e1', regionSlug: 'kongsbergregionen' });
    op.flushData(data);
    controller.expectOne('PreparednessRegion').flushData(regionResult());
    await settle(fixture);
  }

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const definitions = () =>
    Object.fromEntries(
      Array.from(element.querySelectorAll('dt')).map((dt) => [text(dt), text(dt.nextElementSibling)]),
    );

  it('shows what the exercise was, its evaluation and its follow-up actions', async () => {
    await render(USERS.viewer, result({ viewerCanEdit: false }), '1');
    expect(text(element.querySelector('h1'))).toBe('Dambrudd i Numedalslågen');
    expect(element.textContent).toContain('Øvelsen er registrert. Legg til oppfølgingstiltak nedenfor.');
    expect(definitions()).toMatchObject({
      Dato: '15. april 2026',
      Status: 'Gjennomført',
      'Type øvelse': 'Diskusjonsøvelse',
      Omfang: 'Egen øvelse, Flesberg',
      'Deltakende kommuner': 'Flesberg',
      'Eksterne aktører': 'Politiet',
      'Hva fungerte': 'Evakueringsplanen var kjent.',
      'Hva fungerte ikke': 'Ikke registrert',
    });
    expect(text(element.querySelector('table caption'))).toBe(
      'Oppfølgingstiltak etter «Dambrudd i Numedalslågen»',
    );
    expect(element.textContent).toContain('1 oppfølgingstiltak');
    // A reader records nothing.
    expect(element.querySelector('#exercise-edit')).toBeNull();
    expect(element.querySelector('#follow-up-open')).toBeNull();
  });

  it("lets the organiser's director change it and add follow-up", async () => {
    await render(USERS.flesberg, result());
    (element.querySelector('#exercise-edit') as HTMLButtonElement).click();
    await settle(fixture);
    expect(text(element.querySelector('form h2'))).toBe('Endre øvelsen');
    expect(element.querySelector('#follow-up-open')).not.toBeNull();
  });
});
