// The title a public page gets from the root layout's template ("%s | Bijeen"), for components that must
// render the whole title themselves (the error summary's "Fout: …" without JavaScript).
export function publicPageTitle(title: string): string {
  return `${title} | Bijeen`;
}

/** The title an admin page gets from the admin layouts' template ("%s | Beheer Bijeen"). */
export function adminPageTitle(title: string): string {
  return `${title} | Beheer Bijeen`;
}
