// Reporting and attitude cues for statements (lemmas), and what each takes as content.

/**
 * Cue verbs chosen on PolNeAR **train** (never dev): lemmas that are an annotated cue at least
 * 15 times there and in at least half of their occurrences ("cited" 0.84, "touted" 0.92,
 * "blasted" 0.90, "defended" 0.74); `scripts/cue-stats.ts` prints the table. Stances and
 * evaluations as much as speech: PolNeAR attributes them, and so does the graph ("Sanders
 * endorsed Clinton" is a statement by Sanders about Clinton).
 */
/** … that take a clause: "reminded voters that …", "assured them that …". */
const TRAIN_SPEECH = ['assure', 'remind', 'reiterate', 'lament', 'chant', 'echo'];
/** … whose direct object is the content: "cited the report", "denounced the deal". */
const TRAIN_OBJECT = [
  'cite',
  'endorse',
  'express',
  'discuss',
  'defend',
  'blast',
  'denounce',
  'slam',
  'mock',
  'echo',
  'tout',
  'portray',
  'reiterate',
  'lament',
  'condemn',
  'chant',
  'mention',
  'reveal',
  'describe',
];

/**
 * … and below that bar: verbs an annotated cue at least 5 times in PolNeAR train and in at
 * least 30% of their occurrences (`scripts/cue-stats.ts train 5 0.3`), kept only where the
 * verb is an act of saying or of taking a stance ("decried", "rebuked", "contended"); the
 * others on that list (seem, appear, aim, prefer, sound, remember, …) report no one's words.
 * Their content is a clause, an object or an infinitive, whichever they take.
 */
const TRAIN_RARE = [
  'oppose',
  'repeat',
  'highlight',
  'reference',
  'joke',
  'promote',
  'quote',
  'shout',
  'decry',
  'hint',
  'deem',
  'persuade',
  'underscore',
  'assail',
  'plead',
  'applaud',
  'outline',
  'approve',
  'disavow',
  'congratulate',
  'brag',
  'recommend',
  'invoke',
  'retweet',
  'yell',
  'recite',
  'rebuke',
  'hail',
  'recount',
  'deride',
  'forecast',
  'envision',
  'chide',
  'rebut',
  'inform',
  'clarify',
  'bemoan',
  'articulate',
  'interject',
  'proclaim',
  'allude',
  'lash',
  'rebuff',
  'characterize',
  'reaffirm',
  'dub',
  'lambast',
  'affirm',
  'utter',
  'petition',
];

/** Verbs of saying and thinking that report content through a clause (ccomp). */
export const SPEECH_VERBS = new Set([
  'say',
  'tell',
  'claim',
  'add',
  'state',
  'insist',
  'estimate',
  'announce',
  'report',
  'argue',
  'warn',
  'note',
  'explain',
  'deny',
  'confirm',
  'believe',
  'think',
  'suggest',
  'write',
  'tweet',
  'ask',
  'predict',
  'acknowledge',
  'admit',
  'declare',
  'reply',
  'respond',
  'vow',
  'promise',
  'allege',
  'contend',
  'maintain',
  'assert',
  'stress',
  'emphasize',
  'emphasise',
  'indicate',
  'reveal',
  'disclose',
  'conclude',
  'recall',
  'complain',
  'charge',
  'testify',
  'agree',
  'hope',
  'fear',
  'expect',
  'worry',
  'know',
  'feel',
  'insist',
  'signal',
  'pledge',
  'threaten',
  'boast',
  'concede',
  'caution',
  'observe',
  'point',
  'post',
  'show',
  'find',
  'predict',
  'assume',
  'guess',
  'imply',
  'mention',
  'remark',
  'speculate',
  'testify',
  'urge',
  'demand',
  'question',
  'wonder',
  'doubt',
  'understand',
  'learn',
  'hear',
  'acknowledge',
  'accept',
  'recognize',
  'recognise',
  'describe',
  'call',
  'label',
  'dismiss',
  'criticize',
  'criticise',
  'praise',
  'blame',
  'accuse',
  'offer',
  'propose',
  'reject',
  'refuse',
  'decline',
  'seek',
  'plan',
  'want',
  ...TRAIN_SPEECH,
  ...TRAIN_OBJECT,
  ...TRAIN_RARE,
]);

/**
 * Cues that report a state of mind, an intention or evidence rather than an act of saying:
 * "believes", "plans", "shows". Inside someone else's statement ("critics say Clinton believes
 * …", "aides said the ad shows …") they are the outer speaker's words, not a statement of
 * their own.
 */
