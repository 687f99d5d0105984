// Stage 6: typed events with roles. A trigger (noun or verb, see lexicon/events.ts) takes
// its agent from the subject of its clause, its target from the object or from "against /
// for / on X", its court from any court in the clause, its place from "in X", its date from
// the clause's time expression (SUTime, resolved against the article date), its charges
// from CoreNLP's CRIMINAL_CHARGE mentions and its counts from numbers on its nouns.
import { dateIn, notAfter, type NormalDate } from '../dates.ts';
import { entityId, factId } from '../ids.ts';
import { canonicalCountry, countryOfDemonym } from '../lexicon/places.ts';
import { SPEECH_VERBS } from '../lexicon/cues.ts';
import { COUNT_QUALIFIERS, DISASTER_VERBS, NOUN_TRIGGERS, VERB_TRIGGERS } from '../lexicon/events.ts';
import { KIN, ROLE_NOUNS, WORKERS, confirmedInPost } from '../lexicon/roles.ts';
import { need, type ArticleDoc, type Stage } from '../pipeline.ts';
import { isQuote, verdictFound, type SentenceView } from '../syntax.ts';
import type { EventFact, EventType, LocalEntity, Mention, Participant, RoleFact } from '../types.ts';
import { entityOfToken, seatOf } from './entities.ts';

/**
 * `k` only modifies the name `h` through compounds, adjectives and possessives ("Kharkiv" in
 * "former Kharkiv governor Oleh Synehubov", "Bangladesh" in "Bangladesh's Prime Minister").
 */
function modifies(s: SentenceView, k: number, h: number): boolean {
  for (let x = k, guard = 0; guard < 6 && x && x !== h; guard++) {
    if (!['compound', 'amod', 'flat', 'nmod:poss'].includes(s.rel[x] ?? '')) return false;
    x = s.head[x];
    if (x === h) return true;
  }
  return false;
}

/**
 * Entities in the NP headed by `i` (conjuncts included, relative clauses left out). A person's
 * name takes part alone: the place or country in the title before it ("former Kharkiv governor
 * Oleh Synehubov") says what the person was, not who else took part.
 */
/** Nouns whose "of X" names them ("the southern city of Kherson", "the province of Idlib"). */
const PLACE_NOUNS = new Set([
  'city',
  'town',
  'village',
  'province',
  'region',
  'district',
  'state',
  'port',
  'island',
  'county',
  'capital',
  'enclave',
  'municipality',
  'governorate',
]);
const namedBy = (s: SentenceView, c: number) =>
  s.rel[c] === 'nmod' &&
  PLACE_NOUNS.has(s.lemma(s.head[c] ?? 0)) &&
  s.kids(c, 'case').some((k) => s.word(k).toLowerCase() === 'of');

/**
 * "… struck Dnipro, killing one person, regional governor Serhiy Lysak said.": a name the parser
 * set beside a noun as an apposition, right before a verb of saying that has no subject of its
 * own, is who said it, not one the event was done to.
 */
const relaySpeaker = (s: SentenceView, a: number) => {
  const after = Math.max(...s.subtree(a)) + 1;
  return (
    s.rel[a] === 'appos' &&
    s.tok(after)?.pos.startsWith('VB') &&
    SPEECH_VERBS.has(s.lemma(after)) &&
    s.kid(after, 'nsubj') === undefined
  );
};

/**
 * "Peru's Congress removes President Boluarte, Jeri sworn in": a verb with a subject of its own
 * the parser hung loosely on a noun is a clause of its own, not part of the noun's phrase.
 */
const ownClause = (s: SentenceView, c: number) =>
  s.rel[c] === 'dep' && s.tok(c).pos.startsWith('VB') && s.kid(c, 'nsubj', 'nsubj:pass') !== undefined;

function npEntities(s: SentenceView, i: number, mentions: Mention[], where?: Set<string>): string[] {
  const ids = s.subtree(
    i,
    (c) =>
      (['acl', 'acl:relcl', 'nmod', 'appos', 'advcl', 'ccomp'].includes(s.rel[c] ?? '') && !namedBy(s, c)) ||
      ownClause(s, c),
  );
  const heads = [i, ...s.kids(i, 'conj')];
  const out = new Set<string>();
  const person = (k: number) =>
    mentions.find(
      (m) =>
        m.entity &&
        m.type === 'Person' &&
        m.start <= s.tok(k).characterOffsetBegin &&
        s.tok(k).characterOffsetEnd <= m.end,
    )?.entity;
  for (const h of heads) {
    // "Its chief executive, Jake Wood, resigned": the post's holder, named beside it, alone.
    const post = s.tok(h).pos.startsWith('NN') && (s.tok(h).ner === 'TITLE' || ROLE_NOUNS.has(s.lemma(h)));
    // ("Bangladesh's Prime Minister Sheikh Hasina resigned", the name hung loosely on the title.)
    const holderNamed = post && !person(h) ? s.kids(h, 'appos', 'dep').find((k) => person(k)) : undefined;
    if (holderNamed !== undefined) {
      out.add(person(holderNamed)!);
      continue;
    }
    const named = person(h);
    // "A former New York state senator was sentenced": the place in an unnamed holder's post
    // is where, not the one it was done to.
    // (So is the place of an unnamed court: "U.S. trade court".)
    const holder =
      !named &&
      s.tok(h).pos.startsWith('NN') &&
      (s.tok(h).ner === 'TITLE' || (COURT_WORDS.test(s.lemma(h)) && !entityOfToken(s, h, mentions)));
    for (const k of s.subtree(
      h,
      (c) =>
        (['acl', 'acl:relcl', 'nmod', 'advcl', 'ccomp', 'conj'].includes(s.rel[c] ?? '') &&
          c !== h &&
          !namedBy(s, c)) ||
        relaySpeaker(s, c) ||
        ownClause(s, c),
    )) {
      const e = entityOfToken(s, k, mentions);
      // "the Iran-backed group", "the London-based monitor": who backs it or where it sits is
      // not who acts.
      if (s.word(k + 1) === '-' && BACKING.test(s.word(k + 2))) continue;
      // (A person before a person is the parser's mistake: "Trump and rival Hillary Clinton".)
      if (named && e !== named && !person(k) && modifies(s, k, h)) continue;
      // "Boeing machinists voted to end their strike": workers act, not their employer.
      if (WORKERS.test(s.word(h)) && /^(compound|nmod:poss)$/.test(s.rel[k] ?? '') && s.head[k] === h && !person(k))
        continue;
      // "sentenced … Humala and his wife, Nadine Heredia": whose wife, lawyer or son it is was not
      // sentenced.
      // (Kin only: "its board fired him", "its warplanes struck", "protests against her
      // government" are the owner's.)
      // (Nor whose predecessor or successor: "after her predecessor Pedro Castillo was removed".)
      if (
        s.rel[k] === 'nmod:poss' &&
        s.tok(k).pos === 'PRP$' &&
        (KIN.test(s.word(s.head[k] ?? 0)) || /^(predecessor|successor)s?$/i.test(s.word(s.head[k] ?? 0)))
      )
        continue;
      // "Sudan's paramilitary Rapid Support Forces", "Brazil's Supreme Court": the organisation or
      // court alone, not its country (a city stays where: "London's High Court").
      const org = entityOfToken(s, h, mentions);
      if (
        (org?.startsWith('organisation:') || (org?.startsWith('court:') && e?.startsWith('country:'))) &&
        e !== org &&
        s.rel[k] === 'nmod:poss' &&
        s.head[k] === h
      )
        continue;
      // (Only a place or a country: "ICC judges", "a UN panel" are who, not where.)
      if (holder && e && where && /^(place|country):/.test(e) && !person(k) && modifies(s, k, h)) {
        where.add(e);
        continue;
      }
      if (e && ids.concat(s.subtree(h)).includes(k)) out.add(e);
    }
  }
  return [...out];
}

/**
 * "… as fighting between government forces and Druze gunmen … killed more than 250 people": a
 * killing verb whose subject (or what the parser made of it after "as") is a common noun that
 * names no attack and no one.
 */
function killedBy(s: SentenceView, v: number, mentions: Mention[]): boolean {
  const subj =
    s.kid(v, 'nsubj') ?? s.kids(v, 'obl').find((o) => o < v && s.kids(o, 'case').some((c) => /^as$/i.test(s.word(c))));
  return (
    subj !== undefined &&
    /^NNS?$/.test(s.tok(subj).pos) &&
    !NOUN_TRIGGERS[s.lemma(subj)] &&
    !MILITARY_WORDS.test(s.lemma(subj)) &&
    // ("falling debris killed two people": what an attack leaves kills for it.)
    !/^(debris|shrapnel|fragment|blast|explosion|fire|gunfire|shell|shelling|bullet|munition)$/i.test(s.lemma(subj)) &&
    !entityOfToken(s, subj, mentions)
  );
}

/**
 * "The ministry said 15 people, including 14 civilians, had been killed …": the parser made the
 * passive's subject the object of "said" and hung the passive on it; that object is what was
 * done to, for counts.
 */
function brokenSubject(s: SentenceView, v: number): number[] {
  const say = s.head[v];
  if (!s.tok(v).pos.startsWith('VB') || s.rel[v] !== 'dep' || s.kid(v, 'nsubj', 'nsubj:pass') !== undefined) return [];
  if (s.kid(v, 'aux:pass') === undefined || !say || !SPEECH_VERBS.has(s.lemma(say))) return [];
  return s.kids(say, 'obj').filter((o) => o < v && /^NNS?$/.test(s.tok(o).pos));
}

/** Weather that kills ("Flash floods … have killed at least 321 people"), as a killing's subject only. */
const WEATHER = /^(flood|landslide|storm|rain|downpour|heatwave|blizzard|cloudburst)$/;

/**
 * "A cholera outbreak has killed at least 1,240 people", "Famine killed thousands": a disease or
 * a famine that kills (not "an outbreak of violence", "the epidemic of gun violence").
 */
const DISEASE =
  /^(cholera|ebola|measles|mpox|malaria|dengue|typhoid|polio|diphtheria|covid|covid-19|flu|influenza|disease|virus|famine|hunger|starvation|malnutrition)$/i;
const diseaseKills = (s: SentenceView, k: number) =>
  DISEASE.test(s.lemma(k)) ||
  (/^(outbreak|epidemic|pandemic)$/i.test(s.lemma(k)) &&
    (s.kids(k, 'compound', 'amod').some((c) => DISEASE.test(s.lemma(c))) ||
      s.kids(k, 'nmod').some((n) => DISEASE.test(s.lemma(n))) ||
      !s.kids(k, 'nmod').length));

/** "Iran-backed", "London-based": a name that only qualifies a noun. */
const BACKING =
  /^(backed|based|funded|supported|sponsored|aligned|allied|affiliated|owned|born|trained|armed|linked)$/i;

/** What one side signs alone ("signed the complaint", "signed an executive order"). */
const ONE_SIDED_PAPERS =
  /^(complaint|petition|letter|order|decree|bill|law|statement|book|autograph|waiver|form|ballot)$/i;

const LABOUR_WORDS =
  /^(worker|union|employee|machinist|staff|pay|wage|contract|walkout|picket|teacher|nurse|doctor|driver|miner|docker)s?$/i;
const MILITARY_WORDS = /^(air|airstrike|missile|drone|military|army|rocket|bomb|troops|forces|artillery|strikes)$/i;

const militaryWords = (s: SentenceView) => s.tokens.some((t) => MILITARY_WORDS.test(t.lemma));

function labourStrike(s: SentenceView, i: number): boolean {
  const around = s.tokens.map((t) => t.lemma);
  if (militaryWords(s) && !s.kids(i, 'case').some((c) => s.word(c) === 'on')) return false;
  // ("Israeli strike kills seven World Central Kitchen aid workers": a strike that kills or
  // wounds is an attack, whoever its victims are; not one that "hit production".)
  if (/^nsubj/.test(s.rel[i] ?? '') && /^(kill|wound|injure)$/.test(s.lemma(s.head[i] ?? 0))) return false;
  // ("went on strike", "are on strike"; not "did not comment on the strikes".)
  if (
    s.kids(i, 'case').some((c) => s.word(c).toLowerCase() === 'on') &&
    s.tok(i).pos.startsWith('NN') &&
    !s.kids(i, 'det', 'nmod:poss').length
  )
    return true;
  if (
    s
      .kids(i, 'amod', 'compound')
      .some((k) => /^(general|labor|labour|hunger|national|nationwide|rail|teachers|workers)$/i.test(s.word(k)))
  )
    return true;
  return around.some((w) => LABOUR_WORDS.test(w));
}

function campaignRally(s: SentenceView, i: number, mentions: Mention[]): boolean {
  if (s.kids(i, 'compound', 'amod').some((k) => /^(campaign|election|electoral)$/i.test(s.word(k)))) return true;
  // "Trump was shot at a rally": the one at it is a named person ("He held a rally in Butler",
  // "who is scheduled to hold a rally for him", "told supporters at a rally": or one a "he",
  // "she" or "who" stands for, or those at it are supporters; not a rally against something,
  // nor one the police broke up).
  const v = s.verbAbove(i);
  // (The subject of the verb an infinitive hangs on: "who is scheduled to hold a rally".)
  // (Its own subject only: the module's `subjectOf` would follow participles to the clause's.)
  const ownSubject = (x: number) => s.kid(x, 'nsubj') ?? s.kid(x, 'nsubj:pass');
  const subj =
    v === undefined ? undefined : (ownSubject(v) ?? (s.rel[v] === 'xcomp' ? ownSubject(s.head[v] ?? 0) : undefined));
  const against =
    s.kids(i, 'nmod').some((n) => s.kids(n, 'case').some((c) => /^(against|over)$/i.test(s.word(c)))) ||
    s.tokens.some((t) => /^(police|protester|demonstrator|detain|arrest|tear)$/i.test(t.lemma));
  if (!against && subj !== undefined && /^(he|she|who)$/i.test(s.word(subj))) return true;
  if (!against && v !== undefined && s.kids(v, 'obj', 'iobj').some((o) => /^supporters$/i.test(s.word(o)))) return true;
  return (
    subj !== undefined &&
    mentions.some(
      (m) =>
        m.type === 'Person' &&
        m.kind === 'name' &&
        m.start <= s.tok(subj).characterOffsetBegin &&
        s.tok(subj).characterOffsetEnd <= m.end,
    )
  );
}

/** Verbs of speaking about an event, whose subject is no party to it ("condemned the attack"). */
const SPOKEN_OF = new Set([
  // (and of acting against one: "troops … to quell protests" did not protest)
  'quell',
  'suppress',
  'disperse',
  'crush',
  'ban',
  'condemn',
  'denounce',
  'call',
  'describe',
  'criticise',
  'criticize',
  'welcome',
  'praise',
  'hail',
  'discuss',
  'report',
  'deny',
  'dismiss',
  'question',
  'decry',
  'label',
  'term',
  'slam',
  'blame',
  // (and of answering one: "Hamas has accepted a new ceasefire proposal put forward by Egyptian
  // and Qatari mediators" did not propose it)
  'accept',
  'study',
  'consider',
  'review',
  'weigh',
  'examine',
]);

/** What talks are said to make ("progress", "headway", "a breakthrough"). */
const PROGRESS = /^(progress|headway|breakthrough|stride)s?$/i;
/** How a side tells of progress it made: "claimed progress", "made headway", "reported a breakthrough". */
const CLAIMING = /^(claim|make|report|achieve|announce|record|tout)$/;

/** Verbs of going between two sides ("talks mediated by Oman", "a truce brokered by Egypt"). */
const MEDIATING = /^(mediate|broker|facilitate|sponsor)$/;

