import { amsterdamTime as at } from "@/lib/dates";
import type { NewEvent } from "@/lib/events/create-event";

// The five gatherings Bijeen was modelled on (../shared/seeds), as their original editions with their
// original dates. The seed stores them as the archive and also moves a copy of each into the coming weeks.
// Descriptions are our own words; the facts (times, places, people, partners) are the source's.

export type DemoEvent = NewEvent & {
  /** Slug of the upcoming copy; the original edition keeps `slug`. */
  upcomingSlug: string;
  /** How many days from today the upcoming copy should at least start. */
  leadDays: number;
  demoRegistrations?: {
    physical?: number;
    online?: number;
    /** Registrations per "round.workshop", taken from the physical and online ones above. */
    workshops?: Record<string, number>;
  };
  /** Questions asked by the first demo registrants, with votes from the others (minisymposium). */
  demoQuestions?: { text: string; showName: boolean; status: "pending" | "approved" | "hidden"; votes: number; chosenForPanel?: boolean }[];
};

const congrestival: DemoEvent = {
  slug: "congrestival-back-to-basics-2022",
  upcomingSlug: "congrestival-back-to-basics",
  leadDays: 24,
  title: "Congrestival Back to basics, omzien naar elkaar",
  format: "congrestival",
  status: "published",
  summary:
    "Een dag over de sociale basis in wijken en buurten: wat bestuurders, inwoners en professionals samen doen tegen eenzaamheid, overlast en afnemende leefbaarheid.",
  body: [
    "Leefbare, veilige buurten beginnen bij mensen die naar elkaar omkijken. Op dit congrestival onderzoeken we hoe bestuurders, inwoners en professionals die sociale basis samen sterker maken, met extra aandacht voor bewoners in een kwetsbare positie.",
    "Je kiest uit workshops en inspiratiesessies in twee rondes, bezoekt posterpresentaties, doet mee aan speeddates of loopt mee met een wijkwandeling door Kanaleneiland, een van de meest diverse wijken van Utrecht. Een doorlopende talkshow laat wethouders, bewindslieden, onderzoekers en actieve bewoners vertellen over hun praktijk, en via een groot scherm maken we live contact met sociale broedplaatsen in Groningen, Zaandam, Alkmaar en Den Haag.",
    "Je kunt op locatie meedoen of online; de workshops kies je bij je aanmelding. Deelname is gratis.",
  ].join("\n\n"),
  audience: "Bestuurders, beleidsmakers, sociaal professionals en actieve inwoners die werken aan sterke wijken en buurten.",
  organiser: "Movisie",
  partners: ["Sociaal Werk Nederland", "WijkWijzer", "MantelzorgNL", "Ministerie van VWS", "Ministerie van BZK"],
  startsAt: at("2022-09-23 10:00"),
  endsAt: at("2022-09-23 16:00"),
  attendanceMode: "hybrid",
  venueName: "Krachtstation",
  venueCity: "Utrecht",
  venueRouteNotes: "Het Krachtstation ligt in de wijk Kanaleneiland.",
  onlinePlatform: "livestream",
  capacityPhysical: 250,
  capacityOnline: 500,
  waitlistEnabled: true,
  registrationClosesAt: at("2022-09-21 23:59"),
  contactPersons: [{ name: "Team evenementen Movisie", email: "evenementen@example.org" }],
  speakers: [
    { name: "Maarten van Ooijen", description: "staatssecretaris van VWS" },
    { name: "Redouan el Khayari", description: "Sociaal Werker van het Jaar 2022" },
  ],
  programme: [
    { startsAt: at("2022-09-23 10:00"), endsAt: at("2022-09-23 11:00"), title: "Opening en talkshow", description: "Met staatssecretaris Maarten van Ooijen en Redouan el Khayari." },
    { startsAt: at("2022-09-23 11:10"), endsAt: at("2022-09-23 12:10"), title: "Workshopronde 1" },
    { startsAt: at("2022-09-23 12:10"), endsAt: at("2022-09-23 13:00"), title: "Pauze met posterpresentaties", description: "Onder meer de poster van Rian Varkevisser over kinder- en jongerenwerk." },
    { startsAt: at("2022-09-23 13:00"), endsAt: at("2022-09-23 14:00"), title: "Speeddates en wijkwandeling door Kanaleneiland" },
    { startsAt: at("2022-09-23 14:10"), endsAt: at("2022-09-23 15:10"), title: "Workshopronde 2" },
    { startsAt: at("2022-09-23 15:15"), endsAt: at("2022-09-23 16:00"), title: "Live verbinding met broedplaatsen en afsluiting", description: "Groningen, Zaandam, Alkmaar en Den Haag schuiven via het scherm aan." },
  ],
  rounds: [
    {
      number: 1,
      title: "Ochtendprogramma",
      startsAt: at("2022-09-23 11:10"),
      endsAt: at("2022-09-23 12:10"),
      workshops: [
        { number: 1, title: "Eenzaamheid samen aanpakken in de wijk", description: "Wat werkt als buren, vrijwilligers en professionals samen eenzaamheid te lijf gaan?", hosts: "Movisie", room: "Zaal 1", capacity: 40 },
        { number: 2, title: "Mantelzorgers in beeld", description: "Hoe de sociale basis mantelzorgers ziet en ontlast.", hosts: "MantelzorgNL", room: "Zaal 2", capacity: 30 },
        { number: 3, title: "Veiligheid en leefbaarheid: de wijk als vertrekpunt", description: "Sociaal werk en veiligheidspartners over overlast en vertrouwen.", hosts: "WijkWijzer", room: "Zaal 3", capacity: 30 },
        {
          number: 6,
          title: "Sociaal professionals. Handen ineen",
          description:
            "Sociaal werk en gemeente: samen voor een sterke sociale basis. Twee duo's van gemeente en sociaalwerkorganisatie vertellen hoe zij een lange, op vertrouwen gebouwde samenwerking vormgeven: wat zijn de randvoorwaarden en wat maakt het succesvol? Daarna ga je met hen in gesprek. Een workshop van Sociaal Werk Nederland, geleid door Jennifer Elich.",
          hosts: "Erna Muntendam (gemeente Westerkwartier), Joep Schuringa (Sociaal Werk De Schans), Sabina de Bruijn (gemeente Roosendaal), Lianne Ribbens (WijZijn Traverse); gespreksleiding Jennifer Elich",
          room: "Zaal 6",
          capacity: 30,
        },
      ],
    },
    {
      number: 2,
      title: "Middagprogramma",
      startsAt: at("2022-09-23 14:10"),
      endsAt: at("2022-09-23 15:10"),
      workshops: [
        { number: 1, title: "Kinder- en jongerenwerk als fundament", description: "Wat jongerenwerk bijdraagt aan een sterke sociale basis.", hosts: "Rian Varkevisser", room: "Zaal 1", capacity: 40 },
        { number: 2, title: "Bewonersinitiatieven ondersteunen zonder over te nemen", hosts: "Movisie", room: "Zaal 2", capacity: 30 },
        { number: 3, title: "Wat werkt bij sociale cohesie? Recente inzichten", hosts: "Movisie", room: "Zaal 3", capacity: null },
      ],
    },
    {
      number: 3,
      kind: "activities",
      title: "Speeddates, wijkwandeling of posters",
      startsAt: at("2022-09-23 13:00"),
      endsAt: at("2022-09-23 14:00"),
      workshops: [
        { number: 1, title: "Speeddates met vakgenoten", description: "Korte gesprekken van vijf minuten met steeds een ander: op locatie aan tafels, online in kleine kamers.", capacity: 40 },
        { number: 2, title: "Wijkwandeling door Kanaleneiland", description: "Met buurtbewoners en sociaal werkers door de superdiverse wijk rond het Krachtstation.", hosts: "Buurtteam Kanaleneiland", room: "Verzamelen bij de ingang", capacity: 20, onSiteOnly: true },
        { number: 3, title: "Posterpresentaties", description: "Onder meer de poster van Rian Varkevisser over kinder- en jongerenwerk.", room: "Foyer", capacity: null, onSiteOnly: true },
      ],
    },
  ],
  demoRegistrations: { physical: 60, online: 40, workshops: { "1.6": 26, "1.1": 20, "2.1": 18 } },
};

