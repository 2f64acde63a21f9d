import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/SignInForm";
import { currentAdmin } from "@/lib/auth/session";
import { signInAction } from "./actions";
import { TitledPage } from "@/components/forms/TitledPage";
import { publicPageTitle } from "@/lib/page-title";

export const metadata: Metadata = { title: null, robots: { index: false, follow: false } };

export default async function SignInPage() {
  if (await currentAdmin()) redirect("/admin");
  return (
    <TitledPage title={publicPageTitle("Inloggen voor organisatoren")}>
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-3xl font-bold">Inloggen voor organisatoren</h1>
        <p className="text-stone-700">Hier beheer je bijeenkomsten, aanmeldingen en de mail die Bijeen verstuurt.</p>
        <SignInForm action={signInAction} />
      </div>
    </TitledPage>
  );
}
