import type {
  ExerciseKind,
  ExerciseScope,
  ExerciseStatus,
  FollowUpStatus,
  OutsideActor,
} from '@samarbeid/shared/domain';

import { DEMO_USER_IDS } from '../portfolio-seed';

/**
 * The demo preparedness data (see preparedness-seed.ts), as data. Dates are written relative to the year the seed
 * runs in (`Y` = this year, `Y-1` = last year, `Y+1` = next year), so the yearly check always has something to show:
 * "Y-10-14" is 14 October this year. The people are made up; phone numbers are in a range no one has.
 */

export interface DemoMember {
  readonly team: string | null;
  readonly role: string;
  readonly name: string;
  readonly home: string;
  readonly phone: string;
  readonly email: string;
  readonly userId?: string;
  /** A deputy: the name of the member they stand in for (same team). */
  readonly deputyOf?: string;
}

export interface DemoExercise {
  readonly title: string;
  readonly heldOn: string;
  readonly kind: ExerciseKind;
  readonly scope: ExerciseScope;
  readonly status: ExerciseStatus;
  readonly organiser: string | null;
  readonly participants: readonly string[];
  readonly scenario: string;
  readonly actors: readonly OutsideActor[];
  readonly otherActors?: string;
  readonly wentWell?: string;
  readonly wentBadly?: string;
  readonly lessonsLearned?: string;
}

export interface DemoAction {
  readonly title: string;
  readonly description?: string;
  readonly municipality: string | null;
  readonly owner: string;
  readonly ownerUserId?: string;
  readonly ownerEmail?: string;
  readonly deadline: string;
  readonly status: FollowUpStatus;
  /** The title of the exercise it came from. */
  readonly exercise?: string;
}

export interface DemoRoutine {
  readonly title: string;
  readonly description: string;
  readonly municipality: string | null;
  readonly owner: string;
  readonly ownerUserId?: string;
  readonly lastReviewedOn: string | null;
  readonly intervalMonths: number;
}

export interface DemoPreparedness {
  readonly regionSlug: string;
  readonly members: readonly DemoMember[];
  readonly exercises: readonly DemoExercise[];
  readonly actions: readonly DemoAction[];
  readonly routines: readonly DemoRoutine[];
}

const FLA = '3320';
const NESBYEN = '3322';
const GOL = '3324';
const HEMSEDAL = '3326';
const AL = '3328';
const HOL = '3330';

