// Every automatic mail Bijeen sends, with its default Dutch wording, in this one place. A beheerder may
// reword a kind for all events (MailTemplate), an organiser for one event (EventMailTemplate); without either
// the default below goes out. Bodies are Markdown with Liquid placeholders ({{ naam }}, {% if team %}).
//
// Adding a mail kind: add one entry to MAIL_KINDS (key, label, default subject and body). It then shows in
// the template pages, the mailbox labels and the save-time checks; queue it with queueRegistrationMail.

export type MailTemplateSource = { subject: string; body: string };

/** `requires`: placeholders every wording of the kind must keep (refused on save without them). */
type MailKindEntry = { label: string; description: string; requires?: readonly Placeholder[] } & MailTemplateSource;

const manageButton = "[Bekijk of wijzig {% if team %}jullie{% else %}je{% endif %} aanmelding]({{ beheerlink }})";

export const MAIL_KINDS = {
  confirmed: {
    label: "Bevestiging",
    description: "Na een aanmelding met een plek.",
    subject: "Aanmelding bevestigd: {{ evenement }}",
    body: `Beste {{ naam }},

Je bent aangemeld voor {{ evenement }}. Fijn dat je erbij bent!

{{ gegevens }}

{% if online %}De link om online mee te doen ontvang je uiterlijk een dag van tevoren.

{% endif %}In de bijlage vind je de bijeenkomst voor je agenda. Via de knop hieronder bekijk, wijzig of annuleer je je aanmelding.

${manageButton}`,
  },
  waitlisted: {
    label: "Wachtlijst",
    description: "Na een aanmelding voor een volle bijeenkomst.",
    subject: "Je staat op de wachtlijst: {{ evenement }}",
    body: `Beste {{ naam }},

{{ evenement }} is vol. Je staat op de wachtlijst: komt er een plek vrij, dan krijg je die automatisch en sturen we je meteen bericht.

{{ gegevens }}

${manageButton}`,
  },
  pending: {
    label: "Aanvraag ontvangen (intake)",
    description: "Na een aanmelding voor een bijeenkomst met intake.",
    subject: "{% if team %}Aanvraag{% else %}Aanmelding{% endif %} ontvangen: {{ evenement }}",
    body: `Beste {{ naam }},

{% if team %}We hebben de aanvraag van {{ team }} voor {{ evenement }} ontvangen. De organisatie plant een intakegesprek met jullie; daarna horen jullie of jullie kunnen deelnemen.{% else %}We hebben je aanmelding voor {{ evenement }} ontvangen. De organisatie neemt contact met je op voor een intakegesprek; daarna hoor je of je kunt deelnemen.{% endif %}

{{ gegevens }}

{% if team %}Via de knop hieronder bekijken jullie de aanvraag en wijzigen jullie de deelnemers.

{% endif %}${manageButton}`,
  },
  promoted: {
    label: "Plek vrijgekomen",
    description: "Wie van de wachtlijst een plek krijgt (of, bij intake, aan de beurt is voor een gesprek).",
    subject: "{% if intake %}Er is een plek vrijgekomen{% else %}Er is een plek voor je{% endif %}: {{ evenement }}",
    body: `Beste {{ naam }},

{% if intake %}Er is een plek vrijgekomen voor {% if team %}{{ team }}{% else %}je{% endif %} bij {{ evenement }}. De organisatie neemt contact {% if team %}met jullie{% else %}met je{% endif %} op voor een intakegesprek; daarna hoor{% if team %}en jullie{% else %} je{% endif %} of {% if team %}jullie kunnen{% else %}je kunt{% endif %} deelnemen.{% else %}Goed nieuws: er is een plek vrijgekomen en die is voor jou. Je bent nu aangemeld voor {{ evenement }}.{% endif %}

{{ gegevens }}

{% unless intake %}Kun je toch niet? Annuleer dan via de knop hieronder, zodat iemand anders je plek krijgt.

{% endunless %}${manageButton}`,
  },
  already_registered: {
    label: "Beheerlink opnieuw",
    description: "Wie zich met hetzelfde adres opnieuw aanmeldt.",
    subject: "Je aanmelding voor {{ evenement }}",
    body: `Beste {{ naam }},

Iemand probeerde je opnieuw aan te melden voor {{ evenement }} met dit e-mailadres. Je was al aangemeld; er is niets veranderd. Via de knop hieronder bekijk of wijzig je je aanmelding.

${manageButton}

Was jij dit niet? Dan kun je dit bericht negeren.`,
  },
  accepted: {
    label: "Toegelaten (intake)",
    description: "Na een geslaagd intakegesprek.",
    subject: "{% if team %}Jullie zijn toegelaten{% if leerkring %} tot de leerkring{% endif %}{% else %}Je bent toegelaten{% endif %}: {{ evenement }}",
    body: `Beste {{ naam }},

{% if team %}Goed nieuws: na het intakegesprek is {{ team }} toegelaten tot {{ evenement }}. We kijken ernaar uit met jullie te leren en te experimenteren.{% else %}Goed nieuws: je bent toegelaten tot {{ evenement }}. Fijn dat je erbij bent!{% endif %}

{{ gegevens }}

{% if reeks %}In de bijlage staan alle {{ aantal_bijeenkomsten }} bijeenkomsten voor {% if team %}jullie{% else %}je{% endif %} agenda.{% else %}In de bijlage vind je de bijeenkomst voor je agenda.{% endif %}{% if team %} Stuur deze mail gerust door aan de deelnemers.{% endif %}

${manageButton}`,
  },
  declined: {
    label: "Afgewezen (intake)",
    description: "Als de organisatie na de intake geen plek kan bieden.",
    subject: "Over {% if team %}jullie aanvraag{% else %}je aanmelding{% endif %}: {{ evenement }}",
    body: `Beste {{ naam }},

{% if team %}Dank voor jullie belangstelling voor {{ evenement }} en voor de tijd die jullie erin hebben gestoken. Helaas kunnen we {{ team }} deze keer geen plek in de kring bieden.{% else %}Dank voor je belangstelling voor {{ evenement }}. Helaas kunnen we je deze keer geen plek bieden.{% endif %}

{% if reden %}Toelichting van de organisatie: {{ reden }}

{% endif %}We hopen {% if team %}jullie{% else %}je{% endif %} bij een volgende bijeenkomst te zien. Het actuele aanbod staat op {{ aanbod }}`,
  },
  changed: {
    label: "Wijziging",
    description: "Na een wijziging van workshops, vorm van deelnemen of deelnemers.",
    subject: "{% if team %}Deelnemers{% else %}Aanmelding{% endif %} gewijzigd: {{ evenement }}",
    body: `Beste {{ naam }},

{% if team %}De aanmelding van {{ team }}{% else %}Je aanmelding{% endif %} voor {{ evenement }} is gewijzigd. Zo staat het er nu voor:

{{ gegevens }}

${manageButton}`,
  },
  cancelled: {
    label: "Annulering",
    description: "Na het annuleren van een aanmelding.",
    subject: "Aanmelding geannuleerd: {{ evenement }}",
    body: `Beste {{ naam }},

Je aanmelding voor {{ evenement }} is geannuleerd. Je plek gaat naar iemand anders. Toch weer willen komen? Meld je dan opnieuw aan zolang er plaats is.

{{ gegevens }}`,
  },
  event_venue_known: {
    label: "Locatie bekend",
    description: "Aan alle aangemelden, zodra de locatie bekend is.",
    subject: "Locatie bekend: {{ evenement }}",
    body: `Beste {{ naam }},

De locatie van {{ evenement }} is bekend.

- **Wanneer:** {{ datum }}
- **Waar:** {{ adres }}{% if route %}
- **Route:** {{ route }}{% endif %}

${manageButton}`,
  },
  event_cancelled: {
    label: "Bijeenkomst geannuleerd",
    description: "Aan alle aangemelden, als de bijeenkomst niet doorgaat.",
    subject: "Geannuleerd: {{ evenement }}",
    body: `Beste {{ naam }},

Helaas gaat {{ evenement }} ({{ datum }}) niet door.

{% if reden %}{{ reden }}

{% endif %}Je hoeft zelf niets te doen. Onze excuses voor het ongemak.`,
  },
  event_postponed: {
    label: "Bijeenkomst verplaatst",
    description: "Aan alle aangemelden, als de bijeenkomst wordt verplaatst.",
    subject: "Verplaatst: {{ evenement }}",
    body: `Beste {{ naam }},

{{ evenement }} ({{ datum }}) is verplaatst.

{% if reden %}{{ reden }}

{% endif %}Je aanmelding blijft staan. Zodra de nieuwe datum bekend is, hoor je van ons. Kun je dan niet? Annuleer via de knop hieronder.

${manageButton}`,
  },
  reminder: {
    label: "Herinnering",
    description: "Voor de bijeenkomst, op de dagen die bij de bijeenkomst zijn ingesteld.",
    subject: "{% if dagen == 1 %}Morgen{% else %}Over {{ dagen }} dagen{% endif %}: {{ evenement }}",
    body: `Beste {{ naam }},

Een herinnering: {% if dagen == 1 %}morgen{% else %}over {{ dagen }} dagen{% endif %} is {{ evenement }}. We zien je graag!

{{ gegevens }}

{% if online and online_link %}[Doe online mee]({{ online_link }})

{% if online_gegevens %}{{ online_gegevens }}

{% endif %}{% endif %}Kun je toch niet? Annuleer dan via de knop hieronder, zodat iemand anders je plek krijgt.

${manageButton}`,
  },
  offered: {
    label: "Plek aangeboden",
    description: "Bij een wachtlijst met aanbod: de eerste wachtende krijgt een vrije plek aangeboden, een tijd lang.",
    subject: "Er is een plek vrij voor je: {{ evenement }}",
    body: `Beste {{ naam }},

Er is een plek vrijgekomen bij {{ evenement }} en je staat als eerste op de wachtlijst. We houden de plek voor je vast tot {{ aanbod_tot }}. Neem je hem? Bevestig dat dan via de knop hieronder.

{{ gegevens }}

[Plek aannemen of afslaan]({{ aanbodlink }})

Reageer je niet op tijd, dan gaat de plek naar de volgende op de wachtlijst.`,
  },
  offer_expired: {
    label: "Aanbod verlopen",
    description: "Een aangeboden plek is niet op tijd aangenomen en gaat naar de volgende.",
    subject: "Aanbod verlopen: {{ evenement }}",
    body: `Beste {{ naam }},

De plek die we je aanboden bij {{ evenement }} is niet op tijd aangenomen en gaat nu naar de volgende op de wachtlijst. Je staat niet meer op de wachtlijst. Wil je toch komen? Meld je dan opnieuw aan zolang er plaats is.

{{ gegevens }}`,
  },
  follow_up: {
    label: "Na afloop",
    description: "Na afloop van de bijeenkomst, aan wie aanwezig was: dank, bewijs van deelname, evaluatie en materialen. Het moment kies je bij Na afloop.",
    requires: ["bewijslink", "evaluatielink"],
    subject: "Bedankt voor je komst: {{ evenement }}",
    body: `Beste {{ naam }},

Bedankt dat je bij {{ evenement }} was.

Je bewijs van deelname staat klaar als pdf. Bewaar het voor je registratie of je werkgever.

[Download je bewijs van deelname]({{ bewijslink }})

Wil je ons helpen de volgende bijeenkomst nog beter te maken? Het invullen van de evaluatie duurt een paar minuten.

[Vul de evaluatie in]({{ evaluatielink }})
{% if materialen %}
De materialen van de bijeenkomst:

{{ materialen }}
{% endif %}`,
  },
} satisfies Record<string, MailKindEntry>;

