import type { AppError, ErrorText } from '@samarbeid/api/platform';
import { badUserInput, forbidden, notFound } from '@samarbeid/api/platform';
import type {
  AgreementDecision,
  AgreementLegalForm,
  AgreementStatus,
  AgreementTermsProblem,
  ChangeRefusalCode,
  DecisionRefusalCode,
  PriceProblemCode,
  SubmitRefusalCode,
  TerminateRefusalCode,
} from '@samarbeid/shared/domain';
import {
  AGREEMENT_LEGAL_FORM_LABELS,
  AGREEMENT_PARTY_ROLE_LABELS,
  AGREEMENT_STATUS_LABELS,
  PARTY_ROLES_BY_FORM,
} from '@samarbeid/shared/domain';

import { formatDate, formatQuantity } from './terms/norwegian-format';

/**
 * The agreements' errors in one place: the shared rules answer with codes, and here they become the sentences a
 * user reads (Norwegian, with English in `extensions.messageEn`) and the GraphQL error codes.
 */

export const agreementNotFound = () =>
  notFound({ nb: 'Fant ikke avtalen.', en: 'The agreement was not found.' });

export const measureNotInRegion = () =>
  badUserInput({
    nb: 'Tiltaket finnes ikke i avtalens region.',
    en: "The measure does not exist in the agreement's region.",
  });

export const noSuchVersion = (versionNumber: number | undefined, currentVersion: number) =>
  badUserInput({
    nb: `Avtalen har ingen versjon ${versionNumber} (gjeldende versjon er v${currentVersion}).`,
    en: `The agreement has no version ${versionNumber} (the current version is v${currentVersion}).`,
  });

export const nothingToSave = () =>
  badUserInput({
    nb: 'Ingen endringer å lagre: vilkårene, tittelen og tiltaket er som før.',
    en: 'Nothing to save: the terms, title and measure are unchanged.',
  });

/** The expected-version check's subject ("Avtalen er endret av noen andre …"). */
export const THE_AGREEMENT: ErrorText = { nb: 'Avtalen', en: 'The agreement' };

export function statusLabel(status: AgreementStatus): string {
  return AGREEMENT_STATUS_LABELS[status].nb.toLowerCase();
}

// The workflow

export function changeRefused(code: ChangeRefusalCode, activeEndDate: string | null) {
  if (code === 'TERMINATED') {
    return badUserInput({
      nb: 'Avtalen er sagt opp og kan ikke endres.',
      en: 'The agreement has been terminated and cannot be changed.',
    });
  }
  return badUserInput({
    nb: `Avtalen utløp ${formatDate(activeEndDate ?? '')} og kan ikke endres. Registrer en ny avtale.`,
    en: `The agreement expired on ${activeEndDate} and cannot be changed. Register a new agreement.`,
  });
}

export function submitRefused(code: SubmitRefusalCode, status: AgreementStatus) {
  if (code === 'NOT_A_SERVICE_PURCHASE') {
    return badUserInput({
      nb: 'Bare tjenestekjøpsavtaler sendes til godkjenning; lovfestede samarbeid registreres som aktive.',
      en: 'Only service purchases are submitted for approval; statutory collaborations are registered as active.',
    });
  }
  return badUserInput({
    nb: `Avtalen er ${statusLabel(status)}, ikke et utkast. Endrer du vilkårene, sendes en ny versjon til godkjenning.`,
    en: `The agreement is ${status.toLowerCase()}, not a draft. Changing its terms submits a new version for approval.`,
  });
}

export function terminateRefused(code: TerminateRefusalCode) {
  return code === 'DRAFT'
    ? badUserInput({
        nb: 'Et utkast er ikke inngått, og kan ikke sies opp.',
        en: 'A draft has not been entered into and cannot be terminated.',
      })
    : badUserInput({
        nb: 'Avtalen har ingen godkjent versjon og er ikke i kraft, så den kan ikke sies opp.',
        en: 'The agreement has no approved version and is not in force, so it cannot be terminated.',
      });
}

// Decisions

export const notADirector = () =>
  forbidden({
    nb: 'Bare en kommunedirektør med kommune i innloggingen kan godkjenne eller avvise avtaler.',
    en: 'Only a municipal director with a municipality in their sign-in can approve or reject agreements.',
  });

export const alreadyDecided = (name: string, decision: AgreementDecision, versionNumber: number) =>
  badUserInput({
    nb: `${name} har allerede ${decision === 'APPROVE' ? 'godkjent' : 'avvist'} versjon ${versionNumber}.`,
    en: `${name} has already ${decision === 'APPROVE' ? 'approved' : 'rejected'} version ${versionNumber}.`,
  });

