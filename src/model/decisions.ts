/**
 * Decisions about a prisoner that are matters of chance (a panel's deferral,
 * the Parole Board's direction, an HDC grant, work sent back at sign-off):
 * each prisoner draws them from a sequence of their own, keyed by their
 * number, rather than from the prison's shared stream. Two scenarios compared
 * on common random numbers then give each prisoner the same chances even when
 * their work is done at other times, so paired differences stay narrow.
 */
import { keyedUniform } from '../engine/index.ts';
import type { Prisoner } from './types.ts';

/** True with probability `p`, from the prisoner's next decision draw. */
export function decide(prisoner: Prisoner, p: number): boolean {
  if (p <= 0) return false;
  if (p >= 1) return true;
  const key = (prisoner.establishment.decisionSalt ^ Math.imul(prisoner.id, 0x27d4eb2d)) | 0;
  return keyedUniform(key, prisoner.decisionsTaken++) < p;
}
