import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** A news article as read; every fact points back into its text. */
export type Article = {
  __typename?: 'Article';
  /** Extractor version that produced its facts. */
  extractor: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ingestedAt: Maybe<Scalars['String']['output']>;
  /** Publication date (ISO 8601). */
  publishedAt: Maybe<Scalars['String']['output']>;
  /** Headlines of related stories linked from the article. */
  related: Array<Scalars['String']['output']>;
  /** Publisher or outlet. */
  source: Maybe<Scalars['String']['output']>;
  /** The text exactly as read; evidence offsets index into it (UTF-16). */
  text: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleFilter = {
  /** Published on or after (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only articles that mention this entity. */
  mentions?: InputMaybe<Scalars['ID']['input']>;
  /** Only articles that mention every one of these entities (at most 10). */
  mentionsAll?: InputMaybe<Array<Scalars['ID']['input']>>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before (YYYY, YYYY-MM or YYYY-MM-DD). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Format of article input; detected from the content when not given. */
export type ArticleFormat =
  /** An RSS or Atom feed: one article per item. */
  | 'FEED'
  /** An HTML page; the main content is extracted. */
  | 'HTML'
  /** A JSON article object or array of them. */
  | 'JSON'
  /** Markdown with optional front matter (title, date, url, source). */
  | 'MARKDOWN'
  /** Plain text, optionally with a " date YYYY-MM-DD" lead and "READ:" lines. */
  | 'TEXT';

/** An article to ingest. Given fields override what the reader finds in the text. */
export type ArticleInput = {
  /** Detected from the content when not given. */
  format?: InputMaybe<ArticleFormat>;
  /** Names the article in results and messages (default: its title). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Publication date, YYYY-MM-DD (or an ISO 8601 date-time). */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** Publisher or outlet. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The article: plain text, Markdown, JSON, HTML or an RSS/Atom feed. */
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published; also its identity (same url, same article). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** An entity mentioned in the same articles. */
export type CoMention = {
  __typename?: 'CoMention';
  entity: Entity;
  /** Articles that mention both. */
  weight: Scalars['Int']['output'];
};

export type Count = {
  __typename?: 'Count';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

/** A sovereign country. */
export type Country = Entity & {
  __typename?: 'Country';
  /** Other names seen for this entity. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention it. */
  articleCount: Scalars['Int']['output'];
  /** Articles that mention it, newest first. */
  articles: ArticleConnection;
  /** Entities mentioned in the same articles, most shared articles first. */
  coMentions: Array<CoMention>;
  /** Its direct neighbours (articles, statements, events, related entities) as a subgraph; neighbourhood goes deeper. */
  connections: Subgraph;
  /** Events it took part in (in `role`, when given), newest first. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  /** Mentions across all articles. */
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Roles held in it (for organisations and countries): its office holders. */
  roleHolders: Array<Role>;
  /** Roles it holds (for people): "Prime Minister" of Israel. */
  roles: Array<Role>;
  /** Statements it made (SAID), newest first. */
  said: StatementConnection;
  /** Statements it made (SAID). */
  statementCount: Scalars['Int']['output'];
  /** Statements about it (ABOUT), newest first. */
  statementsAbout: StatementConnection;
  type: EntityType;
};


/** A sovereign country. */
export type CountryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A sovereign country. */
export type CountryCoMentionsArgs = {
  first?: Scalars['Int']['input'];
};


/** A sovereign country. */
export type CountryConnectionsArgs = {
  limit?: Scalars['Int']['input'];
};


/** A sovereign country. */
export type CountryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<ParticipantRole>;
};


/** A sovereign country. */
export type CountrySaidArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A sovereign country. */
export type CountryStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** An organisation that judges: ICC, ICJ, supreme, district and military courts, tribunals. */
export type Court = Entity & {
  __typename?: 'Court';
  /** Other names seen for this entity. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention it. */
  articleCount: Scalars['Int']['output'];
  /** Articles that mention it, newest first. */
  articles: ArticleConnection;
  /** Entities mentioned in the same articles, most shared articles first. */
  coMentions: Array<CoMention>;
  /** Its direct neighbours (articles, statements, events, related entities) as a subgraph; neighbourhood goes deeper. */
  connections: Subgraph;
  /** Events it took part in (in `role`, when given), newest first. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  /** Mentions across all articles. */
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Roles held in it (for organisations and countries): its office holders. */
  roleHolders: Array<Role>;
  /** Roles it holds (for people): "Prime Minister" of Israel. */
  roles: Array<Role>;
  /** Statements it made (SAID), newest first. */
  said: StatementConnection;
  /** Statements it made (SAID). */
  statementCount: Scalars['Int']['output'];
  /** Statements about it (ABOUT), newest first. */
  statementsAbout: StatementConnection;
  type: EntityType;
};


/** An organisation that judges: ICC, ICJ, supreme, district and military courts, tribunals. */
export type CourtArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** An organisation that judges: ICC, ICJ, supreme, district and military courts, tribunals. */
export type CourtCoMentionsArgs = {
  first?: Scalars['Int']['input'];
};


/** An organisation that judges: ICC, ICJ, supreme, district and military courts, tribunals. */
export type CourtConnectionsArgs = {
  limit?: Scalars['Int']['input'];
};


/** An organisation that judges: ICC, ICJ, supreme, district and military courts, tribunals. */
export type CourtEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<ParticipantRole>;
};


/** An organisation that judges: ICC, ICJ, supreme, district and military courts, tribunals. */
export type CourtSaidArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** An organisation that judges: ICC, ICJ, supreme, district and military courts, tribunals. */
export type CourtStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** An article removed with only the facts read from it. */
export type DeleteArticleResult = {
  __typename?: 'DeleteArticleResult';
  articleId: Scalars['ID']['output'];
  events: Scalars['Int']['output'];
  /** Entities removed because no other article refers to them. */
  removedEntities: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
};

/** A person, organisation, court, country, place or group named in the news. */
export type Entity = {
  /** Other names seen for this entity. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention it. */
  articleCount: Scalars['Int']['output'];
  /** Articles that mention it, newest first. */
  articles: ArticleConnection;
  /** Entities mentioned in the same articles, most shared articles first. */
  coMentions: Array<CoMention>;
  /** Its direct neighbours (articles, statements, events, related entities) as a subgraph; neighbourhood goes deeper. */
  connections: Subgraph;
  /** Events it took part in (in `role`, when given), newest first. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  /** Mentions across all articles. */
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Roles held in it (for organisations and countries): its office holders. */
  roleHolders: Array<Role>;
  /** Roles it holds (for people): "Prime Minister" of Israel. */
  roles: Array<Role>;
  /** Statements it made (SAID), newest first. */
  said: StatementConnection;
  /** Statements it made (SAID). */
  statementCount: Scalars['Int']['output'];
  /** Statements about it (ABOUT), newest first. */
  statementsAbout: StatementConnection;
  type: EntityType;
};


/** A person, organisation, court, country, place or group named in the news. */
export type EntityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A person, organisation, court, country, place or group named in the news. */
export type EntityCoMentionsArgs = {
  first?: Scalars['Int']['input'];
};


/** A person, organisation, court, country, place or group named in the news. */
export type EntityConnectionsArgs = {
  limit?: Scalars['Int']['input'];
};


/** A person, organisation, court, country, place or group named in the news. */
export type EntityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<ParticipantRole>;
};


/** A person, organisation, court, country, place or group named in the news. */
export type EntitySaidArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A person, organisation, court, country, place or group named in the news. */
export type EntityStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityFilter = {
  /** Names starting with this (case-insensitive). */
  namePrefix?: InputMaybe<Scalars['String']['input']>;
  /** Full-text match on names and aliases. */
  text?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};

/** How to sort entities (full-text relevance first when searching). */
export type EntityOrder =
  /** In most articles first. */
  | 'ARTICLES'
  /** Most mentioned first (default). */
  | 'MENTIONS'
  /** Alphabetically. */
  | 'NAME'
  /** Most quoted first: statements they made. */
  | 'STATEMENTS';

/** Kinds of entity in the graph. */
export type EntityType =
  | 'COUNTRY'
  | 'COURT'
  | 'GROUP'
  | 'ORGANISATION'
  | 'PERSON'
  | 'PLACE';

/** Something that happened, who took part and in what role. */
export type Event = {
  __typename?: 'Event';
  article: Maybe<Article>;
  /** Charges, for legal events ("war crimes"). */
  charges: Array<Scalars['String']['output']>;
  confidence: Scalars['Float']['output'];
  /** When: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: Maybe<Scalars['String']['output']>;
  /** Precision of date: day, month or year. */
  datePrecision: Maybe<Scalars['String']['output']>;
  /** The characters of the article that report it (the trigger words). */
  evidence: Evidence;
  id: Scalars['ID']['output'];
  /** The words that report it ("arrest warrants"). */
  label: Scalars['String']['output'];
  participants: Array<Participation>;
  quantities: Array<Quantity>;
  type: EventType;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  /** This entity took part as the court. */
  court?: InputMaybe<Scalars['ID']['input']>;
  /** On or after (YYYY, YYYY-MM or YYYY-MM-DD); undated events use their article date. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** This entity took part (in `role`, when given). */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** Someone (or `participant`) took part in this role. */
  role?: InputMaybe<ParticipantRole>;
  /** On or before (YYYY, YYYY-MM or YYYY-MM-DD). */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Of this type (combined with types when both are given). */
  type?: InputMaybe<EventType>;
  /** Of any of these types. */
  types?: InputMaybe<Array<EventType>>;
};

/** Kinds of event, as stored on Event.type. */
export type EventType =
  | 'Accusation'
  | 'Acquisition'
  | 'Agreement'
  | 'Appointment'
  | 'ArrestWarrant'
  | 'Attack'
  | 'Coup'
  | 'Death'
  | 'Detention'
  | 'Disaster'
  | 'Dismissal'
  | 'Election'
  | 'Killing'
  | 'LegalCase'
  | 'Meeting'
  | 'Negotiation'
  | 'Proposal'
  | 'Protest'
  | 'RateDecision'
  | 'Rejection'
  | 'Release'
  | 'Resignation'
  | 'Ruling'
  | 'Sanction';

/** Where a fact was read: a span of an article text (UTF-16 offsets). */
export type Evidence = {
  __typename?: 'Evidence';
  article: Maybe<Article>;
  /** Extractor confidence, 0 to 1. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** End offset (exclusive) into Article.text. */
  end: Scalars['Int']['output'];
  /** Extractor version that found it. */
  extractor: Maybe<Scalars['String']['output']>;
  /** Sentence index in the article. */
  sentence: Maybe<Scalars['Int']['output']>;
  /** Start offset into Article.text. */
  start: Scalars['Int']['output'];
  /** The span of the article text: exactly the characters start..end. */
  text: Maybe<Scalars['String']['output']>;
};

/** A relationship to draw; source and target are GraphNode ids of the same answer. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  id: Scalars['ID']['output'];
  /** Display label (the role for PARTICIPANT, the title for HOLDS_ROLE). */
  label: Scalars['String']['output'];
  properties: Maybe<Scalars['JSONObject']['output']>;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** Relationship type as in Cypher: SAID, ABOUT, PARTICIPANT, MENTIONED_IN… */
  type: Scalars['String']['output'];
};

