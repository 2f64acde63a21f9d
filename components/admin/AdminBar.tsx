import Link from "next/link";
import { ADMIN_ROLE_LABELS } from "@/lib/auth/roles";
import type { AdminRole } from "@/lib/generated/prisma/enums";

// The admin's header: only the pages the organiser's role may open (door staff see the check-in list alone).

type Props = { user: { name: string; role: AdminRole }; signOut: (form: FormData) => Promise<void> };

export function AdminBar({ user, signOut }: Props) {
  const links = [
    ...(user.role === "ontvangst" ? [] : [{ href: "/admin", label: "Evenementen" }]),
    { href: "/admin/inchecken", label: "Inchecken" },
    ...(user.role === "ontvangst"
      ? []
      : [
          { href: "/admin/mailbox", label: "Mailbox" },
          { href: "/admin/logboek", label: "Logboek" },
          { href: "/admin/statistiek", label: "Statistiek" },
        ]),
    ...(user.role === "beheerder"
      ? [
          { href: "/admin/mailsjablonen", label: "Mailteksten" },
          { href: "/admin/gebruikers", label: "Gebruikers" },
          { href: "/admin/privacy", label: "Privacy" },
        ]
      : []),
  ];
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-stone-200 bg-stone-50 px-4 py-3 print:hidden">
      <nav aria-label="Beheer">
        <ul className="flex flex-wrap gap-x-5 gap-y-2 font-medium">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-brand-800 underline-offset-4 hover:underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form action={signOut} className="flex items-center gap-3 text-sm text-stone-700">
        <span>
          {user.name} ({ADMIN_ROLE_LABELS[user.role].toLowerCase()})
        </span>
        <button type="submit" className="rounded border border-stone-400 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
          Uitloggen
        </button>
      </form>
    </div>
  );
}
