/** The registrant's own page: see, change or cancel the registration. */
export function manageUrl(baseUrl: string, token: string): string {
  return new URL(`/aanmelding/${token}`, baseUrl).toString();
}

/** The page where someone accepts or declines a place offered from the waitlist; works without JavaScript. */
export function offerUrl(baseUrl: string, token: string): string {
  return new URL(`/aanmelding/${token}/aanbod`, baseUrl).toString();
}

/** The certificate of attendance; before it exists, the page next to it says why. */
export function certificateUrl(baseUrl: string, token: string): string {
  return new URL(`/aanmelding/${token}/bewijs.pdf`, baseUrl).toString();
}

/** The evaluation form, for those who were there. */
export function evaluationUrl(baseUrl: string, token: string): string {
  return new URL(`/aanmelding/${token}/evaluatie`, baseUrl).toString();
}
