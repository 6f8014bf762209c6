import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { networksNb } from './networks.nb';
import { selfEvaluationEn } from './self-evaluation.en';
import { selfEvaluationNb } from './self-evaluation.nb';

describe('the self-evaluation dictionaries', () => {
  it("define every Norwegian key in English, and none of the core's or the networks page's", () => {
    expect(Object.keys(selfEvaluationEn).sort()).toEqual(Object.keys(selfEvaluationNb).sort());
    expect(Object.keys(selfEvaluationNb).filter((key) => key in nb || key in networksNb)).toEqual([]);
  });
});