/** Hallingdal: the regional psychosocial crisis team, a year of exercises and their follow-up. */
const HALLINGDAL: DemoPreparedness = {
  regionSlug: 'hallingdal',
  members: [
    {
      team: null,
      role: 'Leder',
      name: 'Guri Hallingstad',
      home: GOL,
      phone: '+47 400 00 101',
      email: 'guri.hallingstad@example.no',
    },
    {
      team: null,
      role: 'Koordinator',
      name: 'Knut Ålrud',
      home: AL,
      phone: '+47 400 00 102',
      email: 'knut.alrud@example.no',
    },
    {
      team: null,
      role: 'Psykolog',
      name: 'Ingeborg Holm',
      home: HOL,
      phone: '+47 400 00 103',
      email: 'ingeborg.holm@example.no',
    },
    {
      team: null,
      role: 'Helsesykepleier',
      name: 'Sigrid Nes',
      home: NESBYEN,
      phone: '+47 400 00 104',
      email: 'sigrid.nes@example.no',
    },
    {
      team: null,
      role: 'Prest',
      name: 'Ola Hemsedal',
      home: HEMSEDAL,
      phone: '+47 400 00 105',
      email: 'ola.hemsedal@example.no',
    },
    {
      team: null,
      role: 'Kommuneoverlege',
      name: 'Astrid Flåten',
      home: FLA,
      phone: '+47 400 00 106',
      email: 'astrid.flaten@example.no',
    },
    {
      team: null,
      role: 'Leder (vara)',
      name: 'Per Golberg',
      home: GOL,
      phone: '+47 400 00 107',
      email: 'per.golberg@example.no',
      deputyOf: 'Guri Hallingstad',
    },
    {
      team: null,
      role: 'Koordinator (vara)',
      name: 'Marit Sundre',
      home: HOL,
      phone: '+47 400 00 108',
      email: 'marit.sundre@example.no',
      deputyOf: 'Knut Ålrud',
    },
    {
      team: NESBYEN,
      role: 'Leder',
      name: 'Sigrid Nes',
      home: NESBYEN,
      phone: '+47 400 00 104',
      email: 'sigrid.nes@example.no',
    },
    {
      team: NESBYEN,
      role: 'Barnevernsleder',
      name: 'Halvor Rukke',
      home: NESBYEN,
      phone: '+47 400 00 111',
      email: 'halvor.rukke@example.no',
    },
    {
      team: NESBYEN,
      role: 'Lege',
      name: 'Eli Svenkerud',
      home: NESBYEN,
      phone: '+47 400 00 112',
      email: 'eli.svenkerud@example.no',
    },
    {
      team: GOL,
      role: 'Leder',
      name: 'Per Golberg',
      home: GOL,
      phone: '+47 400 00 107',
      email: 'per.golberg@example.no',
    },
    {
      team: GOL,
      role: 'Psykiatrisk sykepleier',
      name: 'Tone Kvissel',
      home: GOL,
      phone: '+47 400 00 121',
      email: 'tone.kvissel@example.no',
    },
  ],
  exercises: [
    {
      title: 'Regional øvelse: bussulykke på riksvei 7',
      heldOn: 'Y-1-10-08',
      kind: 'TABLE_TOP',
      scope: 'REGIONAL',
      status: 'HELD',
      organiser: null,
      participants: [FLA, NESBYEN, GOL, HEMSEDAL, AL, HOL],
      scenario:
        'En turistbuss velter på rv. 7 ved Flå med 40 passasjerer; mange skadde og pårørende fra flere land.',
      actors: ['POLICE', 'HEALTH_TRUST', 'FIRE_AND_RESCUE'],
      wentWell: 'Varslingen til kriseteamet gikk raskt.',
      wentBadly: 'Uklart hvem som leder pårørendesenteret når flere kommuner er involvert.',
      lessonsLearned: 'Avklar lederskap for pårørendesenter i den regionale planen.',
    },
    {
      title: 'Flom i Hallingdalselva',
      heldOn: 'Y-03-11',
      kind: 'TABLE_TOP',
      scope: 'MUNICIPAL',
      status: 'HELD',
      organiser: NESBYEN,
      participants: [NESBYEN],
      scenario: 'Vårflom truer Nesbyen sentrum; evakuering av omsorgsboliger og informasjon til innbyggerne.',
      actors: ['POLICE', 'CIVIL_DEFENCE', 'VOLUNTEERS'],
      otherActors: 'NVE',
      wentWell: 'Kriseledelsen kom raskt sammen.',
      wentBadly: 'Evakueringslistene for omsorgsboligene var ikke oppdatert.',
      lessonsLearned: 'Evakueringslister må ha en eier og gjennomgås to ganger i året.',
    },
    {
      title: 'Skred ved skisenteret',
      heldOn: 'Y-05-20',
      kind: 'FUNCTIONAL',
      scope: 'MUNICIPAL',
      status: 'HELD',
      organiser: HEMSEDAL,
      participants: [HEMSEDAL, GOL],
      scenario: 'Et snøskred tar med seg skiløpere utenfor løypene; mange pårørende samles i sentrum.',
      actors: ['POLICE', 'HEALTH_TRUST', 'VOLUNTEERS'],
      otherActors: 'Norsk Folkehjelp, Røde Kors hjelpekorps',
      wentWell: 'Samarbeidet mellom Gol og Hemsedal om pårørendesenter fungerte.',
      wentBadly: 'Mobildekningen i området var for dårlig for sambandet.',
      lessonsLearned: 'Skaff nødnett-terminaler til kriseteamets ledere.',
    },
    {
      title: 'Brann på omsorgssenter',
      heldOn: 'Y-09-02',
      kind: 'FULL_SCALE',
      scope: 'MUNICIPAL',
      status: 'HELD',
      organiser: AL,
      participants: [AL],
      scenario: 'Brann i en fløy av Ål omsorgssenter om natten; beboere evakueres, to savnes.',
      actors: ['FIRE_AND_RESCUE', 'POLICE', 'HEALTH_TRUST'],
      wentWell: 'Evakueringen gikk etter planen.',
      wentBadly: 'Pårørende fikk informasjon sent.',
      lessonsLearned: 'Pårørendetelefonen må bemannes fra første time.',
    },
    {
      title: 'Regional øvelse: skogbrann og evakuering',
      heldOn: 'Y-10-14',
      kind: 'FUNCTIONAL',
      scope: 'REGIONAL',
      status: 'HELD',
      organiser: null,
      participants: [FLA, NESBYEN, GOL, HEMSEDAL, AL],
      scenario:
        'En skogbrann sprer seg mellom Flå og Nesbyen; hytteområder evakueres og et evakueringssenter opprettes på Gol.',
      actors: ['POLICE', 'HEALTH_TRUST', 'FIRE_AND_RESCUE', 'CIVIL_DEFENCE', 'VOLUNTEERS'],
      wentWell: 'Det regionale kriseteamet var på plass innen en time.',
      wentBadly: 'Varslingslistene hadde gamle telefonnumre.',
      lessonsLearned: 'Kontaktlistene må gjennomgås hvert kvartal, og varaene øves like mye som de faste.',
    },
    {
      title: 'Strømbrudd i kaldt vær',
      heldOn: 'Y-12-15',
      kind: 'TABLE_TOP',
      scope: 'MUNICIPAL',
      status: 'PLANNED',
      organiser: HOL,
      participants: [HOL],
      scenario: 'Langvarig strømbrudd i Hol i januar; sårbare innbyggere må ha varme og tilsyn.',
      actors: ['CIVIL_DEFENCE', 'VOLUNTEERS'],
    },
  ],
  actions: [
    {
      title: 'Oppdatere varslingslistene for kriseteamet',
      description: 'Gå gjennom alle telefonnumre og e-postadresser, også varaenes.',
      municipality: GOL,
      owner: 'Guri Hallingstad',
      deadline: 'Y-11-15',
      status: 'OPEN',
      exercise: 'Regional øvelse: skogbrann og evakuering',
    },
    {
      title: 'Felles samband med politiet i øvelser',
      municipality: null,
      owner: 'Knut Ålrud',
      deadline: 'Y+1-03-01',
      status: 'IN_PROGRESS',
      exercise: 'Regional øvelse: skogbrann og evakuering',
    },
    {
      title: 'Plan for evakueringssenter på Gol',
      municipality: GOL,
      owner: 'Per Golberg',
      deadline: 'Y+1-02-15',
      status: 'OPEN',
      exercise: 'Regional øvelse: skogbrann og evakuering',
    },
    {
      title: 'Oppdatere evakueringslistene for omsorgsboligene',
      municipality: NESBYEN,
      owner: 'Halvor Rukke',
      deadline: 'Y-05-01',
      status: 'DONE',
      exercise: 'Flom i Hallingdalselva',
    },
    {
      title: 'Nødnett-terminaler til kriseteamets ledere',
      municipality: HEMSEDAL,
      owner: 'Ola Hemsedal',
      deadline: 'Y-09-30',
      status: 'IN_PROGRESS',
      exercise: 'Skred ved skisenteret',
    },
    {
      title: 'Bemanning av pårørendetelefonen fra første time',
      municipality: AL,
      owner: 'Knut Ålrud',
      deadline: 'Y+1-01-31',
      status: 'OPEN',
      exercise: 'Brann på omsorgssenter',
    },
    {
      title: 'Planlegge egen øvelse i Flå',
      municipality: FLA,
      owner: 'Astrid Flåten',
      deadline: 'Y-10-01',
      status: 'OPEN',
    },
  ],
  routines: [
    {
      title: 'Rutine for digital sikkerhet (felles IT-kontor)',
      description: 'Tilgangsstyring, sikkerhetskopier og hendelseshåndtering for alle seks kommunene.',
      municipality: null,
      owner: 'Hallingdal IKT, leder',
      lastReviewedOn: 'Y-1-11-01',
      intervalMonths: 12,
    },
    {
      title: 'Varslingsrutine for det psykososiale kriseteamet',
      description: 'Hvem varsler hvem, i hvilken rekkefølge, og hvordan varaene kalles inn.',
      municipality: null,
      owner: 'Knut Ålrud',
      lastReviewedOn: 'Y-06-01',
      intervalMonths: 12,
    },
    {
      title: 'Overordnet beredskapsplan for Nesbyen',
      description: 'Helhetlig ROS-analyse og beredskapsplan.',
      municipality: NESBYEN,
      owner: 'Halvor Rukke',
      lastReviewedOn: 'Y-2-09-15',
      intervalMonths: 24,
    },
    {
      title: 'Rutine for krisekommunikasjon',
      description: 'Talsperson, nettside og sosiale medier i en krise.',
      municipality: GOL,
      owner: 'Per Golberg',
      lastReviewedOn: 'Y-09-10',
      intervalMonths: 12,
    },
  ],
};

