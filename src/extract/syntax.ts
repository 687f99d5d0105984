// Read-only views over one CoreNLP sentence: tokens, dependency tree, subtrees as spans.
import type { CoreDependency, CoreSentence, CoreToken } from './corenlp/types.ts';
import type { Span } from './types.ts';

/** Verbs of issuing what says things: "issued a statement", "released an ad", "sent a letter". */
const ISSUING =
  /^(issue|release|put|send|write|post|publish|run|air|launch|sign|pen|circulate|distribute|tweet|email|file|unveil|deliver|make|give|share|upload)$/;

/** What someone issues that says things: "issued a statement saying …", "an ad calling …". */
const DOCUMENT_NOUNS =
  /^(statement|release|letter|memo|email|e-mail|message|note|post|tweet|ad|advertisement|commercial|video|article|op-ed|column|editorial|petition|mailer|flier|flyer)$/;

export class SentenceView {
  readonly tokens: CoreToken[];
  /** rel[i] / head[i]: relation and governor (0 = root) of token i (1-based). */
  readonly rel: string[] = [];
  readonly head: number[] = [];
  readonly children: number[][] = [];

  constructor(
    readonly sentence: CoreSentence,
    readonly index: number,
  ) {
    this.tokens = sentence.tokens;
    for (let i = 0; i <= this.tokens.length; i++) this.children.push([]);
    for (const d of sentence.basicDependencies as CoreDependency[]) {
      this.rel[d.dependent] = d.dep;
      this.head[d.dependent] = d.governor;
      if (d.governor > 0) this.children[d.governor].push(d.dependent);
    }
    for (const c of this.children) c.sort((a, b) => a - b);
  }

  /** The root token (1-based), or 0 where the parse has none. */
  get root(): number {
    return Math.max(0, this.rel.indexOf('ROOT'));
  }

  get start(): number {
    return this.tokens[0]?.characterOffsetBegin ?? 0;
  }

  get end(): number {
    return this.tokens[this.tokens.length - 1]?.characterOffsetEnd ?? 0;
  }

  tok(i: number): CoreToken {
    return this.tokens[i - 1];
  }

  lemma(i: number): string {
    return (this.tok(i)?.lemma ?? '').toLowerCase();
  }

  word(i: number): string {
    return this.tok(i)?.word ?? '';
  }

  /** Children of `i` with relation matching `rel` (exact, or a prefix ending in ':'). */
  kids(i: number, ...rels: string[]): number[] {
    return this.children[i].filter((c) => rels.some((r) => this.rel[c] === r || this.rel[c]?.startsWith(`${r}:`)));
  }

  kid(i: number, ...rels: string[]): number | undefined {
    return this.kids(i, ...rels)[0];
  }

  /**
   * The child of `i` in one of `rels` nearest to it, those before it first: where the parser
   * gives a verb two subjects ("“My hope,” he said, “is …”"), the one next to it.
   */
  nearestKid(i: number, ...rels: string[]): number | undefined {
    const kids = this.kids(i, ...rels);
    if (kids.length < 2) return kids[0];
    const before = kids.filter((k) => k < i);
    return before.length ? before[before.length - 1] : kids[0];
  }

  /** Token indices of the subtree rooted at `i`, optionally leaving out some branches. */
  subtree(i: number, skip: (child: number) => boolean = () => false): number[] {
    const out = [i];
    for (const c of this.children[i]) if (!skip(c)) out.push(...this.subtree(c, skip));
    return out.sort((a, b) => a - b);
  }

  /** Character span of tokens [from..to] (1-based, inclusive). */
  span(from: number, to: number): Span {
    return { start: this.tok(from).characterOffsetBegin, end: this.tok(to).characterOffsetEnd };
  }

  /** Text of tokens [from..to] (1-based, inclusive) as written, with the spacing between them. */
  text(from: number, to: number): string {
    return this.tokens
      .slice(from - 1, to)
      .map((t, i, arr) => t.originalText + (i < arr.length - 1 ? t.after : ''))
      .join('');
  }

  /** Span of a contiguous run of a subtree, trimmed of punctuation at either edge. */
  subtreeSpan(i: number, skip?: (child: number) => boolean, keepQuotes = true): Span {
    const ids = this.subtree(i, skip);
    let a = ids[0];
    let b = ids[ids.length - 1];
    ({ a, b } = this.trim(a, b, keepQuotes));
    return this.span(a, b);
  }

  trim(a: number, b: number, keepQuotes = true): { a: number; b: number } {
    const isPunct = (k: number) => {
      const t = this.tok(k);
      if (!t) return false;
      if (keepQuotes && isQuote(t.word)) return false;
      return /^[,.;:—–()-]+$/.test(t.word) || t.pos === ',' || t.pos === ':' || (t.pos === '.' && k === a);
    };
    while (a < b && isPunct(a)) a++;
    while (b > a && isPunct(b) && this.tok(b).word !== '.') b--;
    while (b > a && /^[,;:—–-]+$/.test(this.tok(b).word)) b--;
    return { a, b };
  }