const minisymposium: DemoEvent = {
  slug: "minisymposium-grote-zorgen-grote-kansen-2020",
  upcomingSlug: "minisymposium-grote-zorgen-grote-kansen",
  leadDays: 10,
  title: "Minisymposium Grote zorgen, grote kansen in het sociaal domein",
  format: "minisymposium",
  status: "published",
  summary:
    "Een online symposium over de kracht van sociaal werk in de sociale basis, juist nu welzijnsorganisaties onder druk staan. Breng vooraf je vraag in en stem mee.",
  body: [
    "Woningcorporaties en burgemeesters maken zich zorgen over de groeiende sociale problemen in wijken, en er klinkt een pleidooi voor meer investeren in preventie. Tegelijk moeten welzijnsorganisaties vaak fors bezuinigen. Hoe bouwen we in die spagaat aan een leefbare samenleving?",
    "Vier sleutelfiguren uit sociaal werk, burgerinitiatief, jeugdzorg en onderwijs openen met een korte, prikkelende pitch en gaan daarna live met elkaar in gesprek, onder leiding van Eric van der Burg, voorzitter van Sociaal Werk Nederland.",
    "Je doet actief mee: breng bij je aanmelding een kwestie in of stel een vraag. Een selectie gaat naar het panel, en je kunt stemmen op de kwesties van anderen en reageren tijdens het debat.",
  ].join("\n\n"),
  audience: "Sociaal professionals, beleidsmakers en bestuurders in het sociaal domein, in het bijzonder in de regio's Utrecht en Gooi en Vechtstreek.",
  organiser: "Werktafel Welzijn van kennisplatform Utrecht Sociaal (kUS)",
  partners: ["Sociaalwerkorganisaties regio Utrecht", "Sociaalwerkorganisaties Gooi en Vechtstreek"],
  startsAt: at("2020-07-10 10:00"),
  endsAt: at("2020-07-10 11:30"),
  attendanceMode: "online",
  onlinePlatform: "Microsoft Teams",
  capacityOnline: 300,
  acceptsQuestions: true,
  registrationClosesAt: at("2020-07-09 12:00"),
  speakers: [{ name: "Eric van der Burg", description: "voorzitter Sociaal Werk Nederland, gespreksleider" }],
  programme: [
    { startsAt: at("2020-07-10 10:00"), endsAt: at("2020-07-10 10:30"), title: "Vier pitches", description: "Sociaal werk, burgerinitiatief, jeugdzorg en onderwijs." },
    { startsAt: at("2020-07-10 10:30"), endsAt: at("2020-07-10 11:30"), title: "Panelgesprek over de ingebrachte kwesties" },
  ],
  demoRegistrations: { online: 85 },
  demoQuestions: [
    { text: "Hoe voorkomen we dat welzijnswerk als eerste wordt wegbezuinigd, terwijl het juist zorgkosten bespaart?", showName: true, status: "approved", votes: 23, chosenForPanel: true },
    { text: "Wat hebben sociaal werkers nodig om samen met bewonersinitiatieven de sociale basis te versterken?", showName: false, status: "approved", votes: 11 },
    { text: "Hoe krijgen jeugdzorg en onderwijs een plek in de sociale basis van de wijk?", showName: true, status: "approved", votes: 6 },
    { text: "Kunnen we na afloop de presentaties krijgen?", showName: false, status: "pending", votes: 0 },
  ],
};