const KONGSBERG = '3303';
const FLESBERG = '3334';
const ROLLAG = '3336';
const NOTODDEN = '4005';
const TINN = '4026';

/**
 * Kongsbergregionen: a smaller set around the demo users, so that a director signed in finds their own follow-up
 * ("Min oppfølging") and the yearly check in their region.
 */
const KONGSBERGREGIONEN: DemoPreparedness = {
  regionSlug: 'kongsbergregionen',
  members: [
    {
      team: null,
      role: 'Koordinator',
      name: 'Marte Moen',
      home: TINN,
      phone: '+47 400 00 201',
      email: 'marte.moen@example.no',
      userId: DEMO_USER_IDS['medlem.tinn'],
    },
    {
      team: null,
      role: 'Psykolog',
      name: 'Hanne Lågen',
      home: KONGSBERG,
      phone: '+47 400 00 202',
      email: 'hanne.lagen@example.no',
    },
    {
      team: null,
      role: 'Prest',
      name: 'Jon Numedal',
      home: ROLLAG,
      phone: '+47 400 00 203',
      email: 'jon.numedal@example.no',
    },
    {
      team: FLESBERG,
      role: 'Leder',
      name: 'Ola Haugen',
      home: FLESBERG,
      phone: '+47 400 00 211',
      email: 'ola.haugen@example.no',
      userId: DEMO_USER_IDS['direktor.flesberg'],
    },
    {
      team: FLESBERG,
      role: 'Helsesykepleier',
      name: 'Liv Lampeland',
      home: FLESBERG,
      phone: '+47 400 00 212',
      email: 'liv.lampeland@example.no',
    },
  ],
  exercises: [
    {
      title: 'Regional øvelse: gisselsituasjon på videregående skole',
      heldOn: 'Y-09-24',
      kind: 'FUNCTIONAL',
      scope: 'REGIONAL',
      status: 'HELD',
      organiser: null,
      participants: [KONGSBERG, FLESBERG, ROLLAG, NOTODDEN, TINN],
      scenario:
        'En gisselsituasjon på en videregående skole i Kongsberg; elever fra hele regionen er berørt.',
      actors: ['POLICE', 'HEALTH_TRUST'],
      wentWell: 'Kriseteamene fra flere kommuner jobbet godt sammen.',
      wentBadly: 'Uklart hvem som informerte foreldrene i nabokommunene.',
      lessonsLearned: 'Felles mal for informasjon til foresatte i alle kommunene.',
    },
    {
      title: 'Dambrudd i Numedalslågen',
      heldOn: 'Y-04-15',
      kind: 'TABLE_TOP',
      scope: 'MUNICIPAL',
      status: 'HELD',
      organiser: FLESBERG,
      participants: [FLESBERG],
      scenario: 'Et dambrudd oppstrøms gir flom i Lampeland; boliger evakueres.',
      actors: ['POLICE', 'CIVIL_DEFENCE'],
      wentWell: 'Evakueringsplanen var kjent.',
      wentBadly: 'Kriseplanen manglet oppdaterte telefonnumre.',
      lessonsLearned: 'Kriseplanen oppdateres etter hver øvelse.',
    },
    {
      title: 'Cyberangrep mot kommunens fagsystemer',
      heldOn: 'Y-06-05',
      kind: 'TABLE_TOP',
      scope: 'MUNICIPAL',
      status: 'HELD',
      organiser: KONGSBERG,
      participants: [KONGSBERG, NOTODDEN],
      scenario: 'Løsepengevirus stanser journalsystemene i helse og omsorg.',
      actors: ['POLICE'],
      otherActors: 'Nasjonal sikkerhetsmyndighet',
      wentWell: 'Reserverutinene for helsetjenestene virket.',
      wentBadly: 'Ingen oversikt over hvilke systemer som hadde sikkerhetskopi.',
      lessonsLearned: 'Lag en oversikt over sikkerhetskopiene per system.',
    },
  ],
  actions: [
    {
      title: 'Oppdatere kriseplanen etter øvelsen',
      municipality: FLESBERG,
      owner: 'Ola Haugen',
      ownerUserId: DEMO_USER_IDS['direktor.flesberg'],
      ownerEmail: 'ola.haugen@example.no',
      deadline: 'Y-11-20',
      status: 'OPEN',
      exercise: 'Dambrudd i Numedalslågen',
    },
    {
      title: 'Felles mal for informasjon til foresatte',
      municipality: FLESBERG,
      owner: 'Ola Haugen',
      ownerUserId: DEMO_USER_IDS['direktor.flesberg'],
      ownerEmail: 'ola.haugen@example.no',
      deadline: 'Y+1-02-28',
      status: 'IN_PROGRESS',
      exercise: 'Regional øvelse: gisselsituasjon på videregående skole',
    },
    {
      title: 'Planlegge egen øvelse i Rollag',
      municipality: ROLLAG,
      owner: 'Ingrid Bakken',
      ownerUserId: DEMO_USER_IDS['direktor.rollag'],
      ownerEmail: 'ingrid.bakken@example.no',
      deadline: 'Y+1-03-31',
      status: 'OPEN',
    },
    {
      title: 'Oversikt over sikkerhetskopier per system',
      municipality: KONGSBERG,
      owner: 'Kari Nordby',
      ownerUserId: DEMO_USER_IDS['direktor.kongsberg'],
      ownerEmail: 'kari.nordby@example.no',
      deadline: 'Y-10-31',
      status: 'OPEN',
      exercise: 'Cyberangrep mot kommunens fagsystemer',
    },
    {
      title: 'Samle kontaktlistene for kriseteamene',
      municipality: null,
      owner: 'Marte Moen',
      ownerUserId: DEMO_USER_IDS['medlem.tinn'],
      ownerEmail: 'marte.moen@example.no',
      deadline: 'Y+1-01-15',
      status: 'OPEN',
      exercise: 'Regional øvelse: gisselsituasjon på videregående skole',
    },
  ],
  routines: [
    {
      title: 'Rutine for digital sikkerhet',
      description: 'Tilgangsstyring, sikkerhetskopier og hendelseshåndtering.',
      municipality: FLESBERG,
      owner: 'Ola Haugen',
      ownerUserId: DEMO_USER_IDS['direktor.flesberg'],
      lastReviewedOn: 'Y-1-10-01',
      intervalMonths: 12,
    },
    {
      title: 'Varslingsrutine for kriseteamene',
      description: 'Felles varslingsrekkefølge for kommunenes og regionens kriseteam.',
      municipality: null,
      owner: 'Marte Moen',
      ownerUserId: DEMO_USER_IDS['medlem.tinn'],
      lastReviewedOn: 'Y-03-01',
      intervalMonths: 12,
    },
  ],
};

export const DEMO_PREPAREDNESS: readonly DemoPreparedness[] = [HALLINGDAL, KONGSBERGREGIONEN];

/** "Y-10-14" → 14 October of `year`; "Y-1-10-08" → 8 October the year before; "Y+1-03-01" → next year. */
export function demoDate(written: string, year: number): string {
  const match = /^Y([+-]\d+)?-(\d{2})-(\d{2})$/.exec(written);
  if (!match) throw new Error(`Not a demo date: ${written}`);
  return `${year + Number(match[1] ?? 0)}-${match[2]}-${match[3]}`;
}
