/**
 * Field builders that carry their unit in the description, so every field of
 * the published JSON Schema says what it measures.
 */
import { z } from 'zod';

/** A share, 0–1 unless a narrower range is given (each caller says why). */
export const share = (description: string, { least = 0, most = 1 } = {}) =>
  z.number().min(least).max(most).describe(`${description} (share, ${least}–${most})`);

export const hours = (description: string) => z.number().min(0).max(10_000).describe(`${description} (hours)`);

export const hoursPerWeek = (description: string) =>
  z.number().min(0).max(168).describe(`${description} (hours per week)`);

export const minutes = (description: string) => z.number().min(0).max(10_000).describe(`${description} (minutes)`);

/** A length of time in weeks, at least `least` (each caller with a minimum says why). */
export const weeks = (description: string, least = 0) => z.number().min(least).max(5_200).describe(`${description} (weeks)`);

/** A length of time in months, at least `least` (each caller with a minimum says why). */
export const months = (description: string, least = 0) => z.number().min(least).max(1_200).describe(`${description} (months)`);

export const count = (description: string, max = 1_000_000) =>
  z.number().int().min(0).max(max).describe(`${description} (whole number)`);

export const probability = (description: string) =>
  z.number().min(0).max(1).describe(`${description} (probability, 0–1)`);

export const perMonth = (description: string) =>
  z.number().min(0).max(100).describe(`${description} (per month)`);