/** A node to draw: an entity, article, statement or event. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The node id (the same id the other queries use). */
  id: Scalars['ID']['output'];
  /** Display name. */
  label: Scalars['String']['output'];
  /** Stored properties worth showing. */
  properties: Maybe<Scalars['JSONObject']['output']>;
  /** Entity type (Person, Court…) or Article, Statement, Event. */
  type: Scalars['String']['output'];
};

/** An unnamed collective that acts or speaks ("rights groups", "the Israeli opposition"). */
export type Group = Entity & {
  __typename?: 'Group';
  /** Other names seen for this entity. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention it. */
  articleCount: Scalars['Int']['output'];
  /** Articles that mention it, newest first. */
  articles: ArticleConnection;
  /** Entities mentioned in the same articles, most shared articles first. */
  coMentions: Array<CoMention>;
  /** Its direct neighbours (articles, statements, events, related entities) as a subgraph; neighbourhood goes deeper. */
  connections: Subgraph;
  /** Events it took part in (in `role`, when given), newest first. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  /** Mentions across all articles. */
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Roles held in it (for organisations and countries): its office holders. */
  roleHolders: Array<Role>;
  /** Roles it holds (for people): "Prime Minister" of Israel. */
  roles: Array<Role>;
  /** Statements it made (SAID), newest first. */
  said: StatementConnection;
  /** Statements it made (SAID). */
  statementCount: Scalars['Int']['output'];
  /** Statements about it (ABOUT), newest first. */
  statementsAbout: StatementConnection;
  type: EntityType;
};


/** An unnamed collective that acts or speaks ("rights groups", "the Israeli opposition"). */
export type GroupArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** An unnamed collective that acts or speaks ("rights groups", "the Israeli opposition"). */
export type GroupCoMentionsArgs = {
  first?: Scalars['Int']['input'];
};


/** An unnamed collective that acts or speaks ("rights groups", "the Israeli opposition"). */
export type GroupConnectionsArgs = {
  limit?: Scalars['Int']['input'];
};


/** An unnamed collective that acts or speaks ("rights groups", "the Israeli opposition"). */
export type GroupEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<ParticipantRole>;
};


/** An unnamed collective that acts or speaks ("rights groups", "the Israeli opposition"). */
export type GroupSaidArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** An unnamed collective that acts or speaks ("rights groups", "the Israeli opposition"). */
export type GroupStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** What one article added to the graph. */
export type IngestCounts = {
  __typename?: 'IngestCounts';
  entities: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
  /** Entities removed because nothing refers to them any more. */
  removedEntities: Scalars['Int']['output'];
  roles: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
};

/** The outcome for one article (a feed or JSON array gives one per item). */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The stored article (query it with article(id)). */
  articleId: Maybe<Scalars['ID']['output']>;
  /** Present when created. */
  counts: Maybe<IngestCounts>;
  /** The article name used in messages. */
  name: Scalars['String']['output'];
  /** Why it was refused, and what to do. */
  reason: Maybe<Scalars['String']['output']>;
  status: IngestStatus;
};

