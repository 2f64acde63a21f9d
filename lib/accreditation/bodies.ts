import type { AccreditationBody } from "@/lib/generated/prisma/enums";

// The professional registers that accredit events for the social domain, their names as people know them,
// and what a registration number in each looks like. Pure: the registration form, the admin and the PDF share it.

export const ACCREDITATION_BODIES = ["registerplein", "skj", "kwaliteitsregister_vv", "other"] as const satisfies readonly AccreditationBody[];

export const accreditationBodyLabels: Record<AccreditationBody, string> = {
  registerplein: "Registerplein",
  skj: "SKJ (Kwaliteitsregister Jeugd)",
  kwaliteitsregister_vv: "Kwaliteitsregister V&V",
  other: "Ander register",
};

/** "Registerplein", or the organiser's own name for another body. */
export function accreditationBodyName(accreditation: { body: AccreditationBody; bodyName: string | null }): string {
  if (accreditation.body === "other") return accreditation.bodyName?.trim() || accreditationBodyLabels.other;
  return accreditationBodyLabels[accreditation.body];
}

/** The shortest form, for a file name: "registerplein", "skj", "kwaliteitsregister-vv", "ander-register". */
export function accreditationBodySlug(body: AccreditationBody): string {
  return body === "other" ? "ander-register" : body.replaceAll("_", "-");
}

// Formats. Kwaliteitsregister V&V registers nurses by their BIG number: 11 digits, which is also what
// PE-online takes for V&V (its "#BIG-nummer" search). Registerplein and SKJ publish no fixed length for their
// registration numbers; both are numeric, so we accept 4 to 12 digits and only refuse letters and typos.
// Spaces, dots and hyphens people copy from a register card are dropped.
type NumberFormat = { pattern: RegExp; message: string };
const formats: Partial<Record<AccreditationBody, NumberFormat>> = {
  kwaliteitsregister_vv: { pattern: /^\d{11}$/, message: "Een BIG-nummer voor Kwaliteitsregister V&V bestaat uit 11 cijfers." },
  registerplein: { pattern: /^\d{4,12}$/, message: "Een registratienummer van Registerplein bestaat alleen uit cijfers." },
  skj: { pattern: /^\d{4,12}$/, message: "Een SKJ-registratienummer bestaat alleen uit cijfers." },
};

export const REGISTER_NUMBER_MAX = 40;

export type RegisterNumberCheck = { ok: true; value: string } | { ok: false; message: string };

/** A registration number as typed, checked against its register's format where that is known. */
export function checkRegisterNumber(body: AccreditationBody, typed: string): RegisterNumberCheck {
  const format = formats[body];
  if (!format) {
    const value = typed.trim().replace(/\s+/g, " ");
    if (value.length > REGISTER_NUMBER_MAX) return { ok: false, message: `Dit registratienummer is te lang (hooguit ${REGISTER_NUMBER_MAX} tekens).` };
    if (!/^[\p{L}\p{N} ./-]+$/u.test(value)) return { ok: false, message: "Een registratienummer bestaat uit letters, cijfers, punten en streepjes." };
    return { ok: true, value };
  }
  const value = typed.replace(/[\s.-]/g, "");
  return format.pattern.test(value) ? { ok: true, value } : { ok: false, message: format.message };
}

/** Hint next to the field, per register. */
export const registerNumberHints: Record<AccreditationBody, string> = {
  registerplein: "Je registratienummer staat in Mijn Registerplein.",
  skj: "Je SKJ-registratienummer staat op je registerpas.",
  kwaliteitsregister_vv: "Je BIG-nummer: 11 cijfers.",
  other: "Zoals het register het schrijft.",
};