  /** Token at a character offset, if any. */
  tokenAt(offset: number): number | undefined {
    const i = this.tokens.findIndex((t) => t.characterOffsetBegin <= offset && offset < t.characterOffsetEnd);
    return i < 0 ? undefined : i + 1;
  }

  /**
   * The subject of verb `v`, or the one it shares with the clause it hangs from through
   * one of `through` ("…, insisting", "has offered to…", "said and added"); a participle
   * modifying a noun (acl) takes that noun. With `relativePronouns`, "the poll that shows"
   * gives "poll", not "that".
   */
  subjectOf(
    v: number,
    opts: { through: string[]; hops: number; relativePronouns?: boolean; objectControl?: boolean },
  ): number | undefined {
    let k: number | undefined = v;
    for (let guard = 0; guard < opts.hops && k; guard++) {
      // (`nsubj` takes in `nsubj:pass`: "Rudakubana was removed … after shouting that …".)
      const subj = this.nearestKid(k, 'nsubj');
      if (subj && opts.relativePronouns && /^(WDT|WP)$/.test(this.tok(subj).pos) && this.rel[k] === 'acl:relcl') {
        return this.head[k];
      }
      if (subj) return subj;
      if (this.rel[k] === 'acl') {
        // "spoke to a gathering of leaders, promising …": a participle after a comma hung on
        // a noun inside a prepositional phrase modifies the clause; its subject is the clause's.
        const h: number = this.head[k];
        // "Black Lives Matter issued a statement saying …", "Trump released a new radio ad
        // calling it “dangerous”", "Forbes shot back in an article stating …": what a statement,
        // letter or ad says, whoever issued it says.
        // (Issued by the subject: the object of a verb of issuing, or "in a statement"; not
        // "had to respond to videos showing …", "did not reply to emails asking …".)
        const issued =
          (this.rel[h] === 'obj' && ISSUING.test(this.lemma(this.head[h]).toLowerCase())) ||
          (this.rel[h] === 'obl' && this.kids(h, 'case').some((c) => /^in$/i.test(this.word(c))));
        // (Its author where it names one, whoever reads it out: "an aide read Bell's statement
        // condemning the vote".)
        const author = this.kid(h, 'nmod:poss');
        if (this.tok(k).pos === 'VBG' && DOCUMENT_NOUNS.test(this.lemma(h).toLowerCase()) && (issued || author)) {
          const issuer = author ?? this.kid(this.head[h], 'nsubj');
          // (Not a time the parser made the subject: "Minutes later, the campaign issued …".)
          if (
            issuer !== undefined &&
            !/^(WDT|WP)$/.test(this.tok(issuer).pos) &&
            !/^(DATE|TIME|DURATION|NUMBER)$/.test(this.tok(issuer).ner ?? '')
          )
            return issuer;
        }
        // (So does one after a comma hung on the clause's object: "issued an arrest warrant for
        // Putin, accusing him of …" is the court's accusation.)
        // (Where that clause has a subject: in "…,” said Caddell, speaking of …" the parser's
        // object is the speaker.)
        const onObject =
          this.rel[h] === 'obj' && this.tok(k).pos === 'VBG' && this.kid(this.head[h], 'nsubj') !== undefined;
        if (!(this.word(k - 1) === ',' && (this.kid(h, 'case') || onObject))) return h;
        const verb = this.clauseHead(h);
        if (verb === h || verb === k) return h;
        k = verb;
        continue;
      }
      // ("after shouting that …", a gerund the parser made a phrase: as a clause.)
      const gerund = this.rel[k] === 'obl' && this.tok(k).pos === 'VBG' && this.kid(k, 'case') !== undefined;
      if (!opts.through.includes(gerund ? 'advcl' : (this.rel[k] ?? ''))) return undefined;
      // "ordered Bolsonaro to stand trial", "urged the judges to act": an infinitive after an
      // object has that object as its subject.
      const inf = k;
      if (
        opts.objectControl &&
        this.rel[inf] === 'xcomp' &&
        this.word(this.kid(inf, 'mark') ?? 0).toLowerCase() === 'to'
      ) {
        const obj = this.kids(this.head[inf], 'obj').find((o) => o < inf && /^(NN|PRP)/.test(this.tok(o).pos));
        if (obj !== undefined) return obj;
      }
      k = this.head[k];
    }
    return undefined;
  }

  /** The nearest verb above token i, within four steps up ("met" for "a meeting" in "met for a meeting"). */
  verbAbove(i: number): number | undefined {
    let k = this.head[i];
    for (let guard = 0; guard < 4 && k; guard++) {
      if (this.tok(k).pos.startsWith('VB')) return k;
      k = this.head[k];
    }
    return undefined;
  }

