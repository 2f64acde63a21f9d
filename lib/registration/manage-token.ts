import { randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: the only key to a registration's manage page, so it must be unguessable. */
export function newManageToken(): string {
  return randomBytes(32).toString("base64url");
}