/** The refusal of a director's decision, in words: `name` is the director's municipality's. */
export function decisionRefused(
  refusal: { readonly code: DecisionRefusalCode; readonly earlier?: AgreementDecision },
  context: { name: string; versionNumber: number; currentVersion: number; status: AgreementStatus },
): AppError {
  const { name, versionNumber, currentVersion, status } = context;
  switch (refusal.code) {
    case 'NOT_A_PARTY':
      return forbidden({
        nb: `${name} er ikke part i versjon ${versionNumber} av avtalen. Bare kommunedirektøren i en part kan godkjenne eller avvise den.`,
        en: `${name} is not a party to version ${versionNumber} of the agreement. Only the director of a party can approve or reject it.`,
      });
    case 'NOT_CURRENT_VERSION':
      return badUserInput({
        nb: `Du kan bare godkjenne gjeldende versjon (v${currentVersion}).`,
        en: `You can only approve the current version (v${currentVersion}).`,
      });
    case 'NOT_SUBMITTED':
      return badUserInput({
        nb: `Avtalen er ikke til godkjenning (den er ${statusLabel(status)}).`,
        en: `The agreement is not awaiting approval (it is ${status.toLowerCase()}).`,
      });
    case 'ALREADY_DECIDED':
      return alreadyDecided(name, refusal.earlier ?? 'APPROVE', versionNumber);
    case 'REASON_MISSING':
      return badUserInput({
        nb: 'Skriv en begrunnelse når du avviser avtalen.',
        en: 'Give a reason when you reject the agreement.',
      });
  }
}

// Terms that do not fit the legal form

const VOLUME_AND_UNIT: ErrorText = { nb: 'volum og enhet', en: 'volume and unit' };
/** What a service purchase lacks, as its sentence lists it (a volume without its unit is said once). */
const PRICE_ITEMS: Record<PriceProblemCode, ErrorText> = {
  VOLUME_MISSING: VOLUME_AND_UNIT,
  VOLUME_UNIT_MISSING: VOLUME_AND_UNIT,
  PRICE_MODEL_MISSING: { nb: 'prismodell', en: 'price model' },
  PRICE_MISSING: { nb: 'pris', en: 'price' },
};