/** What happened to one article sent for ingest. */
export type IngestStatus =
  /** Read, extracted and stored (replacing an older version of the same article). */
  | 'CREATED'
  /** Bad input (empty, binary, too big, not English, bad date…): see reason. */
  | 'REFUSED'
  /** Already stored with the same content and extractor: nothing to do. */
  | 'UNCHANGED';

export type MergeResult = {
  __typename?: 'MergeResult';
  /** The kept entity, with the merged one’s links, name and aliases. */
  entity: Entity;
  /** Relationships moved over (mentions counted once per article). */
  moved: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes an article and only the facts read from it. */
  deleteArticle: DeleteArticleResult;
  /** Reads, extracts and stores one article. An input holding several (a feed, a JSON array) is refused: use ingestArticles. */
  ingestArticle: IngestResult;
  /** Ingests up to 50 inputs, in order; feeds and JSON arrays give one result per article. */
  ingestArticles: Array<IngestResult>;
  /** Merges mergeId into keepId: every link (mentions, statements, events, roles) moves over, its names become aliases, mergeId is deleted. */
  mergeEntities: MergeResult;
  /** Splits an alias off an entity into a new entity of the same type, with the mentions written as that alias. */
  splitAlias: SplitResult;
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


export type MutationIngestArticlesArgs = {
  inputs: Array<ArticleInput>;
};


export type MutationMergeEntitiesArgs = {
  keepId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
};


export type MutationSplitAliasArgs = {
  alias: Scalars['String']['input'];
  entityId: Scalars['ID']['input'];
};

/** A named organisation (party, army, agency, company, outlet…). */
export type Organisation = Entity & {
  __typename?: 'Organisation';
  /** Other names seen for this entity. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention it. */
  articleCount: Scalars['Int']['output'];
  /** Articles that mention it, newest first. */
  articles: ArticleConnection;
  /** Entities mentioned in the same articles, most shared articles first. */
  coMentions: Array<CoMention>;
  /** Its direct neighbours (articles, statements, events, related entities) as a subgraph; neighbourhood goes deeper. */
  connections: Subgraph;
  /** Events it took part in (in `role`, when given), newest first. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  /** Mentions across all articles. */
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Roles held in it (for organisations and countries): its office holders. */
  roleHolders: Array<Role>;
  /** Roles it holds (for people): "Prime Minister" of Israel. */
  roles: Array<Role>;
  /** Statements it made (SAID), newest first. */
  said: StatementConnection;
  /** Statements it made (SAID). */
  statementCount: Scalars['Int']['output'];
  /** Statements about it (ABOUT), newest first. */
  statementsAbout: StatementConnection;
  type: EntityType;
};


/** A named organisation (party, army, agency, company, outlet…). */
export type OrganisationArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A named organisation (party, army, agency, company, outlet…). */
export type OrganisationCoMentionsArgs = {
  first?: Scalars['Int']['input'];
};


/** A named organisation (party, army, agency, company, outlet…). */
export type OrganisationConnectionsArgs = {
  limit?: Scalars['Int']['input'];
};


/** A named organisation (party, army, agency, company, outlet…). */
export type OrganisationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<ParticipantRole>;
};


/** A named organisation (party, army, agency, company, outlet…). */
export type OrganisationSaidArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A named organisation (party, army, agency, company, outlet…). */
export type OrganisationStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** The part an entity plays in an event. */
export type ParticipantRole =
  /** Who acted. */
  | 'agent'
  /** The court that ruled or issued. */
  | 'court'
  /** Took part otherwise. */
  | 'participant'
  /** Where it happened. */
  | 'place'
  /** Who or what was acted on. */
  | 'target'
  /** Who suffered harm. */
  | 'victim';

/** An entity taking part in an event, in a role. */
export type Participation = {
  __typename?: 'Participation';
  entity: Entity;
  role: ParticipantRole;
};

/** A path between two nodes: nodes in order, and the edges joining them. */
export type Path = {
  __typename?: 'Path';
  edges: Array<GraphEdge>;
  /** Number of edges. */
  length: Scalars['Int']['output'];
  nodes: Array<GraphNode>;
};

/** A named person. */
export type Person = Entity & {
  __typename?: 'Person';
  /** Other names seen for this entity. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention it. */
  articleCount: Scalars['Int']['output'];
  /** Articles that mention it, newest first. */
  articles: ArticleConnection;
  /** Entities mentioned in the same articles, most shared articles first. */
  coMentions: Array<CoMention>;
  /** Its direct neighbours (articles, statements, events, related entities) as a subgraph; neighbourhood goes deeper. */
  connections: Subgraph;
  /** Events it took part in (in `role`, when given), newest first. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  /** Mentions across all articles. */
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Roles held in it (for organisations and countries): its office holders. */
  roleHolders: Array<Role>;
  /** Roles it holds (for people): "Prime Minister" of Israel. */
  roles: Array<Role>;
  /** Statements it made (SAID), newest first. */
  said: StatementConnection;
  /** Statements it made (SAID). */
  statementCount: Scalars['Int']['output'];
  /** Statements about it (ABOUT), newest first. */
  statementsAbout: StatementConnection;
  /** Role titles given without an organisation or country ("Senator", "candidate"), from the articles that still mention the person; titles of an organisation or country are `roles`. */
  titles: Array<Scalars['String']['output']>;
  type: EntityType;
};


/** A named person. */
export type PersonArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A named person. */
export type PersonCoMentionsArgs = {
  first?: Scalars['Int']['input'];
};


/** A named person. */
export type PersonConnectionsArgs = {
  limit?: Scalars['Int']['input'];
};


/** A named person. */
export type PersonEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<ParticipantRole>;
};


/** A named person. */
export type PersonSaidArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A named person. */
export type PersonStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A city, region or territory. */
export type Place = Entity & {
  __typename?: 'Place';
  /** Other names seen for this entity. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention it. */
  articleCount: Scalars['Int']['output'];
  /** Articles that mention it, newest first. */
  articles: ArticleConnection;
  /** Entities mentioned in the same articles, most shared articles first. */
  coMentions: Array<CoMention>;
  /** Its direct neighbours (articles, statements, events, related entities) as a subgraph; neighbourhood goes deeper. */
  connections: Subgraph;
  /** Events it took part in (in `role`, when given), newest first. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  /** Mentions across all articles. */
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Roles held in it (for organisations and countries): its office holders. */
  roleHolders: Array<Role>;
  /** Roles it holds (for people): "Prime Minister" of Israel. */
  roles: Array<Role>;
  /** Statements it made (SAID), newest first. */
  said: StatementConnection;
  /** Statements it made (SAID). */
  statementCount: Scalars['Int']['output'];
  /** Statements about it (ABOUT), newest first. */
  statementsAbout: StatementConnection;
  type: EntityType;
};


/** A city, region or territory. */
export type PlaceArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A city, region or territory. */
export type PlaceCoMentionsArgs = {
  first?: Scalars['Int']['input'];
};


/** A city, region or territory. */
export type PlaceConnectionsArgs = {
  limit?: Scalars['Int']['input'];
};


/** A city, region or territory. */
export type PlaceEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<ParticipantRole>;
};


