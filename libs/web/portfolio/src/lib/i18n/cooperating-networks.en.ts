import type { cooperatingNetworksNb } from './cooperating-networks.nb';

/** English for a measure's co-operating networks. */
export const cooperatingNetworksEn: Readonly<Record<keyof typeof cooperatingNetworksNb, string>> = {
  'cooperating.heading': 'Co-operating networks',
  'cooperating.intro': 'Networks that work on the measure besides the network that owns it.',
  'cooperating.none': 'No co-operating networks.',
  'cooperating.remove': 'Remove',
  'cooperating.removeName': 'Remove {name}',
  'cooperating.removed': 'The network is removed.',
  'cooperating.add': 'Add',
  'cooperating.adding': 'Adding …',
  'cooperating.added': 'The network is added.',
  'cooperating.field': 'Add a co-operating network',
  'cooperating.choose': 'Choose a network …',
  'cooperating.required': 'Choose a network.',
  'cooperating.errorHeading': 'The co-operating networks were not changed',
};