/** "was charged on Monday with the murder of …": charged with a crime, not a fee. */
function chargedWith(s: SentenceView, v: number): boolean {
  if (s.lemma(v) !== 'charge') return false;
  const withs = s.kids(v, 'obl').filter((o) => s.kids(o, 'case').some((c) => s.word(c).toLowerCase() === 'with'));
  if (s.kid(v, 'aux:pass') !== undefined) return withs.length > 0;
  // ("Prosecutors charged Tyler Robinson with aggravated murder": in the active, where what
  // the one charged is charged with is a crime.)
  return (
    s.kid(v, 'obj') !== undefined && withs.some((o) => s.tok(o).ner === 'CRIMINAL_CHARGE' || CRIMES.test(s.lemma(o)))
  );
}
const CRIMES =
  /^(murder|manslaughter|homicide|fraud|terrorism|treason|rape|assault|robbery|theft|bribery|corruption|espionage|kidnapping|smuggling|trafficking|arson|perjury|obstruction|extortion|embezzlement|conspiracy|sedition|genocide|incitement|laundering|racketeering|insurrection)$/i;

/** Verbs of a court's decision on something ("upheld the impeachment", "struck down a law"). */
const COURT_DECISIONS = new Set([
  'uphold',
  'overturn',
  'overrule',
  'quash',
  'annul',
  'invalidate',
  'reverse',
  'strike',
]);

/** What a court does that others do too: a ruling only where a court does it. */
const COURT_ACTS = new Set([
  'remove',
  'dismiss',
  'bar',
  'block',
  'reject',
  'order',
  'halt',
  'suspend',
  // ("The Supreme Court on Friday curtailed the ability of federal judges …", "Supreme Court
  // limits judges' power …", "allowed the ban to take effect", "lifted the injunction".)
  'curtail',
  'limit',
  'restrict',
  'allow',
  'deny',
  'grant',
  'lift',
  // ("Appeals court lets Trump keep control of California National Guard", "paused the order",
  // "cleared the way", "reinstated the ban".)
  'let',
  'pause',
  'clear',
  'reinstate',
  'revive',
]);

/** A court, judge or bench, by name or by word ("A five-judge bench", "the justices"). */
const COURT_WORDS = /^(court|judge|justice|bench|tribunal|panel|jury)s?$/i;

/**
 * "The Supreme Court struck down the scheme", "the court upheld the impeachment": a ruling
 * (not an attack) where the subject is a court. Elsewhere "struck down" and "upheld" report
 * no event ("the Senate struck down the amendment", "upheld its tradition").
 */
function courtDecision(s: SentenceView, v: number, mentions: Mention[], byId: Map<string, LocalEntity>): boolean {
  // The subject, or who did it in a passive ("The law was struck down by the Supreme Court").
  const passive = s.kid(v, 'aux:pass') !== undefined;
  const by = s.kids(v, 'obl').find((o) => s.kids(o, 'case').some((c) => s.word(c).toLowerCase() === 'by'));
  // (Any subject: "WASHINGTON (AP) — The Supreme Court on Friday curtailed …", the dateline made
  // a second one.)
  const subjects = s.kids(v, 'nsubj');
  // ("SAN FRANCISCO, June 19 (Reuters) - A federal appeals court on Thursday allowed …": past a
  // dateline the parser made the subject, the court set beside it.)
  const whos = (passive ? [by] : subjects.length ? subjects : [subjectOf(s, v)]).map((who) =>
    who === undefined ? who : (s.pastDateline(who, v, /^NN/) ?? who),
  );
  // A court named in it, or a court word as its head ("A five-judge bench", "the justices"; not
  // "The Justice Department").
  const isCourt = (k: number) => byId.get(entityOfToken(s, k, mentions) ?? '')?.type === 'Court';
  return whos.some(
    (who) =>
      who !== undefined &&
      (COURT_WORDS.test(s.lemma(who)) ||
        s.subtree(who, (c) => ['acl', 'acl:relcl', 'appos'].includes(s.rel[c] ?? '') && c !== who).some(isCourt)),
  );
}

/**
 * Verbs a headline puts in the past tense only as passives ("Sam Bankman-Fried sentenced to 25
 * years"; "Russia attacked overnight" is active).
 */
const HEADLINE_PASSIVES = new Set([
  'sentence',
  'jail',
  'convict',
  'acquit',
  'arrest',
  'detain',
  'charge',
  'indict',
  'free',
  'release',
  'elect',
  're-elect',
  'appoint',
  'fine',
  'sanction',
  'ban',
  'kill',
  'wound',
  'injure',
  'oust',
  'impeach',
  'find',
]);

/** The particle of a phrasal verb ("struck down", "sworn in", "ruled out"), if it is one of `words`. */
/** Nouns of a pause in fighting agreed between sides. */
const TRUCES = /^(ceasefire|cease-fire|truce|armistice)$/i;
/** What is done with a ceasefire that was reached or is in force. */
const TRUCE_VERBS =
  /^(broker|reach|sign|announce|violate|break|breach|extend|impose|declare|observe|honou?r|accept|mediate|secure|implement|respect|end)$/;
/** What a ceasefire in force is set in ("under a ceasefire", "since the truce"). */
// (Not "of": "rejected the idea of a ceasefire", "discussed the terms of a ceasefire".)
const TRUCE_CASES = /^(under|since|after|despite|during|amid)$/i;