const leercafe: DemoEvent = {
  slug: "leercafe-blik-op-samenlevingsopbouw-2022",
  upcomingSlug: "leercafe-blik-op-samenlevingsopbouw",
  leadDays: 17,
  title: "Leercafé Blik op samenlevingsopbouw. Uitdagingen & keuzes",
  format: "leercafe",
  status: "published",
  summary:
    "Hoe zet je community building in voor welzijn, duurzaamheid, veiligheid, groen en meedoen? Een middag leren van onderzoek en drie praktijken.",
  body: [
    "Jarenlang lag het accent in hulp en ondersteuning op het individu. Nu groeit opnieuw het besef dat samenlevingsopbouw ertoe doet. Maar de klassieke opbouwwerker is op veel plekken verdwenen, en gemeenten en organisaties zoeken naar nieuwe vormen.",
    "Soms krijgt een professional in het sociaal wijkteam de opdracht om de collectieve blik in te brengen; elders werken welzijnsorganisaties of gemeenten met community builders, in loondienst of als zzp'er, vaak samen met bewonersinitiatieven.",
    "Wat leren werkers van die verschillende vormen? Wat hebben zij nodig om naast het ondersteunen van bewoners ook te signaleren en te agenderen? En hoe verschuift de blik van individuele ondersteuning naar de gemeenschap? Daarover gaan we in gesprek aan dialoogtafels.",
  ].join("\n\n"),
  audience:
    "Sociaal professionals en anderen die met samenlevingsopbouw bezig zijn of willen beginnen: wijkteammedewerkers, gemeenteambtenaren, teamleiders, dorpsondersteuners, kwartiermakers.",
  organiser: "Movisie",
  partners: ["De Schoor"],
  startsAt: at("2022-11-22 14:00"),
  endsAt: at("2022-11-22 18:00"),
  attendanceMode: "physical",
  venueName: "Buurtcentrum Filmwijk",
  venueAddress: "Walt Disneyplantsoen 76/78",
  venuePostcode: "1325 SX",
  venueCity: "Almere",
  venueRouteNotes: "Met de auto: in de buurt kun je goed parkeren. Met het openbaar vervoer: op twee minuten lopen van de bushalte van lijn 10. Inloop vanaf 13.30 uur.",
  capacityPhysical: 30,
  waitlistEnabled: false,
  registrationClosesAt: at("2022-11-21 12:00"),
  // Not on the source page; the same team as the congrestival's, so a full leercafé names someone to ask.
  contactPersons: [{ name: "Team evenementen Movisie", email: "evenementen@example.org" }],
  speakers: [
    { name: "Mariël van Pelt", description: "Movisie" },
    { name: "Sanneke Verweij", description: "Movisie" },
    { name: "Marcel Spierts", description: "zelfstandig onderzoeker en publicist" },
  ],
  programme: [
    { startsAt: at("2022-11-22 13:30"), title: "Inloop" },
    { startsAt: at("2022-11-22 14:00"), title: "Opening en welkom door De Schoor" },
    { title: "Onderzoek naar het opbouwwerk van De Schoor", description: "Mariël van Pelt en Sanneke Verweij (Movisie)." },
    { title: "Lezing Blik op de gemeenschap", description: "Marcel Spierts, zelfstandig onderzoeker en publicist." },
    { title: "Pauze" },
    { title: "Drie praktijken van samenlevingsopbouw" },
    { title: "Pauze" },
    { title: "Dialoogtafels: uitwisselen in kleine groepen" },
    { title: "Plenaire afsluiting" },
    { startsAt: at("2022-11-22 17:00"), title: "Borrel" },
    { startsAt: at("2022-11-22 18:00"), title: "Einde" },
  ],
  demoRegistrations: { physical: 30 },
};