/** A city, region or territory. */
export type PlaceSaidArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A city, region or territory. */
export type PlaceStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Two entities that may be one, kept apart for review (mergeEntities joins them). */
export type PossiblySamePair = {
  __typename?: 'PossiblySamePair';
  a: Entity;
  b: Entity;
  score: Scalars['Float']['output'];
};

export type PossiblySamePairConnection = {
  __typename?: 'PossiblySamePairConnection';
  edges: Array<PossiblySamePairEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PossiblySamePairEdge = {
  __typename?: 'PossiblySamePairEdge';
  cursor: Scalars['String']['output'];
  node: PossiblySamePair;
};

/** A count reported with an event ("nearly 55,000 Palestinians"). */
export type Quantity = {
  __typename?: 'Quantity';
  /** "nearly", "more than"… */
  qualifier: Maybe<Scalars['String']['output']>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  article: Maybe<Article>;
  /** Articles, newest first. */
  articles: ArticleConnection;
  /** Entities mentioned in the same articles as this one, most shared articles first. */
  coMentions: Array<CoMention>;
  /** Entities with filters, most mentioned first (or as `orderBy` says). */
  entities: EntityConnection;
  /** One entity by id; null when there is none. */
  entity: Maybe<Entity>;
  /** One event by id; null when there is none. */
  event: Maybe<Event>;
  /** Events, newest first, with filters. */
  events: EventConnection;
  /** The nodes within `depth` hops of a node (nearest first, at most `limit`) and every edge among them. */
  neighbourhood: Subgraph;
  /** The shortest paths between two nodes (all of the shortest length found, at most `limit`) through mentions, statements, events, roles and articles; those through statements, events and roles first. */
  paths: Array<Path>;
  /** Review queue: entity pairs that may be one, highest score first. */
  possiblySame: PossiblySamePairConnection;
  /** Full-text search over entity names and aliases (prefix match per word). */
  search: Array<Entity>;
  /** One statement by id; null when there is none. */
  statement: Maybe<Statement>;
  /** Statements (who said what), newest first, with filters. */
  statements: StatementConnection;
  /** Counts of what the graph holds. */
  stats: Stats;
  /** Statements made by or about an entity and events it took part in, oldest first (undated facts take their article date). */
  timeline: TimelineItemConnection;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryCoMentionsArgs = {
  first?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryNeighbourhoodArgs = {
  depth?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  maxLength?: Scalars['Int']['input'];
  to: Scalars['ID']['input'];
};


export type QueryPossiblySameArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QuerySearchArgs = {
  first?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A role a person holds ("Prime Minister" of Israel), as reported. */
export type Role = {
  __typename?: 'Role';
  /** False for "former" roles. */
  current: Scalars['Boolean']['output'];
  /** The words that give the role ("Israeli Prime Minister"). */
  evidence: Maybe<Evidence>;
  /** The person who holds it. */
  holder: Entity;
  /** The organisation, country or place the role is in ("Kharkiv governor"). */
  of: Entity;
  title: Scalars['String']['output'];
};

export type SplitResult = {
  __typename?: 'SplitResult';
  /** The new entity named after the alias. */
  created: Entity;
  /** The original entity, without the alias. */
  entity: Entity;
  /** Mention spans whose text is the alias, moved to the new entity. */
  movedMentions: Scalars['Int']['output'];
  /** Statements whose speaker was written as the alias, moved to it. */
  movedStatements: Scalars['Int']['output'];
};

/** Who said what, reported in an article. */
export type Statement = {
  __typename?: 'Statement';
  /** What it is about (ABOUT). */
  about: Array<Entity>;
  /** The events it reports: those told inside what was said (ABOUT), in article order. */
  aboutEvents: Array<Event>;
  /** The outlet or source it was relayed through (ACCORDING_TO). */
  accordingTo: Maybe<Entity>;
  article: Maybe<Article>;
  confidence: Scalars['Float']['output'];
  /** The reporting verb or phrase ("said", "according to"). */
  cue: Maybe<Scalars['String']['output']>;
  /** When it was said: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: Maybe<Scalars['String']['output']>;
  /** Precision of date: day, month or year. */
  datePrecision: Maybe<Scalars['String']['output']>;
  /** The characters of the article that report it. */
  evidence: Evidence;
  id: Scalars['ID']['output'];
  kind: StatementKind;
  /** Who said it (SAID). */
  speaker: Maybe<Entity>;
  /** The speaker as written in the article ("he", "The daily"). */
  speakerText: Maybe<Scalars['String']['output']>;
  /** What was said: the content span of the article text. */
  text: Scalars['String']['output'];
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type StatementFilter = {
  /** About this entity. */
  about?: InputMaybe<Scalars['ID']['input']>;
  /** Relayed through this outlet or source (ACCORDING_TO). */
  accordingTo?: InputMaybe<Scalars['ID']['input']>;
  /** On or after (YYYY, YYYY-MM or YYYY-MM-DD); undated statements use their article date. */
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<StatementKind>;
  /** Said by this entity. */
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Full-text match on what was said (every word, as a prefix). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** On or before (YYYY, YYYY-MM or YYYY-MM-DD). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** How speech is reported: direct quote, indirect (reported) speech, or mixed. */
export type StatementKind =
  /** Quoted words ("It is too soon…," he said). */
  | 'direct'
  /** Reported speech without quotation marks. */
  | 'indirect'
  /** Reported speech with a quoted fragment. */
  | 'mixed';

/** What the graph holds. */
export type Stats = {
  __typename?: 'Stats';
  articles: Scalars['Int']['output'];
  entities: Scalars['Int']['output'];
  /** Entities per type (Person, Court…). */
  entitiesByType: Array<Count>;
  events: Scalars['Int']['output'];
  eventsByType: Array<Count>;
  lastIngestedAt: Maybe<Scalars['String']['output']>;
  /** Entity pairs waiting for review (POSSIBLY_SAME_AS). */
  possiblySamePairs: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
  statementsByKind: Array<Count>;
};

/** Nodes and edges that a visualisation client can draw as is: every edge joins two returned nodes. Two nodes may be joined by several edges (a role stated in several articles, one entity in two roles of an event): load them into a multigraph (for sigma.js, graphology's MultiGraph). */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
};

/** A statement or an event. */
export type TimelineItem = Event | Statement;

export type TimelineItemConnection = {
  __typename?: 'TimelineItemConnection';
  edges: Array<TimelineItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimelineItemEdge = {
  __typename?: 'TimelineItemEdge';
  cursor: Scalars['String']['output'];
  node: TimelineItem;
};

export type ArticleTextQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArticleTextQuery = { __typename?: 'Query', article: { __typename?: 'Article', id: string, text: string, publishedAt: string | null } | null };

export type StatementEvidenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StatementEvidenceQuery = { __typename?: 'Query', entity:
    | { __typename?: 'Country', said: { __typename?: 'StatementConnection', edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null, sentence: number | null, confidence: number | null, extractor: string | null, article: { __typename?: 'Article', id: string } | null } } }> } }
    | { __typename?: 'Court', said: { __typename?: 'StatementConnection', edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null, sentence: number | null, confidence: number | null, extractor: string | null, article: { __typename?: 'Article', id: string } | null } } }> } }
    | { __typename?: 'Group', said: { __typename?: 'StatementConnection', edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null, sentence: number | null, confidence: number | null, extractor: string | null, article: { __typename?: 'Article', id: string } | null } } }> } }
    | { __typename?: 'Organisation', said: { __typename?: 'StatementConnection', edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null, sentence: number | null, confidence: number | null, extractor: string | null, article: { __typename?: 'Article', id: string } | null } } }> } }
    | { __typename?: 'Person', said: { __typename?: 'StatementConnection', edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null, sentence: number | null, confidence: number | null, extractor: string | null, article: { __typename?: 'Article', id: string } | null } } }> } }
    | { __typename?: 'Place', said: { __typename?: 'StatementConnection', edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null, sentence: number | null, confidence: number | null, extractor: string | null, article: { __typename?: 'Article', id: string } | null } } }> } }
   | null };

