import { z } from "zod";

// The organisers' roles as the users screen names them; pure, so the new-user form (a client component) shares
// the list and the schema with the server.

export const ADMIN_ROLES = ["ontvangst", "redacteur", "beheerder"] as const;
type Role = (typeof ADMIN_ROLES)[number];

export const ADMIN_ROLE_LABELS: Record<Role, string> = { beheerder: "Beheerder", redacteur: "Redacteur", ontvangst: "Ontvangst" };

export const ADMIN_ROLE_DESCRIPTIONS: Record<Role, string> = {
  ontvangst: "Ontvangst: alleen inchecken bij de ingang",
  redacteur: "Redacteur: evenementen en aanmeldingen",
  beheerder: "Beheerder: alles, ook gebruikers",
};

export const adminRoleSchema = z.enum(ADMIN_ROLES, { error: "Kies beheerder, redacteur of ontvangst." });