  /**
   * The dash that ends a dateline opening the sentence ("SEOUL (Reuters) -", "NEW DELHI —",
   * "BEIJING/TAIPEI, April 1 (Reuters) -"), or 0: capitals first, and no lower-case word before it.
   */
  datelineEnd(): number {
    // Only where a story begins (a headline may come first), and only a place written in
    // capitals before its first comma, bracket or slash ("NEW DELHI", "ST. PETERSBURG"): not
    // "US President Joe Biden — who …" nor "UN Secretary-General António Guterres - …".
    if (this.index > 2 || !/^\p{Lu}{2,}/u.test(this.word(1))) return 0;
    let place = true;
    for (let k = 1; k <= Math.min(this.tokens.length, 16); k++) {
      const w = this.word(k);
      // (A dash set off by spaces: not the hyphen in "UN Secretary-General".)
      if (k > 1 && /^(-|--|—|–)$/.test(w) && this.tok(k).before) return k;
      if (/^(,|\(|-LRB-|\/)$/.test(w)) place = false;
      if (place && !/^[\p{Lu}.'-]+$/u.test(w)) return 0;
      // Names, numbers, "THE", brackets and commas only: not a heading in capitals ("HE'S FULL
      // OF …  — The head of …").
      // ("PORT - AU - PRINCE": hyphens the tokenizer split from a place's name.)
      const name =
        /^(NNPS?|CD|DT|,|\.|HYPH|-LRB-|-RRB-)$/.test(this.tok(k).pos) ||
        /^\p{Lu}{2,}$/u.test(w) ||
        (w === '-' && !this.tok(k).before);
      if (/^\p{Ll}/u.test(w) || !name) return 0;
    }
    return 0;
  }

  /**
   * "DAMASCUS, July 16 (Reuters) - Israel struck …", the parser making the dateline's place the
   * subject of the verb at or after `before`: the noun set beside it after the dash (as an
   * apposition, a loose "dep", or hung under the date), or undefined; `k` itself where it is no
   * part of the dateline.
   */
  pastDateline(k: number, before: number, pos = /^(NN|PRP)/): number | undefined {
    const filedAt = this.datelineEnd();
    if (k > filedAt) return k;
    return (
      this.kids(k, 'appos', 'dep').find((a) => a > filedAt && a < before && pos.test(this.tok(a).pos)) ??
      this.subtree(k).find(
        (a) => a > filedAt && a < before && /^(NNP|PRP)/.test(this.tok(a).pos) && (this.head[a] ?? 0) <= filedAt,
      )
    );
  }

  /** The clause head governing token i (climbs until a verb or the root). */
  clauseHead(i: number): number {
    let k = i;
    for (let guard = 0; guard < 50 && k > 0; guard++) {
      const t = this.tok(k);
      if (t.pos.startsWith('VB') && this.rel[k] !== 'amod') return k;
      if (!this.head[k]) return k;
      k = this.head[k];
    }
    return i;
  }
}

export const isQuote = (w: string) => /^[“”"‘’'`]{1,2}$/.test(w) || w === '``' || w === "''";
export const isOpenQuote = (w: string) => w === '“' || w === '``' || w === '"' || w === '‘';
export const isCloseQuote = (w: string) => w === '”' || w === "''" || w === '"' || w === '’';
/**
 * Whether a quotation is open after word `w`, given whether one was open before it: an opening
 * mark opens one, a closing mark closes it (a straight mark does whichever is due).
 */
export const quoteOpenAfter = (open: boolean, w: string) =>
  isOpenQuote(w) || isCloseQuote(w) ? isOpenQuote(w) && !(open && isCloseQuote(w)) : open;

/**
 * Whether the verb at v finds someone guilty, liable or innocent: a verdict ("a jury found him
 * guilty", "Trump found guilty"; and where the parser hung "guilty" on the name, "found far-right
 * leader Marine Le Pen guilty of embezzling …").
 */
export function verdictFound(s: SentenceView, v: number): boolean {
  if (s.lemma(v) !== 'find' || !s.tok(v)?.pos.startsWith('VB')) return false;
  const verdict = (k: number) => /^(guilty|liable|innocent)$/i.test(s.word(k));
  if (s.kids(v, 'xcomp').some(verdict)) return true;
  // (Hung on the object or a word of its name, after it: not "found the bodies of innocent
  // children".)
  const nameOf = (o: number, h: number) =>
    h === o || (s.head[h] === o && /^(dep|appos|flat|compound)$/.test(s.rel[h] ?? ''));
  return s
    .kids(v, 'obj')
    .some((o) =>
      s
        .subtree(o)
        .some((k) => verdict(k) && k > s.head[k] && nameOf(o, s.head[k]) && /^(amod|dep|xcomp)$/.test(s.rel[k] ?? '')),
    );
}