export type NestedSaidQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type NestedSaidQuery = { __typename?: 'Query', entities: { __typename?: 'EntityConnection', edges: Array<{ __typename?: 'EntityEdge', node:
        | { __typename?: 'Country', id: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
                  | { __typename?: 'Country', id: string }
                  | { __typename?: 'Court', id: string }
                  | { __typename?: 'Group', id: string }
                  | { __typename?: 'Organisation', id: string }
                  | { __typename?: 'Person', id: string }
                  | { __typename?: 'Place', id: string }
                 | null, about: Array<
                  | { __typename?: 'Country', id: string, name: string }
                  | { __typename?: 'Court', id: string, name: string }
                  | { __typename?: 'Group', id: string, name: string }
                  | { __typename?: 'Organisation', id: string, name: string }
                  | { __typename?: 'Person', id: string, name: string }
                  | { __typename?: 'Place', id: string, name: string }
                >, evidence: { __typename?: 'Evidence', start: number, article: { __typename?: 'Article', id: string, publishedAt: string | null } | null } } }> } }
        | { __typename?: 'Court', id: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
                  | { __typename?: 'Country', id: string }
                  | { __typename?: 'Court', id: string }
                  | { __typename?: 'Group', id: string }
                  | { __typename?: 'Organisation', id: string }
                  | { __typename?: 'Person', id: string }
                  | { __typename?: 'Place', id: string }
                 | null, about: Array<
                  | { __typename?: 'Country', id: string, name: string }
                  | { __typename?: 'Court', id: string, name: string }
                  | { __typename?: 'Group', id: string, name: string }
                  | { __typename?: 'Organisation', id: string, name: string }
                  | { __typename?: 'Person', id: string, name: string }
                  | { __typename?: 'Place', id: string, name: string }
                >, evidence: { __typename?: 'Evidence', start: number, article: { __typename?: 'Article', id: string, publishedAt: string | null } | null } } }> } }
        | { __typename?: 'Group', id: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
                  | { __typename?: 'Country', id: string }
                  | { __typename?: 'Court', id: string }
                  | { __typename?: 'Group', id: string }
                  | { __typename?: 'Organisation', id: string }
                  | { __typename?: 'Person', id: string }
                  | { __typename?: 'Place', id: string }
                 | null, about: Array<
                  | { __typename?: 'Country', id: string, name: string }
                  | { __typename?: 'Court', id: string, name: string }
                  | { __typename?: 'Group', id: string, name: string }
                  | { __typename?: 'Organisation', id: string, name: string }
                  | { __typename?: 'Person', id: string, name: string }
                  | { __typename?: 'Place', id: string, name: string }
                >, evidence: { __typename?: 'Evidence', start: number, article: { __typename?: 'Article', id: string, publishedAt: string | null } | null } } }> } }
        | { __typename?: 'Organisation', id: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
                  | { __typename?: 'Country', id: string }
                  | { __typename?: 'Court', id: string }
                  | { __typename?: 'Group', id: string }
                  | { __typename?: 'Organisation', id: string }
                  | { __typename?: 'Person', id: string }
                  | { __typename?: 'Place', id: string }
                 | null, about: Array<
                  | { __typename?: 'Country', id: string, name: string }
                  | { __typename?: 'Court', id: string, name: string }
                  | { __typename?: 'Group', id: string, name: string }
                  | { __typename?: 'Organisation', id: string, name: string }
                  | { __typename?: 'Person', id: string, name: string }
                  | { __typename?: 'Place', id: string, name: string }
                >, evidence: { __typename?: 'Evidence', start: number, article: { __typename?: 'Article', id: string, publishedAt: string | null } | null } } }> } }
        | { __typename?: 'Person', id: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
                  | { __typename?: 'Country', id: string }
                  | { __typename?: 'Court', id: string }
                  | { __typename?: 'Group', id: string }
                  | { __typename?: 'Organisation', id: string }
                  | { __typename?: 'Person', id: string }
                  | { __typename?: 'Place', id: string }
                 | null, about: Array<
                  | { __typename?: 'Country', id: string, name: string }
                  | { __typename?: 'Court', id: string, name: string }
                  | { __typename?: 'Group', id: string, name: string }
                  | { __typename?: 'Organisation', id: string, name: string }
                  | { __typename?: 'Person', id: string, name: string }
                  | { __typename?: 'Place', id: string, name: string }
                >, evidence: { __typename?: 'Evidence', start: number, article: { __typename?: 'Article', id: string, publishedAt: string | null } | null } } }> } }
        | { __typename?: 'Place', id: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
                  | { __typename?: 'Country', id: string }
                  | { __typename?: 'Court', id: string }
                  | { __typename?: 'Group', id: string }
                  | { __typename?: 'Organisation', id: string }
                  | { __typename?: 'Person', id: string }
                  | { __typename?: 'Place', id: string }
                 | null, about: Array<
                  | { __typename?: 'Country', id: string, name: string }
                  | { __typename?: 'Court', id: string, name: string }
                  | { __typename?: 'Group', id: string, name: string }
                  | { __typename?: 'Organisation', id: string, name: string }
                  | { __typename?: 'Person', id: string, name: string }
                  | { __typename?: 'Place', id: string, name: string }
                >, evidence: { __typename?: 'Evidence', start: number, article: { __typename?: 'Article', id: string, publishedAt: string | null } | null } } }> } }
       }> } };

