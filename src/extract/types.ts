// The extraction domain: every result is a span into the article text (UTF-16 offsets
// into the text exactly as read, the same text stored on the Article node).

export interface Span {
  start: number;
  end: number;
}

export const ENTITY_TYPES = ['Person', 'Organisation', 'Court', 'Country', 'Place', 'Group'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const EVENT_TYPES = [
  'Meeting',
  'Negotiation',
  'Proposal',
  'Agreement',
  'Rejection',
  'Attack',
  'Killing',
  'Detention',
  'Release',
  'ArrestWarrant',
  'LegalCase',
  'Ruling',
  'Sanction',
  'Accusation',
  'Election',
  'Appointment',
  'Resignation',
  'Protest',
  'Disaster',
  'Coup',
  'Acquisition',
  'Dismissal',
  'Death',
  'RateDecision',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type StatementKind = 'direct' | 'indirect' | 'mixed';
export type DatePrecision = 'day' | 'month' | 'year';

/** What a reader produces: the text as read plus what it knows about the article. */
export interface SourceArticle {
  /** Name used in errors and as `doc` in extract output (file name without extension). */
  name: string;
  /** The article text exactly as read; every offset refers to it. */
  text: string;
  /** Regions of `text` that are not the report (headers, front matter, related links). */
  masked: Span[];
  title?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) or date-time. */
  publishedAt?: string;
  source?: string;
  /** Headlines of related stories ("READ: …" lines), kept apart from the report. */
  related: string[];
}

export interface Mention extends Span {
  sentence: number;
  text: string;
  /** Domain type, or undefined for pronouns and nominals that only corefer. */
  type?: EntityType;
  /** Local entity (within the article) this mention refers to. */
  entity?: string;
  kind: 'name' | 'pronoun' | 'nominal';
}

export interface LocalEntity {
  /** Stable across articles: derived from type and canonical name. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Span[];
  /** For organisations of a country ("the Israeli army"), the country's entity id. */
  partOf?: string;
  /** A person's family name, by which later text calls them ("Netanyahu"; "Xi" for "Xi Jinping"). */
  surname?: string;
  confidence: number;
}

export interface RoleFact {
  personId: string;
  title: string;
  /** Organisation or country the role belongs to, when the text names it. */
  ofId?: string;
  current: boolean;
  span: Span;
  sentence: number;
}

export interface Statement {
  id: string;
  speaker: (Span & { entityId?: string }) | null;
  cue: Span | null;
  content: Span;
  /**
   * The pieces of a quotation the writer's words break up ("“A,” she said. “B.”"): `content`
   * runs from the first to the last (or, where the writer's words between them are more than the
   * pieces, is the longest piece), and only the pieces are what was said. Absent for a
   * statement in one piece.
   */
  parts?: Span[];
  /**
   * The statements joined into this one, one per part, each with its own span, id, kind, about,
   * events and confidence: the graph writes them, one `:Statement` per piece, so that each
   * evidence span slices the article to its text (`splitPieces`). Not in the extraction contract.
   */
  pieces?: Statement[];
  /** On a piece: the id of the statement it is a piece of. */
  attributionId?: string;
  kind: StatementKind;
  /** Outlet or source the statement was relayed through ("according to X", "X reports"). */
  accordingTo?: string;
  date?: string;
  datePrecision?: DatePrecision;
  about: string[];
  /** Ids of the events told inside what was said (the links stage): what it reports happened. */
  aboutEvents?: string[];
  sentence: number;
  confidence: number;
}

export const PARTICIPANT_ROLES = ['agent', 'target', 'court', 'place', 'victim', 'participant'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface Participant {
  entityId: string;
  role: ParticipantRole;
}

export interface EventFact {
  id: string;
  type: EventType;
  trigger: Span;
  label: string;
  date?: string;
  datePrecision?: DatePrecision;
  participants: Participant[];
  charges: string[];
  quantities: { value: number; unit: string; qualifier?: string }[];
  sentence: number;
  confidence: number;
  /** Every trigger that told it, its own among them, where mentions were merged into one event. */
  told?: Span[];
}

export interface Extraction {
  entities: LocalEntity[];
  roles: RoleFact[];
  statements: Statement[];
  events: EventFact[];
}

export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
  ) {
    super(`${source}: ${problem}`);
    this.name = 'InputError';
  }
}
