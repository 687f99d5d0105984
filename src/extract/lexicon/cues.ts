// Reporting and attitude cues for statements (lemmas), and what each takes as content.

/** Verbs of saying and thinking that report content through a clause (ccomp). */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'claim', 'add', 'state', 'insist', 'estimate', 'announce', 'report', 'argue',
  'warn', 'note', 'explain', 'deny', 'confirm', 'believe', 'think', 'suggest', 'write', 'tweet',
  'ask', 'predict', 'acknowledge', 'admit', 'declare', 'reply', 'respond', 'vow', 'promise',
  'allege', 'contend', 'maintain', 'assert', 'stress', 'emphasize', 'emphasise', 'indicate',
  'reveal', 'disclose', 'conclude', 'recall', 'complain', 'charge', 'testify', 'agree', 'hope',
  'fear', 'expect', 'worry', 'know', 'feel', 'insist', 'signal', 'pledge', 'threaten', 'boast',
  'concede', 'caution', 'observe', 'point', 'post', 'show', 'find', 'predict', 'assume',
  'guess', 'imply', 'mention', 'remark', 'speculate', 'testify', 'urge', 'demand', 'question',
  'wonder', 'doubt', 'understand', 'learn', 'hear', 'acknowledge', 'accept', 'recognize',
  'recognise', 'describe', 'call', 'label', 'dismiss', 'criticize', 'criticise', 'praise',
  'blame', 'accuse', 'offer', 'propose', 'reject', 'refuse', 'decline', 'seek', 'plan',
]);

/** Verbs whose content is an infinitive or gerund complement (xcomp): "offered to release". */
export const XCOMP_CUES = new Set([
  'offer', 'promise', 'vow', 'pledge', 'threaten', 'urge', 'ask', 'propose', 'refuse', 'decline',
  'agree', 'demand', 'call', 'seek', 'plan', 'want', 'hope', 'expect',
]);

/** Verbs whose direct object can be the content: "claimed progress", "denied the report". */
export const OBJECT_CUES = new Set(['claim', 'deny', 'announce', 'reject', 'confirm', 'predict', 'acknowledge', 'admit', 'dismiss', 'propose', 'demand', 'offer', 'question']);

/** Accusation-type verbs: "accused X of Y", "blamed X for Y". */
export const TARGET_CUES = new Set(['accuse', 'blame', 'criticize', 'criticise', 'praise', 'charge', 'urge', 'call']);

/** Verbs that only relay: "…, Anadolu reports." */
export const RELAY_VERBS = new Set(['report', 'say', 'tell', 'write', 'add', 'note', 'state', 'claim', 'tweet', 'post', 'explain', 'insist', 'argue', 'warn', 'continue', 'conclude']);
