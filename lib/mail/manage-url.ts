/** The registrant's own page: see, change or cancel the registration. */
export function manageUrl(baseUrl: string, token: string): string {
  return new URL(`/aanmelding/${token}`, baseUrl).toString();
}