export type MailKind = keyof typeof MAIL_KINDS;

export const MAIL_KIND_KEYS = Object.keys(MAIL_KINDS) as MailKind[];

export function isMailKind(value: string): value is MailKind {
  return Object.hasOwn(MAIL_KINDS, value);
}

/** The placeholders a wording of this kind cannot do without (the follow-up's certificate and evaluation links). */
export function requiredPlaceholders(kind: MailKind): readonly Placeholder[] {
  const entry: MailKindEntry = MAIL_KINDS[kind];
  return entry.requires ?? [];
}

export function defaultTemplate(kind: MailKind): MailTemplateSource {
  const { subject, body } = MAIL_KINDS[kind];
  return { subject, body };
}

/** The organiser's message to attendees (lib/mail/bulk.ts); not a template kind, but a label in the mailbox. */
export const BULK_MAIL_KIND = "bulk";

export function mailKindLabel(kind: string): string {
  if (kind === BULK_MAIL_KIND) return "Bericht aan deelnemers";
  return isMailKind(kind) ? MAIL_KINDS[kind].label : kind.replaceAll("_", " ");
}

/** The placeholders every mail may use, with what they hold; anything else is refused on save. */
export const PLACEHOLDERS = {
  naam: "de naam van de aangemelde (bij een team: de contactpersoon)",
  evenement: "de titel van de bijeenkomst",
  datum: "datum en tijd van de bijeenkomst",
  plaats: "waar de aangemelde meedoet (adres of online)",
  adres: "het adres van de locatie",
  route: "de routebeschrijving, als die er is",
  gegevens: "het overzicht: bijeenkomst, wanneer, waar, workshops en team",
  workshops: "de gekozen workshops, één per regel",
  beheerlink: "de persoonlijke link om de aanmelding te bekijken, wijzigen of annuleren",
  aanbod: "de link naar het actuele aanbod",
  organisator: "de organiserende partij",
  team: "teamnaam en organisatie; leeg bij een aanmelding per persoon",
  leerkring: "waar bij een leerkring",
  reeks: "waar bij een reeks van bijeenkomsten",
  aantal_bijeenkomsten: "het aantal bijeenkomsten van een reeks",
  online: "waar als de aangemelde online meedoet",
  online_link: "de link om online mee te doen, als die er is",
  online_gegevens: "de inbelgegevens, als die er zijn",
  intake: "waar zolang de aanmelding op een intake wacht",
  reden: "de toelichting van de organisatie (afwijzing, annulering of verplaatsing)",
  dagen: "het aantal dagen tot de bijeenkomst (herinnering)",
  aanbodlink: "de link om een aangeboden plek aan te nemen of af te slaan",
  aanbod_tot: "tot wanneer een aangeboden plek wordt vastgehouden",
  bewijslink: "de link naar het bewijs van deelname (pdf), na afloop",
  evaluatielink: "de link naar de evaluatie, na afloop",
  materialen: "de materialen van de bijeenkomst (dia's, opnames), één per regel; leeg als er geen zijn",
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;
export type MailVariables = Record<Placeholder, string | number | boolean>;
