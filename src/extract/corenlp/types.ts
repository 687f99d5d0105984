// The parts of CoreNLP's JSON output (outputFormat=json) that the stages read.

export interface CoreToken {
  index: number;
  word: string;
  originalText: string;
  lemma: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  pos: string;
  ner: string;
  normalizedNER?: string;
  before: string;
  after: string;
  timex?: Timex;
}

export interface Timex {
  tid: string;
  type: string;
  value?: string;
  altValue?: string;
}

export interface CoreDependency {
  dep: string;
  governor: number;
  governorGloss: string;
  dependent: number;
  dependentGloss: string;
}

export interface CoreEntityMention {
  docTokenBegin: number;
  docTokenEnd: number;
  tokenBegin: number;
  tokenEnd: number;
  text: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  ner: string;
  normalizedNER?: string;
  nerConfidences?: Record<string, number>;
  timex?: Timex;
}

export interface CoreSentence {
  index: number;
  paragraph?: number;
  basicDependencies: CoreDependency[];
  enhancedPlusPlusDependencies?: CoreDependency[];
  entitymentions: CoreEntityMention[];
  tokens: CoreToken[];
}

export interface CoreCorefMention {
  id: number;
  text: string;
  type: 'PROPER' | 'NOMINAL' | 'PRONOMINAL' | 'LIST';
  number: string;
  gender: string;
  animacy: string;
  /** 1-based token indices within the sentence; end exclusive. */
  startIndex: number;
  endIndex: number;
  headIndex: number;
  /** 1-based sentence number. */
  sentNum: number;
  isRepresentativeMention: boolean;
}

export interface CoreQuote {
  id: number;
  text: string;
  beginIndex: number;
  endIndex: number;
  beginToken: number;
  endToken: number;
  beginSentence: number;
  endSentence: number;
  speaker?: string;
  canonicalSpeaker?: string;
  mentionBegin?: number;
  mentionEnd?: number;
  mentionType?: string;
}

export interface CoreDocument {
  docDate?: string;
  sentences: CoreSentence[];
  corefs?: Record<string, CoreCorefMention[]>;
  quotes?: CoreQuote[];
}
