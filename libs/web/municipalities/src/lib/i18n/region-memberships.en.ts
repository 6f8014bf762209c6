import type { regionMembershipsNb } from './region-memberships.nb';

/** English for the region's member municipalities over time. */
export const regionMembershipsEn: Readonly<Record<keyof typeof regionMembershipsNb, string>> = {
  'regionMemberships.heading': 'Member municipalities over time',
  'regionMemberships.intro':
    "A municipality that joins sees the region's measures as undecided and can decide its participation. One that leaves keeps its history.",
  'regionMemberships.caption': "The municipalities' memberships of the region",
  'regionMemberships.col.municipality': 'Municipality',
  'regionMemberships.col.from': 'Member from',
  'regionMemberships.col.to': 'Left on',
  'regionMemberships.col.action': 'Action',
  'regionMemberships.ongoing': 'Member',
  'regionMemberships.leave': 'Record leaving',
  'regionMemberships.leaveFor': 'Record {name} leaving',
  'regionMemberships.leaveQuestion': 'Record {name} leaving the region?',
  'regionMemberships.leaveMessage':
    'The municipality is no longer a member from today. Its participation and history stay.',
  'regionMemberships.left': 'The municipality has left.',
  'regionMemberships.leaveError': 'The municipality was not recorded as leaving',
  'regionMemberships.join': 'Record a municipality joining',
  'regionMemberships.joinHeading': 'New member municipality',
  'regionMemberships.joining': 'Recording …',
  'regionMemberships.joined': 'The municipality has joined.',
  'regionMemberships.joinError': 'The municipality was not recorded as joining',
  'regionMemberships.field.municipalityNumber': 'Municipality number',
  'regionMemberships.field.validFrom': 'Member from',
  'regionMemberships.error.number': 'A municipality number has four digits.',
  'regionMemberships.error.date': 'Write a date.',
  'regionMemberships.loadError': 'Could not load the memberships',
};
