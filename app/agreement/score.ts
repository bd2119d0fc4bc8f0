// A measure's value, or why it has none. Agreement coefficients are ratios, and 0/0 happens in
// ordinary data (nobody tagged anything); reporting 1 or 0 there would be a made-up number, so
// the value is null and the reason travels with it for the app and the CLI to show.

/** A computed value, or null with a reason a reader can act on ("no spans by either annotator"). */
export type Score = { value: number } | { value: null; reason: string };

export function scored(value: number): Score {
  return { value };
}

export function unscored(reason: string): Score {
  return { value: null, reason };
}

/**
 * The mean of the defined scores; `whenNone` explains a null when there are none. The mean
 * skips undefined values rather than counting them as 0, as INCEpTION's summaries do.
 */
export function meanScore(scores: Iterable<Score>, whenNone: string): Score {
  let sum = 0;
  let count = 0;
  for (const score of scores) {
    if (score.value === null) continue;
    sum += score.value;
    count++;
  }
  return count === 0 ? unscored(whenNone) : scored(sum / count);
}