export type NestedEventsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type NestedEventsQuery = { __typename?: 'Query', entities: { __typename?: 'EntityConnection', edges: Array<{ __typename?: 'EntityEdge', node:
        | { __typename?: 'Country', id: string, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType, article: { __typename?: 'Article', id: string } | null, participants: Array<{ __typename?: 'Participation', role: ParticipantRole, entity:
                    | { __typename?: 'Country', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Court', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Group', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Organisation', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Person', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Place', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                   }> } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
              | { __typename?: 'Country', id: string, name: string }
              | { __typename?: 'Court', id: string, name: string }
              | { __typename?: 'Group', id: string, name: string }
              | { __typename?: 'Organisation', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
            , evidence: { __typename?: 'Evidence', text: string | null } | null }>, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             }> }
        | { __typename?: 'Court', id: string, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType, article: { __typename?: 'Article', id: string } | null, participants: Array<{ __typename?: 'Participation', role: ParticipantRole, entity:
                    | { __typename?: 'Country', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Court', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Group', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Organisation', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Person', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Place', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                   }> } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
              | { __typename?: 'Country', id: string, name: string }
              | { __typename?: 'Court', id: string, name: string }
              | { __typename?: 'Group', id: string, name: string }
              | { __typename?: 'Organisation', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
            , evidence: { __typename?: 'Evidence', text: string | null } | null }>, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             }> }
        | { __typename?: 'Group', id: string, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType, article: { __typename?: 'Article', id: string } | null, participants: Array<{ __typename?: 'Participation', role: ParticipantRole, entity:
                    | { __typename?: 'Country', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Court', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Group', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Organisation', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Person', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Place', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                   }> } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
              | { __typename?: 'Country', id: string, name: string }
              | { __typename?: 'Court', id: string, name: string }
              | { __typename?: 'Group', id: string, name: string }
              | { __typename?: 'Organisation', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
            , evidence: { __typename?: 'Evidence', text: string | null } | null }>, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             }> }
        | { __typename?: 'Organisation', id: string, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType, article: { __typename?: 'Article', id: string } | null, participants: Array<{ __typename?: 'Participation', role: ParticipantRole, entity:
                    | { __typename?: 'Country', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Court', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Group', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Organisation', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Person', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Place', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                   }> } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
              | { __typename?: 'Country', id: string, name: string }
              | { __typename?: 'Court', id: string, name: string }
              | { __typename?: 'Group', id: string, name: string }
              | { __typename?: 'Organisation', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
            , evidence: { __typename?: 'Evidence', text: string | null } | null }>, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             }> }
        | { __typename?: 'Person', id: string, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType, article: { __typename?: 'Article', id: string } | null, participants: Array<{ __typename?: 'Participation', role: ParticipantRole, entity:
                    | { __typename?: 'Country', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Court', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Group', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Organisation', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Person', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Place', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                   }> } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
              | { __typename?: 'Country', id: string, name: string }
              | { __typename?: 'Court', id: string, name: string }
              | { __typename?: 'Group', id: string, name: string }
              | { __typename?: 'Organisation', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
            , evidence: { __typename?: 'Evidence', text: string | null } | null }>, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             }> }
        | { __typename?: 'Place', id: string, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType, article: { __typename?: 'Article', id: string } | null, participants: Array<{ __typename?: 'Participation', role: ParticipantRole, entity:
                    | { __typename?: 'Country', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Court', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Group', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Organisation', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Person', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                    | { __typename?: 'Place', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number } }
                   }> } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
              | { __typename?: 'Country', id: string, name: string }
              | { __typename?: 'Court', id: string, name: string }
              | { __typename?: 'Group', id: string, name: string }
              | { __typename?: 'Organisation', id: string, name: string }
              | { __typename?: 'Person', id: string, name: string }
              | { __typename?: 'Place', id: string, name: string }
            , evidence: { __typename?: 'Evidence', text: string | null } | null }>, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             }> }
       }> } };

export type EntityRelationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntityRelationsQuery = { __typename?: 'Query', entity:
    | { __typename?: 'Country', id: string, name: string, statementCount: number, said: { __typename?: 'StatementConnection', totalCount: number }, statementsAbout: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             | null } }> }, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , holder:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null } | null }>, roleHolders: Array<{ __typename?: 'Role', title: string, holder:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, articles: { __typename?: 'ArticleConnection', totalCount: number, edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string } }> }, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, connections: { __typename?: 'Subgraph', nodes: Array<{ __typename?: 'GraphNode', id: string, type: string }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, type: string, label: string }> } }
    | { __typename?: 'Court', id: string, name: string, statementCount: number, said: { __typename?: 'StatementConnection', totalCount: number }, statementsAbout: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             | null } }> }, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , holder:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null } | null }>, roleHolders: Array<{ __typename?: 'Role', title: string, holder:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, articles: { __typename?: 'ArticleConnection', totalCount: number, edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string } }> }, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, connections: { __typename?: 'Subgraph', nodes: Array<{ __typename?: 'GraphNode', id: string, type: string }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, type: string, label: string }> } }
    | { __typename?: 'Group', id: string, name: string, statementCount: number, said: { __typename?: 'StatementConnection', totalCount: number }, statementsAbout: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             | null } }> }, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , holder:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null } | null }>, roleHolders: Array<{ __typename?: 'Role', title: string, holder:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, articles: { __typename?: 'ArticleConnection', totalCount: number, edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string } }> }, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, connections: { __typename?: 'Subgraph', nodes: Array<{ __typename?: 'GraphNode', id: string, type: string }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, type: string, label: string }> } }
    | { __typename?: 'Organisation', id: string, name: string, statementCount: number, said: { __typename?: 'StatementConnection', totalCount: number }, statementsAbout: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             | null } }> }, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , holder:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null } | null }>, roleHolders: Array<{ __typename?: 'Role', title: string, holder:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, articles: { __typename?: 'ArticleConnection', totalCount: number, edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string } }> }, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, connections: { __typename?: 'Subgraph', nodes: Array<{ __typename?: 'GraphNode', id: string, type: string }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, type: string, label: string }> } }
    | { __typename?: 'Person', id: string, name: string, statementCount: number, said: { __typename?: 'StatementConnection', totalCount: number }, statementsAbout: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             | null } }> }, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , holder:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null } | null }>, roleHolders: Array<{ __typename?: 'Role', title: string, holder:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, articles: { __typename?: 'ArticleConnection', totalCount: number, edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string } }> }, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, connections: { __typename?: 'Subgraph', nodes: Array<{ __typename?: 'GraphNode', id: string, type: string }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, type: string, label: string }> } }
    | { __typename?: 'Place', id: string, name: string, statementCount: number, said: { __typename?: 'StatementConnection', totalCount: number }, statementsAbout: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, speaker:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             | null } }> }, events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType } }> }, roles: Array<{ __typename?: 'Role', title: string, current: boolean, of:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , holder:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , evidence: { __typename?: 'Evidence', start: number, end: number, text: string | null } | null }>, roleHolders: Array<{ __typename?: 'Role', title: string, holder:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, articles: { __typename?: 'ArticleConnection', totalCount: number, edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string } }> }, coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
          | { __typename?: 'Country', id: string, name: string }
          | { __typename?: 'Court', id: string, name: string }
          | { __typename?: 'Group', id: string, name: string }
          | { __typename?: 'Organisation', id: string, name: string }
          | { __typename?: 'Person', id: string, name: string }
          | { __typename?: 'Place', id: string, name: string }
         }>, connections: { __typename?: 'Subgraph', nodes: Array<{ __typename?: 'GraphNode', id: string, type: string }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, type: string, label: string }> } }
   | null };

export type FindStatementsQueryVariables = Exact<{
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FindStatementsQuery = { __typename?: 'Query', statements: { __typename?: 'StatementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, kind: StatementKind, date: string | null, speaker:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
         | null, about: Array<
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        >, accordingTo:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
         | null, article: { __typename?: 'Article', id: string } | null } }> } };

export type FindEventsQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FindEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType, label: string, date: string | null, datePrecision: string | null, charges: Array<string>, quantities: Array<{ __typename?: 'Quantity', value: number, unit: string, qualifier: string | null }>, participants: Array<{ __typename?: 'Participation', role: ParticipantRole, entity:
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Court', id: string }
            | { __typename?: 'Group', id: string }
            | { __typename?: 'Organisation', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Place', id: string }
           }>, evidence: { __typename?: 'Evidence', text: string | null } } }> } };

