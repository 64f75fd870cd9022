/**
 * Coarse age bands shared by the directory (who a service is for), the activity log
 * (children's ages, never a birth date) and the orientation questions.
 */
export const AGE_BANDS = ['0-2', '3-5', '6-11', '12-15', '16-17', '18-25', '26-59', '60+'] as const;

export type AgeBand = (typeof AGE_BANDS)[number];

/** The bands that describe children and teenagers, for household profiles. */
export const CHILD_AGE_BANDS = [
  '0-2',
  '3-5',
  '6-11',
  '12-15',
  '16-17',
] as const satisfies readonly AgeBand[];

export type ChildAgeBand = (typeof CHILD_AGE_BANDS)[number];
