/** WordprocessingML measures: twips (twentieths of a point) and half-points for font sizes. */

export const TWIPS_PER_POINT = 20;
export const TWIPS_PER_MILLIMETRE = 1440 / 25.4;

export function millimetresToTwips(millimetres: number): number {
  return Math.round(millimetres * TWIPS_PER_MILLIMETRE);
}

export function pointsToTwips(points: number): number {
  return Math.round(points * TWIPS_PER_POINT);
}

/** `w:sz` is in half-points, a whole number from 1 to 3276 (ST_HpsMeasure). */
export function pointsToHalfPoints(points: number): number {
  return Math.min(3276, Math.max(1, Math.round(points * 2)));
}
