import Link from "next/link";
import { registrationsPath } from "@/lib/registration/admin-paths";

export function BackToRegistrations({ event }: { event: { id: number; title: string } }) {
  return (
    <p className="print:hidden">
      <Link href={registrationsPath(event.id)} className="text-brand-700 underline underline-offset-4">
        ← Alle aanmeldingen voor {event.title}
      </Link>
    </p>
  );
}