/** Whether the ceasefire at noun `n` was reached or is in force (see its use in eventsStage). */
function truceInForce(s: SentenceView, n: number): boolean {
  let rel = s.rel[n] ?? '';
  let head = s.head[n] ?? 0;
  // ("JERUSALEM/CAIRO (Reuters) - A ceasefire between Israel and Hamas took effect", the parser
  // making the dateline the subject: the noun set beside it after the dash.)
  const filed = s.datelineEnd();
  if (filed && head && head <= filed && /^nsubj/.test(s.rel[head] ?? '')) {
    const clause = s.head[head] ?? 0;
    if (s.pastDateline(head, clause) === n) [rel, head] = [s.rel[head] ?? '', clause];
  }
  // ("a proposed 60-day ceasefire", "a permanent ceasefire", "a possible truce")
  if (
    s
      .kids(n, 'amod')
      .some((k) => /^(proposed|possible|permanent|potential|new|full|immediate|lasting)$/i.test(s.word(k)))
  )
    return false;
  const unreal = (v: number) =>
    s.kids(v, 'aux').some((a) => /^(will|would|could|might|may|should|must|to)$/i.test(s.word(a))) ||
    s.kids(v, 'advmod').some((a) => /^(not|n't|never)$/i.test(s.word(a))) ||
    s.kids(v, 'mark').some((m) => /^(if|unless|whether|until)$/i.test(s.word(m)));
  // ("A fragile ceasefire between Iran and Israel appeared to hold", "since a ceasefire took
  // effect in November")
  // (Of a verb: not "A ceasefire without the release of all hostages was unacceptable".)
  if (/^nsubj/.test(rel)) return s.tok(head).pos.startsWith('VB') && !unreal(head);
  if (rel === 'obj') return TRUCE_VERBS.test(s.lemma(head)) && !unreal(head);
  if (/^(obl|nmod)/.test(rel)) return s.kids(n, 'case').some((c) => TRUCE_CASES.test(s.word(c))) && !unreal(head);
  return false;
}

const particle = (s: SentenceView, v: number, words: RegExp) =>
  s.kids(v, 'compound:prt').find((k) => words.test(s.word(k)));

/**
 * What the charges are where the tagger marks no CRIMINAL_CHARGE: "on charges of leading an
 * insurrection", "on five charges, including attempting to abolish …", "charged with sedition".
 */
function chargesNamed(s: SentenceView): string[] {
  const out: string[] = [];
  const by = (k: number, re: RegExp) => s.kids(k, 'case', 'mark').some((c) => re.test(s.word(c)));
  for (let k = 1; k <= s.tokens.length; k++) {
    // (Not "the judge in charge of the case".)
    if (s.lemma(k) !== 'charge' || s.kids(k, 'case').some((c) => /^in$/i.test(s.word(c)))) continue;
    const phrases = s.tok(k).pos.startsWith('NN')
      ? s.kids(k, 'nmod', 'acl').filter((n) => n > k && by(n, /^(of|including)$/i))
      : s.kids(k, 'obl').filter((n) => n > k && by(n, /^with$/i));
    for (const n of phrases) {
      const ids = s.subtree(n).filter((c) => !(s.head[c] === n && ['case', 'mark', 'punct'].includes(s.rel[c] ?? '')));
      let a = Math.min(...ids);
      const b = Math.max(...ids.filter((c) => s.rel[c] !== 'punct'));
      while (a < b && /^(the|a|an)$/i.test(s.word(a))) a++;
      out.push(s.text(a, b));
    }
  }
  return out;
}

/** "Soldiers seized power", "removed President Bazoum from power", "took power in a coup". */
function seizesPower(s: SentenceView, v: number): boolean {
  const lemma = s.lemma(v);
  if (lemma === 'seize' || lemma === 'grab' || lemma === 'take')
    return s.kids(v, 'obj').some((o) => s.lemma(o) === 'power' && !s.kids(o, 'amod', 'compound').length);
  if (lemma === 'remove' || lemma === 'oust' || lemma === 'topple')
    return s.kids(v, 'obl').some((o) => s.lemma(o) === 'power' && s.kids(o, 'case').some((c) => s.word(c) === 'from'));
  return false;
}

const subjectOf = (s: SentenceView, v: number) =>
  s.subjectOf(v, { through: ['conj', 'xcomp', 'advcl'], hops: 5, objectControl: true });

const NUMBER_WORDS =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|hundreds|dozen|dozens|thousand|thousands)$/i;

/** Gatherings whose size is no count of an event's victims ("a crowd of about 3,000 people"). */
const GATHERINGS = /^(crowd|audience|gathering|congregation|throng|rally|assembly)$/i;

/** "flash floods": a flood with "flash" before it (not "a flood of refugees"). */
const flashFlood = (s: SentenceView, n: number) =>
  s.lemma(n) === 'flood' && s.kids(n, 'compound', 'amod').some((k) => /^flash$/i.test(s.word(k)));

/** What a fire does as a disaster. */
const FIRE_VERBS = /^(kill|break|tear|spread|destroy|gut|engulf|rage|sweep|ravage|burn|claim|damage)$/i;

/**
 * Whether the noun "fire" at n is a blaze: "A fire that tore through …", "Hong Kong high-rise
 * fire kills …", "fires in the Amazon spread"; not gunfire, whoever fires it ("Israeli fire killed five", "Tank fire",
 * "Friendly fire", "Fire from the shelling"), nor a bare figurative one ("Fire burns in the hearts
 * of the soldiers").
 */
function blaze(s: SentenceView, n: number): boolean {
  const mods = s.kids(n, 'compound', 'amod');
  const gunfire = mods.some(
    (k) =>
      s.tok(k).ner === 'NATIONALITY' ||
      /^(tank|sniper|artillery|friendly|gun|rocket|mortar|machine|enemy|army|police|naval|hostile|cross|return|small-arms)$/i.test(
        s.word(k),
      ),
  );
  // (Nor "the fire of criticism".)
  const from = s.kids(n, 'nmod').some((k) => s.kids(k, 'case').some((c) => /^(from|of)$/i.test(s.word(c))));
  return !gunfire && !from && (s.kid(n, 'det') !== undefined || mods.length > 0 || s.tok(n).pos === 'NNS');
}

/** Units of measure: "about 50 miles (80 km) southwest of Minneapolis" is a distance, no count. */
const MEASURES =
  /^(mile|km|kilometre|kilometer|metre|meter|m|foot|feet|ft|yard|inch|hectare|acre|sq|kg|kilogram|gram|ton|tonne|pound|lb|litre|liter|gallon|barrel|degree|mph|kph|knot)s?$/i;

function quantities(s: SentenceView, around: number[], deadly = false): EventFact['quantities'] {
  const out: EventFact['quantities'] = [];
  const seen = new Set<number>();
  const filed = s.datelineEnd();
  for (const n of around) {
    // Not what another verb joined to this one counts ("killed tens of thousands and displaced
    // more than 12 million"), nor a clause with a subject of its own ("Hamas frees 20 hostages as
    // Israel releases nearly 2,000 prisoners").
    const another = (k: number) =>
      (k !== n &&
        s.tok(k).pos.startsWith('VB') &&
        (s.rel[k] === 'conj' ||
          (/^(advcl|parataxis)$/.test(s.rel[k] ?? '') && s.kid(k, 'nsubj', 'nsubj:pass') !== undefined) ||
          // ("resigned on Tuesday, a day after police fired on protesters …, killing at least 19":
          // a loose "dep" with a subject of its own, opened by "after", "before" or "since", is
          // another event's clause too.)
          (s.rel[k] === 'dep' &&
            s.kid(k, 'nsubj', 'nsubj:pass') !== undefined &&
            s.kids(k, 'mark').some((m) => /^(after|before|since|when|while)$/i.test(s.word(m)))))) ||
      // ("The protests were triggered by the deaths of eight women": the dead are the deaths'
      // count, not the protests'; an attack's or a disaster's they are: "led to the deaths of 12".)
      (!deadly &&
        k !== n &&
        s.tok(k).pos.startsWith('NN') &&
        /^(death|killing|murder|injury|casualty)$/i.test(s.lemma(k)));
    for (const c of s.subtree(n, another)) {
      const t = s.tok(c);
      // ("RABAT, Oct 1 (Reuters) - Two people were killed …", the parser counting the dateline's
      // date: the noun after the number is what it counts.)
      const counts =
        s.rel[c] === 'nummod' &&
        (s.head[c] ?? 0) < c &&
        (s.head[c] ?? 0) <= filed &&
        c > filed &&
        /^NNS?$/.test(s.tok(c + 1)?.pos ?? '')
          ? c + 1
          : (s.head[c] ?? 0);
      // Digits, or a number word counting a noun ("One person was killed", "two soldiers").
      const counted =
        /\d/.test(t.word) ||
        (s.rel[c] === 'nummod' &&
          NUMBER_WORDS.test(t.word) &&
          (PEOPLE_NOUNS.has(s.lemma(counts)) || s.lemma(counts) === 'person'));
      if (seen.has(c) || t.ner !== 'NUMBER' || !counted) continue;
      seen.add(c);
      // normalizedNER reads ">1100.0", "~50.0" or "1.5E7" ("15 million").
      const value = Number(/\d*\.?\d+(?:E[-+]?\d+)?/i.exec((t.normalizedNER ?? t.word).replace(/,/g, ''))?.[0]);
      if (!Number.isFinite(value) || value <= 0) continue;
      // "Assange, 52, faces …": an age; "the 737 MAX jet": a model.
      if (s.tok(s.head[c] ?? 0)?.ner === 'PERSON' || /^[A-Z]{2,}$/.test(s.word(c + 1))) continue;
      // ("Bankman-Fried, 32, was convicted", the name untagged, "the man, 34, was arrested": a
      // number set off by commas on a name or a noun.)
      if (s.word(c - 1) === ',' && s.word(c + 1) === ',' && /^NN/.test(s.tok(s.head[c] ?? 0)?.pos ?? '')) continue;
      // ("nearly 10 times the minimum wage": a multiple, not a count.)
      if (/^times$/i.test(s.word(c + 1))) continue;
      // ("had been killed … and more than 40 wounded": the wounded are not the killed.)
      if (s.kids(c, 'amod', 'acl').some((k) => /^(wound|injure|hurt)/i.test(s.lemma(k)))) continue;
      // ("The brothers, now 57 and 54, were convicted", "aged 64 and over": ages.)
      const aged = (k: number) => /^(now|aged|ages?)$/i.test(s.word(k - 1));
      if (aged(c) || (s.rel[c] === 'conj' && aged(s.head[c] ?? 0))) continue;
      // "ruled 6-3", "voted 85-11": a tally, not a count.
      if (
        (s.word(c + 1) === '-' && /^\d+$/.test(s.word(c + 2))) ||
        /^\d+-\d+$/.test(t.word) ||
        (s.word(c - 1) === '-' && /\d$/.test(s.word(c - 2)))
      )
        continue;
      // "a 277-page ruling", "a 10-day trial": a measure of something else.
      if (s.word(c + 1) === '-' && !s.tok(c + 1).before && !s.tok(c + 2)?.before && /^\p{L}/u.test(s.word(c + 2)))
        continue;
      // "a Category 3 storm", "Phase 2": a grade, not a count.
      if (/^(category|phase|level|stage|grade|no\.?)$/i.test(s.word(c - 1))) continue;
      // "because he was 17 at the time of the attack": an age too.
      const of = s.kid(c, 'cop') !== undefined ? s.kid(c, 'nsubj') : undefined;
      if (of !== undefined && (/^(he|she|i|you|they|we)$/i.test(s.word(of)) || s.tok(of).ner === 'PERSON')) continue;
      let noun = counts || c;
      // "15 million people": the people, not the million.
      if (noun !== c && s.tok(noun)?.ner === 'NUMBER' && s.head[noun]) noun = s.head[noun];
      if (noun !== c && MEASURES.test(s.word(noun))) continue;
      // ("killing 241 of the 242 people on board": the whole a count is of is no count; "a
      // crowd of about 3,000 people": nor the crowd where it happened.)
      const whole = s.rel[noun] === 'nmod' && s.kids(noun, 'case').some((k) => /^of$/i.test(s.word(k)));
      if (whole && (s.tok(s.head[noun] ?? 0)?.ner === 'NUMBER' || GATHERINGS.test(s.lemma(s.head[noun] ?? 0))))
        continue;
      let qualifier: string | undefined;
      for (const k of [c - 1, c - 2]) {
        const q = COUNT_QUALIFIERS[s.word(k).toLowerCase()];
        if (q) {
          qualifier = q;
          break;
        }
      }
      // ("23 of its soldiers were killed": the count is of what its "of" names.)
      const partOf =
        noun === c || s.tok(noun).pos.startsWith('VB')
          ? s
              .kids(c, 'nmod')
              .find((k) => /^NNS$/.test(s.tok(k).pos) && s.kids(k, 'case').some((x) => /^of$/i.test(s.word(x))))
          : undefined;
      out.push({
        value,
        // "kill more than 400": a count of what the verb does, of nothing named.
        unit:
          partOf !== undefined
            ? s.lemma(partOf)
            : s.word(noun).toLowerCase() === t.word.toLowerCase() || s.tok(noun).pos.startsWith('VB')
              ? 'count'
              : s.lemma(noun),
        qualifier,
      });
    }
  }
  return out;
}

/** Holidays, which as a noun's modifier say what kind of thing it is ("a Christmas miracle"). */
const HOLIDAYS = /^(Christmas|Easter|Thanksgiving|Halloween|Ramadan|Hanukkah|Diwali|Eid|Passover|Valentine's)$/i;

function clauseDate(s: SentenceView, head: number): NormalDate | undefined {
  // Not a time inside a clause of its own ("on charges that he plotted to overturn his 2022
  // election defeat").
  // Nor a time inside what it is over or about ("faces 18 charges over the release of
  // records in 2010").
  const reason = (k: number) =>
    /^(obl|nmod)/.test(s.rel[k] ?? '') &&
    s.kids(k, 'case').some((c) => /^(over|about|because|despite)$/i.test(s.word(c)));
  // (Nor a relative clause the parser hung loosely: "upheld … an order by Judge Paula Xinis in
  // Maryland, who had told officials to bring back … by April 7".)
  const relative = (k: number) => s.kids(k, 'nsubj', 'nsubj:pass').some((w) => /^W(P|DT)$/.test(s.tok(w).pos));
  const ids = s
    .subtree(
      head,
      (k) => (['acl', 'acl:relcl', 'ccomp'].includes(s.rel[k] ?? '') || reason(k) || relative(k)) && k !== head,
    )
    // (Nor a holiday that only says what kind of thing a noun is: "calling the deal "a
    // Christmas miracle"".)
    .filter(
      (k) =>
        !(
          s.rel[k] === 'compound' &&
          HOLIDAYS.test(s.word(k)) &&
          !/^(DATE|TIME)$/.test(s.tok(s.head[k] ?? 0)?.ner ?? '')
        ),
    );
  const dates = (ks: number[]) => ks.map((k) => dateIn(s.sentence.tokens, k)).filter((d): d is NormalDate => !!d);
  // (The dateline's day, where the parser hung the dateline on the clause, only where the clause
  // has no day of its own: "SAN FRANCISCO, March 14 (Reuters) - The U.S. District Court … on
  // Thursday ordered …" is the Thursday; "ABUJA, May 30 (Reuters) - Floods have killed …" the
  // 30th.)
  const filed = s.datelineEnd();
  return dates(ids.filter((k) => k > filed))[0] ?? dates(ids.filter((k) => k <= filed))[0];
}

/** A place the trigger noun names itself: "the San Bernardino attack", "the attack in Minnesota". */
function ownPlace(s: SentenceView, i: number, mentions: Mention[], byId: Map<string, LocalEntity>): boolean {
  const located = s
    .kids(i, 'nmod', 'obl')
    .filter((n) => s.kids(n, 'case').some((c) => /^(in|at|from|near)$/i.test(s.word(c))));
  return [...s.kids(i, 'compound', 'amod'), ...located].some((k) => {
    const type = byId.get(entityOfToken(s, k, mentions) ?? '')?.type;
    return type === 'Place' || type === 'Country';
  });
}

/** Whether the clause of verb `v` is told in the past: "was arrested", "had fled", "has killed", "ordered". */
function pastTense(s: SentenceView, v: number): boolean {
  if (s.tok(v).pos === 'VBD') return true;
  const auxes = s.kids(v, 'aux', 'aux:pass');
  return auxes.some((a) => s.tok(a).pos === 'VBD' || (/^ha(s|ve)$/i.test(s.word(a)) && s.tok(v).pos === 'VBN'));
}

/**
 * "The war began on Oct. 7, 2023, when Hamas-led militants attacked southern Israel": a clause
 * of "when" the clause it hangs on dates, where it has no date of its own.
 */
function whenDate(s: SentenceView, head: number): NormalDate | undefined {
  if (!/^(advcl|acl:relcl)$/.test(s.rel[head] ?? '') || !s.head[head]) return undefined;
  const when = [...s.kids(head, 'advmod', 'mark')].some((k) => k < head && /^when$/i.test(s.word(k)));
  return when ? clauseDate(s, s.head[head]) : undefined;
}

/**
 * "… sentenced him to 12 years on Thursday, prosecutors said": the parser hangs the time
 * between the clause and the saying verb after it on that verb; it dates the clause.
 */
function relayedDate(s: SentenceView, head: number): NormalDate | undefined {
  const v = s.head[head];
  if (!v || v < head || !s.tok(v).pos.startsWith('VB') || !['dep', 'ccomp', 'parataxis'].includes(s.rel[head] ?? ''))
    return undefined;
  for (const c of s.children[v]) {
    if (c < head || c > v || !(s.rel[c] ?? '').startsWith('obl')) continue;
    const d = dateIn(s.sentence.tokens, c);
    if (d) return d;
  }
  return undefined;
}

export function findEvents(doc: ArticleDoc, articleId: string): EventFact[] {
  const sentences = need(doc, 'sentences', 'events');
  const allMentions = need(doc, 'mentions', 'events');
  const entities = need(doc, 'entities', 'events');
  const byId = new Map<string, LocalEntity>(entities.map((e) => [e.id, e]));
  const events: Draft[] = [];
  // An article about a labour strike: its other strikes are that one ("a 50-day strike would
  // cost the company …").
  const labourArticle = sentences.some((s) => s.tokens.some((t, k) => t.lemma === 'strike' && labourStrike(s, k + 1)));
  for (const s of sentences) {
    // "SEOUL (Reuters) - …": where the story was filed and who filed it take part in nothing.
    const filed = s.datelineEnd();
    const mentions = filed
      ? allMentions.filter((m) => m.sentence !== s.index || m.start >= s.tok(filed).characterOffsetEnd)
      : allMentions;
    for (let i = 1; i <= s.tokens.length; i++) {
      const t = s.tok(i);
      const lemma = s.lemma(i);
      const isNoun = t.pos.startsWith('NN');
      const isVerb = t.pos.startsWith('VB');
      let type = isNoun
        ? (NOUN_TRIGGERS[lemma] ?? NOUN_TRIGGERS[t.word.toLowerCase()])
        : isVerb
          ? (VERB_TRIGGERS[lemma] ?? (seizesPower(s, i) ? 'Coup' : chargedWith(s, i) ? 'LegalCase' : undefined))
          : undefined;
      // "struck down a system of donations", "upheld parliament's impeachment of President Yoon".
      const down = lemma === 'strike' && particle(s, i, /^down$/i) !== undefined;
      const decision = isVerb && COURT_DECISIONS.has(lemma) && (lemma !== 'strike' || down);
      if (decision) {
        if (!courtDecision(s, i, mentions, byId)) continue;
        type = 'Ruling';
      }
      // "Thailand's Constitutional Court removed Prime Minister Srettha from office", "the top
      // court bars Zuma from running": a ruling where a court does it (soldiers removing a
      // president from power stay a coup).
      if (isVerb && COURT_ACTS.has(lemma) && courtDecision(s, i, mentions, byId)) type = 'Ruling';
      // "was found guilty of murder": a verdict.
      // ("a Manhattan jury found him guilty", "Trump found guilty on all 34 counts" too.)
      if (isVerb && verdictFound(s, i)) type = 'Ruling';
      // "Prabowo Subianto was sworn in as Indonesia's eighth president": an appointment.
      if (lemma === 'swear' && isVerb && particle(s, i, /^in$/i) !== undefined) type = 'Appointment';
      // "nominated US President Donald Trump for the Nobel Peace Prize": put forward for a prize,
      // not appointed to a post.
      if (
        type === 'Appointment' &&
        s.kids(i, 'obl', 'nmod').some((o) => /^(prize|award|medal|honou?r|nobel|oscar|grammy|emmy)s?$/i.test(s.word(o)))
      )
        continue;
      // "A Jeju Air plane … crashed on landing", "a helicopter crash": an air or road disaster.
      if (CRASH_VERBS.has(lemma) && isVerb && craftCrashed(s, i)) type = 'Disaster';
      if (isNoun && craftCrash(s, i)) type = 'Disaster';
      // "flash floods in central Texas" (not "a flood of refugees").
      if (isNoun && flashFlood(s, i)) type = 'Disaster';
      // "A fire that tore through several towers … has killed at least 44 people", "The fire broke
      // out on Wednesday": a fire that does what a disaster does (not "opened fire", "came under
      // fire", "a ceasefire").
      if (
        isNoun &&
        lemma === 'fire' &&
        /^nsubj/.test(s.rel[i] ?? '') &&
        FIRE_VERBS.test(s.lemma(s.head[i])) &&
        blaze(s, i)
      )
        type = 'Disaster';
      // "its board fired him", "was ousted in a no-confidence vote", "dismissed from the
      // military": someone removed from a post (not "fired missiles", "dismissed the case",
      // nor soldiers ousting a president from power, a coup).
      // ("voted to remove President Dina Boluarte from office": so is "removed from office", where
      // no court or soldiers did it.)
      const fromOffice =
        lemma === 'remove' &&
        type === undefined &&
        s
          .kids(i, 'obl')
          .some(
            (o) =>
              /^(office|post|position|job|presidency|premiership)$/i.test(s.lemma(o)) &&
              s.kids(o, 'case').some((c) => /^from$/i.test(s.word(c))),
          );
      if (
        isVerb &&
        (/^(fire|sack|oust|dismiss)$/.test(lemma) || fromOffice) &&
        type !== 'Coup' &&
        removedPerson(s, i) !== undefined
      )
        type = 'Dismissal';
      // ("ousted a six-term Democratic congressman in Tuesday's primary": beaten at the polls, an
      // election; "was ousted in a no-confidence vote" is still a dismissal.)
      if (
        isVerb &&
        /^(oust|unseat|topple)$/.test(lemma) &&
        s
          .kids(i, 'obl')
          .some(
            (o) =>
              /^(primary|election|runoff)$/i.test(s.lemma(o)) && s.kids(o, 'case').some((c) => /^in$/i.test(s.word(c))),
          )
      )
        type = 'Election';
      // "Microsoft took over Activision": a takeover.
      if (lemma === 'take' && isVerb && particle(s, i, /^over$/i) !== undefined) type = 'Acquisition';
      // "The Federal Reserve cut interest rates by half a point", "raising its short-term policy
      // rate", "kept rates unchanged": a central bank deciding its rate.
      const bank = isVerb && RATE_VERBS.test(lemma) && rateObject(s, i) ? rateSetter(s, i, mentions, byId) : undefined;
      if (bank) type = 'RateDecision';
      // "Iran fired a barrage of ballistic missiles at Israel", "launched drones at …": an attack.
      if (
        isVerb &&
        (lemma === 'fire' || lemma === 'launch') &&
        s
          .kids(i, 'obj')
          .some((o) =>
            [o, ...s.kids(o, 'nmod')].some((k) => /^(missile|rocket|drone|shell|bomb|projectile)s?$/i.test(s.lemma(k))),
          ) &&
        s.kids(i, 'obl').some((o) => s.kids(o, 'case').some((c) => /^(at|toward|towards)$/i.test(s.word(c))))
      )
        type = 'Attack';
      // (What they were fired at is the target: "at Israel".)
      const firedAt = isVerb && type === 'Attack' && (lemma === 'fire' || lemma === 'launch');
      // "Merz has ruled out working with the AfD": an option refused, not a court's ruling.
      if (lemma === 'rule' && isVerb && particle(s, i, /^out$/i) !== undefined) type = 'Rejection';
      // "Protesters stormed Kenya's parliament" is a protest, "troops stormed the building" an
      // attack; crowds storming an aid site, or someone storming out of a room, neither.
      if (lemma === 'storm' && isVerb && s.kid(i, 'obj') !== undefined) {
        const by = s.lemma(s.kid(i, 'nsubj') ?? subjectOf(s, i) ?? 0).toLowerCase();
        if (/^(protester|demonstrator|student|activist|supporter|rioter|mob)$/.test(by)) type = 'Protest';
        else if (/^(troop|soldier|police|force|militant|gunman|gunmen|commando|army|officer)s?$/.test(by))
          type = 'Attack';
      }
      if (!type) continue;
      // (The crash a killing belongs to, which it merges into.)
      let crashAt: number | undefined;
      // "Stan Deal, the head of …": a trigger word inside a name of a person, body or place.
      if (
        allMentions.some(
          (m) =>
            m.kind === 'name' &&
            m.sentence === s.index &&
            m.start <= t.characterOffsetBegin &&
            t.characterOffsetEnd <= m.end &&
            (m.type === 'Person' || m.type === 'Organisation' || m.type === 'Place' || m.type === 'Country'),
        )
      )
        continue;
      // "an attempted assassination": an attack that killed no one.
      if (lemma === 'assassination' && s.kids(i, 'amod').some((k) => /^(attempted|failed|foiled)$/i.test(s.word(k))))
        type = 'Attack';
      // "shot in the ear", "shot dead": people are shot; not a video, a film or a proposal.
      // ("the plane was shot down": an aircraft shot down is attacked too.)
      const shotDown = particle(s, i, /^down$/i) !== undefined;
      if (lemma === 'shoot' && isVerb && !shotDown) {
        const shot = [...s.kids(i, 'nsubj:pass'), ...s.kids(i, 'obj')];
        if (!shot.some((o) => s.tok(o).ner === 'PERSON' || PEOPLE_NOUNS.has(s.lemma(o)) || s.tok(o).pos === 'PRP'))
          continue;
      }
      // "went on strike", "We strike at midnight", "the first strike at Boeing since 2008": a
      // labour strike is a protest, not an attack.
      if (lemma === 'strike' && !decision && (labourStrike(s, i) || (labourArticle && !militaryWords(s))))
        type = 'Protest';
      // A campaign rally, or one a politician holds, is a meeting, not a protest.
      if (lemma === 'rally' && isNoun && campaignRally(s, i, mentions)) type = 'Meeting';
      // "hold" is a detention only when people are held ("10,100 Palestinians are held").
      // Not "assets are held in partnerships", nor "is held accountable" (PEOPLE_NOUNS, below).
      if (lemma === 'hold' && !heldPeople(s, i)) continue;
      // "sign up with a network", "signed off on": not an agreement signed.
      if (lemma === 'sign' && isVerb && s.kids(i, 'compound:prt').length) continue;
      // "signed it into law": a bill made law, not an agreement.
      if (lemma === 'sign' && isVerb && s.kids(i, 'obl').some((o) => s.lemma(o) === 'law')) continue;
      // "200 lawmakers signed the complaint", "signed an executive order": one side's paper, no
      // agreement between sides.
      // (Not "a joint statement", "a letter of intent".)
      // ("signed a major disaster declaration", "an emergency declaration": one side's; not "a
      // declaration of principles" two countries sign.)
      const oneSided = (o: number) =>
        (ONE_SIDED_PAPERS.test(s.lemma(o)) ||
          (s.lemma(o) === 'declaration' &&
            s.kids(o, 'compound', 'amod').some((k) => /^(disaster|emergency)$/i.test(s.word(k))))) &&
        !s.kids(o, 'amod').some((k) => /^joint$/i.test(s.word(k))) &&
        !s.kids(o, 'nmod').some((k) => /^intent$/i.test(s.word(k)));
      if (lemma === 'sign' && isVerb && s.kids(i, 'obj', 'nsubj:pass').some(oneSided)) continue;
      // ("Shallow earthquakes tend to cause more damage": a bare plural subject of the present
      // tense says what such things do, no event.)
      if (
        isNoun &&
        type === 'Disaster' &&
        t.pos === 'NNS' &&
        /^nsubj/.test(s.rel[i] ?? '') &&
        !s.kids(i, 'det', 'nummod', 'nmod:poss').length &&
        /^VB[PZ]$/.test(s.tok(s.head[i] ?? 0)?.pos ?? '')
      )
        continue;
      // A ceasefire or truce is an agreement where it is in force or was reached ("A ceasefire
      // between Israel and Hamas took effect", "under a fragile ceasefire", "brokered the
      // truce"), not where it is called for, talked of or refused ("called for an immediate
      // ceasefire", "failed to agree on a ceasefire", "if it rejected a full ceasefire").
      if (type === 'Agreement' && isNoun && TRUCES.test(lemma) && !truceInForce(s, i)) continue;
      // "arrest warrants": the warrant, not an arrest.
      if (lemma === 'arrest' && isNoun && s.rel[i] === 'compound' && s.lemma(s.head[i]) === 'warrant') continue;
      if (lemma === 'case' && !s.kids(i, 'compound', 'amod').length && !s.kids(i, 'nmod').length) continue;
      // "according to two sources familiar with the plans", "people aware of the talks": who the
      // sources are, no event of its own.
      if (isNoun && /^(familiar|aware|briefed|knowledgeable)$/i.test(s.word(s.head[i] ?? 0))) continue;
      // Hostages and captives are an event when counted ("56 hostages remain").
      if (isNoun && ['hostage', 'captive', 'hostages', 'captives'].includes(lemma)) {
        if (!s.kids(i, 'nummod').length) continue;
        // "the release of 33 hostages" is the release, not a second event.
        const host = s.head[i];
        if (host && (NOUN_TRIGGERS[s.lemma(host)] === 'Release' || VERB_TRIGGERS[s.lemma(host)] === 'Release'))
          continue;
      }
      // A company bought ("NationsBank agreed to buy Boatmen's", "the takeover of Activision"):
      // what is bought is a body the article names, not time, weapons or a house.
      if (type === 'Acquisition') {
        const bought = isVerb
          ? s.kids(i, 'obj', 'nsubj:pass')
          : s.kids(i, 'nmod').filter((n) => s.kids(n, 'case').some((c) => s.word(c).toLowerCase() === 'of'));
        // (Or the name set beside it: '"Call of Duty" maker Activision Blizzard'.)
        const named = bought.flatMap((o) => [o, ...s.kids(o, 'compound', 'appos', 'dep', 'flat')]);
        const body = named.some((o) =>
          mentions.some(
            (m) =>
              m.kind === 'name' &&
              m.type === 'Organisation' &&
              m.sentence === s.index &&
              s.tok(o).characterOffsetBegin >= m.start &&
              s.tok(o).characterOffsetEnd <= m.end,
          ),
        );
        if (!body) continue;
      }
      // A confirmation is of a person in a post, not of a report ("confirmed the deaths").
      if (lemma === 'confirm' && !confirmedInPost(s, i)) continue;
      // A release is of people ("release all captives", "the release of prisoners"), not of a video.
      if (type === 'Release') {
        const objs = isVerb ? s.kids(i, 'obj', 'nsubj:pass') : s.kids(i, 'nmod');
        const people = objs.some((o) => PEOPLE_NOUNS.has(s.lemma(o)) || s.tok(o).ner === 'PERSON');
        if (!people) continue;
      }
      // "an earthquake that struck central Myanmar": the earthquake is the event, not an attack.
      // "Hurricane Milton killed at least 16 people": the deaths a disaster caused are that
      // disaster, counted.
      if (isVerb && (type === 'Attack' || type === 'Killing')) {
        // (Or a participle the parser hung loosely on the verb before: "A magnitude 6.0 earthquake
        // struck eastern Afghanistan late on Sunday, killing more than 800 people".)
        const loose =
          t.pos === 'VBG' && s.rel[i] === 'dep' && s.tok(s.head[i] ?? 0)?.pos.startsWith('VB')
            ? s.kid(s.head[i], 'nsubj')
            : undefined;
        const said = s.rel[i] === 'acl:relcl' ? s.head[i] : (s.kid(i, 'nsubj') ?? subjectOf(s, i) ?? loose);
        // ("PESHAWAR, Pakistan, Aug 17 (AP) - Flash floods … have killed", the parser making the
        // dateline the subject: the noun set beside it after the dash.)
        const subj = said === undefined ? said : (s.pastDateline(said, i, /^NN/) ?? said);
        // (Or a plane that crashed: "crashed on landing …, killing 179 people"; what shot it
        // down is still an attack.)
        const crashed = type === 'Killing' && CRASH_VERBS.has(s.lemma(s.head[i] ?? 0)) && craftCrashed(s, s.head[i]);
        // (Or hung on a craft's crash named by a noun: "Air India jet crashes after takeoff,
        // killing more than 240".)
        const crashNoun = type === 'Killing' && t.pos === 'VBG' && craftCrash(s, s.head[i] ?? 0);
        const crash = crashed || crashNoun;
        if (crashed) crashAt = s.tok(s.head[i]).characterOffsetBegin;
        if (crashNoun) {
          const craft = s.kids(s.head[i], 'compound', 'amod').filter((k) => CRAFT.test(s.lemma(k)));
          crashAt = s.tok(Math.min(s.head[i], ...craft)).characterOffsetBegin;
        }
        const disaster =
          crash ||
          (subj !== undefined &&
            ([subj, ...s.kids(subj, 'compound')].some(
              (k) => NOUN_TRIGGERS[s.lemma(k).toLowerCase()] === 'Disaster' || WEATHER.test(s.lemma(k)),
            ) ||
              diseaseKills(s, subj) ||
              // ("a military plane crash in Omdurman killed 46 people")
              craftCrash(s, subj)));
        if (disaster && type === 'Attack') continue;
        if (disaster) type = 'Disaster';
        // (One disaster, the earthquake that killed: the killing merges into it.)
        if (
          disaster &&
          crashAt === undefined &&
          subj !== undefined &&
          (NOUN_TRIGGERS[s.lemma(subj).toLowerCase()] === 'Disaster' || flashFlood(s, subj))
        )
          // (A flash flood's trigger opens at "flash".)
          crashAt = s.tok(
            Math.min(
              subj,
              ...(flashFlood(s, subj)
                ? s.kids(subj, 'compound', 'amod').filter((k) => /^flash$/i.test(s.word(k)))
                : []),
            ),
          ).characterOffsetBegin;
      }
      // "the democratically elected president": a description, not an election reported ("for
      // impeached President Yoon Suk Yeol": nor an impeachment).
      // "the ruling Morena party": a party in power, no court's ruling.
      // ("called the ruling a witch hunt", where the tagger made "ruling" a participle on "the",
      // is the ruling.)
      if (
        isVerb &&
        (type === 'Election' || type === 'Appointment' || type === 'Ruling' || type === 'LegalCase') &&
        s.rel[i] === 'amod' &&
        s.tok(s.head[i] ?? 0)?.pos.startsWith('NN')
      )
        continue;
      if (notAnEvent(s, i, lemma, mentions)) continue;
      // "could kill a transformative industry", "killed the bill": a killing is of people, not of a
      // plan, a deal or a business.
      // (The object, or a passive's subject: "The bill was killed in committee". Things from a
      // list: a test of "a common noun that is no one" lost "a spectator was killed".)
      const killed = isVerb && type === 'Killing' ? (s.kid(i, 'obj') ?? s.kid(i, 'nsubj:pass')) : undefined;
      if (killed !== undefined && s.tok(killed).ner === 'O' && KILLED_THINGS.test(s.lemma(killed))) continue;
      // "moved into the buffer zone to prevent attacks", "accused of planning an attack": what is
      // prevented, feared, averted or planned did not happen.
      if (
        isNoun &&
        s.rel[i] === 'obj' &&
        /^(prevent|avoid|avert|deter|stop|thwart|foil|fear|risk|preempt|forestall|plan|plot|prepare|threaten)$/.test(
          s.lemma(s.head[i] ?? 0),
        )
      )
        continue;
      // "said he would not sign the bill", "has never met him": what did not happen is no event.
      if (isVerb && s.kids(i, 'advmod').some((k) => /^(not|n't|never)$/i.test(s.word(k)))) continue;
      // ("A U.S. trade court on Wednesday blocked most of President Donald Trump's tariffs …,
      // ruling that he had overstepped his authority": the ruling is the blocking, told once.)
      if (
        lemma === 'rule' &&
        t.pos === 'VBG' &&
        s.rel[i] === 'advcl' &&
        (COURT_ACTS.has(s.lemma(s.head[i] ?? 0)) ||
          COURT_DECISIONS.has(s.lemma(s.head[i] ?? 0)) ||
          VERB_TRIGGERS[s.lemma(s.head[i] ?? 0)] === 'Ruling')
      )
        continue;
      // "If convicted, he could face …": what would happen has not.
      // (Nor what is weighed: "to rule on whether to remove Yoon from office".)
      if (isVerb && s.kids(i, 'mark').some((k) => /^(if|unless|whether)$/i.test(s.word(k)))) continue;
      // "plans to assassinate President Lula", "tried to seize power": what was planned, tried
      // or threatened is not reported as done.
      // (The tagger may make "to" a preposition the parser hangs loosely: "a motion to impeach".)
      const to = isVerb ? s.kids(i, 'mark', 'dep').find((k) => k < i && s.word(k).toLowerCase() === 'to') : undefined;
      // (Nor what someone refused, declined or failed to do, or asked someone else to do:
      // "refused to sign a joint statement", "could ask the court to order Google to sell …".)
      // (Nor what someone has the power or the right to do: "the Supreme Court's power to overrule
      // government decisions"; nor what a motion moves: "file a motion to impeach the president".)
      const intended =
        /^(plan|plot|threaten|want|try|attempt|seek|hope|expect|intend|aim|conspire|scheme|effort|bid|threat|refuse|decline|fail|ask|urge|demand|request|power|right|ability|authority|motion|proposal)$/;
      // (The parser may hang the infinitive on the verb before the noun: "included plans to …".)
      if (to !== undefined && (intended.test(s.lemma(s.head[i] ?? 0)) || intended.test(s.lemma(to - 1)))) continue;
      // ("threatening to have President Marcos assassinated": or the clause of an infinitive
      // that is.)
      if (
        isVerb &&
        t.pos === 'VBN' &&
        /^(ccomp|xcomp)$/.test(s.rel[i] ?? '') &&
        /^(have|get)$/.test(s.lemma(s.head[i]))
      ) {
        const host = s.head[i];
        const hostTo = s.kids(host, 'mark').find((k) => s.word(k).toLowerCase() === 'to');
        if (hostTo !== undefined && intended.test(s.lemma(s.head[host] ?? 0))) continue;
      }
      // ("Trump, who was impeached twice, imposed …": a past impeachment recalled in a relative
      // clause is background, not the news.)
      if (lemma === 'impeach' && s.rel[i] === 'acl:relcl') continue;
      // ("If convicted by two-thirds of the senators, …", the parser hanging "If" elsewhere.)
      if (isVerb && /^(if|unless)$/i.test(s.word(i - 1))) continue;
      const participants: Participant[] = [];
      const fromVerb = new Set<string>();
      // One role per entity (the first found: the clause's own arguments before its phrases).
      // A court takes part as the court; a town or region is where, never who ("A New York
      // judge rejected …"); and only a place is a place ("talks at the U.N.", "a march in
      // Selma, Obama said": not the U.N., not Obama).
      const add = (given: string | undefined, role: Participant['role']) => {
        // "Moscow launched its invasion": a capital as agent is its country.
        // ("strong sanctions against Moscow": sanctions on a capital are on its country.)
        const id = role === 'agent' || (role === 'target' && type === 'Sanction') ? seatOf(given, byId) : given;
        if (!id || participants.some((p) => p.entityId === id)) return;
        const e = byId.get(id);
        if (e?.type === 'Court' && !COURT_EVENTS.has(type!)) return;
        // (An airline whose plane crashed, or anyone else in a disaster, takes part in it; none
        // is its agent.)
        if (type === 'Disaster' && role === 'agent' && e?.type !== 'Place' && e?.type !== 'Country')
          role = 'participant';
        const r: Participant['role'] =
          e?.type === 'Court' && (role !== 'target' || LEGAL.has(type!))
            ? 'court'
            : (e?.type === 'Place' && role !== 'target') ||
                ((type === 'Disaster' || type === 'Coup') && e?.type === 'Country')
              ? 'place'
              : role;
        if (r === 'place' && e?.type !== 'Place' && e?.type !== 'Country') return;
        participants.push({ entityId: id, role: r });
      };
      let clauseHead = i;
      // Whether the clause's own phrases concern the trigger: always for a verb; for a noun only
      // when it is the verb's object or setting ("held talks in Doha"), not when it lies inside
      // another phrase ("disgraced herself with her comments on the police shooting").
      let clauseOwn = isVerb;
      if (isVerb) {
        // "Crutcher was killed", "if Trump is elected": the passive subject is the target, and
        // the agent only what "by" names (below).
        // "Bazoum, who was elected in 2021": a relative pronoun stands for the noun it hangs on.
        const antecedent = (k: number | undefined) =>
          k !== undefined && /^W(P|DT)$/.test(s.tok(k).pos) && /^(acl:relcl|dep)$/.test(s.rel[i] ?? '') && s.head[i] < k
            ? s.head[i]
            : k;
        // "Southport killer Rudakubana jailed for 52 years", "Trump shot in ear at rally": a
        // headline's participle with no auxiliary and no object is a passive.
        // (In the headline a past tense with no auxiliary is one too: "Sam Bankman-Fried sentenced
        // to 25 years", headlines telling what someone did in the present tense.)
        const headline = isHeadline(s);
        // ("Robert Prevost elected pope": the post he was elected to is no object.)
        const post = (o: number) =>
          ROLE_NOUNS.has(s.lemma(o).toLowerCase()) || s.tok(o).ner === 'TITLE' || /^pope$/i.test(s.word(o));
        // ("Meta fined record 1.2 billion euros by EU": the sum is no object either.)
        // (A sum of money, for a fine: "Russian strike killed 12" stays active.)
        const sum = (o: number) =>
          (lemma === 'fine' || lemma === 'sanction') &&
          (s.tok(o).ner === 'MONEY' || /^(euro|dollar|pound|yuan|yen|rupee)s?$/i.test(s.word(o)));
        const headlinePassive =
          ((t.pos === 'VBN' && headline) || (t.pos === 'VBD' && headline && HEADLINE_PASSIVES.has(lemma))) &&
          !s.kids(i, 'aux', 'aux:pass', 'ccomp').length &&
          s
            .kids(i, 'obj')
            .every(
              (o) => post(o) || (headline && HEADLINE_PASSIVES.has(lemma) && sum(o) && !s.kids(i, 'iobj').length),
            ) &&
          s.kid(i, 'nsubj') !== undefined;
        // ("the fourth former Peruvian president convicted in connection with …": a participle
        // on a noun is done to what the noun is.)
        const onNoun =
          t.pos === 'VBN' && s.rel[i] === 'acl' && !s.kids(i, 'obj', 'nsubj', 'aux').length
            ? subjectOf(s, i)
            : undefined;
        // ("Castillo was removed and arrested": a participle joined to a passive, with no subject,
        // auxiliary or object of its own, is passive too.)
        const joinedPassive =
          t.pos === 'VBN' &&
          s.rel[i] === 'conj' &&
          !s.kids(i, 'nsubj', 'aux', 'obj').length &&
          s.kid(s.head[i], 'aux:pass') !== undefined;
        const pass = antecedent(
          s.kid(i, 'nsubj:pass') ??
            (headlinePassive ? s.kid(i, 'nsubj') : undefined) ??
            (s.kid(i, 'aux:pass') !== undefined || joinedPassive ? subjectOf(s, i) : undefined) ??
            onNoun,
        );
        // (Past a dateline the parser made the subject, a court: "BUCHAREST, Dec 6 (Reuters) -
        // Romania's Constitutional Court on Friday annulled …", whose country is no agent. Only a
        // court: elsewhere the dateline's whole subtree holds the subjects, "Russia and Ukraine".)
        const said = pass === undefined ? (s.kid(i, 'nsubj') ?? subjectOf(s, i)) : undefined;
        const court = said === undefined ? undefined : s.pastDateline(said, i, /^NN/);
        const subj = antecedent(court !== undefined && COURT_WORDS.test(s.lemma(court)) ? court : said);
        const where = new Set<string>();
        if (pass) for (const e of npEntities(s, pass, mentions, where)) add(e, 'target');
        for (const e of where) add(e, 'place');
        // ("U.S. trade court blocks Trump's tariffs": the country of an unnamed court is where.)
        const unnamedCourt = subj !== undefined && COURT_WORDS.test(s.lemma(subj)) && !entityOfToken(s, subj, mentions);
        const courtAt = new Set<string>();
        if (subj) for (const e of npEntities(s, subj, mentions, unnamedCourt ? courtAt : undefined)) add(e, 'agent');
        for (const e of courtAt) add(e, 'place');
        // "Israeli jets struck …": the country of a nationality word on an unnamed subject, where
        // the article names it.
        if (subj && !participants.some((p) => p.role === 'agent') && !COURT_WORDS.test(s.lemma(subj)))
          for (const a of s.kids(subj, 'amod')) {
            const country = countryOfDemonym(s.word(a));
            const named = country && entityId('Country', country);
            if (named && byId.has(named)) add(named, 'agent');
          }
        // "Erdogan met Zelensky": who is met takes part with the one who meets, as no target.
        const met = type === 'Meeting' || type === 'Negotiation';
        // "fined Apple 500 million euros": the first object is the one it is done to.
        // ("blocked most of President Donald Trump's tariffs": what a share is of.)
        const ofShare = (o: number) =>
          /^(most|some|all|many|much|half|part|parts|one)$/i.test(s.word(o))
            ? (s.kids(o, 'nmod').find((n) => s.kids(n, 'case').some((c) => /^of$/i.test(s.word(c)))) ?? o)
            : o;
        for (const o of [...s.kids(i, 'iobj'), ...s.kids(i, 'obj')])
          for (const e of npEntities(s, ofShare(o), mentions)) add(e, met ? 'participant' : 'target');
        // "Protesters in the capital Kinshasa attacked the embassies of Rwanda, France …": the
        // countries whose embassies were attacked are its targets, and the place of a subject no
        // one names is where.
        if (type === 'Attack' || type === 'Protest') {
          for (const o of s.kids(i, 'obj', 'nsubj:pass'))
            if (/^(embassy|consulate|mission)$/i.test(s.lemma(o)))
              for (const n of s.kids(o, 'nmod'))
                if (s.kids(n, 'case').some((c) => /^of$/i.test(s.word(c))))
                  for (const k of [n, ...s.kids(n, 'conj')]) add(entityOfToken(s, k, mentions), 'target');
          if (subj !== undefined && !entityOfToken(s, subj, mentions))
            for (const n of s.kids(subj, 'nmod'))
              if (s.kids(n, 'case').some((c) => /^in$/i.test(s.word(c))))
                for (const e of npEntities(s, n, mentions)) if (byId.get(e)?.type === 'Place') add(e, 'place');
        }
        // "upheld the impeachment of President Yoon": the one the decision is on.
        if (decision)
          for (const o of s.kids(i, 'obj'))
            for (const n of s.kids(o, 'nmod'))
              if (s.kids(n, 'case').some((c) => /^(of|against)$/i.test(s.word(c))))
                for (const e of npEntities(s, n, mentions)) add(e, 'target');
      } else {
        let v = s.verbAbove(i);
        // "an earthquake that struck central Myanmar on Friday", "a typhoon hit the Philippines":
        // the verb of its striking tells where and when.
        const strikes =
          type === 'Disaster'
            ? (s.kids(i, 'acl:relcl', 'acl').find((k) => DISASTER_VERBS.has(s.lemma(k))) ??
              (v !== undefined && s.rel[i] === 'nsubj' && DISASTER_VERBS.has(s.lemma(v)) ? v : undefined))
            : undefined;
        if (strikes !== undefined) {
          v = strikes;
          for (const o of s.kids(strikes, 'obj')) for (const e of npEntities(s, o, mentions)) add(e, 'place');
        }
        if (v !== undefined) clauseHead = v;
        const poss = s.kids(i, 'nmod:poss');
        // "Netanyahu claimed “significant progress” in negotiations", "made headway in the
        // talks": who reports the talks moving is a party to them.
        if (
          type === 'Negotiation' &&
          s.rel[i] === 'nmod' &&
          s.kids(i, 'case').some((c) => /^(in|on)$/i.test(s.word(c)))
        ) {
          const h = s.head[i];
          // (Claimed, made or reported by them; not "Macron welcomed progress in the talks".)
          const claimer =
            h && PROGRESS.test(s.lemma(h)) && s.rel[h] === 'obj' && CLAIMING.test(s.lemma(s.head[h]))
              ? s.head[h]
              : undefined;
          const who = claimer ? (s.kid(claimer, 'nsubj') ?? subjectOf(s, claimer)) : undefined;
          if (who !== undefined) for (const e of npEntities(s, who, mentions)) add(e, 'participant');
        }
        // "talks mediated by Qatar and Egypt", "a deal brokered by the United Arab Emirates": the
        // go-betweens take part.
        if (type === 'Negotiation' || type === 'Agreement')
          for (const a of s.kids(i, 'acl'))
            if (MEDIATING.test(s.lemma(a)))
              for (const o of s.kids(a, 'obl'))
                if (s.kids(o, 'case').some((c) => /^by$/i.test(s.word(c))))
                  for (const e of npEntities(s, o, mentions)) add(e, 'participant');
        // ("his ouster": the one removed.)
        for (const p of poss) add(entityOfToken(s, p, mentions), type === 'Dismissal' ? 'target' : 'agent');
        for (const p of s.kids(i, 'compound', 'amod')) {
          // "Israeli attacks": the country of a nationality word, where the article names it.
          const country = countryOfDemonym(s.word(p));
          const named = country && entityId('Country', country);
          const e = entityOfToken(s, p, mentions) ?? (named && byId.has(named) ? named : undefined);
          // "the Beirut strike": a city before the trigger is where, not who (nor its country).
          add(e, byId.get(e ?? '')?.type === 'Place' ? 'place' : 'agent');
        }
        // The subject of the verb the trigger is the object of ("Netanyahu held a meeting",
        // "Justice delivered the immunity agreements") or the setting of ("Trump said at a
        // rally", "presided over a summit"); not of any verb above it ("In offering analysis of
        // the election, Caddell told …") nor of one it only dates ("… before the election").
        const direct =
          s.head[i] === v &&
          (/^(obj|nsubj:pass)$/.test(s.rel[i] ?? '') ||
            ((s.rel[i] ?? '').startsWith('obl') &&
              s.kids(i, 'case').some((c) => /^(at|in|during|to|into|over)$/i.test(s.word(c)))));
        // (Not one it only dates: "lifted the ban on Facebook … after the killings" gives the
        // killings no target.)
        clauseOwn = direct || (s.head[i] === v && !anotherTime(s, i));
        // "ECOWAS condemned the coup": who speaks of an event did not do it.
        if (v !== undefined && !poss.length && direct && !SPOKEN_OF.has(s.lemma(v))) {
          const own = s.kid(v, 'nsubj') ?? subjectOf(s, v);
          // ("Netanyahu, who faces an arrest warrant from the ICC", "Zelenskiy, who attended the
          // summit", "Hamas, which carried out the attack": the one "who" stands for; not one who
          // underwent it or judges it: "Smith, who died in the attack", "Judge Curiel, who is
          // handling lawsuits …".)
          const subj =
            own !== undefined &&
            /^W(P|DT)$/.test(s.tok(own).pos) &&
            s.rel[v] === 'acl:relcl' &&
            !UNDERGOING.test(s.lemma(v)) &&
            s.kid(v, 'aux:pass', 'nsubj:pass') === undefined
              ? s.head[v]
              : own;
          const before = participants.length;
          // "Nasrallah was killed in an Israeli airstrike": the passive subject of a violent verb
          // suffered the violent event it happened in ("Trump was shot at a campaign rally" still
          // held the rally).
          const violent = (kind?: EventType) => kind === 'Attack' || kind === 'Killing';
          const passive =
            (s.kid(v, 'nsubj:pass') !== undefined || s.kid(v, 'aux:pass') !== undefined) &&
            violent(type) &&
            violent(VERB_TRIGGERS[s.lemma(v)]);
          if (subj && subj !== i)
            for (const e of npEntities(s, subj, mentions))
              // "Israel faces a genocide case": the one the case is against; "Sudan filed a case
              // against the UAE": the one who brings it.
              add(
                e,
                passive ||
                  (type === 'LegalCase' && !BRING_CASE.has(s.lemma(v))) ||
                  // ("faces an arrest warrant", "faces charges": the one it is against.)
                  (s.lemma(v) === 'face' && (LEGAL.has(type!) || type === 'Sanction' || type === 'Accusation')) ||
                  // ("Nigeria's government rejected the accusation that …": the one accused.)
                  (type === 'Accusation' && /^(reject|deny|dismiss|refute|rebuff)$/.test(s.lemma(v)))
                  ? 'target'
                  : 'agent',
              );
          for (const p of participants.slice(before)) fromVerb.add(p.entityId);
        }
      }
      // Prepositional roles on the trigger and on its clause.
      for (const host of new Set(clauseOwn ? [i, clauseHead] : [i])) {
        for (const n of s.kids(host, 'nmod', 'obl')) {
          const cases = s.kids(n, 'case').map((c) => s.lemma(c));
          const es = npEntities(s, n, mentions);
          const topical =
            (type === 'Negotiation' || type === 'Proposal' || type === 'Agreement') && cases.includes('for');
          if (topical) continue;
          // "arrested in Manila on a warrant from the ICC": what one is held on is no target.
          if (type === 'Detention' && cases.includes('on')) continue;
          // "the takeover of Activision by Microsoft": what is bought is the target.
          // So is who is held, freed, killed, tried or sacked: "the arrest of Beylikduzu Mayor
          // Mehmet Murat Calik", "the killing of three aid workers".
          // (The name itself and those joined to it, not one set beside it: "the arrest of
          // Istanbul Mayor Ekrem Imamoglu, Interior Minister Ali Yerlikaya said".)
          // (Not "the case of Libya", a matter, not a lawsuit against it.)
          if (OF_TARGET.has(type!) && !isVerb && host === i && cases.includes('of') && lemma !== 'case') {
            // ("the killing of conservative activist Charlie Kirk", the name hung elsewhere: the
            // person named right after the post; not an owner, "of activist Maria Lopez's brother".)
            const possessed = (k: number) => {
              let j = k;
              while (s.tok(j + 1)?.ner === 'PERSON') j++;
              return s.tok(j + 1)?.pos === 'POS';
            };
            const named = [n, ...s.kids(n, 'conj')].map(
              (k) =>
                entityOfToken(s, k, mentions) ??
                (s.tok(k).ner === 'TITLE' && s.tok(k + 1)?.ner === 'PERSON' && !possessed(k + 1)
                  ? entityOfToken(s, k + 1, mentions)
                  : undefined),
            );
            for (const e of type === 'Acquisition' ? es : named) if (e) add(e, 'target');
            continue;
          }
          // "talks between Russia and Ukraine", "between US and Russian officials": both sides
          // take part ("between Washington and Tehran": a capital for its country, where the
          // article names it).
          // (Talks and deals only: a definite "the meeting between Reagan and Gorbachev" would
          // be read as an earlier meeting told again, sides and all.)
          if (cases.includes('between') && (type === 'Negotiation' || type === 'Agreement')) {
            for (const e of es) add(seatOf(e, byId), 'participant');
            continue;
          }
          if (cases.some((c) => ['against', 'for', 'on', 'with'].includes(c)) || (firedAt && cases.includes('at'))) {
            for (const e of es) add(e, cases.includes('with') ? 'participant' : 'target');
          } else if (cases.some((c) => ['in', 'at', 'from', 'over'].includes(c))) {
            for (const e of es) add(e, 'place');
          } else if (cases.includes('by')) {
            for (const e of es) add(e, 'agent');
          }
          // Conjuncts reached through the first ("for Netanyahu and his former Defense Minister Yoav Gallant").
          for (const cj of s.kids(n, 'conj')) {
            for (const k of s.subtree(cj)) {
              const e = entityOfToken(s, k, mentions);
              if (e && cases.some((c) => ['against', 'for', 'on'].includes(c))) add(e, 'target');
            }
          }
        }
      }
      // Courts anywhere in the clause take part as the court, in what a court can be part of
      // (not the election a court's ruling triggers: `add` leaves them out).
      // (Not in a clause joined to it with a subject of its own: "A judge in Illinois … barred a
      // similar deployment, and the Supreme Court is weighing …".)
      // (Nor in a relative clause on someone: "accused Choi of acting as a shield for Yoon, whose
      // case is pending before the Constitutional Court"; one on the event itself counts: "The
      // ruling, which was issued by the Supreme Court …".)
      // (The parser may hang that relative clause loosely, "dep", with "whose" in its subject.)
      const relative = (c: number) => {
        const subject = s.kid(c, 'nsubj', 'nsubj:pass');
        return subject !== undefined && s.subtree(subject).some((k) => /^(WP\$?|WDT)$/.test(s.tok(k).pos));
      };
      // (Nor in a clause of time with a subject of its own, "… while the administration appeals to
      // the Supreme Court", nor the court one appeals or takes a case to.)
      const ownClause = (c: number) =>
        c !== i &&
        ((s.rel[c] === 'conj' && s.kid(c, 'nsubj', 'nsubj:pass') !== undefined) ||
          (s.rel[c] === 'acl:relcl' && s.head[c] !== i) ||
          (s.rel[c] === 'dep' && relative(c) && s.head[c] !== i) ||
          (s.rel[c] === 'advcl' &&
            s.kid(c, 'nsubj', 'nsubj:pass') !== undefined &&
            s.kids(c, 'mark').some((m) => /^(while|as|until|before|although|though|whereas)$/i.test(s.word(m)))));
      const appealedTo = (k: number) => {
        let h = k;
        while (/^(compound|flat)$/.test(s.rel[h] ?? '') && s.head[h]) h = s.head[h];
        return (
          s.kids(h, 'case').some((c) => /^(to|before)$/i.test(s.word(c))) &&
          /^(appeal|petition)$/i.test(s.lemma(s.head[h] ?? 0))
        );
      };
      for (const k of s.subtree(clauseHead, ownClause)) {
        const e = entityOfToken(s, k, mentions);
        if (e && byId.get(e)?.type === 'Court' && !appealedTo(k)) add(e, 'court');
      }
      // "Jimmy Carter … died Sunday at his home in Plains", "Carter, who died …", "Navalny's
      // death", "the death of Alexei Navalny": a person the article names (or a pronoun for one)
      // died, and takes part; who else the clause names did not ("mourned the death of …"), a
      // place still is where. Not "could die", "nearly died", "reports of his death", "the death
      // toll", "the deaths of 12 people".
      if (type === 'Death') {
        const modal =
          s.kids(i, 'aux').some((a) => /^(could|would|might|may|will|should|must|can)$/i.test(s.word(a))) ||
          s.kids(i, 'advmod').some((a) => /^(nearly|almost|narrowly)$/i.test(s.word(a))) ||
          (isNoun && /^(report|rumou?r|claim|speculation|hoax|fear)s?$/i.test(s.lemma(s.head[i] ?? 0)));
        const subject = s.kid(i, 'nsubj') ?? subjectOf(s, i);
        const who = isVerb
          ? subject !== undefined && /^W(P|DT)$/.test(s.tok(subject).pos) && s.rel[i] === 'acl:relcl'
            ? [s.head[i]]
            : subject === undefined
              ? []
              : [subject]
          : [
              ...s.kids(i, 'nmod:poss'),
              ...s.kids(i, 'nmod').filter((n) => s.kids(n, 'case').some((c) => /^of$/i.test(s.word(c)))),
            ];
        // (The person the phrase is, or names beside its head or joins to it: "his wife, Rosalynn,
        // died" is not his; "MOSCOW, Feb 16 (Reuters) - Alexei Navalny … died", the parser making
        // the dateline the subject and the name joined to it, is Navalny's.)
        const dead = new Set(
          who
            .flatMap((k) => [k, ...s.kids(k, 'conj')])
            .flatMap((k) => [k, ...s.kids(k, 'appos')])
            .map((k) => entityOfToken(s, k, mentions))
            .filter((id): id is string => id !== undefined && byId.get(id)?.type === 'Person'),
        );
        if (modal || !dead.size) continue;
        // ("died … at her home in Boise": a place anywhere in where it happened.)
        const where = s
          .kids(i, 'obl')
          .filter((o) => s.kids(o, 'case').some((c) => /^(in|at|near)$/i.test(s.word(c))))
          .flatMap((o) => s.subtree(o))
          .map((k) => entityOfToken(s, k, mentions))
          .filter((id): id is string => id !== undefined && byId.get(id)?.type === 'Place' && !dead.has(id));
        const kept = [
          ...[...dead].map((entityId) => ({ entityId, role: 'participant' as const })),
          ...participants.filter((p) => p.role === 'place' && !dead.has(p.entityId)),
          ...[...new Set(where)]
            .filter((id) => !participants.some((p) => p.entityId === id))
            .map((entityId) => ({ entityId, role: 'place' as const })),
        ];
        participants.splice(0, participants.length, ...kept);
      }
      // (The bank that set it, where the parser hung the verb beside its clause: "ended eight
      // years of negative rates, raising its policy rate".)
      // (Nor is the bank whose rate it is ("its policy rate") what the decision was on.)
      if (type === 'RateDecision' && bank) {
        participants.splice(0, participants.length, ...participants.filter((p) => p.role !== 'target'));
        if (!participants.some((p) => p.role === 'agent')) add(bank, 'agent');
      }
      // "Trump attacked Machado in tweets": an attack of words is an accusation.
      if (type === 'Attack' && verbalAttack(s, i, lemma, participants, byId)) type = 'Accusation';
      const charged = ['LegalCase', 'ArrestWarrant', 'Ruling', 'Accusation'].includes(type);
      const tagged = s.sentence.entitymentions.filter((m) => m.ner === 'CRIMINAL_CHARGE').map((m) => m.text);
      const charges = !charged ? [] : tagged.length ? tagged : chargesNamed(s);
      if (lemma === 'case' && s.kids(i, 'compound').some((c) => s.tok(c).ner === 'CRIMINAL_CHARGE')) type = 'LegalCase';
      // Present tense ("56 hostages remain", "Israel faces a case"): true as of the article date.
      const present =
        /^VB[PZ]$/.test(s.tok(clauseHead).pos) &&
        !s.kids(clauseHead, 'aux').some((a) => /^VB[PZ]$/.test(s.tok(a).pos) && s.lemma(a) === 'have');
      // A noun's own date ("the 2016 election") also tells it from an earlier one of its type.
      const ownDate = isNoun ? clauseDate(s, i) : undefined;
      // "… brings back Sam Altman days after his ouster", "since the coup", "ahead of the vote",
      // "prior to the election": what a noun names after a preposition of time happened before
      // or after the clause, not when it did.
      // (So is what the clause is over: "protests over the arrest of …".)
      // (And a ceasefire something happened under: "the fifth swap under a fragile ceasefire".)
      const timed =
        isNoun && clauseHead !== i && (anotherTime(s, i) || (TRUCES.test(lemma) && /^(obl|nmod)/.test(s.rel[i] ?? '')));
      const dateFound = timed
        ? ownDate
        : (clauseDate(s, clauseHead) ??
          ownDate ??
          relayedDate(s, clauseHead) ??
          whenDate(s, clauseHead) ??
          (present && doc.date ? { date: doc.date, precision: 'day' as const } : undefined));
      const date = dateFound && pastTense(s, clauseHead) ? notAfter(dateFound, doc.date) : dateFound;
      // (Nor, for a noun that says whose or what something else is, the clause's: "the summit's
      // final declaration, which was backed by about 60 countries".)
      const modifier = isNoun && /^(nmod:poss|compound)$/.test(s.rel[i] ?? '');
      // (Nor, for talks or a meeting named as where something was agreed, that clause's: "a swap
      // of 1,000 prisoners from each side agreed at talks in Istanbul".)
      const setting =
        isNoun && (type === 'Negotiation' || type === 'Meeting') && clauseHead !== i && s.kid(i, 'case') !== undefined;
      // (A ceasefire is not what the sentence counts: "the deadliest day since a ceasefire took
      // effect", "the fifth swap under a fragile ceasefire".)
      const quantityHosts =
        timed || modifier || setting || (type === 'Agreement' && TRUCES.test(lemma))
          ? [i, ...s.kids(i, 'acl')]
          : [
              i,
              clauseHead,
              // (Not a clause with a subject of its own: "Hamas frees 20 hostages as Israel
              // releases nearly 2,000 prisoners".)
              ...s.kids(clauseHead, 'advcl').filter((k) => s.kid(k, 'nsubj', 'nsubj:pass') === undefined),
              ...s.kids(clauseHead, 'obj', 'nsubj:pass'),
              ...s.kids(i, 'acl'),
              ...brokenSubject(s, i),
            ];
      // (A death has no count: "dies at 100" is an age.)
      const qs =
        type === 'Death'
          ? []
          : quantities(s, quantityHosts, type === 'Attack' || type === 'Killing' || type === 'Disaster');
      let first = s.kids(i, 'compound').filter((c) => c === i - 1).length ? i - 1 : i;
      // "full-scale invasion", not "scale invasion": a hyphenated word stays whole.
      while (first < i && first > 2 && s.word(first - 1) === '-' && !s.tok(first - 1).before) first -= 2;
      // "struck down", "ruled out": the particle belongs to the trigger.
      const prt = isVerb ? particle(s, i, /^(down|out|in)$/i) : undefined;
      const trigger = s.span(first, prt === i + 1 ? i + 1 : i);
      events.push({
        id: factId('event', articleId, trigger.start, trigger.end),
        type,
        trigger,
        label: doc.source.text.slice(trigger.start, trigger.end),
        date: date?.date,
        datePrecision: date?.precision,
        participants,
        charges: [...new Set(charges)],
        quantities: qs,
        sentence: s.index,
        confidence: participants.length ? 0.7 : 0.4,
        // "the deal" may refer back; "the 2016 election" (a date of its own) and "the attack in
        // Minnesota" (a place of its own) do not.
        anaphoric:
          isNoun &&
          s.kids(i, 'det').some((d) => ['the', 'this', 'that'].includes(s.word(d).toLowerCase())) &&
          !ownDate &&
          !ownPlace(s, i, mentions, byId),
        fromVerb,
        crashAt,
        // ("as fighting between … killed more than 250 people": a killing with a subject of its own
        // that is no attack or name is not the sentence's attack counted.)
        ownCause: type === 'Killing' && isVerb && killedBy(s, i, mentions),
        noun: isNoun,
        // (Whether or not a clause is there to date it: "… strike Houthi targets in Yemen after
        // Red Sea attacks", a headline the parser read with no verb.)
        timed: isNoun && anotherTime(s, i),
        // ("…, a deal its intended recipients criticised": a noun that may say what another
        // event of the sentence was; not "their attacks on shipping", someone's own.)
        // (Nor one named after a preposition of time, or as another of its kind: "struck Gaza
        // again on Tuesday, a day after an attack at a checkpoint", "a similar attack".)
        // (Nor what another event is over: "detained 1,133 people during protests over the
        // arrest of Istanbul Mayor Ekrem Imamoglu".)
        restates:
          isNoun &&
          !anotherTime(s, i) &&
          s.kids(i, 'det').some((d) => /^(a|an|the)$/i.test(s.word(d))) &&
          !s
            .kids(i, 'amod')
            .some((m) => /^(similar|previous|earlier|another|second|first|new|other)$/i.test(s.word(m))),
      } as Draft);
    }
  }
  // (The story's first sentence, past a dateline on a line of its own: "ISTANBUL".)
  const dateline = (s: SentenceView) =>
    s.tokens.length <= 4 &&
    s.tokens.every((t) => !/\p{Ll}/u.test(t.word)) &&
    s.tokens.some((t) => /\p{Lu}{3,}/u.test(t.word));
  const firstBody = sentences.length > 2 && dateline(sentences[1]) ? 2 : 1;
  const merged = mergeEvents(events, !!sentences[0] && isHeadline(sentences[0]), firstBody);
  partiesToTalks(merged, sentences, allMentions, need(doc, 'roles', 'events'), byId);
  return merged;
}

/** What one side of talks puts to the other, and what the other sends back, and how. */
const PROPOSALS = /^(proposal|offer|plan|term|draft|framework)s?$/i;
const RESPONSES = /^(response|reply|answer|counterproposal|counteroffer|counter-proposal|counter-offer)s?$/i;
const ANSWERING = /^(draft|prepare|formulate|finalize|finalise|send|submit|deliver|give|hand|present|issue)$/;
/** Offices whose holder speaks for a state in talks. */
const STATE_OFFICES =
  /\b(president|prime minister|premier|chancellor|foreign minister|foreign secretary|secretary of state|envoy|ambassador|negotiator|king|emir|crown prince)\b/i;

/**
 * Who takes part in talks beyond the clause that names them: in a sentence that tells of the
 * talks, whoever makes a response to a proposal, and whoever made the proposal, is a side of
 * them ("Hamas has been drafting a new response to US envoy Steve Witkoff's ceasefire proposal,
 * and “it could potentially lead to a breakthrough in the negotiations”"); and a state's
 * office-holder who takes part brings the state ("Israeli Prime Minister Benjamin Netanyahu" in
 * talks: Israel).
 */
function partiesToTalks(
  events: EventFact[],
  sentences: SentenceView[],
  mentions: Mention[],
  roles: RoleFact[],
  byId: Map<string, LocalEntity>,
): void {
  const talks = events.filter((e) => e.type === 'Negotiation');
  const add = (t: EventFact, id: string | undefined) => {
    if (id && byId.has(id) && !t.participants.some((p) => p.entityId === id))
      t.participants.push({ entityId: id, role: 'participant' });
  };
  // The sentences that tell of each negotiation.
  const toldIn = (t: EventFact) =>
    new Set(
      (t.told ?? [t.trigger]).map((span) => sentences.findIndex((x) => x.start <= span.start && span.start < x.end)),
    );
  for (const t of talks) {
    const where = toldIn(t);
    for (const s of sentences) {
      if (!where.has(s.index)) continue;
      for (let r = 1; r <= s.tokens.length; r++) {
        if (!s.tok(r).pos.startsWith('NN') || !RESPONSES.test(s.word(r))) continue;
        const to = s
          .kids(r, 'nmod')
          .find((n) => PROPOSALS.test(s.word(n)) && s.kids(n, 'case').some((c) => /^to$/i.test(s.word(c))));
        if (to === undefined) continue;
        // The one answering: the response's owner, or the subject of a verb of making or
        // sending it ("drafting a new response"; not "Reuters has seen a response"); the one
        // proposing: the proposal's owner.
        const v = s.rel[r] === 'obj' && ANSWERING.test(s.lemma(s.head[r])) ? s.head[r] : undefined;
        const answerer = s.kid(r, 'nmod:poss') ?? (v ? (s.kid(v, 'nsubj') ?? subjectOf(s, v)) : undefined);
        for (const k of [answerer, s.kid(to, 'nmod:poss')])
          if (k !== undefined) for (const e of npEntities(s, k, mentions)) add(t, e);
      }
    }
  }
  for (const t of talks)
    for (const p of [...t.participants])
      if (byId.get(p.entityId)?.type === 'Person')
        for (const r of roles)
          if (r.personId === p.entityId && r.current && r.ofId?.startsWith('country:') && STATE_OFFICES.test(r.title))
            add(t, r.ofId);
}

/**
 * Whether sentence `s` is the article's headline: its first sentence, ending with no full stop,
 * question or exclamation mark (a closing quotation mark aside).
 */
function isHeadline(s: SentenceView): boolean {
  let last = s.tokens.length;
  while (last > 1 && isQuote(s.word(last))) last--;
  return s.index === 0 && !/^[.?!]$/.test(s.word(last));
}

/** An event as found, before merging: whether it may refer back, and who the verb lent it. */
type Draft = EventFact & {
  anaphoric: boolean;
  fromVerb: Set<string>;
  crashAt?: number;
  /** A killing whose subject is neither an attack nor anyone named ("fighting … killed 250"). */
  ownCause?: boolean;
  noun?: boolean;
  /** Named after a preposition of time ("after amnesty deal"): another event than the clause's. */
  timed?: boolean;
  restates?: boolean;
};

/**
 * One occurrence reported several times is one event: the article's negotiations ("talks",
 * "the negotiations") merge into the first, and a killing reported with an attack in the same
 * sentence ("offensive …, killing nearly 55,000") is that attack's count, not a second event.
 */
function mergeEvents(events: Draft[], headline = false, firstBody = 1): EventFact[] {
  const out: EventFact[] = [];
  // The lead: the first sentence after the headline that has an event.
  const lead = Math.min(...events.filter((x) => x.sentence > 0).map((x) => x.sentence));
  const roles = (x: EventFact) =>
    new Map(x.participants.filter((p) => /^(agent|target|court)$/.test(p.role)).map((p) => [p.entityId, p.role]));
  const agents = (x: EventFact) => x.participants.some((p) => p.role === 'agent' || p.role === 'target');
  const timedIds = new Set(events.filter((x) => x.timed).map((x) => x.id));
  // The events of a type a sentence tells, less the nouns with no one acting or acted on that
  // say what another event of that type in the sentence was ("agreed … to a global finance
  // target, a deal its intended recipients criticised"); a noun alone counts ("Niger coup").
  const told = (sentence: number, type: string) => {
    const all = events.filter((x) => x.sentence === sentence && x.type === type && !x.timed);
    const acting = all.filter((x) => !x.noun || agents(x));
    return acting.length || Math.min(all.length, 1);
  };
  for (const { anaphoric, fromVerb, crashAt, ownCause, noun: _noun, timed: _timed, restates, ...e } of events) {
    // "the deal", "the agreement", "dismissed the warrant": the same event as the last one of
    // its type, unless it names someone that one does not have ("the attack on Rafah" after an
    // attack on Khan Younis).
    // Who did what the trigger noun is the object of is not who took part in the event itself
    // ("Moscow has dismissed the warrant" did not issue it).
    const parties = (x: EventFact) =>
      x.participants.filter((p) => (p.role === 'agent' || p.role === 'target') && !fromVerb.has(p.entityId));
    const antecedent = anaphoric
      ? [...out]
          .reverse()
          .find(
            (o) => o.type === e.type && parties(e).every((p) => o.participants.some((q) => q.entityId === p.entityId)),
          )
      : undefined;
    // Two acts by different hands in one sentence are two ("Hamas frees 20 hostages as Israel
    // releases nearly 2,000 prisoners").
    const agentsOf = (x: EventFact) => x.participants.filter((p) => p.role === 'agent').map((p) => p.entityId);
    const otherAgents = (o: EventFact) =>
      agentsOf(o).length > 0 && agentsOf(e).length > 0 && !agentsOf(o).some((id) => agentsOf(e).includes(id));
    // Two dates are two occurrences ("the 2012 election was close; the 2016 election was not").
    const dated = (o: EventFact) => !o.date || !e.date || o.date === e.date;
    // A person dies once: the headline's "dies", the story's "died" and "his death" are one.
    // (The one who died, not a place: "his wife died in Plains" is another death.)
    const dead = (x: EventFact) => x.participants.filter((p) => p.role === 'participant').map((p) => p.entityId);
    const died = (o: EventFact) =>
      e.type === 'Death' && o.type === 'Death' && dead(e).some((id) => dead(o).includes(id));
    // "Bangladesh PM Hasina resigns …" over "Sheikh Hasina resigned as prime minister on Monday
    // …": the headline's event is the lead's where they are of one type and share who acted or
    // was acted on, in the same part ("US strikes Houthis after Red Sea attacks" over "… air
    // strikes": the headline's attacks, by no one named, stay apart).
    // So is one the headline and the lead each tell only once ("COP29 agrees $300 billion climate
    // deal" over "Countries at the COP29 climate summit … agreed", "Ethiopia and Tigray forces
    // agree …" over "Ethiopia's government and forces from … Tigray agreed"), where no one is
    // in opposite parts.
    const retold = (o: EventFact) => {
      if (!headline || o.sentence !== 0 || e.sentence !== lead || o.type !== e.type) return false;
      const [a, b] = [roles(o), roles(e)];
      if ([...a].some(([id, role]) => b.has(id) && b.get(id) !== role)) return false;
      // (Not an acquittal and a conviction: "Dutch court convicts three …, acquits one".)
      if (e.type === 'Ruling' && ACQUITTAL.test(o.label) !== ACQUITTAL.test(e.label)) return false;
      // (Nor two countries each acting: "Russia strikes Kyiv" over "Ukraine struck a refinery".)
      const countries = (m: Map<string, string>) =>
        [...m].filter(([id, role]) => role === 'agent' && id.startsWith('country:')).map(([id]) => id);
      const [ca, cb] = [countries(a), countries(b)];
      if (ca.length && cb.length && !ca.some((id) => cb.includes(id))) return false;
      // (The lead right under the headline, sentence 1: not a later sentence that is only the
      // first with an event, "… walked out of the Knesset in protest" under "… as protests
      // swell"; and not an event the headline names after a preposition of time, "… after
      // amnesty deal", which is another.)
      return (
        [...a].some(([id, role]) => b.get(id) === role) ||
        (lead === firstBody && !timedIds.has(o.id) && told(0, e.type) === 1 && told(lead, e.type) === 1)
      );
    };
    // (Only these take the later mention's words: a later "the deal" or "the ruling" that refers
    // back is not where the event is told.)
    const retelling = antecedent ? undefined : (out.find(died) ?? out.find(retold));
    const same =
      antecedent ??
      retelling ??
      out.find(
        (o) =>
          dated(o) &&
          ((e.type === 'Negotiation' && o.type === 'Negotiation') ||
            (o.type === e.type &&
              o.sentence === e.sentence &&
              !otherAgents(o) &&
              (Math.abs(o.trigger.start - e.trigger.start) < 40 || restates)) ||
            (e.type === 'Killing' && o.type === 'Attack' && o.sentence === e.sentence && !ownCause) ||
            // ("crashed on landing …, killing 179 people": one disaster, the crash.)
            (crashAt !== undefined && o.type === 'Disaster' && o.trigger.start === crashAt)),
      );
    if (!same) {
      out.push(e);
      continue;
    }
    // (Every mention merged in, a refer-back or a killing counted in an attack among them: what
    // a statement tells of any of them is about this event.)
    same.told = [...(same.told ?? [same.trigger]), e.trigger];
    for (const p of e.participants) {
      // Where a later sentence mentions the event is not where it happened, and who acts on it
      // there did not take part in it.
      // ("challenge the verdict in the Islamabad High Court": nor the court it goes to next.)
      if (antecedent && (p.role === 'place' || p.role === 'court' || fromVerb.has(p.entityId))) continue;
      // (One role each: "Rodrigo Duterte is being held … after his arrest" is not his own jailer.)
      if (!same.participants.some((q) => q.entityId === p.entityId)) same.participants.push(p);
    }
    for (const q of e.quantities) {
      if (!same.quantities.some((x) => x.value === q.value)) same.quantities.push(q);
    }
    same.charges = [...new Set([...same.charges, ...e.charges])];
    // A headline's event told again in the story is the story's: its words, its sentence, and
    // its date (the headline's present tense dates it to the article's day; the story tells the
    // day).
    // (And its counts: "at least 12 people" over the headline's "12".)
    if (retelling && headline && same.sentence === 0 && e.sentence > 0) {
      const counts = [
        ...e.quantities,
        ...same.quantities.filter((q) => !e.quantities.some((x) => x.value === q.value)),
      ];
      Object.assign(same, { id: e.id, trigger: e.trigger, label: e.label, sentence: e.sentence, quantities: counts });
      if (e.date) Object.assign(same, { date: e.date, datePrecision: e.datePrecision });
    }
    if (!same.date && e.date) {
      same.date = e.date;
      same.datePrecision = e.datePrecision;
    }
  }
  return out;
}

/** Whether the noun at i is what something is over: "protests over the arrest of …", "anger about the ruling". */
const overIt = (s: SentenceView, i: number) => s.kids(i, 'case').some((c) => /^(over|against|about)$/i.test(s.word(c)));

/** Whether the noun at i names another event than its clause's: after a preposition of time, or what the clause is over. */
const anotherTime = (s: SentenceView, i: number) => afterTime(s, i) || overIt(s, i);

/** Whether the noun at i follows a preposition of time ("after his ouster", "since the coup"). */
const afterTime = (s: SentenceView, i: number) =>
  s.kids(i, 'case').some((c) => /^(after|before|since|following|until|ahead|prior)$/i.test(s.word(c)));

/** A ruling that clears someone. */
const ACQUITTAL = /\b(acquit|clear)/i;

/** Verbs a central bank moves or keeps its rate with. */
const RATE_VERBS = /^(cut|raise|hike|lower|lift|increase|reduce|slash|trim|hold|keep|leave)$/;

/** Whether the verb at v has an interest rate as its object ("interest rates", "its policy rate", "rates"). */
const rateObject = (s: SentenceView, v: number) =>
  s
    .kids(v, 'obj')
    .some(
      (o) =>
        s.lemma(o) === 'rate' &&
        !s
          .kids(o, 'compound', 'amod')
          .some((k) =>
            /^(tax|exchange|unemployment|inflation|growth|mortgage|tariff|birth|crime|approval|success)$/i.test(
              s.word(k),
            ),
          ),
    );

/**
 * Whether a body's name is a central bank's: "the Federal Reserve", "the European Central Bank",
 * "the Bank of Japan" (of a country: not "Bank of America", a lender).
 */
export function isCentralBank(name: string): boolean {
  const of = /^(?:the )?Bank of ([\p{L} ]+)$/iu.exec(name);
  // (England is no country of the list, the United Kingdom is; "America" names a lender.)
  if (of) return /^england$/i.test(of[1]) || (!/^america$/i.test(of[1]) && canonicalCountry(of[1]) !== undefined);
  return /\b(Federal Reserve|Fed|Central Bank|Reserve Bank|Bundesbank|Banque de France|Riksbank|Norges Bank|ECB|BoE|BoJ|RBI|PBOC|SNB)\b/.test(
    name,
  );
}

/**
 * The central bank that moves or keeps a rate at verb v: its subject, or the subject of the
 * clause it is hung beside ("ended eight years of negative rates, raising its policy rate"),
 * where that is a body named like a central bank.
 */
function rateSetter(
  s: SentenceView,
  v: number,
  mentions: Mention[],
  byId: Map<string, LocalEntity>,
): string | undefined {
  const host = /^(dep|advcl|conj|xcomp)$/.test(s.rel[v] ?? '') ? s.head[v] : undefined;
  const subjects = [s.kid(v, 'nsubj'), subjectOf(s, v), host === undefined ? undefined : s.kid(host, 'nsubj')];
  for (const k of subjects) {
    if (k === undefined) continue;
    const id = entityOfToken(s, k, mentions);
    const e = id === undefined ? undefined : byId.get(id);
    if (e && e.type === 'Organisation' && isCentralBank(e.name)) return e.id;
  }
  return undefined;
}

/**
 * The one a "fire", "sack", "oust" or "dismiss" at v removes from a post: a person, a pronoun
 * or a post ("fired him", "ousted the chief executive", "Khan was ousted"), or undefined.
 */
function removedPerson(s: SentenceView, v: number): number | undefined {
  const people = (k: number) =>
    s.tok(k).ner === 'PERSON' ||
    /^(him|her|them)$/i.test(s.word(k)) ||
    (s.tok(k).pos === 'PRP' && s.rel[k] === 'nsubj:pass') ||
    // ("Prabowo, who was dismissed from the military")
    (s.tok(k).pos === 'WP' && s.rel[v] === 'acl:relcl' && s.tok(s.head[v]).ner === 'PERSON') ||
    ROLE_NOUNS.has(s.lemma(k).toLowerCase()) ||
    s.tok(k).ner === 'TITLE';
  return [...s.kids(v, 'obj', 'nsubj:pass')].find(people);
}

/** What crashes or sinks in a disaster: aircraft, trains, buses, boats. */
const CRAFT =
  /^(plane|aircraft|airplane|airliner|jet|jetliner|dreamliner|airbus|seaplane|helicopter|flight|train|bus|minibus|ferry|boat|ship|vessel|dinghy|trawler|tanker|yacht|submarine|submersible)$/i;

/** What a craft does in a disaster: "crashed", "sank", "capsized". */
const CRASH_VERBS = new Set(['crash', 'sink', 'capsize']);

/** Whether the noun at n is a craft's crash: "a plane crash", "a military helicopter crash". */
const craftCrash = (s: SentenceView, n: number) =>
  s.lemma(n) === 'crash' && s.kids(n, 'compound', 'amod').some((k) => CRAFT.test(s.lemma(k)));

/**
 * Whether the verb "crash", "sink" or "capsize" at v is a craft in a disaster: its subject is one, or (where the parser
 * lost the subject to a dateline or a place, or it is a pronoun) one is named before it in the
 * sentence; not "markets crashed", "the website crashed", "Bitcoin crashed".
 */
function craftCrashed(s: SentenceView, v: number): boolean {
  // ("said they sank it", "sank the ship": a ship sunk by someone is attacked.)
  const sunk = s.kid(v, 'obj');
  if (s.lemma(v) !== 'crash' && sunk !== undefined && (s.tok(sunk).pos === 'PRP' || CRAFT.test(s.lemma(sunk))))
    return false;
  // ("a private jet that crashed": the noun the relative clause hangs on.)
  const subj = s.rel[v] === 'acl:relcl' ? s.head[v] : (s.kid(v, 'nsubj') ?? subjectOf(s, v));
  // (Nor a place the parser made the subject: "trying to reach Europe capsized and sank".)
  const place = subj !== undefined && /^(LOCATION|COUNTRY|CITY|STATE_OR_PROVINCE)$/.test(s.tok(subj).ner);
  if (subj !== undefined && s.tok(subj).pos !== 'PRP' && subj > s.datelineEnd() && !place)
    return CRAFT.test(s.lemma(subj));
  return s.tokens.slice(0, v - 1).some((t) => /^NNS?$/.test(t.pos) && CRAFT.test(t.lemma));
}

/** Legal events: a court in them is the court, even where it stands as the object. */
const LEGAL = new Set<EventType>(['LegalCase', 'Ruling', 'ArrestWarrant']);

/** What is undergone or judged, not done, by whoever "who" stands for ("who died in the attack"). */
const UNDERGOING = /^(die|survive|lose|suffer|witness|handle|oversee|preside|hear|cover|report|miss|escape|flee)$/;

/** What is "killed" that is no one: "killed the bill", "could kill a transformative industry". */
const KILLED_THINGS =
  /^(bill|deal|plan|proposal|measure|job|industry|project|idea|momentum|legislation|agreement|talk|effort|story|business|company|market|economy|campaign|chance|hope|program|programme|system|reform|journalism|mood|buzz|conversation|joke|vibe|merger|amendment|rule|nomination|innovation|competition|growth|demand|hopes|prospect|chance|career|initiative|motion|resolution|treaty|tax|tariff|policy|law)s?$/i;

/** Events named by a noun whose "of X" is what they befall: "the takeover of Activision", "the arrest of …". */
const OF_TARGET = new Set<EventType>(['Acquisition', 'Detention', 'Release', 'Killing', 'LegalCase', 'Dismissal']);

/** Events a court named anywhere in their clause takes part in, as the court. */
const COURT_EVENTS = new Set<EventType>([...LEGAL, 'Detention', 'Release', 'Sanction', 'Accusation', 'Rejection']);

/** Verbs whose subject brings a case ("filed a case", "brought a lawsuit"), not faces it. */
const BRING_CASE = new Set(['file', 'bring', 'lodge', 'launch', 'submit', 'initiate', 'institute', 'open']);

/** What "meet" meets when it is no meeting ("meet education requirements"). */
const MET_NOT_MEETING = new Set([
  'requirement',
  'need',
  'goal',
  'standard',
  'target',
  'deadline',
  'demand',
  'criterion',
  'expectation',
  'threshold',
  'obligation',
  'condition',
  'quota',
  'challenge',
  'end',
  'cost',
  'definition',
  'test',
  'commitment',
  'pledge',
  'promise',
  'payroll',
]);

/** Adjectives that make an attack one of words ("personal attacks"). */
const VERBAL = new Set(['personal', 'verbal', 'political', 'rhetorical', 'partisan', 'vicious', 'scathing']);

/**
 * Trigger words used in another sense: "meet the requirements", "make its case", "worst-case",
 * "a good deal of work", "analysts agree that …", "agreed with her", "talk had been mounting",
 * "the judgment to be president", "personal attacks".
 */
function notAnEvent(s: SentenceView, i: number, lemma: string, mentions: Mention[]): boolean {
  const word = s.word(i).toLowerCase();
  const isVerb = s.tok(i).pos.startsWith('VB');
  // ("the kindest person you could ever meet": anyone's meeting, no one's.)
  if (lemma === 'meet' && isVerb)
    return (
      s.kids(i, 'obj').some((o) => MET_NOT_MEETING.has(s.lemma(o).toLowerCase())) ||
      (s.kids(i, 'nsubj').some((k) => /^you$/i.test(s.word(k))) &&
        s.kids(i, 'advmod').some((k) => /^ever$/i.test(s.word(k))))
    );
  // "This is not a negotiation. This is a ransom note", "For me it's never a penalty": a trigger
  // noun denied of "this" or "it" is what something is not (not "not only an attack against
  // WCK"; "It was the seventh coup" is one).
  if (
    !isVerb &&
    s.kid(i, 'cop') !== undefined &&
    s.kids(i, 'nsubj').some((k) => /^(this|that|it|these|those)$/i.test(s.word(k))) &&
    // (A kind of it denied is still one: "It was not a random attack", "not the first strike".)
    !s.kids(i, 'amod', 'nmod', 'compound').length &&
    s
      .kids(i, 'advmod')
      .some((k) => /^(not|n't|never)$/i.test(s.word(k)) && !/^(only|just|merely)$/i.test(s.word(k + 1)))
  )
    return true;
  // "We still need randomised trials": a trial of a treatment, in no court.
  if (
    lemma === 'trial' &&
    !isVerb &&
    s
      .kids(i, 'amod', 'compound')
      .some((k) => /^(randomi[sz]ed|clinical|controlled|human|vaccine|phase|medical|field|pilot)$/i.test(s.word(k))) &&
    // (Not "the drug trial of Joaquin Guzman".)
    !s.kids(i, 'nmod').some((n) => s.tok(n).ner === 'PERSON')
  )
    return true;
  // "struck again from the penalty spot", "a penalty kick": football.
  if (
    (lemma === 'penalty' && /^(spot|box|area|kick|kicks|shootout|shoot-out)$/i.test(s.word(i + 1))) ||
    (lemma === 'strike' &&
      isVerb &&
      s
        .kids(i, 'obl')
        .some((k) => /^spot$/i.test(s.lemma(k)) && s.kids(k, 'compound').some((c) => /^penalty$/i.test(s.word(c)))))
  )
    return true;
  // "the village primary in Ballymore", "pupils at the local primary": a school.
  if (
    lemma === 'primary' &&
    !isVerb &&
    (s
      .kids(i, 'amod', 'compound')
      .some((k) => /^(local|village|junior|infant|nearby|catholic|state)$/i.test(s.word(k))) ||
      s.tokens.some((t) => /^(school|pupil|teacher|parent|child|classroom)s?$/i.test(t.lemma)))
  )
    return true;
  // "call balls and strikes": an umpire's call.
  if (lemma === 'strike' && !isVerb && /^and$/i.test(s.word(i - 1)) && /^balls$/i.test(s.word(i - 2) ?? ''))
    return true;
  // "coach Hendry trusted the plan": a team's plan followed, no one's proposal.
  if (
    lemma === 'plan' &&
    !isVerb &&
    s.rel[i] === 'obj' &&
    /^(trust|believe)$/i.test(s.lemma(s.head[i] ?? 0)) &&
    !s.kids(i, 'acl', 'acl:relcl', 'nmod').length
  )
    return true;
  // A noun modifying another ("trial lawyers", "election officials", "attack helicopters")
  // names no occurrence; "a protest march", "Election Day" still do.
  if (!isVerb && s.rel[i] === 'compound' && s.tok(s.head[i])?.pos.startsWith('NN')) {
    const head = s.lemma(s.head[i]).toLowerCase();
    if (!NOUN_TRIGGERS[head] && !/^(march|day|night|campaign)$/.test(head)) return true;
  }
  // "the ANC strikes a coalition deal", "struck a balance", "a deal was struck": no attack (a
  // court striking down a pact is a ruling).
  if (
    lemma === 'strike' &&
    isVerb &&
    particle(s, i, /^down$/i) === undefined &&
    s
      .kids(i, 'obj', 'nsubj:pass')
      .some((o) => /^(deal|agreement|accord|bargain|balance|tone|chord|note|pose|compromise|pact)$/i.test(s.lemma(o)))
  )
    return true;
  // "a bird strike": a collision, no attack.
  if (lemma === 'strike' && !isVerb && s.kids(i, 'compound', 'amod').some((k) => /^birds?$/i.test(s.word(k))))
    return true;
  // "The ruling does not yet set a penalty": what a verb that did not happen would have made
  // ("will not attend peace talks" leaves the talks).
  if (
    !isVerb &&
    s.rel[i] === 'obj' &&
    /^(set|impose|issue|reach|sign|hold|order|file|bring|launch|make|announce|conclude|strike)$/.test(
      s.lemma(s.head[i] ?? 0),
    ) &&
    s.kids(s.head[i], 'advmod').some((k) => /^(not|n't|never)$/i.test(s.word(k))) &&
    // ("did not impose sanctions until 2014": it did, later.)
    !s.children[s.head[i]].some((k) => s.kids(k, 'case', 'mark').some((c) => /^(until|till)$/i.test(s.word(c))))
  )
    return true;
  // "a message he had prepared in case of his death": the idiom, not a legal case ("in the
  // case against him" still is one).
  // (Not "Jury selection begins in case of ex-officer charged …", a headline's case against
  // someone.)
  if (
    lemma === 'case' &&
    !isVerb &&
    !s.kids(i, 'det', 'amod', 'compound', 'nmod:poss').length &&
    s.kids(i, 'case').some((c) => /^in$/i.test(s.word(c))) &&
    s
      .kids(i, 'nmod')
      .every(
        (n) =>
          /^(death|emergency|need|war|fire|attack|doubt|failure|default|conflict|disaster|arrest|defeat)$/i.test(
            s.lemma(n),
          ) || s.kids(n, 'nmod:poss').some((k) => s.tok(k).pos === 'PRP$'),
      )
  )
    return true;
  // ("Fertilizer runoff from farms": a runoff is an election only among votes and candidates.)
  if (
    lemma === 'runoff' &&
    !s.tokens.some((t) =>
      /^(presidential|election|elections|vote|votes|voters|ballot|candidate|won|win|wins|electoral|round)$/i.test(
        t.word,
      ),
    )
  )
    return true;
  // "faces 18 charges", "dropped the charges": charges someone faces; not "in charge of", a
  // fee or an electric charge, nor the charges a detention or trial is "on".
  if (lemma === 'charge' && !isVerb) {
    const v = s.verbAbove(i);
    // ("Thune dismissed the charge": one charge, against no one and of nothing, is an
    // accusation waved off.)
    // (Not a judge's dismissal: "A federal judge … dismissed the charge".)
    const waved =
      v !== undefined &&
      !s.tokens.some(
        (t) => /^(judge|court|jury|prosecutor|magistrate|justice)s?$/i.test(t.lemma) || t.word === 'Judge',
      ) &&
      /^(dismiss|deny|reject)$/.test(s.lemma(v)) &&
      s.tok(i).pos === 'NN' &&
      !s.kids(i, 'nmod', 'acl').length;
    return (
      waved || !(v !== undefined && s.head[i] === v && /^(face|file|bring|drop|level|press|dismiss)$/.test(s.lemma(v)))
    );
  }
  // "Putin has no plans to attend", "no deal was reached": what is denied did not happen.
  if (!isVerb && s.kids(i, 'det').some((d) => /^no$/i.test(s.word(d)))) return true;
  // "cheaper offers outside its App Store": offers in the plural with no one making them and
  // nothing offered are a shop's, not a proposal.
  if (
    lemma === 'offer' &&
    !isVerb &&
    s.tok(i).pos === 'NNS' &&
    !s.kids(i, 'nmod:poss', 'acl').length &&
    !s.kids(i, 'nmod').some((n) => s.kids(n, 'case').some((c) => /^(of|from|by|to)$/i.test(s.word(c))))
  )
    return true;
  // "voted to abolish the death penalty": the punishment a law provides, no sanction on anyone.
  if (lemma === 'penalty' && !isVerb && s.kids(i, 'compound').some((k) => /^death$/i.test(s.word(k)))) return true;
  if (lemma === 'case' && !isVerb) {
    if (s.word(i - 1) === '-' || /-case$/.test(word)) return true;
    // "a textbook case of corruption": an example, no case in court.
    if (s.kids(i, 'amod', 'compound').some((k) => /^(textbook|classic|prime|perfect|typical)$/i.test(s.word(k))))
      return true;
    // "cut through display cases": a box, not a case in court.
    if (
      s
        .kids(i, 'compound')
        .some((k) =>
          /^(display|glass|phone|pencil|pillow|suit|book|trophy|carrying|storage|show|jewel|gun)$/i.test(s.word(k)),
        )
    )
      return true;
    // "the outbreak had grown to 124 cases": cases counted in a sentence that speaks of no court.
    if (
      s.kids(i, 'nummod').length &&
      !s.tokens.some((x) =>
        /^(court|judge|lawsuit|charge|prosecutor|trial|jury|legal|attorney|lawyer)s?$/i.test(x.lemma),
      )
    )
      return true;
    // "the first case of the new variant", "confirmed cases": a case of a disease.
    if (
      s.kids(i, 'amod').some((k) => /^(confirmed|suspected|new|first|fatal|reported|positive)$/i.test(s.word(k))) &&
      !s.kids(i, 'compound').some((k) => s.tok(k).ner === 'CRIMINAL_CHARGE')
    )
      return true;
    // ("a severe case of H5N1 bird flu", "the first bird flu case".)
    if (
      s
        .kids(i, 'nmod', 'compound')
        .some((k) =>
          /^(variant|virus|disease|infection|strain|flu|influenza|cholera|measles|covid|mpox|ebola|polio|dengue|malaria)$/i.test(
            s.lemma(k),
          ),
        )
    )
      return true;
    // "in her case", "in the worst cases", "in any case".
    const about = s.kids(i, 'nmod').filter((k) => s.rel[k] !== 'nmod:poss');
    if (s.kids(i, 'case').some((c) => s.word(c).toLowerCase() === 'in') && !about.length) return true;
    return (
      s.rel[i] === 'obj' && /^(make|argue|build|press|plead|state|rest|prove|strengthen)$/.test(s.lemma(s.head[i]))
    );
  }
  if (lemma === 'deal' && !isVerb)
    return s.kids(i, 'amod').some((a) => /^(good|great)$/i.test(s.word(a))) && s.kid(i, 'det') !== undefined;
  // ("agreed on Wednesday to expand defence cooperation", the parser making the infinitive a
  // clause of its own: still what was agreed.)
  if (lemma === 'agree' && isVerb)
    return (
      !s.kid(i, 'xcomp', 'obj') &&
      !s.kids(i, 'advcl').some((c) => c > i && s.kids(c, 'mark').some((m) => /^to$/i.test(s.word(m)))) &&
      !s.kids(i, 'obl').some((o) => s.kids(o, 'case').some((c) => /^(on|to)$/i.test(s.word(c))))
    );
  if (lemma === 'talk' && !isVerb) return word === 'talk';
  if (lemma === 'judgment' || lemma === 'judgement')
    return (
      !s.tokens.some((t) => /^(court|judge|tribunal|jury)$/i.test(t.lemma)) &&
      !mentions.some((m) => m.sentence === s.index && m.type === 'Court')
    );
  if (lemma === 'attack' && !isVerb) return s.kids(i, 'amod').some((a) => VERBAL.has(s.word(a).toLowerCase()));
  return false;
}

/** Words of violence: a sentence with one reports a physical attack ("attacked …, killing 17"). */
const VIOLENCE =
  /^(kill|shoot|shot|stab|wound|injure|bomb|bombing|gun|gunman|gunfire|knife|weapon|hospital|terrorist|terrorism|militant|missile|rocket|explosive|airstrike|soldier|troops|fighter|jet)$/i;

/** Settings of an attack of words ("in early-morning tweets", "during the debate"). */
const WORDS = /^(tweet|debate|speech|interview|ad|advertisement|statement|remark|comment|rally|op-ed|post|video)$/i;

/**
 * Whether an attack is one of words, not force: "attack" or "assault" (not a bombing, raid,
 * strike or invasion) in a sentence with no word of violence, whose target or agent is a
 * person ("Trump attacked Machado", "Trump has attacked loopholes"), or that is said in a
 * tweet, a debate or a speech, or for something or as something ("attacked Clinton for her
 * support of …", "attacked her opponent as a fraud").
 */
function verbalAttack(
  s: SentenceView,
  i: number,
  lemma: string,
  participants: Participant[],
  byId: Map<string, LocalEntity>,
): boolean {
  if (lemma !== 'attack' && lemma !== 'assault') return false;
  if (s.tokens.some((t) => VIOLENCE.test(t.lemma) || VIOLENCE.test(t.word))) return false;
  const type = (role: Participant['role']) =>
    participants.filter((p) => p.role === role).map((p) => byId.get(p.entityId)?.type);
  if (type('target').includes('Person')) return true;
  // ("spend attacking each other", "rivals trade attacks": candidates at each other.)
  // (Not with weapons: "Rival gangs were attacking each other with machetes".)
  const armed = s.kids(i, 'obl').some((k) => s.kids(k, 'case').some((c) => /^with$/i.test(s.word(c))));
  if (!armed && s.kids(i, 'obj').some((o) => /^other$/i.test(s.word(o)) && /^(each|one)$/i.test(s.word(o - 1))))
    return true;
  // (Candidates, not armies: "Israel and Hezbollah exchanged attacks across the border".)
  const trader =
    s.rel[i] === 'obj' && /^(trade|exchange)$/i.test(s.lemma(s.head[i] ?? 0)) ? s.kid(s.head[i], 'nsubj') : undefined;
  if (trader !== undefined && /^(rival|candidate|opponent|contender|challenger|nominee)s?$/i.test(s.word(trader)))
    return true;
  const others = participants.filter((p) => p.role !== 'agent');
  if (type('agent').includes('Person') && !others.length) return true;
  if (s.subtree(i).some((k) => WORDS.test(s.lemma(k)))) return true;
  return s.kids(i, 'obl', 'advcl').some((k) => s.kids(k, 'case', 'mark').some((c) => /^(for|as)$/i.test(s.word(c))));
}

/**
 * "10,100 Palestinians are held", "she was held for two days": people held, not "assets held in
 * partnerships" nor a person "held accountable".
 */
function heldPeople(s: SentenceView, i: number): boolean {
  const subj = s.kid(i, 'nsubj:pass');
  if (subj === undefined) return false;
  if (s.kids(i, 'xcomp').some((x) => !/^(captive|hostage|prisoner|incommunicado)$/i.test(s.word(x)))) return false;
  const t = s.tok(subj);
  return (
    PEOPLE_NOUNS.has(s.lemma(subj).toLowerCase()) ||
    t.ner === 'PERSON' ||
    /^(he|she|they|who|we|i|you)$/i.test(t.word) ||
    s.kids(subj, 'nummod').length > 0
  );
}

const PEOPLE_NOUNS = new Set([
  'captive',
  'hostage',
  'prisoner',
  'detainee',
  'people',
  'civilian',
  'soldier',
  'journalist',
  'activist',
  'child',
  'woman',
  'man',
  'citizen',
  'national',
  'palestinian',
  'israeli',
  'american',
  // ("killed seven aid workers", "released two tourists")
  'worker',
  'resident',
  'student',
  'protester',
  'demonstrator',
  'migrant',
  'refugee',
  'fighter',
  'militant',
  'officer',
  'policeman',
  'doctor',
  'nurse',
  'patient',
  'passenger',
  'tourist',
  'villager',
  'farmer',
  'teenager',
  'girl',
  'boy',
]);

export const eventsStage: Stage = {
  name: 'events',
  requires: ['sentences', 'mentions', 'entities', 'roles'],
  adds: ['events'],
  run: (doc) => ({ ...doc, events: findEvents(doc, doc.id) }),
};