export const ATTITUDE_VERBS = new Set([
  'believe',
  'think',
  'hope',
  'fear',
  'expect',
  'worry',
  'know',
  'feel',
  'plan',
  'seek',
  'want',
  'refuse',
  'decline',
  'show',
  'find',
  'understand',
  'learn',
  'hear',
  'assume',
  'guess',
  'doubt',
  'wonder',
  'imply',
  'indicate',
  'signal',
  'recognize',
  'recognise',
  'accept',
]);

/** Cues only with an infinitive after them: "wants to junk personal exemptions", not "want a raise". */
export const INFINITIVE_ONLY_CUES = new Set(['want']);

/** Verbs whose content is an infinitive or gerund complement (xcomp): "offered to release". */
export const XCOMP_CUES = new Set([
  'offer',
  'promise',
  'vow',
  'pledge',
  'threaten',
  'urge',
  'ask',
  'propose',
  'refuse',
  'decline',
  'agree',
  'demand',
  'call',
  'seek',
  'plan',
  'want',
  'hope',
  'expect',
  ...TRAIN_RARE,
]);

/** Verbs whose direct object can be the content: "claimed progress", "denied the report". */
export const OBJECT_CUES = new Set([
  'claim',
  'deny',
  'announce',
  'reject',
  'confirm',
  'predict',
  'acknowledge',
  'admit',
  'dismiss',
  'propose',
  'demand',
  'offer',
  'question',
  'promise',
  'pledge',
  'vow',
  'threaten',
  ...TRAIN_OBJECT,
  ...TRAIN_RARE,
]);

/** Accusation-type verbs: "accused X of Y", "blamed X for Y". */
export const TARGET_CUES = new Set(['accuse', 'blame', 'criticize', 'criticise', 'praise', 'charge', 'urge', 'call']);

/** Verbs that only relay: "…, Anadolu reports." */
export const RELAY_VERBS = new Set([
  'report',
  'say',
  'tell',
  'write',
  'add',
  'note',
  'state',
  'claim',
  'tweet',
  'post',
  'explain',
  'insist',
  'argue',
  'warn',
  'continue',
  'conclude',
]);

/**
 * Cues whose content is the object of a preposition: "called for a moratorium", "called on
 * Republicans to …", "spoke of a crisis", "warned against cuts" (lemma → prepositions).
 */
export const PREPOSITION_CUES = new Map<string, ReadonlySet<string>>([
  ['call', new Set(['for', 'on'])],
  ['point', new Set(['to'])],
  ['speak', new Set(['of', 'about'])],
  ['talk', new Set(['about'])],
  ['warn', new Set(['against', 'of', 'about'])],
  ['ask', new Set(['about'])],
  ['argue', new Set(['for', 'against'])],
  ['complain', new Set(['about', 'of'])],
  ['refer', new Set(['to'])],
  ['rail', new Set(['against'])],
]);

/** Nouns of saying and believing that take a "that" clause: "Trump's claim that …". */
export const SPEECH_NOUNS = new Set([
  'claim',
  'report',
  'statement',
  'assertion',
  'allegation',
  'argument',
  'belief',
  'warning',
  'promise',
  'pledge',
  'suggestion',
  'fear',
  'hope',
  'concern',
  'insistence',
  'accusation',
  'contention',
  'announcement',
  'prediction',
  'admission',
  'charge',
  'assurance',
]);

/** Nouns that take a "that" clause of their own besides those of saying ("the fact that …"). */
export const CLAUSE_NOUNS =
  /^(fact|evidence|news|idea|notion|rumou?r|question|sign|indication|possibility|chance|view|sense|impression|feeling|reason|proof|word|confidence|expectation|doubt|certainty|guarantee|understanding|conviction|assumption|likelihood|risk|danger|threat|complaint|revelation|finding|ruling|decision|speculation)s?$/;
/** Phrases a statement is said in answer to, not in ("in response to", "in the wake of"). */
export const AFTERMATH = /^(response|reaction|wake|aftermath|answer|reply|light|view|face|spite)$/;

/**
 * Nouns of a stance taken on something, with the preposition that names it: "Trump's attacks
 * on Curiel", "criticism of his approach", "support for Israel", "questions about the
 * donations". PolNeAR attributes them (its 54 train attributions with these cues were all
 * missed); the graph keeps them as the owner's statement about what follows the preposition.
 */
export const STANCE_NOUNS = new Map<string, ReadonlySet<string>>([
  ['attack', new Set(['on'])],
  ['criticism', new Set(['of'])],
  ['support', new Set(['for'])],
  ['question', new Set(['about'])],
  ['concern', new Set(['about', 'over'])],
  ['complaint', new Set(['about'])],
  ['opposition', new Set(['to'])],
  ['praise', new Set(['for'])],
]);
