import { badUserInput, forbidden, notFound } from '@samarbeid/api/platform';

import type { AnswersProblem, QuestionListProblem } from './domain/self-evaluation-rules';
import { FIRST_EVALUATION_YEAR } from './domain/self-evaluation-rules';

/** What a stale version is called in the CONFLICT sentences. */
export const QUESTION_LIST = {
  nb: 'Spørsmålene til egenvurderingen',
  en: 'The self-evaluation questions',
} as const;
export const EVALUATION = { nb: 'Egenvurderingen', en: 'The self-evaluation' } as const;

export const questionListRefused = (problem: QuestionListProblem) => {
  switch (problem.code) {
    case 'DUPLICATE_QUESTION':
      return badUserInput({
        nb: 'Det samme spørsmålet står to ganger.',
        en: 'The same question is listed twice.',
      });
    case 'UNKNOWN_QUESTION':
      return badUserInput({
        nb: 'Spørsmålet finnes ikke blant regionens spørsmål.',
        en: "The question is not one of the region's questions.",
      });
    case 'SCALE_INVALID':
      return badUserInput({
        nb: `Skalaen til «${problem.text}» må gå oppover, fra 0 eller mer til høyst 10.`,
        en: `The scale of "${problem.text}" must go upwards, from 0 or more to at most 10.`,
      });
    case 'SCALE_LOCKED':
      return badUserInput({
        nb: `«${problem.text}» er besvart, så skalaen kan ikke endres.`,
        en: `"${problem.text}" has been answered, so its scale cannot change.`,
      });
    case 'ANSWERED_QUESTION_REMOVED':
      return badUserInput({
        nb: `«${problem.text}» er besvart og kan ikke slettes; ta det ut av bruk i stedet.`,
        en: `"${problem.text}" has been answered and cannot be deleted; retire it instead.`,
      });
  }
};

export const answersRefused = (problem: AnswersProblem) => {
  switch (problem.code) {
    case 'UNKNOWN_QUESTION':
      return badUserInput({
        nb: 'Et svar gjelder et spørsmål som ikke er i bruk i regionen.',
        en: 'An answer is for a question the region does not use.',
      });
    case 'DUPLICATE_ANSWER':
      return badUserInput({
        nb: `«${problem.text}» er besvart to ganger.`,
        en: `"${problem.text}" is answered twice.`,
      });
    case 'SCORE_OUTSIDE_SCALE':
      return badUserInput({
        nb: `Svaret på «${problem.text}» må være et helt tall fra ${problem.scaleMin} til ${problem.scaleMax}.`,
        en: `The answer to "${problem.text}" must be a whole number from ${problem.scaleMin} to ${problem.scaleMax}.`,
      });
    case 'QUESTION_UNANSWERED':
      return badUserInput({
        nb: `«${problem.text}» er ikke besvart.`,
        en: `"${problem.text}" is not answered.`,
      });
  }
};

export const yearNotAllowed = () =>
  badUserInput({
    nb: `Året må være fra ${FIRST_EVALUATION_YEAR} til i år.`,
    en: `The year must be from ${FIRST_EVALUATION_YEAR} up to this year.`,
  });

export const evaluationClosed = (year: number) =>
  badUserInput({
    nb: `Egenvurderingen for ${year} er lukket av sekretariatet og kan ikke endres.`,
    en: `The self-evaluation of ${year} has been closed by the secretariat and cannot change.`,
  });

export const evaluationNotFound = () =>
  notFound({ nb: 'Fant ikke egenvurderingen.', en: 'The self-evaluation was not found.' });

export const networkNotFound = () =>
  notFound({ nb: 'Fant ikke nettverket.', en: 'The network was not found.' });

export const notNetworkLeader = () =>
  forbidden({
    nb: 'Bare lederen av nettverket, eller sekretariatet, kan svare på nettverkets egenvurdering.',
    en: "Only the network's leader, or the secretariat, can answer the network's self-evaluation.",
  });