export type TimelineRangeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TimelineRangeQuery = { __typename?: 'Query', timeline: { __typename?: 'TimelineItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'TimelineItemEdge', cursor: string, node:
        | { __typename: 'Event', id: string, date: string | null }
        | { __typename: 'Statement', id: string, date: string | null }
       }> } };

export type NeighbourhoodQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  depth: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type NeighbourhoodQuery = { __typename?: 'Query', neighbourhood: { __typename?: 'Subgraph', nodes: Array<{ __typename?: 'GraphNode', id: string, label: string, type: string, properties: Record<string, unknown> | null }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, type: string, label: string, properties: Record<string, unknown> | null }> } };

export type PathsQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PathsQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'Path', length: number, nodes: Array<{ __typename?: 'GraphNode', id: string, label: string, type: string }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, type: string, label: string }> }> };

export type CoMentionsOfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CoMentionsOfQuery = { __typename?: 'Query', coMentions: Array<{ __typename?: 'CoMention', weight: number, entity:
      | { __typename?: 'Country', id: string, name: string }
      | { __typename?: 'Court', id: string, name: string }
      | { __typename?: 'Group', id: string, name: string }
      | { __typename?: 'Organisation', id: string, name: string }
      | { __typename?: 'Person', id: string, name: string }
      | { __typename?: 'Place', id: string, name: string }
     }> };

export type PeopleByQuotesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PeopleByQuotesQuery = { __typename?: 'Query', entities: { __typename?: 'EntityConnection', edges: Array<{ __typename?: 'EntityEdge', node:
        | { __typename?: 'Country', id: string, name: string, statementCount: number }
        | { __typename?: 'Court', id: string, name: string, statementCount: number }
        | { __typename?: 'Group', id: string, name: string, statementCount: number }
        | { __typename?: 'Organisation', id: string, name: string, statementCount: number }
        | { __typename?: 'Person', id: string, name: string, statementCount: number }
        | { __typename?: 'Place', id: string, name: string, statementCount: number }
       }> } };

export type ArticlesMentioningQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ArticlesMentioningQuery = { __typename?: 'Query', articles: { __typename?: 'ArticleConnection', totalCount: number, edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string } }> } };

export type GraphStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphStatsQuery = { __typename?: 'Query', stats: { __typename?: 'Stats', articles: number, entities: number, statements: number, events: number, relationships: number, possiblySamePairs: number, lastIngestedAt: string | null, entitiesByType: Array<{ __typename?: 'Count', key: string, count: number }>, eventsByType: Array<{ __typename?: 'Count', key: string, count: number }>, statementsByKind: Array<{ __typename?: 'Count', key: string, count: number }> } };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { __typename?: 'Query', possiblySame: { __typename?: 'PossiblySamePairConnection', totalCount: number, edges: Array<{ __typename?: 'PossiblySamePairEdge', node: { __typename?: 'PossiblySamePair', score: number, a:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
        , b:
          | { __typename?: 'Country', id: string }
          | { __typename?: 'Court', id: string }
          | { __typename?: 'Group', id: string }
          | { __typename?: 'Organisation', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Place', id: string }
         } }> } };

export type IngestArticleMutationVariables = Exact<{
  input: ArticleInput;
}>;


export type IngestArticleMutation = { __typename?: 'Mutation', ingestArticle: { __typename?: 'IngestResult', name: string, status: IngestStatus, articleId: string | null, reason: string | null, counts: { __typename?: 'IngestCounts', entities: number, statements: number, events: number, roles: number, removedEntities: number } | null } };

export type IngestArticlesMutationVariables = Exact<{
  inputs: Array<ArticleInput> | ArticleInput;
}>;


export type IngestArticlesMutation = { __typename?: 'Mutation', ingestArticles: Array<{ __typename?: 'IngestResult', name: string, status: IngestStatus, articleId: string | null, reason: string | null }> };

export type DeleteArticleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteArticleMutation = { __typename?: 'Mutation', deleteArticle: { __typename?: 'DeleteArticleResult', articleId: string, statements: number, events: number, removedEntities: number } };

export type MergeEntitiesMutationVariables = Exact<{
  keepId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
}>;


export type MergeEntitiesMutation = { __typename?: 'Mutation', mergeEntities: { __typename?: 'MergeResult', moved: number, entity:
      | { __typename?: 'Country', id: string, name: string, aliases: Array<string>, mentionCount: number, articleCount: number, statementCount: number }
      | { __typename?: 'Court', id: string, name: string, aliases: Array<string>, mentionCount: number, articleCount: number, statementCount: number }
      | { __typename?: 'Group', id: string, name: string, aliases: Array<string>, mentionCount: number, articleCount: number, statementCount: number }
      | { __typename?: 'Organisation', id: string, name: string, aliases: Array<string>, mentionCount: number, articleCount: number, statementCount: number }
      | { __typename?: 'Person', id: string, name: string, aliases: Array<string>, mentionCount: number, articleCount: number, statementCount: number }
      | { __typename?: 'Place', id: string, name: string, aliases: Array<string>, mentionCount: number, articleCount: number, statementCount: number }
     } };

export type SplitAliasMutationVariables = Exact<{
  entityId: Scalars['ID']['input'];
  alias: Scalars['String']['input'];
}>;


export type SplitAliasMutation = { __typename?: 'Mutation', splitAlias: { __typename?: 'SplitResult', movedMentions: number, movedStatements: number, entity:
      | { __typename?: 'Country', id: string, aliases: Array<string>, mentionCount: number }
      | { __typename?: 'Court', id: string, aliases: Array<string>, mentionCount: number }
      | { __typename?: 'Group', id: string, aliases: Array<string>, mentionCount: number }
      | { __typename?: 'Organisation', id: string, aliases: Array<string>, mentionCount: number }
      | { __typename?: 'Person', id: string, aliases: Array<string>, mentionCount: number }
      | { __typename?: 'Place', id: string, aliases: Array<string>, mentionCount: number }
    , created:
      | { __typename: 'Country', id: string, name: string, mentionCount: number, statementCount: number }
      | { __typename: 'Court', id: string, name: string, mentionCount: number, statementCount: number }
      | { __typename: 'Group', id: string, name: string, mentionCount: number, statementCount: number }
      | { __typename: 'Organisation', id: string, name: string, mentionCount: number, statementCount: number }
      | { __typename: 'Person', id: string, name: string, mentionCount: number, statementCount: number }
      | { __typename: 'Place', id: string, name: string, mentionCount: number, statementCount: number }
     } };

export type PersonTitlesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonTitlesQuery = { __typename?: 'Query', entity:
    | { __typename?: 'Country', id: string }
    | { __typename?: 'Court', id: string }
    | { __typename?: 'Group', id: string }
    | { __typename?: 'Organisation', id: string }
    | { __typename?: 'Person', titles: Array<string>, id: string }
    | { __typename?: 'Place', id: string }
   | null };

export type StatementsReportingQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type StatementsReportingQuery = { __typename?: 'Query', statements: { __typename?: 'StatementConnection', edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, aboutEvents: Array<{ __typename?: 'Event', id: string, type: EventType, label: string, participants: Array<{ __typename?: 'Participation', role: ParticipantRole, entity:
              | { __typename?: 'Country', id: string }
              | { __typename?: 'Court', id: string }
              | { __typename?: 'Group', id: string }
              | { __typename?: 'Organisation', id: string }
              | { __typename?: 'Person', id: string }
              | { __typename?: 'Place', id: string }
             }> }> } }> } };

