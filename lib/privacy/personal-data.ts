// What is personal about attendees, per table: the one list the retention job and an erasure request both
// work from (./anonymise.ts). A new table or column that holds a registrant's data gets a line here; the
// integration test (tests/integration/privacy/retention.test.ts) searches every text and JSON column of every
// table afterwards, so a column forgotten here fails it.
//
// Each table names which of its rows belong to the people being erased, as a SQL condition over three
// parameters: $1 the registrations' ids (int[]), $2 their lower-case e-mail addresses (text[]) and $3 a
// case-insensitive regular expression matching any of their names and addresses. Each column says what it
// becomes, as a SQL expression; `scrub(column)` replaces every mention of them with "[verwijderd]".

/** What an erased name or text mention becomes. */
export const ERASED = "[verwijderd]";

export type ColumnErasure = (column: string) => string;

/** Replaces every mention of the people (their names, their addresses) in a text column. */
export const scrub: ColumnErasure = (column) => `regexp_replace(${column}, $3, '${ERASED}', 'gi')`;
/** The same inside a JSON column, through its text (the mentions are JSON-escaped in $3 too). */
export const scrubJson: ColumnErasure = (column) => `regexp_replace(${column}::text, $3, '${ERASED}', 'gi')::jsonb`;
const toNull: ColumnErasure = () => "NULL";
const literal =
  (sql: string): ColumnErasure =>
  () =>
    sql;
/** An address that can never receive mail (RFC 2606), unique per row so unique keys stay unique. */
const invalidAddress = (prefix: string): ColumnErasure => () => `'verwijderd-${prefix}' || id || '@example.invalid'`;

export type PersonalTable = {
  /** The table, quoted as SQL wants it. */
  table: string;
  /** Which rows belong to the people being erased. */
  rows: string;
  /** Delete those rows instead of changing them (counters nobody needs afterwards). */
  delete?: true;
  /** Tables of other packages (pg-boss) that may not exist in every database. */
  optional?: true;
  columns?: Record<string, ColumnErasure>;
};

export const PERSONAL_DATA: PersonalTable[] = [
  {
    table: `"Registration"`,
    rows: `id = ANY($1)`,
    columns: {
      name: literal(`'Verwijderd'`),
      email: invalidAddress("r"),
      // The CHECK ties activeEmail to lower(email) while the registration is active.
      activeEmail: () => `CASE WHEN "activeEmail" IS NULL THEN NULL ELSE 'verwijderd-r' || id || '@example.invalid' END`,
      organisation: toNull,
      role: toNull,
      // A team stays a team in the counts.
      teamName: () => `CASE WHEN "teamName" IS NULL THEN NULL ELSE 'Team (verwijderd)' END`,
      answers: literal(`'{}'::jsonb`),
      dietaryWishes: toNull,
      declineReason: toNull,
      checkInCode: toNull,
      // A register number points at one professional; which register stays for the accreditation counts.
      registerNumber: toNull,
      anonymisedAt: literal(`now()`),
    },
  },
  {
    table: `"TeamParticipant"`,
    rows: `"registrationId" = ANY($1) OR lower(email) = ANY($2)`,
    columns: { name: literal(`'Verwijderd'`), email: invalidAddress("p"), role: toNull },
  },
  {
    // Approved questions were public without a name unless showName; they stay on the board without one.
    table: `"SubmittedQuestion"`,
    rows: `"registrationId" = ANY($1)`,
    columns: { text: (column) => `CASE WHEN status = 'approved' THEN ${scrub(column)} ELSE '${ERASED}' END`, showName: literal("false") },
  },
  {
    // The grades and texts stay for the anonymous results; a mention of the person in a text goes.
    table: `"EvaluationAnswer"`,
    rows: `"responseId" IN (SELECT id FROM "EvaluationResponse" WHERE "registrationId" = ANY($1)) AND text ~* $3`,
    columns: { text: scrub },
  },
  {
    table: `"OutboxMessage"`,
    rows: `"registrationId" = ANY($1) OR lower("toEmail") = ANY($2) OR "toName" ~* $3 OR subject ~* $3 OR text ~* $3`,
    columns: {
      toEmail: invalidAddress("m"),
      toName: toNull,
      subject: scrub,
      text: toNull,
      html: toNull,
      calendar: toNull,
      // A mail not sent yet is never sent to an erased address.
      lastError: () => `CASE WHEN status = 'queued' THEN 'Niet verstuurd: de gegevens zijn verwijderd (AVG).' ELSE NULL END`,
      status: () => `CASE WHEN status = 'queued' THEN 'failed'::"MailStatus" ELSE status END`,
    },
  },
  {
    table: `"AuditEntry"`,
    rows: `details->>'registrationId' = ANY($1::int[]::text[]) OR summary ~* $3 OR details::text ~* $3`,
    columns: { summary: scrub, details: scrubJson },
  },
  // rate-limiter-flexible's keys may hold an address (sign-in attempts per e-mail address).
  { table: `rate_limits`, rows: `key ~* $3`, delete: true },
  // Job payloads waiting on the queue (and pg-boss's archive of finished ones).
  { table: `pgboss.job`, rows: `data::text ~* $3 OR output::text ~* $3`, optional: true, columns: { data: scrubJson, output: scrubJson } },
  { table: `pgboss.archive`, rows: `data::text ~* $3 OR output::text ~* $3`, optional: true, columns: { data: scrubJson, output: scrubJson } },
];

/** A regular expression (PostgreSQL's ARE) matching any of these mentions literally, as text and inside JSON. */
export function mentionPattern(mentions: string[]): string | null {
  const variants = new Set<string>();
  for (const mention of mentions) {
    const trimmed = mention.trim();
    // Too short to tell apart from ordinary words ("Jo" in "Johan", "Bij" in "Bijeen").
    if (trimmed.length < 3) continue;
    variants.add(trimmed);
    variants.add(JSON.stringify(trimmed).slice(1, -1));
  }
  if (variants.size === 0) return null;
  // Longest first, so an address is replaced whole before the name inside it.
  return [...variants].sort((a, b) => b.length - a.length).map((variant) => variant.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&")).join("|");
}
