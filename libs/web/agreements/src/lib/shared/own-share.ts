import { formatAmount, formatKroner } from '@samarbeid/web/data-access';

/** A party's share of an agreement as its terms state it. */
export interface OwnShareParty {
  readonly municipalityNumber: string;
  readonly ownerShare?: string | null;
  readonly annualCost?: string | null;
  readonly buyerVolume?: string | null;
}

/** What a director is shown before deciding: the municipality's own share, in words (see the dictionaries). */
export type OwnShare =
  | { readonly key: 'cost'; readonly amount: string }
  | { readonly key: 'owner'; readonly percent: string }
  | { readonly key: 'volume'; readonly volume: string; readonly total: string }
  | { readonly key: 'none' };

/**
 * The municipality's own share of the version, from its party row: its stated cost per year, else its owner share
 * (IKS, oppgavefellesskap), else its part of a service purchase's volume; "none" when the terms state none.
 */
export function ownShareOf(
  parties: readonly OwnShareParty[],
  municipalityNumber: string | null | undefined,
  volumeAmount: string | null,
): OwnShare {
  const party = parties.find((candidate) => candidate.municipalityNumber === municipalityNumber);
  if (party?.annualCost) return { key: 'cost', amount: formatKroner(party.annualCost) };
  if (party?.ownerShare) return { key: 'owner', percent: formatAmount(party.ownerShare) };
  if (party?.buyerVolume && volumeAmount) {
    return { key: 'volume', volume: formatAmount(party.buyerVolume), total: formatAmount(volumeAmount) };
  }
  return { key: 'none' };
}