export type PeopleQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PeopleQuery = { __typename?: 'Query', entities: { __typename?: 'EntityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'EntityEdge', cursor: string, node:
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Court', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Organisation', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
       }> } };

export type SearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type SearchQuery = { __typename?: 'Query', search: Array<
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Court', id: string, name: string }
    | { __typename: 'Group', id: string, name: string }
    | { __typename: 'Organisation', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
  > };

export type ArticlesQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticlesQuery = { __typename?: 'Query', articles: { __typename?: 'ArticleConnection', totalCount: number, edges: Array<{ __typename?: 'ArticleEdge', node: { __typename?: 'Article', id: string, title: string | null, publishedAt: string | null, source: string | null } }> } };

export type SaidByQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SaidByQuery = { __typename?: 'Query', entity:
    | { __typename?: 'Country', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, kind: StatementKind, cue: string | null, date: string | null, evidence: { __typename?: 'Evidence', start: number, end: number, article: { __typename?: 'Article', id: string } | null } } }> } }
    | { __typename?: 'Court', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, kind: StatementKind, cue: string | null, date: string | null, evidence: { __typename?: 'Evidence', start: number, end: number, article: { __typename?: 'Article', id: string } | null } } }> } }
    | { __typename?: 'Group', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, kind: StatementKind, cue: string | null, date: string | null, evidence: { __typename?: 'Evidence', start: number, end: number, article: { __typename?: 'Article', id: string } | null } } }> } }
    | { __typename?: 'Organisation', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, kind: StatementKind, cue: string | null, date: string | null, evidence: { __typename?: 'Evidence', start: number, end: number, article: { __typename?: 'Article', id: string } | null } } }> } }
    | { __typename?: 'Person', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, kind: StatementKind, cue: string | null, date: string | null, evidence: { __typename?: 'Evidence', start: number, end: number, article: { __typename?: 'Article', id: string } | null } } }> } }
    | { __typename?: 'Place', id: string, name: string, said: { __typename?: 'StatementConnection', totalCount: number, edges: Array<{ __typename?: 'StatementEdge', node: { __typename?: 'Statement', id: string, text: string, kind: StatementKind, cue: string | null, date: string | null, evidence: { __typename?: 'Evidence', start: number, end: number, article: { __typename?: 'Article', id: string } | null } } }> } }
   | null };

export type EventsOfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventsOfQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', totalCount: number, edges: Array<{ __typename?: 'EventEdge', node: { __typename?: 'Event', id: string, type: EventType, date: string | null, participants: Array<{ __typename?: 'Participation', role: ParticipantRole, entity:
            | { __typename: 'Country', id: string, name: string }
            | { __typename: 'Court', id: string, name: string }
            | { __typename: 'Group', id: string, name: string }
            | { __typename: 'Organisation', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
           }> } }> } };

export type TimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TimelineQuery = { __typename?: 'Query', timeline: { __typename?: 'TimelineItemConnection', edges: Array<{ __typename?: 'TimelineItemEdge', node:
        | { __typename: 'Event', id: string, date: string | null, type: EventType }
        | { __typename: 'Statement', id: string, date: string | null, text: string }
       }> } };

export type AroundQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AroundQuery = { __typename?: 'Query', neighbourhood: { __typename?: 'Subgraph', nodes: Array<{ __typename?: 'GraphNode', id: string, label: string, type: string }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, type: string }> } };

export type BetweenQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type BetweenQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'Path', length: number, nodes: Array<{ __typename?: 'GraphNode', id: string, label: string, type: string }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, type: string }> }> };


export const ArticleTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ArticleTextQuery, ArticleTextQueryVariables>;
export const StatementEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"said"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"extractor"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementEvidenceQuery, StatementEvidenceQueryVariables>;
export const NestedSaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedSaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"said"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedSaidQuery, NestedSaidQueryVariables>;
export const NestedEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"said"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coMentions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NestedEventsQuery, NestedEventsQueryVariables>;
export const EntityRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"said"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsAbout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"target"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"of"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coMentions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityRelationsQuery, EntityRelationsQueryVariables>;
export const FindStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accordingTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindStatementsQuery, FindStatementsQueryVariables>;
export const FindEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"charges"}},{"kind":"Field","name":{"kind":"Name","value":"quantities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindEventsQuery, FindEventsQueryVariables>;
export const TimelineRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelineRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineRangeQuery, TimelineRangeQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"properties"}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const CoMentionsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoMentionsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coMentions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CoMentionsOfQuery, CoMentionsOfQueryVariables>;
export const PeopleByQuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleByQuotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PERSON"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"STATEMENTS"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleByQuotesQuery, PeopleByQuotesQueryVariables>;
export const ArticlesMentioningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticlesMentioning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mentionsAll"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticlesMentioningQuery, ArticlesMentioningQueryVariables>;
export const GraphStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"}},{"kind":"Field","name":{"kind":"Name","value":"entities"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"}},{"kind":"Field","name":{"kind":"Name","value":"possiblySamePairs"}},{"kind":"Field","name":{"kind":"Name","value":"lastIngestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entitiesByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventsByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<GraphStatsQuery, GraphStatsQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"possiblySame"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const IngestArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"articleId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"removedEntities"}}]}}]}}]}}]} as unknown as DocumentNode<IngestArticleMutation, IngestArticleMutationVariables>;
export const IngestArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"articleId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<IngestArticlesMutation, IngestArticlesMutationVariables>;
export const DeleteArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articleId"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"removedEntities"}}]}}]}}]} as unknown as DocumentNode<DeleteArticleMutation, DeleteArticleMutationVariables>;
export const MergeEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keepId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mergeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"mentionCount"}},{"kind":"Field","name":{"kind":"Name","value":"articleCount"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}}]}}]}}]}}]} as unknown as DocumentNode<MergeEntitiesMutation, MergeEntitiesMutationVariables>;
export const SplitAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SplitAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitAlias"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"alias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movedMentions"}},{"kind":"Field","name":{"kind":"Name","value":"movedStatements"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"mentionCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mentionCount"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}}]}}]}}]}}]} as unknown as DocumentNode<SplitAliasMutation, SplitAliasMutationVariables>;
export const PersonTitlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonTitles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titles"}}]}}]}}]}}]} as unknown as DocumentNode<PersonTitlesQuery, PersonTitlesQueryVariables>;
export const StatementsReportingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsReporting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"aboutEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsReportingQuery, StatementsReportingQueryVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PERSON"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const ArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Articles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticlesQuery, ArticlesQueryVariables>;
export const SaidByDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaidBy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"said"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cue"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaidByQuery, SaidByQueryVariables>;
export const EventsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"participant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventsOfQuery, EventsOfQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const AroundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Around"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<AroundQuery, AroundQueryVariables>;
export const BetweenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Between"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<BetweenQuery, BetweenQueryVariables>;