const themabijeenkomst: DemoEvent = {
  slug: "themabijeenkomst-hindernissen-community-building-2023",
  upcomingSlug: "themabijeenkomst-hindernissen-community-building",
  leadDays: 38,
  title: "Aan de slag met hindernissen bij community building",
  format: "themabijeenkomst",
  status: "published",
  summary:
    "Inspiratie en bouwstenen om in je eigen (beleids)context met communities aan de slag te gaan, met ouderen als rode draad.",
  body: [
    "Bij ouderen denken we al snel aan zorg. Maar misschien is het belangrijker dat ouderen ergens bij horen, mee blijven doen en gezien worden. Overal organiseren ouderen zich, in de buurt en in verenigingen, om iets voor elkaar te betekenen. Waar zulke netwerken goed lopen, gaan ze samen met een betere kwaliteit van leven, meer veiligheid en lagere zorgkosten.",
    "Toch ontstaan ze niet overal vanzelf, lukken ze niet altijd en is inclusiviteit overal een punt van aandacht. Wat is de maatschappelijke waarde van communities? Hoe kom je over hindernissen heen zoals te weinig geld, vertrouwen, vrijwilligers, regie of kennis? Hebben informele netwerken steun nodig, en kun je ze laten ontstaan waar ze niet vanzelf groeien? En is het wel wenselijk om zo doelgericht naar communities te kijken?",
    "We beginnen met een stand van zaken, verkennen daarna in workshops praktijken die de Werkplaatsen Sociaal Domein hebben onderzocht, en eindigen met de vraag hoe beleid, inkoop en onderwijs deze inzichten kunnen gebruiken. Deelname is gratis; voor lunch wordt gezorgd.",
  ].join("\n\n"),
  audience: "Beleidsmakers en beslissers, uitvoerende professionals en vrijwilligers die met communities werken.",
  organiser: "Werkplaatsen Sociaal Domein",
  partners: ["Movisie"],
  startsAt: at("2023-09-05 11:00"),
  endsAt: at("2023-09-05 15:00"),
  attendanceMode: "physical",
  venueCity: "Utrecht",
  lunchProvided: true,
  capacityPhysical: 80,
  questions: [
    {
      label: "Vanuit welke hoek kijk je naar community building?",
      help: "Zo stemmen we het laatste deel, over doorwerking in beleid, inkoop en onderwijs, op de zaal af.",
      kind: "choice",
      options: ["Beleid", "Inkoop", "Onderwijs", "Uitvoering", "Vrijwilliger"],
    },
  ],
  waitlistEnabled: true,
  registrationClosesAt: at("2023-09-01 17:00"),
  programme: [
    { startsAt: at("2023-09-05 11:00"), endsAt: at("2023-09-05 12:15"), title: "Hindernissen en wat werkt", description: "Hoe verhouden community building, community development, samenlevingsopbouw en gemeenschapsvorming zich tot elkaar, en wat werkt?" },
    { startsAt: at("2023-09-05 12:15"), endsAt: at("2023-09-05 13:00"), title: "Lunch" },
    { startsAt: at("2023-09-05 13:00"), endsAt: at("2023-09-05 14:00"), title: "Workshops: samen verkennen" },
    { startsAt: at("2023-09-05 14:00"), endsAt: at("2023-09-05 15:00"), title: "Aan de slag met doorwerking", description: "Met vertegenwoordigers uit beleid, inkoop en onderwijs." },
  ],
  rounds: [
    {
      number: 1,
      title: "Samen verkennen",
      startsAt: at("2023-09-05 13:00"),
      endsAt: at("2023-09-05 14:00"),
      workshops: [
        { number: 1, title: "Ouderen organiseren zich in de buurt", description: "Een praktijk uit het onderzoek van de Werkplaatsen: wat doen professionals wel en juist niet?", hosts: "Werkplaatsen Sociaal Domein", capacity: 25 },
        { number: 2, title: "Gereedschap van de community builder", description: "Do's en don'ts, en welke opleiding en inkoop daarbij passen.", hosts: "Movisie", capacity: 25 },
        { number: 3, title: "Communities waar ze niet vanzelf ontstaan", description: "Kun je netwerken op gang helpen zonder het sociale proces te verstoren?", hosts: "Werkplaatsen Sociaal Domein", capacity: 25 },
      ],
    },
  ],
  demoRegistrations: { physical: 20, workshops: { "1.1": 8, "1.2": 6 } },
};