function joined(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/**
 * The sentence for the first of `problems` (the rules list them in the order they are checked). A problem that
 * comes as one per party or per missing field (missing volumes, owner shares, price) is said once, for all of them.
 * `members` name the municipalities.
 */
export function termsProblemText(
  form: AgreementLegalForm,
  problems: readonly AgreementTermsProblem[],
  members: ReadonlyMap<string, string>,
): ErrorText {
  const problem = problems[0];
  const name = (number: string) => members.get(number) ?? number;
  const formName = AGREEMENT_LEGAL_FORM_LABELS[form];
  const partiesWith = (code: AgreementTermsProblem['code']) =>
    problems.flatMap((other) => (other.code === code && 'party' in other ? [name(other.party)] : []));
  switch (problem.code) {
    case 'MUNICIPALITY_MISSING':
      return { nb: 'Velg kommune for hver part.', en: 'Choose the municipality of every party.' };
    case 'NOT_A_MEMBER':
      return {
        nb: `Kommune ${problem.party} er ikke medlem av regionen i dag, og kan ikke være part.`,
        en: `Municipality ${problem.party} is not a member of the region today and cannot be a party.`,
      };
    case 'PARTY_TWICE':
      return {
        nb: `${name(problem.party)} står to ganger blant partene. En kommune kan bare være part én gang.`,
        en: `${name(problem.party)} appears twice among the parties. A municipality can be a party only once.`,
      };
    case 'ROLE_MISSING':
      return {
        nb: `Velg rollen til ${name(problem.party)}.`,
        en: `Choose the role of ${name(problem.party)}.`,
      };
    case 'ROLE_NOT_IN_FORM': {
      const role = AGREEMENT_PARTY_ROLE_LABELS[problem.role];
      const allowed = PARTY_ROLES_BY_FORM[form].map((each) => AGREEMENT_PARTY_ROLE_LABELS[each]);
      return {
        nb: `${name(problem.party)} er oppført som ${role.nb.toLowerCase()}, men en ${formName.nb.toLowerCase()} har bare ${allowed.map((each) => each.nb.toLowerCase()).join(' og ')}.`,
        en: `${name(problem.party)} is listed as ${role.en.toLowerCase()}, but a ${formName.en.toLowerCase()} only has ${allowed.map((each) => each.en.toLowerCase()).join(' and ')}.`,
      };
    }
    case 'OWNER_SHARE_NOT_OWNER':
      return {
        nb: `Eierandel gjelder bare eiere i IKS og kommunalt oppgavefellesskap (${name(problem.party)}).`,
        en: `An owner share applies only to owners of an IKS or municipal joint task body (${name(problem.party)}).`,
      };
    case 'BUYER_VOLUME_NOT_BUYER':
      return {
        nb: `Volum per part gjelder bare kjøpere i en tjenestekjøpsavtale (${name(problem.party)}).`,
        en: `A volume per party applies only to buyers in a service purchase (${name(problem.party)}).`,
      };
    case 'ANNUAL_COST_IN_PURCHASE':
      return {
        nb: 'I en tjenestekjøpsavtale følger kjøpernes årlige kostnad av prisen; oppgi ikke årlig kostnad per part.',
        en: "In a service purchase the buyers' annual cost follows from the price; do not give an annual cost per party.",
      };
    case 'INVALID_DATE':
      return { nb: `${problem.value} er ikke en gyldig dato.`, en: `${problem.value} is not a valid date.` };
    case 'SELLERS_AND_BUYERS':
      return {
        nb: `En tjenestekjøpsavtale har nøyaktig én selger og minst én kjøper (nå ${problem.sellers} selger(e) og ${problem.buyers} kjøper(e)).`,
        en: `A service purchase has exactly one seller and at least one buyer (now ${problem.sellers} seller(s) and ${problem.buyers} buyer(s)).`,
      };
    case 'VOLUME_MISSING':
    case 'VOLUME_UNIT_MISSING':
    case 'PRICE_MODEL_MISSING':
    case 'PRICE_MISSING': {
      const items = [
        ...new Set(
          problems.flatMap((other) =>
            other.code in PRICE_ITEMS ? [PRICE_ITEMS[other.code as PriceProblemCode]] : [],
          ),
        ),
      ];
      return {
        nb: `En tjenestekjøpsavtale må ha ${items.map((item) => item.nb).join(', ')}.`,
        en: `A service purchase needs ${items.map((item) => item.en).join(', ')}.`,
      };
    }
    case 'BUYER_VOLUME_MISSING': {
      const without = partiesWith('BUYER_VOLUME_MISSING');
      return {
        nb: `Oppgi volum for alle kjøperne eller ingen (mangler for ${joined(without, 'og')}).`,
        en: `Give a volume for every buyer or for none (missing for ${joined(without, 'and')}).`,
      };
    }
    case 'BUYER_VOLUME_SUM':
      return {
        nb: `Kjøpernes volum er til sammen ${formatQuantity(problem.sum)}, men avtalens volum er ${formatQuantity(problem.total)}.`,
        en: `The buyers' volumes add up to ${problem.sum}, but the agreement's volume is ${problem.total}.`,
      };
    case 'HOSTS_AND_PARTICIPANTS':
      return {
        nb: `Et vertskommunesamarbeid har nøyaktig én vertskommune og minst én samarbeidskommune (nå ${problem.hosts} vertskommune(r) og ${problem.participants} samarbeidskommune(r)).`,
        en: `A host-municipality collaboration has exactly one host and at least one participating municipality (now ${problem.hosts} host(s) and ${problem.participants} participant(s)).`,
      };
    case 'TOO_FEW_OWNERS':
      return {
        nb: `${formName.nb} har minst to eierkommuner.`,
        en: `${formName.en}: at least two owner municipalities are needed.`,
      };
    case 'OWNER_SHARE_MISSING': {
      const without = partiesWith('OWNER_SHARE_MISSING');
      return {
        nb: `Oppgi eierandel for ${joined(without, 'og')}; andelene skal til sammen være 100 %.`,
        en: `Give the owner share of ${joined(without, 'and')}; the shares must add up to 100 %.`,
      };
    }
    case 'OWNER_SHARE_SUM':
      return {
        nb: `Eierandelene er til sammen ${formatQuantity(problem.sum)} %, men skal være nøyaktig 100 %.`,
        en: `The owner shares add up to ${problem.sum} %, but must be exactly 100 %.`,
      };
    case 'TOO_FEW_MEMBERS':
      return {
        nb: 'Et interkommunalt politisk råd har minst to medlemskommuner.',
        en: 'An inter-municipal political council has at least two member municipalities.',
      };
    case 'END_BEFORE_START':
      return {
        nb: `Sluttdatoen (${formatDate(problem.endDate)}) er før startdatoen (${formatDate(problem.startDate)}).`,
        en: `The end date (${problem.endDate}) is before the start date (${problem.startDate}).`,
      };
  }
}
