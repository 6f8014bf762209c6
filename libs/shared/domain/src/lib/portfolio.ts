/**
 * The portfolio's vocabulary: the values the API stores, the GraphQL schema exposes and the web app shows.
 * Labels are Norwegian bokmål first, English second.
 */
export type Labels<T extends string> = Readonly<Record<T, { readonly nb: string; readonly en: string }>>;

export const SERVICE_AREAS = ['CROSS_SECTOR', 'EDUCATION', 'HEALTH_AND_CARE', 'TECHNICAL', 'HR'] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];
export const SERVICE_AREA_LABELS: Labels<ServiceArea> = {
  CROSS_SECTOR: { nb: 'Tverrgående', en: 'Cross-sector' },
  EDUCATION: { nb: 'Oppvekst', en: 'Education' },
  HEALTH_AND_CARE: { nb: 'Helse og omsorg', en: 'Health and care' },
  TECHNICAL: { nb: 'Teknisk', en: 'Technical' },
  HR: { nb: 'HR', en: 'HR' },
};

export const NETWORK_KINDS = [
  'STEERING_COMMITTEE',
  'LEADER_NETWORK',
  'PROFESSIONAL_NETWORK',
  'WORKING_GROUP',
] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];
export const NETWORK_KIND_LABELS: Labels<NetworkKind> = {
  STEERING_COMMITTEE: { nb: 'Styringsgruppe (KDU)', en: 'Steering committee' },
  LEADER_NETWORK: { nb: 'Ledernettverk', en: 'Leader network' },
  PROFESSIONAL_NETWORK: { nb: 'Fagnettverk', en: 'Professional network' },
  WORKING_GROUP: { nb: 'Arbeidsgruppe', en: 'Working group' },
};

export const NETWORK_ROLES = ['LEADER', 'MEMBER', 'SECRETARY'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];

/** Collaboration tiers, from least to most binding. */
export const COLLABORATION_TIERS = ['NETWORK', 'PROJECT', 'SERVICE_PURCHASE', 'STATUTORY'] as const;
export type CollaborationTier = (typeof COLLABORATION_TIERS)[number];
export const COLLABORATION_TIER_LABELS: Labels<CollaborationTier> = {
  NETWORK: { nb: 'Nettverk', en: 'Network' },
  PROJECT: { nb: 'Prosjekt', en: 'Project' },
  SERVICE_PURCHASE: { nb: 'Tjenestekjøp', en: 'Service purchase' },
  STATUTORY: { nb: 'Lovfestet', en: 'Statutory' },
};

/** Legal forms of a statutory collaboration (kommuneloven, IKS-loven). */
export const LEGAL_FORMS = [
  'POLITICAL_COUNCIL',
  'MUNICIPAL_JOINT_TASK',
  'HOST_MUNICIPALITY_ADMINISTRATIVE',
  'HOST_MUNICIPALITY_JOINT_COMMITTEE',
  'INTERMUNICIPAL_COMPANY',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
export const LEGAL_FORM_LABELS: Labels<LegalForm> = {
  POLITICAL_COUNCIL: { nb: 'Interkommunalt politisk råd (kap. 18)', en: 'Inter-municipal political council' },
  MUNICIPAL_JOINT_TASK: { nb: 'Kommunalt oppgavefellesskap (kap. 19)', en: 'Municipal joint task body' },
  HOST_MUNICIPALITY_ADMINISTRATIVE: {
    nb: 'Vertskommunesamarbeid, administrativt (kap. 20)',
    en: 'Host municipality, administrative',
  },
  HOST_MUNICIPALITY_JOINT_COMMITTEE: {
    nb: 'Vertskommunesamarbeid med felles folkevalgt nemnd (kap. 20)',
    en: 'Host municipality with joint political committee',
  },
  INTERMUNICIPAL_COMPANY: { nb: 'Interkommunalt selskap (IKS)', en: 'Inter-municipal company' },
};

export const MOBILISATION_RATINGS = ['GREEN', 'YELLOW', 'RED'] as const;
export type MobilisationRating = (typeof MOBILISATION_RATINGS)[number];
export const MOBILISATION_LABELS: Labels<MobilisationRating> = {
  GREEN: { nb: 'Grønn – lite prosess, sikker gevinst', en: 'Green – little process, certain gain' },
  YELLOW: { nb: 'Gul – moderat prosess, sannsynlig gevinst', en: 'Yellow – moderate process, likely gain' },
  RED: { nb: 'Rød – krevende prosess, usikker gevinst', en: 'Red – heavy process, uncertain gain' },
};

export const PARTICIPATION_STATES = ['PARTICIPATING', 'OPTED_OUT', 'UNDECIDED'] as const;
export type ParticipationState = (typeof PARTICIPATION_STATES)[number];
export const PARTICIPATION_LABELS: Labels<ParticipationState> = {
  PARTICIPATING: { nb: 'Deltar', en: 'Participating' },
  OPTED_OUT: { nb: 'Deltar ikke', en: 'Opted out' },
  UNDECIDED: { nb: 'Ikke avklart', en: 'Undecided' },
};

export const POLITICAL_ANCHORING_STATES = ['NOT_NEEDED', 'NEEDED', 'IN_PROGRESS', 'ANCHORED'] as const;
export type PoliticalAnchoringState = (typeof POLITICAL_ANCHORING_STATES)[number];

export const DECISION_BODIES = ['KDU', 'MUNICIPAL_COUNCIL', 'NETWORK'] as const;
export type DecisionBody = (typeof DECISION_BODIES)[number];