const leerkring: DemoEvent = {
  slug: "leerkring-collectief-preventief-werken-2021",
  upcomingSlug: "leerkring-collectief-preventief-werken",
  leadDays: 52,
  title: "Leerkring collectief en preventief werken vanuit sociale (wijk)teams",
  format: "leerkring",
  status: "published",
  summary:
    "Een landelijke leerkring voor gemeenten en sociale (wijk)teams die naast maatwerk meer collectief en preventief willen werken in de wijk.",
  body: [
    "Vinden jullie, als sociaal wijkteam en gemeente, dat er naast maatwerk voor individuele vragen meer aandacht moet komen voor een collectieve aanpak en preventie in de hele wijk? Uit landelijke peilingen blijkt steeds weer dat dit nog te weinig gebeurt.",
    "In de leerkring leren en experimenteren we samen: hoe gaat een sociaal team met een helder plan de wijk in om hulpvragen op tijd te zien? Hoe bied je vaker collectieve ondersteuning, sluit je aan bij bewonersinitiatieven en algemene voorzieningen, en hoe helpt de gemeente nieuwe werkwijzen te ontwikkelen en te borgen?",
    "Movisie werkt hierin samen met het programma Integraal Werken in de Wijk. We beschrijven wat er in de deelnemende wijken gebeurt, leggen de ervaringen naast elkaar en koppelen ze aan wat bekend is over preventief en collectief werken. Ook drie lerende praktijken waar bewonersinitiatieven bijdragen aan preventie delen hun inzichten.",
    "Opzet: eerst een digitaal intakegesprek over jullie situatie, ervaringen en leervragen. Daarna komt de kring in anderhalf jaar zes keer bijeen, deels online, telkens ongeveer twee uur.",
  ].join("\n\n"),
  audience:
    "Teams van een gemeente: het sociaal (wijk)team en beleidsadviseurs samen, bij voorkeur aangevuld met het brede sociaal werk uit de sociale basis. Er is ruimte voor ongeveer tien gemeenten.",
  organiser: "Movisie",
  partners: ["Programma Integraal Werken in de Wijk"],
  startsAt: at("2021-09-23 14:00"),
  endsAt: at("2023-01-26 16:00"),
  attendanceMode: "hybrid",
  venueName: "Movisie",
  venueCity: "Utrecht",
  onlinePlatform: "Microsoft Teams",
  capacityPhysical: 10,
  capacityOnline: 0,
  requiresApproval: true,
  registersTeams: true,
  waitlistEnabled: true,
  registrationClosesAt: at("2021-07-31 23:59"),
  contactPersons: [
    { name: "Silke van Arum", email: "s.vanarum@movisie.nl" },
    { name: "Hilde van Xanten", email: "h.vanxanten@movisie.nl" },
  ],
  meetings: [
    { number: 1, title: "Startbijeenkomst", startsAt: at("2021-09-23 14:00"), endsAt: at("2021-09-23 16:00"), mode: "physical", place: "Movisie, Utrecht" },
    { number: 2, startsAt: at("2021-11-25 14:00"), endsAt: at("2021-11-25 16:00"), mode: "online", place: "Microsoft Teams" },
    { number: 3, startsAt: at("2022-02-24 14:00"), endsAt: at("2022-02-24 16:00"), mode: "online", place: "Microsoft Teams" },
    { number: 4, startsAt: at("2022-05-19 14:00"), endsAt: at("2022-05-19 16:00"), mode: "physical", place: "Movisie, Utrecht" },
    { number: 5, startsAt: at("2022-09-22 14:00"), endsAt: at("2022-09-22 16:00"), mode: "online", place: "Microsoft Teams" },
    { number: 6, title: "Slotbijeenkomst", startsAt: at("2023-01-26 14:00"), endsAt: at("2023-01-26 16:00"), mode: "physical", place: "Movisie, Utrecht" },
  ],
  demoRegistrations: { physical: 4 },
};

export const demoEvents: DemoEvent[] = [congrestival, minisymposium, leercafe, themabijeenkomst, leerkring];
