import { afterEach, describe, expect, it } from '@jest/globals';
import { provideRouter } from '@angular/router';
import {
  apiError,
  DEMO_USERS,
  renderWithApollo,
  tableCaptioned,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { HomePageComponent, homeKind } from './home-page.component';

const NETWORK_ID = '5b3f3c70-6f36-4a55-9a3e-0a4c4b7f1e11';

const REGION = {
  __typename: 'RegionOverview',
  regionSlug: 'kongsbergregionen',
  regionName: 'Kongsbergregionen',
  asOf: '2026-12-07',
  measureCount: 3,
  statusMatrix: [
    {
      __typename: 'StatusTierCell',
      status: 'IN_PROGRESS',
      tier: 'NETWORK',
      networkId: NETWORK_ID,
      networkName: 'Teknisk nettverk',
      count: 2,
    },
    {
      __typename: 'StatusTierCell',
      status: 'PROPOSED',
      tier: 'PROJECT',
      networkId: NETWORK_ID,
      networkName: 'Teknisk nettverk',
      count: 1,
    },
  ],
  mobilisation: [
    {
      __typename: 'MobilisationBucket',
      rating: 'GREEN',
      count: 2,
      plannedGain: '1000000',
      weightedGain: '900000',
      certaintyPercent: 90,
    },
    {
      __typename: 'MobilisationBucket',
      rating: 'YELLOW',
      count: 0,
      plannedGain: '0',
      weightedGain: '0',
      certaintyPercent: 60,
    },
    {
      __typename: 'MobilisationBucket',
      rating: 'RED',
      count: 1,
      plannedGain: '200000',
      weightedGain: '60000',
      certaintyPercent: 30,
    },
    {
      __typename: 'MobilisationBucket',
      rating: null,
      count: 0,
      plannedGain: '0',
      weightedGain: '0',
      certaintyPercent: 0,
    },
  ],
  weightedPotential: '960000',
  savingsGap: [
    {
      __typename: 'OverviewSavingsYear',
      year: 2026,
      required: '116000000',
      planned: '3000000',
      realised: '58000',
    },
    {
      __typename: 'OverviewSavingsYear',
      year: 2027,
      required: '120000000',
      planned: '5000000',
      realised: '0',
    },
  ],
  benefitYear: 2026,
  benefitStatus: [
    { __typename: 'BenefitStatusCount', status: 'GREEN', count: 1 },
    { __typename: 'BenefitStatusCount', status: 'YELLOW', count: 0 },
    { __typename: 'BenefitStatusCount', status: 'RED', count: 1 },
    { __typename: 'BenefitStatusCount', status: 'NOT_MEASURED', count: 2 },
  ],
  deadlineMonths: 12,
  deadlines: [
    {
      __typename: 'OverviewDeadline',
      kind: 'NOTICE',
      date: '2027-02-28',
      agreementId: 'a1',
      periodId: null,
      strategyId: null,
      networkId: null,
      title: 'Byggesak',
    },
    {
      __typename: 'OverviewDeadline',
      kind: 'CONSULTATION_END',
      date: '2027-03-01',
      agreementId: null,
      periodId: null,
      strategyId: 's1',
      networkId: 'n1',
      title: 'Strategi 2027–2030 (Teknisk nettverk)',
    },
  ],
  approvalsWaiting: 2,
  stuckMonths: 6,
  stuckCount: 1,
  stuck: [
    {
      __typename: 'OverviewMeasure',
      id: 'm1',
      code: 'T1',
      title: 'Felles GIS',
      status: 'IN_PROGRESS',
      since: '2026-03-01',
    },
  ],
  blockedCount: 1,
  blocked: [
    {
      __typename: 'OverviewMeasure',
      id: 'm2',
      code: 'T2',
      title: 'Felles arkiv',
      status: 'PROPOSED',
      waitsFor: 'T3',
    },
  ],
  recentDecisions: [
    {
      __typename: 'OverviewDecision',
      id: 'd1',
      decidedOn: '2026-11-20',
      caseReference: 'KDU 12/26',
      title: 'Vedtak om T7',
      body: 'KDU',
    },
  ],
};

const MUNICIPALITY = {
  municipalityOverview: {
    __typename: 'MunicipalityOverview',
    regionSlug: 'kongsbergregionen',
    municipalityNumber: '3334',
    municipalityName: 'Flesberg',
    measureCount: 31,
    participating: 11,
    optedOut: 1,
    undecided: 19,
    optedOutMeasures: [
      { __typename: 'OptedOutMeasure', id: 'm7', code: 'T7', title: 'Byggesak', reason: 'Egen løsning' },
    ],
  },
  municipalityEconomics: {
    __typename: 'MunicipalityEconomics',
    municipalityNumber: '3334',
    years: [
      {
        __typename: 'MunicipalityEconomicsYear',
        year: 2026,
        pays: '120000',
        plannedGain: '300000',
        realisedGain: null,
      },
    ],
  },
  municipalityAgreements: {
    __typename: 'MunicipalityAgreements',
    municipalityNumber: '3334',
    totalAnnualCost: '120000',
    agreements: [
      {
        __typename: 'MunicipalityAgreement',
        agreementId: 'a1',
        title: 'Byggesaksbehandling',
        status: 'ACTIVE',
        endDate: '2027-08-31',
        lastNoticeDate: '2027-02-28',
        noticeSoon: true,
        endsSoon: false,
      },
    ],
  },
};

const NETWORKS = {
  ledNetworkOverviews: [
    {
      __typename: 'NetworkOverview',
      networkId: NETWORK_ID,
      networkName: 'Teknisk nettverk',
      regionSlug: 'kongsbergregionen',
      measureCount: 3,
      measuresByStatus: [{ __typename: 'StatusCount', status: 'IN_PROGRESS', count: 3 }],
      strategy: {
        __typename: 'OverviewStrategy',
        id: 's1',
        title: 'Strategi for teknisk nettverk 2026–2029',
        status: 'ADOPTED',
        periodFrom: 2026,
        periodTo: 2029,
        goals: [
          {
            __typename: 'OverviewGoal',
            id: 'g1',
            title: 'Raskere saksbehandling',
            indicators: [
              {
                __typename: 'OverviewIndicator',
                id: 'i1',
                name: 'Median behandlingstid',
                unit: 'dager',
                baselineYear: 2025,
                baselineValue: '38.5000',
                targetYear: 2029,
                targetValue: '21',
                direction: 'DECREASE',
                latestValue: '35.0000',
                latestPeriod: '2026',
              },
            ],
          },
        ],
        actionPlan: {
          __typename: 'ActionPlanProgress',
          year: 2026,
          items: 4,
          completed: 1,
          inProgress: 2,
          notStarted: 1,
          averageProgress: 55,
        },
      },
    },
  ],
};

const hrefs = (element: HTMLElement) =>
  Array.from(element.querySelectorAll('a')).map(
    (link) => `${link.textContent?.trim()} → ${link.getAttribute('href')}`,
  );

describe('the home page', () => {
  let controller: ApolloTestingController | undefined;
  afterEach(() => verifyAndReset(controller));

  const render = async (user: (typeof DEMO_USERS)[keyof typeof DEMO_USERS]) => {
    const rendered = await renderWithApollo(HomePageComponent, { user, providers: [provideRouter([])] });
    controller = rendered.controller;
    return rendered;
  };

  it('picks the overview by role', () => {
    expect(homeKind(['secretariat'], undefined)).toBe('secretariat');
    expect(homeKind(['municipal-director'], '3334')).toBe('director');
    expect(homeKind(['viewer'], '3334')).toBe('municipality');
    expect(homeKind(['network-leader'], '4005')).toBe('network');
    expect(homeKind(['network-member'], '4026')).toBe('none');
  });

  it('shows the secretariat the region, every tile linking to the filtered list behind it', async () => {
    const { element, settle } = await render(DEMO_USERS.secretariat);
    controller?.expectOne('HomeSecretariat').flushData({ regionOverview: REGION });
    await settle(2);
    expect(element.textContent).toContain('Kongsbergregionen – status for regionen');
    const links = hrefs(element);
    expect(links).toContain(`2 → /tiltak?nettverk=${NETWORK_ID}&status=IN_PROGRESS`);
    expect(links).toContain('2 → /tiltak?mobilisering=GREEN');
    expect(links).toContain('2 avtaler venter på godkjenning → /avtaler?status=SUBMITTED');
    expect(links).toContain('T1 Felles GIS → /tiltak/T1');
    expect(links).toContain('Byggesak → /avtaler/a1');
    expect(links).toContain('Strategi 2027–2030 (Teknisk nettverk) → /nettverk/n1/strategi/s1');
    expect(element.textContent).toContain('Høringen av strategien slutter');
    const mobilisation = tableCaptioned(element, 'Tiltak og planlagt gevinst etter mobilisering');
    expect(mobilisation.textContent).toContain('90 %');
    expect(element.textContent).toMatch(/Vektet potensial: 960\s000\skr/);
    expect(element.textContent).toContain('Gevinststatus 2026');
    expect(element.textContent).toMatch(/2026: krav 116\s000\s000\skr/);
    expect(element.textContent).toContain('venter på T3');
  });

  it('shows a director their municipality above the region, in one request', async () => {
    const { element, settle } = await render(DEMO_USERS.directorFlesberg);
    const op = controller?.expectOne('HomeDirector');
    expect(op?.operation.variables).toEqual({ regionSlug: 'kongsbergregionen', municipalityNumber: '3334' });
    op?.flushData({ regionOverview: REGION, ...MUNICIPALITY });
    await settle(2);
    const headings = Array.from(element.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Flesberg i samarbeidet', 'Kongsbergregionen – status for regionen']);
    expect(hrefs(element)).toContain('Deltar i 11 av 31 tiltak → /tiltak?kommune=3334');
    expect(element.textContent).toContain('Egen løsning');
  });

  it('shows a politician their municipality only', async () => {
    const { element, settle } = await render(DEMO_USERS.viewer);
    controller?.expectOne('HomeMunicipality').flushData(MUNICIPALITY);
    await settle(2);
    expect(element.querySelectorAll('h2')).toHaveLength(1);
    expect(element.textContent).toContain('Har reservert seg mot 1, og 19 er ikke avgjort.');
    expect(hrefs(element)).toContain('Alle avtalene til Flesberg → /avtaler/kommuner/3334');
  });

  it('shows a network leader their network: measures by status, goals with indicators, the action plan', async () => {
    const { element, settle } = await render(DEMO_USERS.leader);
    controller?.expectOne('HomeNetworkLeader').flushData(NETWORKS);
    await settle(2);
    expect(hrefs(element)).toContain(`3 → /tiltak?nettverk=${NETWORK_ID}&status=IN_PROGRESS`);
    expect(element.textContent).toContain('1 av 4 tiltak er fullført, 2 er i gang og 1 er ikke startet.');
    // Values come as the database's decimals ("38.5000"): written the Norwegian way, without trailing zeros.
    const goals = tableCaptioned(element, 'Mål og indikatorer').textContent;
    expect(goals).toContain('35 dager (2026)');
    expect(goals).toContain('38,5 dager (2025)');
    expect(goals).not.toContain('.0000');
  });

  it('says what went wrong when the overview cannot be read', async () => {
    const { element, settle } = await render(DEMO_USERS.secretariat);
    controller
      ?.expectOne('HomeSecretariat')
      .flush({ errors: [apiError('FORBIDDEN', 'Du har ikke tilgang.')] });
    await settle(2);
    expect(element.textContent).toContain('Kunne ikke hente oversikten');
  });
});
