import { TextField } from "@/components/forms/fields";
import { ParticipantRows } from "@/components/registration/ParticipantRows";
import type { FormValues } from "@/lib/forms/action-state";

// The registration form's part for a team (leerkring): who the team is, its contact person, its participants.

export function TeamFields({ values, errors }: { values: FormValues | undefined; errors: Record<string, string[] | undefined> }) {
  const value = (name: string) => {
    const raw = values?.[name];
    return Array.isArray(raw) ? raw[0] : raw;
  };
  return (
    <>
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Het team</legend>
        <TextField
          name="team-organisation"
          label="Gemeente of organisatie"
          required
          autoComplete="organization"
          defaultValue={value("team-organisation")}
          errors={errors["team.organisation"]}
          maxLength={200}
        />
        <TextField
          name="team-name"
          label="Naam van het team"
          required
          defaultValue={value("team-name")}
          errors={errors["team.name"]}
          maxLength={200}
          hint="Bijvoorbeeld: Sociaal wijkteam Noord."
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Contactpersoon</legend>
        <p className="text-sm text-stone-600">
          Met de contactpersoon plant de organisatie het intakegesprek; hij of zij krijgt de mail met de link om de aanmelding te bekijken
          en de deelnemers te wijzigen.
        </p>
        <TextField
          name="name"
          label="Naam"
          required
          autoComplete="name"
          defaultValue={value("name")}
          errors={errors.name}
          maxLength={200}
        />
        <TextField
          name="email"
          label="E-mailadres"
          type="email"
          required
          autoComplete="email"
          defaultValue={value("email")}
          errors={errors.email}
        />
        <TextField
          name="role"
          label="Functie of rol"
          autoComplete="organization-title"
          defaultValue={value("role")}
          errors={errors.role}
          maxLength={200}
        />
      </fieldset>
      <ParticipantRows values={values} errors={errors} />
    </>
  );
}
