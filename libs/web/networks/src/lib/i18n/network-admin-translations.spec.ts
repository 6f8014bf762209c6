import { describe, expect, it } from '@jest/globals';
import { nb } from '@samarbeid/web/data-access';

import { networkAdminEn } from './network-admin.en';
import { networkAdminNb } from './network-admin.nb';
import { networksNb } from './networks.nb';
import { selfEvaluationNb } from './self-evaluation.nb';

describe("the secretariat's network tools dictionaries", () => {
  it("define every Norwegian key in English, and none of the core's or the networks page's", () => {
    expect(Object.keys(networkAdminEn).sort()).toEqual(Object.keys(networkAdminNb).sort());
    const others = { ...nb, ...networksNb, ...selfEvaluationNb };
    expect(Object.keys(networkAdminNb).filter((key) => key in others)).toEqual([]);
  });
});
