import { randomBytes } from "node:crypto";

// The check-in code at the door: 8 characters of Crockford's base32 (no I, L, O or U, so nothing looks like
// something else), shown as XXXX-XXXX. 40 random bits: unguessable enough for a door, short enough to read out
// and type on a phone. Separate from the manage token: a photo of a ticket lets someone in, not cancel.

export const CHECK_IN_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CHECK_IN_CODE_LENGTH = 8;

/** A new code in its stored form (8 characters, no dash). */
export function newCheckInCode(): string {
  // 32 symbols divide 256, so taking the low 5 bits of each byte is uniform.
  return Array.from(randomBytes(CHECK_IN_CODE_LENGTH), (byte) => CHECK_IN_ALPHABET[byte & 31]).join("");
}

/** How a stored code is shown and printed: XXXX-XXXX. */
export function formatCheckInCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What was typed or scanned, as the stored code, or null when it cannot be one: case, spaces and dashes do not
 * matter, and O is read as 0, I and L as 1 (the letters the alphabet leaves out for looking alike).
 */
export function normaliseCheckInCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s\-‐-―_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (code.length !== CHECK_IN_CODE_LENGTH) return null;
  for (const character of code) if (!CHECK_IN_ALPHABET.includes(character)) return null;
  return code;
}
