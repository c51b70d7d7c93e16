/**
 * The Dutch citizen service number (BSN): nine digits that pass the 11-proef, where the digits are
 * weighted 9, 8, … 2 and the last one -1, and the sum is a multiple of 11. Eight-digit numbers are
 * written with a leading zero, so nine digits is the only form we need to recognise.
 */
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/** True when `digits` is exactly nine digits passing the 11-proef (and not all zeros). */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) {
    sum += Number(digits[index]) * (WEIGHTS[index] ?? 0);
  }
  return sum % 11 === 0;
}
