import { REGIO_GEMEENTEN } from '../gemeente.data';
import type { ScenarioInvoer } from './scenario.rule';

/**
 * Inhabitants per gemeente behind column A of the memo's scenario table
 * (Verdeelafspraken, chapter 6: region 1,139,700 inhabitants).
 *
 * NOT CBS figures: the memo gives only the regional total and the resulting
 * dwellings per gemeente, and we did not have the exact CBS StatLine 2024 counts
 * at hand. These values are derived from the memo: rounded to hundreds, they
 * sum to 1,139,700 and reproduce column A exactly (3,412 × share, rounded half
 * up). Replace them with the real CBS figures through the scenario input form
 * (a new version of the year's input) when the region fixes its reference date.
 */
export const INWONERS_MEMO: Readonly<Record<string, number>> = {
  '0503': 104_900, // Delft → 314
  '0518': 557_200, // Den Haag → 1.668
  '1916': 76_600, // Leidschendam-Voorburg → 229
  '1842': 19_100, // Midden-Delfland → 57
  '1926': 57_200, // Pijnacker-Nootdorp → 171
  '0603': 59_100, // Rijswijk → 177
  '0629': 26_400, // Wassenaar → 79
  '1783': 112_000, // Westland → 335
  '0637': 127_200, // Zoetermeer → 381
};

/** The memo's yearly regional opgave: 3,412 bijzondere doelgroepen, of whom 2,264 statutory urgents. */
export const OPGAVE_MEMO = 3412;

/** The first year the scenario table has inputs for (seeded from the memo). */
export const SCENARIO_EERSTE_JAAR = 2025;

/**
 * The memo's own inputs as the first year: average lettings 2020–2023 (social and
 * below the eerste aftoppingsgrens), SVH lettings to bijzondere doelgroepen in
 * 2024 as the realisation B, the inhabitants above and the opgave of 3,412.
 */
export function scenarioInvoerMemo(jaar: number = SCENARIO_EERSTE_JAAR): ScenarioInvoer {
  return {
    jaar,
    opgave: OPGAVE_MEMO,
    gemeenten: REGIO_GEMEENTEN.map((g) => ({
      gemeenteCbs: g.cbsCode,
      inwoners: INWONERS_MEMO[g.cbsCode] ?? 0,
      socialeVerhuringen: g.lettingsSocialAvg,
      verhuringenOnderAftoppingsgrens: g.lettingsBelowFirstRentCapAvg,
      realisatieBijzondereDoelgroepen: g.bijzondereDoelgroepenLet2024,
    })),
  };
}
