import { afterEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { createCache, type SignedInUser } from '@samarbeid/web/data-access';
import type { FollowUpActionFieldsFragment } from '@samarbeid/web/graphql';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { action, MUNICIPALITIES, provideUser, settle, USERS } from '../../testing/preparedness-fixtures';
import { followUpFieldOf, followUpInput, OTHER_OWNER, validateFollowUpForm } from './follow-up-form';
import { FollowUpFormComponent, MEASURE_CHOICES, SOURCE_CHOICES } from './follow-up-form.component';

const PEOPLE = {
  preparednessPeople: [
    { __typename: 'PreparednessPerson', userId: 'u-ola', name: 'Ola Haugen', municipalityNumber: '3334' },
    { __typename: 'PreparednessPerson', userId: 'u-marte', name: 'Marte Moen', municipalityNumber: null },
  ],
};

const MEASURES = {
  measures: {
    __typename: 'MeasureConnection',
    nodes: [
      { __typename: 'Measure', id: 'm7', code: 'T7', title: 'Felles beredskapsplan' },
      { __typename: 'Measure', id: 'm9', code: 'T9', title: 'Felles IT-kontor' },
    ],
  },
};

const SOURCES = {
  decisions: {
    __typename: 'DecisionConnection',
    nodes: [
      {
        __typename: 'Decision',
        id: 'd1',
        title: 'Felles kriseteam',
        caseReference: 'KDU 12/26',
        decidedOn: '2026-03-01',
      },
    ],
  },
  agreements: {
    __typename: 'AgreementConnection',
    nodes: [{ __typename: 'Agreement', id: 'g1', title: 'Felles IT-kontor', status: 'ACTIVE' }],
  },
};

describe('the follow-up form rules', () => {
  const valid = {
    title: 'Oppdatere planen',
    description: '',
    municipality: '3334',
    owner: 'u-ola',
    ownerName: '',
    deadline: '2027-01-31',
    measure: '',
    source: '',
  };

  it('need what, for whom, an owner and a deadline that exists', () => {
    expect(validateFollowUpForm(valid)).toEqual({});
    expect(validateFollowUpForm({ ...valid, owner: OTHER_OWNER })).toEqual({
      ownerName: 'preparedness.followUpForm.error.ownerName',
    });
    expect(
      validateFollowUpForm({ ...valid, title: ' ', municipality: '', owner: '', deadline: '2027-02-30' }),
    ).toEqual({
      title: 'preparedness.followUpForm.error.title',
      municipality: 'preparedness.followUpForm.error.municipality',
      owner: 'preparedness.followUpForm.error.owner',
      deadline: 'preparedness.followUpForm.error.deadline',
    });
  });

  it('send what the action follows up as a kind and an id', () => {
    expect(followUpInput({ ...valid, source: 'DECISION:d1' }).source).toEqual({ kind: 'DECISION', id: 'd1' });
    expect(followUpInput({ ...valid, source: 'AGREEMENT:g1' }).source).toEqual({
      kind: 'AGREEMENT',
      id: 'g1',
    });
    expect(followUpInput(valid).source).toBeNull();
    expect(followUpFieldOf('input.source.id')).toBe('source');
    expect(followUpFieldOf('input.measureId')).toBe('measure');
  });

  it('send a user as the owner, or a name', () => {
    expect(followUpInput(valid)).toMatchObject({
      ownerUserId: 'u-ola',
      ownerName: null,
      municipalityNumber: '3334',
    });
    expect(
      followUpInput({ ...valid, owner: OTHER_OWNER, ownerName: ' Kari ', municipality: 'regionen' }),
    ).toMatchObject({
      ownerUserId: null,
      ownerName: 'Kari',
      municipalityNumber: null,
    });
  });
});

describe('FollowUpFormComponent', () => {
  let fixture: ComponentFixture<FollowUpFormComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  let saved: FollowUpActionFieldsFragment[];

  async function render(user: SignedInUser, editing?: FollowUpActionFieldsFragment): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, FollowUpFormComponent],
      providers: [{ provide: APOLLO_TESTING_CACHE, useFactory: createCache }, provideUser(user)],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(FollowUpFormComponent);
    fixture.componentRef.setInput('regionSlug', 'kongsbergregionen');
    fixture.componentRef.setInput(
      'municipalities',
      MUNICIPALITIES.map(([value, label]) => ({ value, label })),
    );
    fixture.componentRef.setInput('exerciseId', 'e1');
    if (editing) fixture.componentRef.setInput('action', editing);
    saved = [];
    fixture.componentInstance.saved.subscribe((value) => saved.push(value));
    element = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    controller.expectOne('PreparednessPeople').flushData(PEOPLE);
    const measures = controller.expectOne('PreparednessMeasures');
    expect(measures.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', first: MEASURE_CHOICES });
    measures.flushData(MEASURES);
    const sources = controller.expectOne('PreparednessSources');
    expect(sources.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', first: SOURCE_CHOICES });
    sources.flushData(SOURCES);
    await settle(fixture);
  }

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  const options = (id: string) =>
    Array.from(element.querySelectorAll(`#follow-up-${id} option`)).map((option) =>
      option.textContent?.trim(),
    );
  function set(id: string, value: string): void {
    const input = element.querySelector(`#follow-up-${id}`) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  }

  it("records a director's action for their own municipality, owned by someone written by name", async () => {
    await render(USERS.flesberg);
    expect(options('municipality')).toEqual(['Velg …', 'Flesberg']);
    expect((element.querySelector('#follow-up-municipality') as HTMLSelectElement).value).toBe('3334');
    expect(options('owner')).toEqual([
      'Velg …',
      'Ola Haugen (Flesberg)',
      'Marte Moen',
      'Annen person (skriv navnet)',
    ]);

    set('title', 'Oppdatere kriseplanen');
    set('owner', OTHER_OWNER);
    await settle(fixture);
    set('ownerName', 'Liv Lampeland');
    set('deadline', '2027-01-31');
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(fixture);
    const op = controller.expectOne('CreateFollowUpAction');
    expect(op.operation.variables).toEqual({
      input: {
        regionSlug: 'kongsbergregionen',
        exerciseId: 'e1',
        title: 'Oppdatere kriseplanen',
        description: null,
        municipalityNumber: '3334',
        ownerUserId: null,
        ownerName: 'Liv Lampeland',
        deadline: '2027-01-31',
        measureId: null,
        source: null,
      },
    });
    op.flushData({ createFollowUpAction: action({ id: 'a9', title: 'Oppdatere kriseplanen' }) });
    await settle(fixture);
    expect(saved.map((value) => value.id)).toEqual(['a9']);
  });

  it("changes an action: its deadline, its owner and the region's measure it belongs to", async () => {
    await render(USERS.secretariat, action({ id: 'a1', version: 3 }));
    expect(element.querySelector('h3')?.textContent?.trim()).toBe(
      'Endre «Oppdatere kriseplanen etter øvelsen»',
    );
    expect((element.querySelector('#follow-up-owner') as HTMLSelectElement).value).toBe('u-ola');
    expect((element.querySelector('#follow-up-deadline') as HTMLInputElement).value).toBe('2026-11-20');
    expect(options('measure')).toEqual(['Ingen', 'T7 Felles beredskapsplan', 'T9 Felles IT-kontor']);
    expect(options('source')).toEqual(['Ingen', 'KDU 12/26 Felles kriseteam', 'Felles IT-kontor']);
    expect(
      Array.from(element.querySelectorAll('#follow-up-source optgroup')).map((group) =>
        group.getAttribute('label'),
      ),
    ).toEqual(['Vedtak', 'Avtaler']);
    set('deadline', '2027-03-01');
    set('measure', 'm7');
    set('source', 'DECISION:d1');
    set('owner', 'u-marte');
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(fixture);
    const op = controller.expectOne('UpdateFollowUpAction');
    expect(op.operation.variables).toEqual({
      input: {
        id: 'a1',
        expectedVersion: 3,
        title: 'Oppdatere kriseplanen etter øvelsen',
        description: null,
        municipalityNumber: '3334',
        ownerUserId: 'u-marte',
        ownerName: null,
        deadline: '2027-03-01',
        measureId: 'm7',
        source: { kind: 'DECISION', id: 'd1' },
      },
    });
    op.flushData({
      updateFollowUpAction: {
        ...action({
          id: 'a1',
          deadline: '2027-03-01',
          measure: { id: 'm7', code: 'T7', title: 'Felles beredskapsplan' },
          version: 4,
        }),
        measure: { __typename: 'MeasureRef', id: 'm7', code: 'T7', title: 'Felles beredskapsplan' },
      },
    });
    await settle(fixture);
    expect(saved.map((value) => value.measure?.code)).toEqual(['T7']);
  });

  it('offers the secretariat the region itself and every municipality', async () => {
    await render(USERS.secretariat);
    expect(options('municipality')).toEqual(['Velg …', 'Regionen', 'Kongsberg', 'Flesberg', 'Rollag']);
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(element.querySelectorAll('.ds-error-summary a')).toHaveLength(4);
  });
});
