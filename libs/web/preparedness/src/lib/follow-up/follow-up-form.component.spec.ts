import { afterEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { createCache, type SignedInUser } from '@samarbeid/web/data-access';
import type { FollowUpActionFieldsFragment } from '@samarbeid/web/graphql';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { action, MUNICIPALITIES, provideUser, settle, USERS } from '../../testing/preparedness-fixtures';
import { followUpInput, OTHER_OWNER, validateFollowUpForm } from './follow-up-form';
import { FollowUpFormComponent } from './follow-up-form.component';

const PEOPLE = {
  preparednessPeople: [
    { __typename: 'PreparednessPerson', userId: 'u-ola', name: 'Ola Haugen', municipalityNumber: '3334' },
    { __typename: 'PreparednessPerson', userId: 'u-marte', name: 'Marte Moen', municipalityNumber: null },
  ],
};

describe('the follow-up form rules', () => {
  const valid = {
    title: 'Oppdatere planen',
    description: '',
    municipality: '3334',
    owner: 'u-ola',
    ownerName: '',
    deadline: '2027-01-31',
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

  async function render(user: SignedInUser): Promise<void> {
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
    saved = [];
    fixture.componentInstance.saved.subscribe((value) => saved.push(value));
    element = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    controller.expectOne('PreparednessPeople').flushData(PEOPLE);
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
      },
    });
    op.flushData({ createFollowUpAction: action({ id: 'a9', title: 'Oppdatere kriseplanen' }) });
    await settle(fixture);
    expect(saved.map((value) => value.id)).toEqual(['a9']);
  });

  it('offers the secretariat the region itself and every municipality', async () => {
    await render(USERS.secretariat);
    expect(options('municipality')).toEqual(['Velg …', 'Regionen', 'Kongsberg', 'Flesberg', 'Rollag']);
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(element.querySelectorAll('.ds-error-summary a')).toHaveLength(4);
  });
});
