// Wire stories of kinds the development data lacks (a disaster, an EU fine, an election, a US
// sentencing, protests, an Anadolu-style report), written for the extractor, recorded from the
// real CoreNLP server (`npm run record:fixtures`) and read by hand: each error found is here.
import { describe, expect, it } from 'vitest';
import { readFixture, roleRows, spanText, statementRows } from './recorded.ts';

const read = readFixture;
const text = spanText;
const roles = roleRows;

describe('earthquake.txt', () => {
  it('finds the country the tagger tagged as a nationality ("central Myanmar")', async () => {
    const a = await read('earthquake');
    const myanmar = a.entities.find((e) => e.id === 'country:myanmar');
    expect(myanmar?.type).toBe('Country');
    expect(myanmar?.mentions.map((m) => text(a, m))).toEqual(['Myanmar', 'Myanmar', 'Myanmar', 'Myanmar']);
  });

  it('keeps a given name the tagger read as "min" (minutes) in the name', async () => {
    const a = await read('earthquake');
    expect(a.entities.map((e) => e.name)).toContain('Min Aung Hlaing');
    expect(a.entities.map((e) => e.name)).not.toContain('Aung Hlaing');
  });

  it('makes the earthquake a Disaster where and when it struck, not an Attack', async () => {
    const a = await read('earthquake');
    expect(a.events.filter((e) => e.type === 'Attack')).toEqual([]);
    const quake = a.events.find((e) => e.type === 'Disaster');
    expect(quake?.label).toBe('earthquake');
    expect(quake?.date).toBe('2025-03-28'); // "on Friday" before Saturday 2025-03-29
    expect(quake?.participants).toContainEqual({ entityId: 'country:myanmar', role: 'place' });
  });

  it('reads roles set beside a name, of the body a possessive names', async () => {
    const a = await read('earthquake');
    expect(roles(a)).toContainEqual([
      'person:alexander-matheou',
      'regional director',
      'organisation:international-federation-of-red-cross-and-red-crescent-societies',
    ]);
    expect(roles(a)).toContainEqual(['person:min-aung-hlaing', 'head of the junta', null]);
    expect(roles(a)).toContainEqual(['person:min-aung-hlaing', 'Senior General', null]);
  });
});

describe('eu-fine.txt', () => {
  it('makes a company the tagger took for a person a company ("Meta\'s chief … officer")', async () => {
    const a = await read('eu-fine');
    expect(a.entities.find((e) => e.name === 'Meta')?.type).toBe('Organisation');
    expect(a.entities.some((e) => e.id === 'person:meta')).toBe(false);
  });

  it('resolves "the Commission" to the European Commission named before', async () => {
    const a = await read('eu-fine');
    expect(a.entities.some((e) => e.id === 'organisation:commission')).toBe(false);
    const commission = a.entities.find((e) => e.id === 'organisation:european-commission');
    expect(commission?.aliases).toContain('Commission');
    const said = a.statements.find((s) => text(a, s.speaker) === 'The Commission');
    expect(said?.speaker?.entityId).toBe('organisation:european-commission');
  });

  it('makes a fine a Sanction of the fined companies by the Commission', async () => {
    const a = await read('eu-fine');
    const fined = a.events.find((e) => e.label === 'fined');
    expect(fined?.type).toBe('Sanction');
    // (The headline's "EU fines Apple and Meta" is the same fine: the EU acts, through its
    // Commission.)
    expect(fined?.participants).toEqual([
      { entityId: 'organisation:european-union', role: 'agent' },
      { entityId: 'organisation:european-commission', role: 'agent' },
      { entityId: 'organisation:apple', role: 'target' },
      { entityId: 'organisation:meta', role: 'target' },
    ]);
    expect(a.events.filter((e) => e.type === 'Sanction' && e.sentence <= 1)).toHaveLength(1);
  });

  it('reads posts the tagger does not tag, before a name and beside it', async () => {
    const a = await read('eu-fine');
    expect(roles(a)).toContainEqual(['person:teresa-ribera', 'competition chief', 'organisation:european-union']);
    expect(roles(a)).toContainEqual(['person:joel-kaplan', 'chief global affairs officer', 'organisation:meta']);
  });
});

describe('election-result.txt', () => {
  it('reads "the Law and Justice party" as one party, also without "party"', async () => {
    const a = await read('election-result');
    const party = a.entities.find((e) => e.name === 'Law and Justice');
    expect(party?.type).toBe('Organisation');
    expect(party?.mentions.map((m) => text(a, m))).toEqual(['Law and Justice', 'Law and Justice']);
    expect(a.entities.some((e) => e.name === 'Law' || e.name === 'Justice')).toBe(false);
  });

  it('reports the clause before the cue, not the participle after it', async () => {
    const a = await read('election-result');
    const st = a.statements.find((s) => text(a, s.speaker) === 'the state electoral commission');
    expect(text(a, st?.content)).toBe(
      "Conservative historian Karol Nawrocki narrowly won Poland's presidential election",
    );
  });
});

describe('us-sentencing.txt', () => {
  it('does not lend a man\'s coreference chain to the "She" of his lawyer', async () => {
    const a = await read('us-sentencing');
    const she = a.statements.find((s) => text(a, s.speaker) === 'She');
    expect(she?.speaker?.entityId).toBe('person:susan-marks');
  });

  it('keeps "District" in a judge\'s title', async () => {
    const a = await read('us-sentencing');
    expect(roles(a)).toContainEqual(['person:lewis-kaplan', 'District Judge', 'country:united-states']);
  });
});

describe('protest-arrests.txt', () => {
  it('reads "15 million people" as 15,000,000 people, not 1.57 millions', async () => {
    const a = await read('protest-arrests');
    const counts = a.events.flatMap((e) => e.quantities);
    expect(counts).toContainEqual({ value: 15_000_000, unit: 'person' });
    expect(counts.some((q) => q.unit === 'million' || (q.value > 1 && q.value < 2))).toBe(false);
  });

  it('dates "on Sunday night" in a Monday story to the Sunday before, not after', async () => {
    const a = await read('protest-arrests');
    const demonstrations = a.events.find((e) => e.label === 'demonstrations');
    expect(demonstrations?.date).toBe('2025-03-23');
  });
});

describe('anadolu-westbank.txt', () => {
  it('names a place known from a dateline in capitals as it is spoken', async () => {
    const a = await read('anadolu-westbank');
    const istanbul = a.entities.find((e) => e.id === 'place:istanbul');
    expect(istanbul?.name).toBe('Istanbul');
    expect(istanbul?.aliases).toContain('ISTANBUL');
  });

  it('gives the speaker the name set off before the cue ("…, UNRWA, said")', async () => {
    const a = await read('anadolu-westbank');
    const st = a.statements.find((s) => text(a, s.content)?.startsWith('the displacement was the largest'));
    expect(st?.speaker?.entityId).toBe('organisation:unrwa');
  });

  it('does not make "the occupation" the speaker of a cue joined to what the court declared', async () => {
    const a = await read('anadolu-westbank');
    const speakers = a.statements.map((s) => text(a, s.speaker));
    expect(speakers.some((x) => x?.includes('occupation'))).toBe(false);
    const declared = a.statements.find((s) => text(a, s.cue) === 'declared');
    expect(declared?.speaker?.entityId).toBe('court:international-court-of-justice');
  });
});

describe('more of eu-fine.txt and us-sentencing.txt', () => {
  it('makes no proposal of a shop\'s "cheaper offers"', async () => {
    const a = await read('eu-fine');
    expect(a.events.filter((e) => e.type === 'Proposal')).toEqual([]);
  });

  it("makes the place in an unnamed official's title where, not the one sentenced", async () => {
    const a = await read('us-sentencing');
    const sentenced = a.events.find((e) => e.label === 'sentenced' && e.date === '2025-05-15');
    expect(sentenced?.participants).toEqual([{ entityId: 'place:new-york', role: 'place' }]);
  });
});

describe('kremlin-talks.txt', () => {
  it('makes "the Kremlin" that speaks one organisation, never a place', async () => {
    const a = await read('kremlin-talks');
    expect(a.entities.filter((e) => e.name === 'Kremlin').map((e) => e.type)).toEqual(['Organisation']);
    const said = a.statements.find((s) => text(a, s.speaker) === 'the Kremlin');
    expect(said?.speaker?.entityId).toBe('organisation:kremlin');
  });

  it('makes no event of "no plans", and counts "One person was killed" in "the city of Kherson"', async () => {
    const a = await read('kremlin-talks');
    expect(a.events.some((e) => e.label === 'plans')).toBe(false);
    const killed = a.events.find((e) => e.type === 'Killing');
    expect(killed?.quantities).toEqual([{ value: 1, unit: 'person' }]);
    expect(killed?.participants).toContainEqual({ entityId: 'place:kherson', role: 'place' });
  });
});

describe('intel-layoffs.txt', () => {
  it('dates "said on Thursday" in a Friday story to the day before, though the sentence speaks of next year', async () => {
    const a = await read('intel-layoffs');
    const st = a.statements.find((s) => text(a, s.speaker) === 'Intel');
    expect(st?.date).toBe('2024-08-01');
  });

  it('makes the firm an analyst is "at" a company, and the analyst\'s post of it', async () => {
    const a = await read('intel-layoffs');
    expect(a.entities.find((e) => e.name === 'Bernstein')?.type).toBe('Organisation');
    expect(roles(a)).toContainEqual(['person:stacy-rasgon', 'analyst', 'organisation:bernstein']);
  });

  it('does not make the place a company is based in its speaker', async () => {
    const a = await read('intel-layoffs');
    const st = a.statements.find((s) => text(a, s.speaker)?.includes('California-based'));
    expect(st).toBeDefined();
    expect(st?.speaker?.entityId).toBeUndefined();
  });
});

describe('gaza-aid.txt', () => {
  it('resolves "the foundation" and "the health ministry" to the bodies named in full', async () => {
    const a = await read('gaza-aid');
    const by = (speaker: string) => a.statements.find((s) => text(a, s.speaker) === speaker)?.speaker?.entityId;
    expect(by('The foundation')).toBe('organisation:gaza-humanitarian-foundation');
    expect(by('the health ministry')).toBe('organisation:gaza-health-ministry');
  });

  it('gives "Its chief executive, Jake Wood," no body by a pronoun, and the resignation to him alone', async () => {
    const a = await read('gaza-aid');
    expect(roles(a)).toContainEqual(['person:jake-wood', 'chief executive', null]);
    const resigned = a.events.find((e) => e.type === 'Resignation');
    expect(resigned?.participants).toEqual([{ entityId: 'person:jake-wood', role: 'agent' }]);
  });
});

describe('extradition-ruling.txt', () => {
  it('gives a surname two people share to the one introduced first', async () => {
    const a = await read('extradition-ruling');
    expect(a.entities.some((e) => e.id === 'person:assange')).toBe(false);
    expect(a.entities.find((e) => e.id === 'person:julian-assange')?.mentions).toHaveLength(5);
  });

  it('keeps the speaker of a quotation that goes on after "she said"', async () => {
    const a = await read('extradition-ruling');
    const quotes = a.statements.filter((s) => text(a, s.speaker) === 'she');
    expect(quotes.map((s) => s.speaker?.entityId)).toEqual(['person:stella-assange', 'person:stella-assange']);
  });

  it('makes charges someone faces a legal case, dated as of the article and not by what they are over', async () => {
    const a = await read('extradition-ruling');
    const charges = a.events.find((e) => e.label === 'charges');
    expect(charges?.type).toBe('LegalCase');
    expect(charges?.date).toBe('2024-05-20');
    expect(charges?.charges).toEqual(['espionage']);
    expect(charges?.quantities).toEqual([{ value: 18, unit: 'charge' }]); // not Assange's age, 52
  });
});

describe('niger-coup.txt', () => {
  it('reads "the African Union" as one organisation', async () => {
    const a = await read('niger-coup');
    const said = a.statements.find((s) => text(a, s.speaker) === 'The African Union');
    expect(said?.speaker?.entityId).toBe('organisation:african-union');
  });

  it('makes a coup an event, with no agent who only condemned it', async () => {
    const a = await read('niger-coup');
    const coups = a.events.filter((e) => e.type === 'Coup');
    expect(coups.map((e) => e.label)).toContain('removed');
    // (The headline's "Niger coup", told once there and once in the lead, is the same coup:
    // its place joins it.)
    expect(coups.find((e) => e.label === 'removed')?.participants).toEqual([
      { entityId: 'country:niger', role: 'place' },
      { entityId: 'person:mohamed-bazoum', role: 'target' },
    ]);
    expect(coups.find((e) => e.label === 'removed')?.told?.length).toBe(2);
    for (const e of coups) expect(e.participants.map((p) => p.role)).not.toContain('agent');
  });

  it('finds who was elected through "who", and no election in "the democratically elected president"', async () => {
    const a = await read('niger-coup');
    const elections = a.events.filter((e) => e.type === 'Election');
    expect(elections).toHaveLength(1);
    expect(elections[0].participants).toEqual([{ entityId: 'person:mohamed-bazoum', role: 'target' }]);
  });

  it('does not make the country soldiers are in the speaker', async () => {
    const a = await read('niger-coup');
    const said = a.statements.find((s) => text(a, s.speaker) === 'Soldiers in Niger');
    expect(said?.speaker?.entityId).toBeUndefined();
  });
});

describe('hostage-exchange.txt', () => {
  it('makes "Deir al-Balah" a place, not a person', async () => {
    const a = await read('hostage-exchange');
    expect(a.entities.find((e) => e.name === 'Deir al-Balah')?.type).toBe('Place');
  });

  it('does not lend "183 Palestinian prisoners" the Palestinian Prisoners\' Club of a coreference chain', async () => {
    const a = await read('hostage-exchange');
    for (const e of a.events)
      expect(e.participants.map((p) => p.entityId)).not.toContain('organisation:palestinian-prisoners-club');
  });

  it('makes no statement of how hostages looked ("appeared thin and pale")', async () => {
    const a = await read('hostage-exchange');
    expect(a.statements.some((s) => text(a, s.cue) === 'appeared')).toBe(false);
  });
});

describe('who-outbreak.txt', () => {
  it('reads "Congo" as the Democratic Republic the article names, as news does', async () => {
    const a = await read('who-outbreak');
    expect(a.entities.some((e) => e.id === 'country:republic-of-the-congo')).toBe(false);
    expect(a.entities.find((e) => e.id === 'country:dr-congo')?.mentions).toHaveLength(3);
  });

  it('makes no legal case of a case of a disease, and no speaker of a misparsed "last"', async () => {
    const a = await read('who-outbreak');
    expect(a.events.filter((e) => e.type === 'LegalCase')).toEqual([]);
    const declared = a.statements.find((s) => text(a, s.content)?.startsWith('mpox a global emergency in July 2022'));
    expect(declared).toBeDefined();
    expect(declared?.speaker).toBeNull();
  });
});

describe('uk-politics.txt', () => {
  it('makes "King Charles" a person, and a Labour landslide no disaster', async () => {
    const a = await read('uk-politics');
    expect(a.entities.find((e) => e.name === 'King Charles')?.type).toBe('Person');
    expect(a.events.filter((e) => e.type === 'Disaster')).toEqual([]);
  });

  it('reads posts given by an appointment', async () => {
    const a = await read('uk-politics');
    expect(roles(a)).toContainEqual(['person:rachel-reeves', 'finance minister', null]);
    expect(roles(a)).toContainEqual(['person:david-lammy', 'foreign secretary', null]);
  });
});

describe('police-shooting.txt', () => {
  it('makes a shooting an attack on the one shot, and a campaign rally a meeting', async () => {
    const a = await read('police-shooting');
    const shot = a.events.find((e) => e.label === 'shot' && e.date === '2024-07-13');
    expect(shot?.type).toBe('Attack');
    expect(shot?.participants).toContainEqual({ entityId: 'person:donald-trump', role: 'target' });
    expect(a.events.find((e) => e.label === 'campaign rally')?.type).toBe('Meeting');
    // "in what the FBI called an attempted assassination": the shooting, told again in the
    // same sentence.
    expect(shot?.told?.map((t) => a.source.text.slice(t.start, t.end))).toContain('assassination');
  });

  it('gives a first name alone to the one person named with it', async () => {
    const a = await read('police-shooting');
    expect(a.entities.some((e) => e.id === 'person:corey')).toBe(false);
    expect(a.entities.find((e) => e.id === 'person:corey-comperatore')?.aliases).toContain('Corey');
  });
});

describe('climate-summit.txt', () => {
  it('gives "is expected to withdraw" no speaker', async () => {
    const a = await read('climate-summit');
    const expected = a.statements.find((s) => text(a, s.cue) === 'expected');
    expect(expected?.speaker).toBeNull();
  });

  it('makes the agent of a passive stance a noun for people ("was criticised by activists")', async () => {
    // Before 0.5.46 only a name, a pronoun or a role could be the agent.
    const a = await read('climate-summit');
    const criticised = a.statements.find((s) => text(a, s.cue) === 'criticised');
    expect([text(a, criticised?.speaker ?? null), text(a, criticised?.content ?? null)]).toEqual([
      'activists',
      'Azerbaijan, the host country',
    ]);
  });
});

describe('court-appeal.txt (events)', () => {
  it('makes no killing of "plans to assassinate"', async () => {
    const a = await read('court-appeal');
    expect(a.events.filter((e) => e.type === 'Killing')).toEqual([]);
  });
});

describe('senate-vote.txt', () => {
  it('makes "Senate" in a title the U.S. Senate named before, and keeps "Democratic" in the title', async () => {
    const a = await read('senate-vote');
    expect(a.entities.some((e) => e.id === 'organisation:senate')).toBe(false);
    expect(roles(a)).toContainEqual(['person:john-thune', 'Majority Leader', 'organisation:u-s-senate']);
    expect(roles(a)).toContainEqual(['person:chuck-schumer', 'Democratic Leader', 'organisation:u-s-senate']);
  });

  it('gives a "who" speaker the name before it, and makes no statement of adding money to a debt', async () => {
    const a = await read('senate-vote');
    expect(a.statements.find((s) => text(a, s.speaker) === 'who')?.speaker?.entityId).toBe('person:thom-tillis');
    expect(a.statements.some((s) => text(a, s.cue) === 'add')).toBe(false);
  });

  it('gives a verb of saying the parser hung inside a relative clause the name the clause is about', async () => {
    // "Tillis, who announced on Sunday that he would not seek re-election, warned that …":
    // "warned" hangs under "seek"; before 0.5.47 the speaker was that clause's "he".
    const a = await read('senate-vote');
    const warned = a.statements.find((s) => text(a, s.cue) === 'warned')!;
    expect([text(a, warned.speaker), warned.speaker?.entityId]).toEqual(['Tillis', 'person:thom-tillis']);
  });
});

describe('merger-deal.txt', () => {
  it('splits two companies the tagger ran into one name', async () => {
    const a = await read('merger-deal');
    expect(a.entities.some((e) => e.name === 'Nippon Steel and U.S. Steel')).toBe(false);
    const sued = a.events.find((e) => e.label === 'sued');
    expect(sued?.participants.filter((p) => p.role === 'agent').map((p) => p.entityId)).toEqual([
      'organisation:nippon-steel',
      'organisation:u-s-steel',
    ]);
  });
});

describe('israel-iran-strikes.txt', () => {
  it('gives "…, Iranian state media reported." its speaker and the whole clause before it', async () => {
    const a = await read('israel-iran-strikes');
    const st = a.statements.find((s) => text(a, s.cue) === 'reported');
    expect(text(a, st?.speaker)).toBe('Iranian state media');
    expect(text(a, st?.content)).toMatch(/^Israel launched a wave of air strikes .* and several nuclear scientists$/);
  });

  it('reads the post of a possessor before a title ("Iran\'s Supreme Leader")', async () => {
    const a = await read('israel-iran-strikes');
    expect(roles(a)).toContainEqual(['person:ali-khamenei', 'Supreme Leader', 'country:iran']);
  });
});

describe('tech-antitrust.txt', () => {
  it("makes a judge's surname the tagger called an organisation the judge", async () => {
    const a = await read('tech-antitrust');
    expect(a.entities.some((e) => e.id === 'organisation:mehta')).toBe(false);
    expect(a.entities.find((e) => e.id === 'person:amit-mehta')?.mentions).toHaveLength(3);
  });

  it('makes no statement of "maintained a monopoly", and finds "…, legal experts said."', async () => {
    const a = await read('tech-antitrust');
    expect(a.statements.some((s) => text(a, s.cue) === 'maintained')).toBe(false);
    const experts = a.statements.find((s) => text(a, s.speaker) === 'legal experts');
    expect(text(a, experts?.content)).toBe(
      'The government could ask the court to order Google to sell parts of its business',
    );
  });
});

describe('murder-charge.txt', () => {
  it('gives a "He" opening a sentence the person the sentence before is about, not the chain\'s other man', async () => {
    const a = await read('murder-charge');
    const killed = a.events.find((e) => e.label === 'killed');
    expect(killed?.date).toBe('2024-12-04');
    expect(killed?.participants).toEqual([{ entityId: 'person:brian-thompson', role: 'target' }]);
  });

  it('makes "was charged with the murder" a legal case with its charge', async () => {
    const a = await read('murder-charge');
    const charged = a.events.find((e) => e.label === 'charged');
    expect(charged?.type).toBe('LegalCase');
    expect(charged?.charges).toEqual(['murder']);
    expect(charged?.date).toBe('2024-12-09');
  });
});

describe('echr-ruling.txt', () => {
  it('makes a name the tagger called a person an organisation when its apposition says what body it is', async () => {
    const a = await read('echr-ruling');
    expect(a.entities.find((e) => e.name === 'KlimaSeniorinnen')?.type).toBe('Organisation');
  });
});

describe('strike-workers.txt', () => {
  it('makes a labour strike a protest, never an attack, and "the 737 MAX" no count', async () => {
    const a = await read('strike-workers');
    expect(a.events.filter((e) => e.type === 'Attack')).toEqual([]);
    expect(a.events.filter((e) => e.type === 'Protest').length).toBeGreaterThan(3);
    expect(a.events.flatMap((e) => e.quantities).some((q) => q.value === 737)).toBe(false);
  });
});

describe('aljazeera-sudan.txt', () => {
  it('makes a name tagged a person here and a place there the place', async () => {
    const a = await read('aljazeera-sudan');
    expect(a.entities.filter((e) => e.name === 'Zamzam').map((e) => e.type)).toEqual(['Place']);
  });

  it('gives an attack by "Sudan\'s paramilitary RSF" the RSF alone, and no count from a joined verb', async () => {
    const a = await read('aljazeera-sudan');
    const attacks = a.events.find((e) => e.label === 'Attacks');
    expect(attacks?.participants.filter((p) => p.role === 'agent')).toEqual([
      { entityId: 'organisation:rapid-support-forces', role: 'agent' },
    ]);
    const killed = a.events.find((e) => e.label === 'killed');
    expect(killed?.quantities).toEqual([]); // "… and displaced more than 12 million" counts the displaced
  });
});

describe('turkish-mayor.txt', () => {
  it('keeps a title out of a place\'s name ("Beylikduzu Mayor …" is a mayor of Beylikduzu)', async () => {
    const a = await read('turkish-mayor');
    expect(a.entities.map((e) => e.id)).toContain('place:beylikduzu');
    expect(a.entities.map((e) => e.id)).not.toContain('place:beylikduzu-mayor');
    expect(roles(a)).toContainEqual(['person:mehmet-murat-calik', 'Mayor', 'place:beylikduzu']);
  });

  it('ends what was said before a verb of saying the speaker did next ("would hold … and called on …")', async () => {
    const a = await read('turkish-mayor');
    const rows = a.statements.map((s) => [text(a, s.speaker), text(a, s.cue), text(a, s.content)]);
    expect(rows).toContainEqual(['Ozel', 'said', 'the party would hold a rally in Istanbul on Saturday']);
    expect(rows).toContainEqual(['Ozel', 'called', 'to remain peaceful']);
    expect(rows).toContainEqual(['The European Commission', 'said', 'it was following the case closely']);
    // The one who urged is the Commission, not the "it" inside what it said.
    expect(rows).toContainEqual(['The European Commission', 'urged', 'Ankara to respect the rule of law']);
  });

  it('makes "He denies wrongdoing" a statement, resolved to the one denying', async () => {
    const a = await read('turkish-mayor');
    const denial = a.statements.find((s) => text(a, s.cue) === 'denies');
    expect(text(a, denial?.content)).toBe('wrongdoing');
    expect(denial?.speaker?.entityId).toBe('person:ekrem-imamoglu');
  });

  it('gives "the arrest of X" X as its target', async () => {
    const a = await read('turkish-mayor');
    const arrest = a.events.find((e) => e.label === 'arrest');
    expect(arrest?.type).toBe('Detention');
    expect(arrest?.participants).toContainEqual({ entityId: 'person:mehmet-murat-calik', role: 'target' });
  });
});

describe('sudan-palace.txt', () => {
  it('makes "the Zamzam camp" a place, not a person', async () => {
    const a = await read('sudan-palace');
    expect(a.entities.filter((e) => e.name === 'Zamzam').map((e) => e.type)).toEqual(['Place']);
  });
});

describe('protest-arrests.txt, the arrest the protests are over', () => {
  it("is an event of its own, with its own target and none of the clause's counts", async () => {
    const a = await read('protest-arrests');
    const detained = a.events.find((e) => e.label === 'detained' && e.quantities.some((q) => q.value === 1133));
    expect(detained?.participants.map((p) => p.entityId)).not.toContain('person:ekrem-imamoglu');
    const arrest = a.events.find((e) => e.label === 'arrest');
    expect(arrest?.participants).toEqual([{ entityId: 'person:ekrem-imamoglu', role: 'target' }]);
    expect(arrest?.quantities).toEqual([]);
  });
});

describe('gaza-hunger.txt', () => {
  it('makes "Israeli strikes" attacks, though the army "did not comment on the strikes"', async () => {
    const a = await read('gaza-hunger');
    expect(a.events.filter((e) => e.type === 'Protest')).toEqual([]);
    expect(a.events.find((e) => e.label === 'strikes')?.type).toBe('Attack');
  });

  it('gives an arrest warrant the one "who faces" it as its target', async () => {
    const a = await read('gaza-hunger');
    const warrant = a.events.find((e) => e.type === 'ArrestWarrant');
    expect(warrant?.participants).toContainEqual({ entityId: 'person:benjamin-netanyahu', role: 'target' });
    expect(warrant?.participants).toContainEqual({ entityId: 'court:international-criminal-court', role: 'court' });
  });
});

describe('portland-guard.txt', () => {
  it('makes ", ruling that …" the judge\'s statement, with no entity for a judge the article does not name', async () => {
    const a = await read('portland-guard');
    const ruling = a.statements.find((s) => text(a, s.cue) === 'ruling');
    expect(text(a, ruling?.speaker)).toBe('A federal judge');
    expect(ruling?.speaker).toBeDefined();
    expect(ruling?.speaker?.entityId).toBeUndefined();
    expect(text(a, ruling?.content)).toBe('that the president had exceeded his authority');
  });

  it('keeps a court in a clause of its own out of the ruling before it', async () => {
    const a = await read('portland-guard');
    const barred = a.events.find((e) => e.label === 'barred');
    expect(barred?.type).toBe('Ruling');
    expect(barred?.participants.map((p) => p.entityId)).not.toContain('court:supreme-court');
  });
});

describe('a court ruling that …, named by a country or body in it', () => {
  it("is the court's, not the country's or the union's", async () => {
    const tariffs = await read('tariffs-court');
    const trade = tariffs.statements.find((s) => text(tariffs, s.speaker) === 'A U.S. trade court');
    expect(text(tariffs, trade?.cue)).toBe('ruling');
    expect(trade?.speaker).toBeDefined();
    expect(trade?.speaker?.entityId).toBeUndefined();
    // A panel at a court the article names is that court's.
    const panel = tariffs.statements.find((s) => text(tariffs, s.speaker)?.startsWith('A three-judge panel'));
    expect(panel?.speaker?.entityId).toBe('court:court-of-international-trade');
  });
});

describe('romania-election.txt', () => {
  it('keeps a quotation that goes on in the next sentence with its speaker, not the one the annotator guessed', async () => {
    const a = await read('romania-election');
    const dan = a.statements.find((s) => text(a, s.cue) === 'told');
    expect(dan?.speaker?.entityId).toBe('person:nicusor-dan');
    expect(dan?.parts?.map((p) => text(a, p))).toEqual([
      '"Romanians have chosen a European path,"',
      '"We have a lot of work ahead of us, and we will do it together."',
    ]);
    // No statement of Simion's is made of Dan's words.
    expect(a.statements.filter((s) => text(a, s.content)?.includes('a lot of work'))).toHaveLength(1);
  });
});

describe('sumy-strike.txt', () => {
  it('makes no event of "sources familiar with the plans"', async () => {
    const a = await read('sumy-strike');
    expect(a.events.filter((e) => e.label === 'plans')).toEqual([]);
  });
});

describe('hostages-freed.txt', () => {
  it('keeps the counts of a clause with a subject of its own off the event before it', async () => {
    const a = await read('hostages-freed');
    const freed = a.events.find((e) => e.label === 'freed');
    expect(freed?.participants).toContainEqual({ entityId: 'organisation:hamas', role: 'agent' });
    expect(freed?.quantities.map((q) => q.unit)).toEqual(['hostage']);
    const released = a.events.find((e) => e.label === 'released');
    expect(released?.participants).toContainEqual({ entityId: 'country:israel', role: 'agent' });
    expect(released?.quantities.map((q) => q.value)).toEqual([2000]);
  });

  it('dates a "when" clause by the clause it hangs on ("began on Oct. 7, 2023, when … attacked")', async () => {
    const a = await read('hostages-freed');
    const attack = a.events.find((e) => e.label === 'attacked');
    expect([attack?.date, attack?.datePrecision]).toEqual(['2023-10-07', 'day']);
  });
});

describe('turkish-mayor.txt, a month without a year', () => {
  it('puts "since March, when he was arrested" in the March before the article, not after', async () => {
    const a = await read('turkish-mayor');
    const arrested = a.events.find((e) => e.label === 'arrested');
    expect([arrested?.date, arrested?.datePrecision]).toEqual(['2025-03', 'month']);
  });
});

describe('ai-summit.txt', () => {
  it('makes no killing of an industry, and a firm the gazetteer knows as a town a company', async () => {
    const a = await read('ai-summit');
    expect(a.events.filter((e) => e.type === 'Killing')).toEqual([]);
    expect(a.entities.find((e) => e.name === 'Brookfield')?.type).toBe('Organisation');
  });

  it("gives a summit named as the owner of a declaration none of that clause's counts", async () => {
    const a = await read('ai-summit');
    const summit = a.events.find((e) => e.type === 'Meeting' && e.label.includes('summit'));
    expect(summit?.quantities).toEqual([]);
  });
});

describe('ai-summit.txt, a "he" in a relative clause', () => {
  it('is the person the sentence names as its subject, not the one CoreNLP chained it to', async () => {
    const a = await read('ai-summit');
    // "Vance warned … against "excessive regulation" of the industry, which he said could "kill …"":
    // CoreNLP's chain took "he" back to Macron in the paragraph before.
    const kill = a.statements.find((s) => text(a, s.content)?.includes('kill a transformative industry'));
    expect(kill?.speaker?.entityId).toBe('person:jd-vance');
  });
});

describe('rayner-resigns.txt', () => {
  it('holds one post written one way, and "Reform UK leader" as the party\'s', async () => {
    const a = await read('rayner-resigns');
    expect(roles(a).filter((r) => r[0] === 'person:angela-rayner')).toEqual([
      ['person:angela-rayner', 'Deputy Prime Minister', 'country:united-kingdom'],
      ['person:angela-rayner', 'Deputy Prime Minister', 'country:united-kingdom'],
    ]);
    expect(a.entities.find((e) => e.name === 'Reform UK')?.type).toBe('Organisation');
    expect(roles(a)).toContainEqual(['person:nigel-farage', 'leader', 'organisation:reform-uk']);
  });

  it('ends what Starmer said before "and praised her", his own act, after an infinitive', async () => {
    const a = await read('rayner-resigns');
    const rows = a.statements.map((s) => [s.speaker?.entityId, text(a, s.cue), text(a, s.content)]);
    expect(rows).toContainEqual(['person:keir-starmer', 'said', 'he was "very sad" to lose her']);
    expect(rows).toContainEqual(['person:keir-starmer', 'praised', 'her as "a true friend."']);
  });
});

describe('humala-sentenced.txt', () => {
  it('sentences Humala and his wife, not whoever CoreNLP chained "his" to', async () => {
    const a = await read('humala-sentenced');
    const sentenced = a.events.find((e) => e.label === 'sentenced' && e.participants.length > 1);
    expect(sentenced?.participants.map((p) => p.entityId).sort()).toEqual([
      'person:nadine-heredia',
      'person:ollanta-humala',
    ]);
  });

  it('makes the president "convicted in connection with …" its target, and his post of Peru each time', async () => {
    const a = await read('humala-sentenced');
    expect(a.events.find((e) => e.label === 'convicted')?.participants).toEqual([
      { entityId: 'person:ollanta-humala', role: 'target' },
    ]);
    expect(roles(a).filter((r) => r[0] === 'person:ollanta-humala')).toEqual([
      ['person:ollanta-humala', 'former President', 'country:peru'],
      ['person:ollanta-humala', 'former President', 'country:peru'],
    ]);
  });
});

describe('iran-ceasefire.txt', () => {
  it('reads a "that" clause the parser hung on a noun after the cue as what was said', async () => {
    const a = await read('iran-ceasefire');
    // "… Pezeshkian said in a message to the nation that Iran had "imposed" the ceasefire …"
    const said = a.statements.find((s) => s.speaker?.entityId === 'person:masoud-pezeshkian');
    expect(text(a, said?.cue)).toBe('said');
    expect(text(a, said?.content)).toBe(
      'that Iran had "imposed" the ceasefire on Israel through its "heroic resistance,"',
    );
    // Who relays it is no part of it.
    expect(said?.accordingTo).toBe('organisation:irna');
  });
});

describe('korea-veto.txt', () => {
  it('gives ", saying …" after a relative clause on a thing the clause\'s subject, not "that"', async () => {
    const a = await read('korea-veto');
    const saying = a.statements.find((s) => text(a, s.cue) === 'saying');
    expect(saying?.speaker?.entityId).toBe('person:choi-sang-mok');
    expect(text(a, saying?.content)).toBe('it could undermine the separation of powers');
  });

  it('makes no ruling of what a court will weigh, and keeps a court in a relative clause out of an accusation', async () => {
    const a = await read('korea-veto');
    // "The court is expected to rule within weeks on whether to remove Yoon from office …"
    expect(a.events.filter((e) => e.label === 'remove')).toEqual([]);
    const accused = a.events.find((e) => e.label === 'accused');
    expect(accused?.participants.map((p) => p.role)).not.toContain('court');
  });
});

describe('stargate-ai.txt', () => {
  it('keeps who wrote and who replied apart', async () => {
    const a = await read('stargate-ai');
    const rows = a.statements.map((s) => [s.speaker?.entityId, text(a, s.cue)]);
    expect(rows).toContainEqual(['person:elon-musk', 'writing']);
    expect(rows).toContainEqual(['person:sam-altman', 'replied']);
  });
});

describe('injunctions-ruling.txt', () => {
  it('makes what the Supreme Court curtailed a ruling of that court', async () => {
    const a = await read('injunctions-ruling');
    const ruling = a.events.find((e) => e.type === 'Ruling' && e.participants.some((p) => p.role === 'court'));
    expect(ruling?.participants).toContainEqual({ entityId: 'court:supreme-court', role: 'court' });
  });
});

describe('swap-and-strikes.txt', () => {
  it("makes prisoners exchanged a release by both sides, and leaves the swap's count off the talks", async () => {
    const a = await read('swap-and-strikes');
    const swap = a.events.find((e) => e.label === 'exchanged');
    expect(swap?.type).toBe('Release');
    expect(
      swap?.participants
        .filter((p) => p.role === 'agent')
        .map((p) => p.entityId)
        .sort(),
    ).toEqual(['country:russia', 'country:ukraine']);
    expect(a.events.find((e) => e.label === 'talks')?.quantities).toEqual([]);
  });
});

describe('hamas-accepts.txt', () => {
  it('gives a statement by "Qatar\'s Foreign Ministry spokesman Majed al-Ansari" to him, whatever the parser made its head', async () => {
    const a = await read('hamas-accepts');
    const described = a.statements.find((s) => text(a, s.cue) === 'described');
    expect(described?.speaker?.entityId).toBe('person:majed-al-ansari');
  });

  it("makes '…court,\" urging Washington …' the minister's own statement, out of what he said", async () => {
    const a = await read('hamas-accepts');
    const rows = a.statements.map((s) => [s.speaker?.entityId, text(a, s.cue), text(a, s.content)]);
    expect(rows).toContainEqual(['person:badr-abdelatty', 'said', 'that "the ball is now in Israel\'s court,"']);
    expect(rows).toContainEqual(['person:badr-abdelatty', 'urging', 'Washington to pressure the Israeli government']);
  });

  it("keeps the one who accepts a proposal out of its agents, and the headline's proposal the lead's past a dateline line", async () => {
    const a = await read('hamas-accepts');
    const proposals = a.events.filter((e) => e.label === 'ceasefire proposal');
    expect(proposals).toHaveLength(1);
    expect(proposals[0].participants.map((p) => p.entityId)).not.toContain('organisation:hamas');
  });
});

describe('gaza-hunger.txt, the headline and the lead', () => {
  it('are one killing where a dateline stands on a line between them', async () => {
    const a = await read('gaza-hunger');
    const killings = a.events.filter((e) => e.type === 'Killing' && e.date === '2025-07-22');
    expect(killings).toHaveLength(1);
    expect(killings[0].participants).toContainEqual({ entityId: 'organisation:israeli-army', role: 'agent' });
  });
});

describe('sudan-palace.txt, "there were grounds to believe that …"', () => {
  it('makes no statement by "grounds", which the parser made the subject of "believe"', async () => {
    const a = await read('sudan-palace');
    expect(a.statements.filter((s) => text(a, s.speaker) === 'grounds')).toEqual([]);
  });
});

describe('nobel-nomination.txt', () => {
  it("makes no appointment of a nomination for a prize, and keeps the lead's statement inside what Anadolu reports", async () => {
    const a = await read('nobel-nomination');
    expect(a.events.filter((e) => e.type === 'Appointment')).toEqual([]);
    const said = a.statements.find(
      (s) => s.speaker?.entityId === 'person:benjamin-netanyahu' && text(a, s.cue) === 'said',
    );
    expect(said?.accordingTo).toBe('organisation:anadolu');
  });
});

describe('journalist-killed.txt', () => {
  it('makes "the Qatar-based network" the network named before, not Qatar', async () => {
    const a = await read('journalist-killed');
    const said = a.statements.find((s) => text(a, s.speaker) === 'the Qatar-based network');
    expect(said?.speaker?.entityId).toBe('organisation:al-jazeera');
  });

  it('makes no legal case of "in case of his death"', async () => {
    const a = await read('journalist-killed');
    expect(a.events.filter((e) => e.type === 'LegalCase')).toEqual([]);
  });
});

describe('bayrou-ousted.txt', () => {
  it('keeps "Marine" in the name of Marine Le Pen, named once, and makes it no title', async () => {
    const a = await read('bayrou-ousted');
    expect(a.entities.find((e) => e.id === 'person:marine-le-pen')?.name).toBe('Marine Le Pen');
    expect(a.roles.filter((r) => r.title === 'Marine')).toEqual([]);
  });

  it("gives what Macron's office said to Macron, and France Unbowed's words to the party", async () => {
    const a = await read('bayrou-ousted');
    const office = a.statements.find((s) => text(a, s.speaker) === "Macron's office");
    expect(office?.speaker?.entityId).toBe('person:emmanuel-macron');
    const party = a.statements.find((s) => text(a, s.speaker) === 'The hard-left France Unbowed');
    expect(party?.speaker?.entityId).toBe('organisation:france-unbowed');
    expect(a.entities.find((e) => e.id === 'organisation:france-unbowed')?.type).toBe('Organisation');
  });
});

describe('nigeria-kidnapping.txt', () => {
  it('reads the whole clause the parser broke after "said the attackers, armed …,"', async () => {
    const a = await read('nigeria-kidnapping');
    const said = a.statements.find((s) => s.speaker?.entityId === 'person:nafiu-abubakar' && s.kind === 'indirect');
    expect(text(a, said?.content)).toBe(
      'the attackers, armed with sophisticated weapons, exchanged fire with officers guarding the Government Girls Comprehensive Secondary School in Maga before scaling the fence',
    );
  });

  it('makes the town a school is in a place, not a person ("School in Maga")', async () => {
    const a = await read('nigeria-kidnapping');
    expect(a.entities.find((e) => e.name === 'Maga')?.type).toBe('Place');
  });
});

describe('georgia-protests.txt', () => {
  it('makes Georgia the country in a story from Tbilisi', async () => {
    const a = await read('georgia-protests');
    expect(a.entities.find((e) => e.name === 'Georgia')?.type).toBe('Country');
  });

  it('gives "and warned that …" after "called on the authorities to release …" to the one who called', async () => {
    const a = await read('georgia-protests');
    const warned = a.statements.find((s) => text(a, s.cue) === 'warned');
    expect(warned?.speaker?.entityId).toBe('person:kaja-kallas');
  });
});

describe('goma-falls.txt', () => {
  it('finds M23, which the tagger leaves untagged, as a body', async () => {
    const a = await read('goma-falls');
    expect(a.entities.find((e) => e.id === 'organisation:m23')?.type).toBe('Organisation');
  });

  it("makes the countries whose embassies were attacked targets, and the protesters' city where", async () => {
    const a = await read('goma-falls');
    const attack = a.events.find((e) => e.type === 'Attack' && e.label === 'attacked');
    expect(attack?.participants).toEqual(
      expect.arrayContaining([
        { entityId: 'country:rwanda', role: 'target' },
        { entityId: 'country:united-states', role: 'target' },
        { entityId: 'place:kinshasa', role: 'place' },
      ]),
    );
  });
});

describe('tanker-seized.txt', () => {
  it('makes no place of a tanker\'s name ("The tanker, the Talara,")', async () => {
    const a = await read('tanker-seized');
    expect(a.entities.filter((e) => e.name === 'Talara')).toEqual([]);
  });
});

describe('bolsonaro-sentenced.txt', () => {
  it('makes the court, not its country, the one that sentenced ("Brazil\'s Supreme Court")', async () => {
    const a = await read('bolsonaro-sentenced');
    const sentenced = a.events.find((e) => e.type === 'Ruling' && e.label === 'sentenced');
    expect(sentenced?.participants).toEqual([
      { entityId: 'court:brazilian-supreme-court', role: 'court' },
      { entityId: 'person:jair-bolsonaro', role: 'target' },
    ]);
  });
});

describe('sweida-clashes.txt', () => {
  it('gives "and said" after a dateline the parser made the subject to the name after the dash', async () => {
    const a = await read('sweida-clashes');
    const said = a.statements.find((s) => text(a, s.content)?.startsWith('it was acting to protect'));
    expect(said?.speaker?.entityId).toBe('country:israel');
  });

  it("keeps a killing by fighting apart from Israel's strike in the same sentence", async () => {
    const a = await read('sweida-clashes');
    const strike = a.events.find((e) => e.type === 'Attack' && e.label === 'struck');
    expect(strike?.quantities.map((q) => q.value)).not.toContain(250);
    expect(a.events.some((e) => e.type === 'Killing' && e.quantities.some((q) => q.value === 250))).toBe(true);
  });
});

describe('ecb-cut.txt', () => {
  it('gives "who has repeatedly called on the Fed" to the one named before, where the parser made "who" an object', async () => {
    const a = await read('ecb-cut');
    const called = a.statements.find((s) => text(a, s.cue) === 'called');
    expect(text(a, called?.speaker)).toBe('who');
    expect(called?.speaker?.entityId).toBe('person:donald-trump');
  });

  it('dates "Economists … expect one more cut in September" to the article, not to last September', async () => {
    const a = await read('ecb-cut');
    const expectation = a.statements.find((s) => text(a, s.cue) === 'expect');
    expect(expectation?.date).toBe('2025-06-05');
  });
});

describe('sara-duterte-impeached.txt', () => {
  it('makes the impeachment a legal case against her, and no killing of what was threatened', async () => {
    const a = await read('sara-duterte-impeached');
    const impeached = a.events.find((e) => e.type === 'LegalCase' && e.label === 'impeached');
    expect(impeached?.participants).toContainEqual({ entityId: 'person:sara-duterte', role: 'target' });
    expect(a.events.filter((e) => e.label === 'assassinated')).toEqual([]);
  });

  it('makes no ruling of "If convicted …", nor an agreement of lawmakers signing a complaint', async () => {
    const a = await read('sara-duterte-impeached');
    expect(a.events.filter((e) => e.type === 'Ruling')).toEqual([]);
    expect(a.events.filter((e) => e.type === 'Agreement')).toEqual([]);
  });

  it('gives each entity one role in an event told twice ("being held … after his arrest")', async () => {
    const a = await read('sara-duterte-impeached');
    for (const e of a.events) {
      const ids = e.participants.map((p) => p.entityId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('pakistan-floods.txt', () => {
  it('makes deaths floods caused a disaster, counted, past a dateline the parser made the subject', async () => {
    const a = await read('pakistan-floods');
    expect(a.events.filter((e) => e.type === 'Killing')).toEqual([]);
    // ("… have killed at least 321 people … since Friday": since 0.5.104 the dateline's "Aug 17"
    // no longer dates it; the Friday the floods began does.)
    const floods = a.events.find((e) => e.type === 'Disaster' && e.date === '2025-08-15');
    expect(floods?.quantities).toContainEqual({ value: 321, unit: 'person', qualifier: 'at least' });
  });
});

describe('hezbollah-disarm.txt', () => {
  it('makes no participant of the country that backs a group ("the Iran-backed group rejected")', async () => {
    const a = await read('hezbollah-disarm');
    const rejection = a.events.find((e) => e.type === 'Rejection');
    expect(rejection?.participants.map((p) => p.entityId)).not.toContain('country:iran');
  });
});

describe('bayrou-ousted.txt, "file a motion to impeach the president"', () => {
  it('makes no legal case of what a motion would do', async () => {
    const a = await read('bayrou-ousted');
    expect(a.events.filter((e) => e.type === 'LegalCase')).toEqual([]);
  });
});

describe('google-remedies.txt', () => {
  it('gives "rejecting the demand" after a ruling to the judge, and "The company" to Google', async () => {
    const a = await read('google-remedies');
    expect(a.statements.filter((s) => text(a, s.cue) === 'rejecting')).toEqual([]);
    const company = a.statements.find((s) => text(a, s.speaker) === 'The company');
    expect(company?.speaker?.entityId).toBe('organisation:google');
  });
});

describe('hegseth-confirmed.txt', () => {
  it('makes a person confirmed in a post an appointment, not a statement', async () => {
    const a = await read('hegseth-confirmed');
    expect(a.statements.filter((s) => /^confirm/.test(text(a, s.cue) ?? ''))).toEqual([]);
    const confirmed = a.events.find((e) => e.type === 'Appointment' && e.label === 'confirmed');
    expect(confirmed?.participants).toEqual([
      { entityId: 'organisation:senate', role: 'agent' },
      { entityId: 'person:pete-hegseth', role: 'target' },
    ]);
  });
});

describe('menendez-verdict.txt', () => {
  it('gives a given name joined to a full name the family name ("Erik and Lyle Menendez"), and takes no ages for counts', async () => {
    const a = await read('menendez-verdict');
    const names = a.entities.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['Erik Menendez', 'Lyle Menendez', 'Jose Menendez', 'Kitty Menendez']),
    );
    expect(names).not.toContain('Erik');
    const convicted = a.events.find((e) => e.label === 'convicted');
    expect(convicted?.quantities).toEqual([]);
  });
});

describe('deportation-ruling.txt', () => {
  it('gives "who" after "Judge Paula Xinis in Maryland" to the judge, not the state', async () => {
    const a = await read('deportation-ruling');
    const told = a.statements.find((s) => text(a, s.cue) === 'told');
    expect(told?.speaker?.entityId).toBe('person:paula-xinis');
  });

  it('makes the headline\'s "Supreme Court" the U.S. Supreme Court, and "The court" too', async () => {
    const a = await read('deportation-ruling');
    expect(a.entities.filter((e) => e.type === 'Court').map((e) => e.id)).toEqual(['court:u-s-supreme-court']);
    const court = a.statements.find((s) => text(a, s.speaker) === 'The court');
    expect(court?.speaker?.entityId).toBe('court:u-s-supreme-court');
  });

  it('dates no ruling by a deadline in a relative clause the parser hung loosely ("who had told … by April 7")', async () => {
    const a = await read('deportation-ruling');
    const upheld = a.events.find((e) => e.label === 'upheld');
    expect(upheld?.date).toBeUndefined();
  });
});

describe('istanbul-talks.txt', () => {
  it('makes sanctions against a capital sanctions against its country', async () => {
    const a = await read('istanbul-talks');
    const sanctions = a.events.find((e) => e.type === 'Sanction');
    expect(sanctions?.participants).toEqual([{ entityId: 'country:russia', role: 'target' }]);
  });
});

describe('goma-falls.txt, "Congolese President Felix Tshisekedi"', () => {
  it('makes the post one of DR Congo', async () => {
    const a = await read('goma-falls');
    expect(roles(a)).toContainEqual(['person:felix-tshisekedi', 'President', 'country:dr-congo']);
  });
});

describe('greenland-vance.txt, "for Greenlanders alone to decide"', () => {
  it('makes no organisation of the people of a place the article names', async () => {
    const a = await read('greenland-vance');
    expect(a.entities.filter((e) => e.name === 'Greenlanders')).toEqual([]);
  });
});

describe('hegseth-confirmed.txt, "confirmed Pete Hegseth as secretary of defense"', () => {
  it('gives him the post, with the department in its words', async () => {
    const a = await read('hegseth-confirmed');
    expect(roles(a)).toContainEqual(['person:pete-hegseth', 'secretary of defense', null]);
  });
});

describe('kast-wins.txt', () => {
  it('makes "the electoral service Servel" a body, and the runoff an election', async () => {
    const a = await read('kast-wins');
    expect(a.entities.find((e) => e.name === 'Servel')?.type).toBe('Organisation');
    expect(a.events.find((e) => e.label === 'runoff')?.type).toBe('Election');
  });
});

describe('takaichi-elected.txt, "Her coalition partner … agreed"', () => {
  it('does not make her partner her', async () => {
    const a = await read('takaichi-elected');
    const agreed = a.statements.find((s) => text(a, s.cue) === 'agreed');
    expect(agreed?.speaker?.entityId).not.toBe('person:sanae-takaichi');
  });
});

describe('thailand-cambodia.txt', () => {
  it('gives "…, a charge Bangkok denied" to Bangkok, denying the charge', async () => {
    const a = await read('thailand-cambodia');
    const denied = a.statements.find((s) => text(a, s.cue) === 'denied');
    expect([text(a, denied?.speaker), text(a, denied?.content), denied?.speaker?.entityId]).toEqual([
      'Bangkok',
      'a charge',
      'country:thailand',
    ]);
  });

  it('makes no statement of what a body "was due to" do', async () => {
    const a = await read('thailand-cambodia');
    expect(a.statements.filter((s) => text(a, s.cue) === 'due')).toEqual([]);
  });

  it('counts the killed the parser made the object of "said", not the wounded', async () => {
    const a = await read('thailand-cambodia');
    const killed = a.events.find((e) => e.type === 'Killing');
    expect(killed?.quantities).toContainEqual({ value: 15, unit: 'person' });
    expect(killed?.quantities.map((q) => q.value)).not.toContain(40);
  });
});

describe('indonesia-protests.txt', () => {
  it('makes "Prabowo" the president introduced first, not the police chief whose surname it is', async () => {
    const a = await read('indonesia-protests');
    const spokesman = a.statements.find((s) => text(a, s.speaker) === 'a presidential spokesman');
    expect(spokesman?.about).toContain('person:prabowo-subianto');
    expect(spokesman?.about).not.toContain('person:listyo-sigit-prabowo');
  });

  it('takes no count from "nearly 10 times the minimum wage"', async () => {
    const a = await read('indonesia-protests');
    expect(a.events.flatMap((e) => e.quantities).map((q) => q.value)).not.toContain(10);
  });
});

// Counterexamples a review of 0.5.92–0.5.96 wrote against the new rules (review24-*.txt): each
// came out wrong at 0.5.96 and right before it.
describe('review24 counterexamples', () => {
  it('keeps a Marine a title before a full name, and "the commission Trump established" no body', async () => {
    const a = await read('review24-ents');
    expect(a.entities.find((e) => e.id === 'person:paul-whelan')?.name).toBe('Paul Whelan');
    expect(a.entities.find((e) => e.name === 'Trump')?.type).toBe('Person');
  });

  it('drops only a vessel\'s own name ("the tankers Russia uses" keeps Russia)', async () => {
    const a = await read('review24-ents');
    expect(a.entities.find((e) => e.id === 'country:russia')?.mentions.length).toBe(2);
  });

  it('makes no outlet of "the Iran-backed network", and no second one of "the Paris-based agency"', async () => {
    const a = await read('review24-ents');
    const network = a.statements.find((s) => text(a, s.speaker) === 'Prosecutors in Italy');
    expect(network?.about).not.toContain('organisation:al-jazeera');
    const iea = await read('review24-iea');
    const agency = iea.statements.find((s) => text(iea, s.speaker) === 'The Paris-based agency');
    expect(agency?.speaker?.entityId).toBe('organisation:international-energy-agency');
  });

  it('makes "The firm" no company another body was the subject after ("Hindenburg Research accused Adani Group")', async () => {
    const a = await read('review24-iea');
    const firm = a.statements.find((s) => text(a, s.speaker) === 'The firm');
    expect(firm?.speaker?.entityId).not.toBe('organisation:adani-group');
  });

  it('keeps events the new rules had dropped or made up', async () => {
    const a = await read('review24-events');
    const labels = a.events.map((e) => `${e.type}:${e.label}`);
    expect(labels).toContain('Detention:arrest'); // "The move to arrest Imamoglu … triggered"
    expect(labels.filter((l) => l === 'Agreement:signed')).toHaveLength(2); // a joint statement, a letter of intent
    expect(labels.filter((l) => l.startsWith('Election'))).toEqual([]); // "Fertilizer runoff"
    const kyiv = a.events.find((e) => e.label === 'missile attack');
    expect(kyiv?.quantities.map((q) => q.value)).toContain(2); // "falling debris killed two people"
    const fans = a.events.find((e) => e.type === 'Attack' && e.participants.some((p) => p.entityId === 'place:zagreb'));
    expect(fans?.participants.map((p) => p.entityId)).not.toContain('place:belgrade'); // "Fans from Belgrade"
  });

  it('keeps a killing someone is trying to solve, and a confirmation of a fact', async () => {
    const a = await read('review24-last');
    expect(a.events.some((e) => e.type === 'Killing' && e.date === '2025-07')).toBe(true);
    expect(a.statements.filter((s) => text(a, s.cue) === 'confirmed')).toHaveLength(2);
  });

  it('keeps Georgia the US state in a story from Atlanta that names Tbilisi', async () => {
    const a = await read('review24-georgia');
    expect(roles(a)).toContainEqual(['person:brian-kemp', 'Governor', 'place:georgia']);
  });

  it('gives no family name to "Neymar" where the family is said of others', async () => {
    const a = await read('review24-family');
    expect(a.entities.map((e) => e.name)).toContain('Neymar');
  });

  it('makes no legal case of an impeachment recalled in a relative clause, and keeps the case of an officer', async () => {
    const a = await read('review24-brazil');
    expect(a.events.filter((e) => e.type === 'LegalCase')).toEqual([]);
    const combs = await read('review24-combs');
    expect(combs.events.some((e) => e.type === 'LegalCase' && e.label === 'case')).toBe(true);
  });
});

describe('session 25: dates and names left over from the session 24 review', () => {
  it('dates "on Thursday convicted" after a dateline in a Friday story to the day before', async () => {
    // The tagger made "convicted" a participle (VBN, with a subject and no auxiliary); SUTime
    // had put the Thursday in the week ahead.
    const a = await read('review24-brazil');
    const ruling = a.events.find((e) => e.type === 'Ruling' && e.label === 'convicted');
    expect(ruling?.date).toBe('2025-09-11');
  });

  it('makes a ceasefire in force an agreement, dated and with its sides', async () => {
    const gaza = await read('gaza-ceasefire-2025');
    const truce = gaza.events.find((e) => e.type === 'Agreement' && e.label === 'ceasefire');
    expect(truce?.date).toBe('2025-01-19');
    expect(truce?.participants).toEqual(
      expect.arrayContaining([
        { entityId: 'country:israel', role: 'participant' },
        { entityId: 'organisation:hamas', role: 'participant' },
      ]),
    );
    const lebanon = await read('hezbollah-disarm');
    expect(lebanon.events.find((e) => e.label === 'ceasefire')?.date).toBe('2024-11');
    // ("the fifth swap under a fragile ceasefire": the swap's counts and day are not the ceasefire's.)
    const swap = await read('hostage-exchange');
    const underIt = swap.events.find((e) => e.type === 'Agreement' && e.label === 'ceasefire');
    expect(underIt?.quantities).toEqual([]);
    expect(underIt?.date).toBeUndefined();
  });

  it('makes no agreement of a ceasefire called for, refused or proposed', async () => {
    for (const name of ['gaza-hunger', 'istanbul-talks', 'kremlin-talks', 'thailand-cambodia', 'nobel-nomination']) {
      const a = await read(name);
      expect(
        a.events.filter((e) => e.type === 'Agreement' && /ceasefire/.test(e.label)),
        name,
      ).toEqual([]);
    }
    const proposal = await read('hamas-accepts');
    expect(proposal.events.filter((e) => e.type === 'Agreement' && /truce|ceasefire/.test(e.label))).toEqual([]);
  });

  it('reads "the group", "the Iran-backed group" and a headline\'s bare "group" as the armed group named before', async () => {
    const a = await read('hezbollah-disarm');
    const headline = a.statements.find((st) => text(a, st.cue) === 'calls');
    expect(headline?.speaker?.entityId).toBe('organisation:hezbollah');
    // ("a move the Iran-backed group rejected": the tagger's participle with a subject is active
    // outside a headline.)
    const rejection = a.events.find((e) => e.type === 'Rejection');
    expect(rejection?.participants).toEqual([{ entityId: 'organisation:hezbollah', role: 'agent' }]);
    expect(roles(a)).toContainEqual(['person:naim-qassem', 'leader', 'organisation:hezbollah']);
    const hamas = await read('nobel-nomination');
    const held = hamas.events.find((e) => e.type === 'Detention' && e.label === 'hostages');
    expect(held?.participants).toContainEqual({ entityId: 'organisation:hamas', role: 'agent' });
  });

  it('reads a closing relay the parser hung on a noun, with a participle after it, and gives the participle its speaker', async () => {
    // "At least 460 people were killed at the Saudi Maternity Hospital, the World Health
    // Organization said on Tuesday, citing local sources."
    const a = await read('sudan-el-fasher');
    const rows = statementRows(a);
    expect(rows).toContainEqual([
      'the World Health Organization',
      'organisation:world-health-organization',
      'said',
      'At least 460 people were killed at the Saudi Maternity Hospital',
    ]);
    expect(rows).toContainEqual([
      'the World Health Organization',
      'organisation:world-health-organization',
      'citing',
      'local sources',
    ]);
  });

  it('reads a "that" clause the parser hung on "call" after "told analysts on a conference call"', async () => {
    const a = await read('apple-tariffs');
    const told = a.statements.find((st) => text(a, st.cue) === 'told');
    expect(text(a, told?.speaker)).toBe('Chief Executive Tim Cook');
    expect(text(a, told?.content)).toMatch(
      /^that the company had seen "double-digit growth" in iPhone sales and that .* India$/,
    );
  });

  it('gives "X, who …, said" to X where the parser made X the subject of the relative clause\'s last verb', async () => {
    const a = await read('france-strikes');
    const meet = a.statements.find((st) => /meet union leaders/.test(text(a, st.content) ?? ''));
    expect(meet?.speaker?.entityId).toBe('person:sebastien-lecornu');
  });

  it('reads "the automaker", "the Danish drugmaker" and "the maker of Wegovy" as the company the story is about', async () => {
    const vw = await read('volkswagen-cuts');
    // (Not IG Metall, the union named last before it.)
    const automaker = vw.statements.find((st) => text(vw, st.speaker) === 'the automaker');
    expect(automaker?.speaker?.entityId).toBe('organisation:volkswagen');
    const novo = await read('novo-cuts');
    // (Not Eli Lilly, the rival named last before it, nor "Ozempic" inside the speaker.)
    const maker = novo.statements.find((st) => text(novo, st.speaker) === 'The maker of Wegovy and Ozempic');
    expect(maker?.speaker?.entityId).toBe('organisation:novo-nordisk');
  });

  it('makes a strike that kills aid workers an attack with its count, not a labour strike', async () => {
    const a = await read('wck-strike');
    expect(a.events.filter((e) => e.type === 'Protest')).toEqual([]);
    const attack = a.events.find((e) => e.type === 'Attack' && e.label === 'airstrike');
    expect(attack?.quantities).toEqual([{ value: 7, unit: 'worker' }]);
    expect(attack?.participants).toContainEqual({ entityId: 'country:israel', role: 'agent' });
  });

  it('reads "the paramilitary group" as the Rapid Support Forces, though the name ends in "Forces"', async () => {
    const a = await read('sudan-el-fasher');
    const st = a.statements.find((x) => text(a, x.speaker) === 'The paramilitary group');
    expect(st?.speaker?.entityId).toBe('organisation:rapid-support-forces');
  });

  it('splits "the Conservatives and Labour" and makes "Conservative leader" a leader of the Conservatives', async () => {
    const a = await read('uk-tories-badenoch');
    const names = a.entities.map((e) => e.name);
    expect(names).not.toContain('Conservatives and Labour');
    expect(names).toEqual(expect.arrayContaining(['Conservatives', 'Labour']));
    expect(a.entities.find((e) => e.name === 'Conservatives')?.mentions).toHaveLength(2);
    expect(roles(a)).toContainEqual(['person:kemi-badenoch', 'leader', 'organisation:conservatives']);
  });

  it('finds "the charity World Central Kitchen" the tagger called MISC, its CEO, and "the group" and "the charity" as it', async () => {
    const a = await read('wck-strike');
    expect(a.entities.find((e) => e.id === 'organisation:world-central-kitchen')?.aliases).toContain('WCK');
    expect(roles(a)).toContainEqual(['person:erin-gore', 'CEO', 'organisation:world-central-kitchen']);
    for (const speaker of ['the group', 'the charity'])
      expect(a.statements.find((x) => text(a, x.speaker) === speaker)?.speaker?.entityId, speaker).toBe(
        'organisation:world-central-kitchen',
      );
  });

  it('reads a court past a dateline the parser made the subject, and "the panel" and "the court" as the one court named', async () => {
    const a = await read('appeals-court-guard');
    // "SAN FRANCISCO, June 19 (Reuters) - A federal appeals court on Thursday allowed President
    // Donald Trump to keep control …": a ruling.
    const allowed = a.events.find((e) => e.type === 'Ruling' && e.label === 'allowed');
    expect(allowed?.date).toBe('2025-06-19');
    expect(allowed?.participants).toContainEqual({ entityId: 'person:donald-trump', role: 'target' });
    for (const speaker of ['The panel', 'the court'])
      expect(a.statements.find((x) => text(a, x.speaker) === speaker)?.speaker?.entityId, speaker).toBe(
        'court:u-s-circuit-court-of-appeals',
      );
    // ("BUCHAREST, Dec 6 (Reuters) - Romania's Constitutional Court on Friday annulled …": the
    // court's act, not Romania's.)
    const romania = await read('romania-annul');
    const annulled = romania.events.find((e) => e.type === 'Ruling');
    expect(annulled?.participants).toEqual([{ entityId: 'court:romanian-constitutional-court', role: 'court' }]);
  });
});

// A review of the session's rules through the live server (review25-* fixtures): each case came
// out wrong on the rules as first written.
describe('session 25 review: counterexamples', () => {
  it('keeps strikes by workers that hit production labour strikes', async () => {
    const a = await read('review25-strike-production');
    const strikes = a.events.filter((e) => e.label === 'strike');
    expect(strikes.map((e) => e.type)).toEqual(['Protest', 'Protest', 'Attack', 'Protest']);
    expect(strikes[2].participants).toContainEqual({ entityId: 'place:kharkiv', role: 'place' });
  });

  it('gives "the group" no body where an unnamed militia or gang was brought in, and prefers the group that was the subject', async () => {
    const a = await read('review25-hamas-militia');
    const speaker = (t: string) => a.statements.find((x) => text(a, x.speaker) === t)?.speaker?.entityId;
    expect(speaker('group')).toBeUndefined();
    expect(speaker('The militia')).toBeUndefined();
    expect(speaker('The Iran-backed group')).toBe('organisation:islamic-jihad');
  });

  it('reads a trade noun as the body the article calls by it, never a rival, and not over a name set beside it', async () => {
    const speaker = async (name: string, t: string) => {
      const a = await read(name);
      return a.statements.find((x) => text(a, x.speaker) === t)?.speaker?.entityId;
    };
    expect(await speaker('review25-stellantis-rival', 'The automaker')).toBeUndefined();
    expect(await speaker('review25-drugmaker-fda', 'The lender to the project')).toBe('organisation:bank-of-america');
    expect(await speaker('review25-alaska-boeing', 'The airline')).toBe('organisation:alaska-airlines');
    expect(await speaker('review25-openai-startup', 'The startup')).toBe('organisation:openai');
  });

  it('makes no court of "a U.N. panel of experts", and dates a court act past the dateline\'s day', async () => {
    const a = await read('review25-appeals-unnamed');
    expect(a.statements.find((x) => text(a, x.speaker) === 'The panel')?.speaker?.entityId).toBeUndefined();
    const b = await read('review25-court-date2');
    expect(b.events.find((e) => e.type === 'Ruling')?.date).toBe('2025-03-13');
  });

  it('makes no agreement of a ceasefire that is the subject of "was unacceptable"', async () => {
    const a = await read('review25-ceasefire-collapse');
    expect(a.events.filter((e) => e.type === 'Agreement').map((e) => [e.label, e.date])).toEqual([
      ['truce', '2025-01-19'],
    ]);
  });

  it("ends a relay's content before it where a participle of saying follows, which is the relay's", async () => {
    const a = await read('review25-relay-who-said');
    const rows = statementRows(a);
    expect(rows).toContainEqual([
      'the interior ministry',
      'organisation:interior-ministry',
      'said',
      'At least 12 people were wounded in the city of Zaporizhzhia',
    ]);
    expect(rows).toContainEqual([
      'the interior ministry',
      'organisation:interior-ministry',
      'adding',
      'that rescue work was continuing',
    ]);
  });

  it('makes "Liberal Democrat leader Ed Davey" a leader of the Liberal Democrats', async () => {
    const a = await read('review25-uk-leaders');
    expect(roles(a)).toContainEqual(['person:ed-davey', 'leader', 'organisation:liberal-democrats']);
  });
});

describe('session 25: pronouns, aspect verbs and a quake', () => {
  it('gives an "it" no chain named the body whose statement came just before', async () => {
    const vw = await read('volkswagen-cuts');
    expect(vw.statements.find((x) => text(vw, x.cue) === 'added')?.speaker?.entityId).toBe('organisation:volkswagen');
    const sudan = await read('sudan-el-fasher');
    expect(sudan.statements.find((x) => text(sudan, x.cue) === 'warned')?.speaker?.entityId).toBe(
      'organisation:united-nations',
    );
  });

  it('makes no statement of "Shallow earthquakes tend to cause more damage", and one disaster of the quake that killed', async () => {
    const a = await read('afghan-quake');
    expect(a.statements.some((x) => text(a, x.cue) === 'tend')).toBe(false);
    const quakes = a.events.filter((e) => e.sentence === 1);
    expect(quakes.map((e) => [e.type, e.label])).toEqual([['Disaster', 'earthquake']]);
    expect(quakes[0].quantities).toContainEqual({ value: 800, unit: 'person', qualifier: 'more than' });
  });
});

describe('session 25: datelines, headline places and dates', () => {
  it('reads "PORT SUDAN" in a dateline as one city, and the headline\'s "El Fasher" as the place the story names', async () => {
    const a = await read('sudan-el-fasher');
    const ids = a.entities.map((e) => e.id);
    expect(ids).toContain('place:port-sudan');
    expect(ids).not.toContain('place:port');
    expect(ids).not.toContain('organisation:el-fasher');
    expect(a.entities.find((e) => e.id === 'place:el-fasher')?.mentions).toHaveLength(2);
  });

  it('dates no deal by the holiday in "a Christmas miracle"', async () => {
    const a = await read('volkswagen-cuts');
    expect(a.events.filter((e) => e.date === '2024-12-25')).toEqual([]);
  });

  it('makes no event of "Shallow earthquakes tend to cause more damage"', async () => {
    const a = await read('afghan-quake');
    expect(a.events.filter((e) => e.type === 'Disaster').map((e) => e.date)).toEqual(['2025-08-31', '2023-10']);
  });
});

// A second review (review25b-* fixtures), of 0.5.104–0.5.105's rules.
describe('session 25 second review: counterexamples', () => {
  it('reads "the panel" as a court only after the court\'s own panel, not after "a House panel"', async () => {
    const a = await read('review25b-c-panels');
    const panels = a.statements.filter((x) => text(a, x.speaker) === 'The panel').map((x) => x.speaker?.entityId);
    expect(panels).toEqual(['court:u-s-circuit-court-of-appeals', undefined, undefined]);
  });

  it('gives "It said" no body past another named since, and "It shows" (a report) none', async () => {
    const a = await read('review25b-d-it-speaker');
    const it = (cue: string) =>
      a.statements.find((x) => /^it$/i.test(text(a, x.speaker) ?? '') && text(a, x.cue) === cue);
    expect(it('said')?.speaker?.entityId).toBeUndefined();
    expect(it('shows')?.speaker?.entityId).toBeUndefined();
    expect(it('added')?.speaker?.entityId).toBe('organisation:guatemalan-interior-ministry');
  });

  it('gives a trade noun no body where a rival the tagger did not name came in since', async () => {
    const a = await read('review25b-b-carmaker-rival');
    const speaker = (t: string) => a.statements.find((x) => text(a, x.speaker) === t)?.speaker?.entityId;
    expect(speaker('The Chinese carmaker')).toBeUndefined();
    expect(speaker('The startup')).toBeUndefined();
    expect(speaker('The U.S. carmaker')).toBe('organisation:tesla');
  });

  it('makes no agreement of "the idea of a ceasefire" or "talks on a truce"', async () => {
    const a = await read('review25b-l-ceasefire');
    expect(a.events.filter((e) => e.type === 'Agreement').map((e) => e.label)).toEqual(['Lebanon ceasefire']);
  });
});

// Session 26: ten more wire stories (nepal-protests … cameroon-election), read by hand.
describe('session 26: statements the parser hid', () => {
  it('gives ", saying …" that the parser made a subject to the one who spoke (the African Union)', async () => {
    const a = await read('madagascar-coup');
    const saying = a.statements.find((x) => text(a, x.cue) === 'saying');
    expect(saying?.speaker?.entityId).toBe('organisation:african-union');
    expect(text(a, saying?.content)).toBe('the takeover was an unconstitutional change of government');
  });

  it('reads "said in a statement posted on Facebook that …" from "that" on', async () => {
    const a = await read('madagascar-coup');
    const said = a.statements.find(
      (x) => x.speaker?.entityId === 'person:andry-rajoelina' && text(a, x.cue) === 'said',
    );
    expect(text(a, said?.content)).toBe(
      'that he had been forced to leave for his safety and that the takeover was illegal',
    );
  });

  it('reads "told a news conference that Robinson also faced charges of …" whole', async () => {
    const a = await read('kirk-charged');
    const told = a.statements.find((x) => text(a, x.cue) === 'told' && x.speaker?.entityId === 'person:jeff-gray');
    expect(text(a, told?.content)).toBe(
      'that Robinson also faced charges of felony discharge of a firearm, obstruction of justice and witness tampering',
    );
  });

  it('gives "Robinson\'s roommate told" to no one, not to Robinson', async () => {
    const a = await read('kirk-charged');
    const roommate = a.statements.find((x) => text(a, x.speaker) === "Robinson's roommate");
    expect(roommate).toBeDefined();
    expect(roommate?.speaker?.entityId).toBeUndefined();
  });

  it('makes no statement of "calling itself Scattered Lapsus$ Hunters" or a headline\'s "declared winner"', async () => {
    const cues = async (name: string) => {
      const a = await read(name);
      return a.statements.map((x) => text(a, x.cue));
    };
    expect(await cues('jlr-cyberattack')).not.toContain('calling');
    expect(await cues('nepal-protests')).not.toContain('call');
    const cameroon = await read('cameroon-election');
    expect(cameroon.statements.filter((x) => x.sentence === 0)).toEqual([]);
  });

  it('gives ", and has said he will not step aside" after a clause on a noun to the sentence\'s subject', async () => {
    const a = await read('czech-election');
    const said = a.statements.find((x) => text(a, x.content)?.startsWith('he will not step aside'));
    expect(text(a, said?.speaker)).toBe('Babis');
    expect(said?.speaker?.entityId).toBe('person:andrej-babis');
  });

  it('gives the "it" that opens what a body said to that body ("said it was shocked … and called for …")', async () => {
    const a = await read('nepal-protests');
    const called = a.statements.find((x) => text(a, x.cue) === 'called');
    expect(text(a, called?.speaker)).toBe('it');
    expect(called?.speaker?.entityId).toBe('organisation:united-nations');
  });
});

describe('session 26: names and bodies', () => {
  it('splits "An Air India Boeing 787-8" into the two bodies the article names on their own', async () => {
    const a = await read('air-india-crash');
    const ids = a.entities.map((e) => e.id);
    expect(ids).not.toContain('organisation:air-india-boeing');
    expect(ids).toEqual(expect.arrayContaining(['organisation:air-india', 'organisation:boeing']));
    expect(a.statements.find((x) => text(a, x.speaker) === 'the airline')?.speaker?.entityId).toBe(
      'organisation:air-india',
    );
  });

  it('reads "Tchiroma" as Issa Tchiroma Bakary, and "Abrego" as Kilmar Abrego Garcia', async () => {
    const a = await read('cameroon-election');
    expect(a.entities.map((e) => e.id)).not.toContain('person:tchiroma');
    expect(a.statements.find((x) => text(a, x.cue) === 'rejected')?.speaker?.entityId).toBe(
      'person:issa-tchiroma-bakary',
    );
    const b = await read('review25-court-two-courts');
    expect(b.entities.map((e) => e.id)).not.toContain('person:abrego');
  });

  it('gives "The African Union Commission chairperson Mahmoud Ali Youssouf congratulated" to him', async () => {
    const a = await read('cameroon-election');
    expect(a.statements.find((x) => text(a, x.cue) === 'congratulated')?.speaker?.entityId).toBe(
      'person:mahmoud-ali-youssouf',
    );
  });

  it('makes bodies of "the Czech Statistical Office" and "the Spolu coalition", but keeps the Oval Office a place', async () => {
    const a = await read('czech-election');
    const type = (name: string) => a.entities.find((e) => e.name === name)?.type;
    expect(type('Czech Statistical Office')).toBe('Organisation');
    expect(type('Spolu')).toBe('Organisation');
    const b = await read('oval-office-clash');
    expect(b.entities.find((e) => e.name === 'Oval Office')?.type).toBe('Place');
  });

  it('gives "The carmaker said", six sentences after the lead, to the story\'s company', async () => {
    const a = await read('jlr-cyberattack');
    expect(a.statements.find((x) => text(a, x.speaker) === 'The carmaker')?.speaker?.entityId).toBe(
      'organisation:jaguar-land-rover',
    );
  });
});

describe('session 26: events', () => {
  it('makes "charged Tyler Robinson with aggravated murder" a LegalCase against him', async () => {
    const a = await read('kirk-charged');
    const charged = a.events.find((e) => e.type === 'LegalCase' && text(a, e.trigger) === 'charged');
    expect(charged?.participants).toContainEqual(
      expect.objectContaining({ role: 'target', entityId: 'person:tyler-robinson' }),
    );
    expect(charged?.charges).toContain('murder');
  });

  it('counts no crowd ("a crowd of about 3,000 people") and no whole ("241 of the 242 people")', async () => {
    const a = await read('kirk-charged');
    expect(a.events.flatMap((e) => e.quantities ?? []).map((q) => q.value)).not.toContain(3000);
    const b = await read('air-india-crash');
    const crash = b.events.find((e) => text(b, e.trigger) === 'crashed');
    expect(crash?.type).toBe('Disaster');
    expect(crash?.quantities?.map((q) => q.value)).toEqual([241, 19]);
  });

  it('makes the headline\'s "jet crashes …, killing more than 240" one disaster', async () => {
    const a = await read('air-india-crash');
    expect(a.events.filter((e) => e.sentence === 0).map((e) => [e.type, text(a, e.trigger)])).toEqual([
      ['Disaster', 'jet crashes'],
    ]);
  });
});

// A review of session 26's rules (review26-* fixtures): counterexamples that the first cut of
// 0.5.108 read worse than 0.5.107, fixed.
describe('session 26 review: counterexamples', () => {
  it('keeps "The company" on Microsoft, not on the rival that spoke between ("Microsoft\'s main rival")', async () => {
    const a = await read('review26-02-company-chain');
    expect(a.statements.find((x) => text(a, x.speaker) === 'The company')?.speaker?.entityId).toBe(
      'organisation:microsoft-corp',
    );
  });

  it('reads "Ali, a shopkeeper" and "Hamid, a polling agent" as new people, not Syed Ali Zafar and Omar Hamid Khan', async () => {
    const a = await read('review26-04-middle-ali');
    const speaker = (t: string) => a.statements.find((x) => text(a, x.speaker) === t)?.speaker?.entityId;
    expect(speaker('Ali')).toBe('person:ali');
    expect(speaker('Hamid')).toBe('person:hamid');
  });

  it('keeps states and cities before "party", "coalition of" or "coalition talks" places', async () => {
    const places = async (name: string) => {
      const a = await read(name);
      return a.entities.filter((e) => e.type === 'Organisation').map((e) => e.name);
    };
    expect(await places('review26-06-coalition-party')).toEqual(['Christian Democrats', 'Reuters']);
    expect(await places('review26-26-party-places')).toEqual(['AP']);
  });

  it('keeps "dismissed the lawsuit as a witch hunt" a stance; only "The judge dismissed the appeal" is none', async () => {
    const a = await read('review26-14-dismiss');
    const dismissed = a.statements.filter((x) => text(a, x.cue) === 'dismissed').map((x) => text(a, x.speaker));
    expect(dismissed).toEqual(['Trump', 'Democrats']);
  });

  it('keeps "calling itself Europe\'s leading investment bank", a description, as a statement', async () => {
    const a = await read('review26-23-calling-itself-claim');
    expect(a.statements.filter((x) => text(a, x.cue) === 'calling').map((x) => text(a, x.content))).toEqual([
      "itself Europe's leading investment bank",
      "itself Germany's bank for small firms",
      'itself a partner to industry',
    ]);
  });
});

describe('session 26: left-alone items taken up', () => {
  it('counts no killing of another clause on a resignation ("resigned on Tuesday, a day after police fired …, killing at least 19")', async () => {
    const a = await read('nepal-protests');
    const resigned = a.events.find((e) => e.type === 'Resignation' && e.sentence === 1);
    expect(resigned?.quantities ?? []).toEqual([]);
    expect(a.events.find((e) => e.type === 'Killing' && e.sentence === 1)?.quantities).toContainEqual({
      value: 19,
      unit: 'person',
      qualifier: 'at least',
    });
  });

  it('gives an event named only to date a clause no target from that clause ("lifted the ban on Facebook … after the killings")', async () => {
    const a = await read('nepal-protests');
    const targets = a.events.flatMap((e) => e.participants.filter((p) => p.role === 'target').map((p) => p.entityId));
    expect(targets).not.toContain('organisation:facebook');
    const b = await read('comey-indicted');
    expect(b.events.flatMap((e) => e.participants.map((p) => p.entityId))).not.toContain('organisation:instagram');
  });

  it('keeps "Senate" apart from the Senate Judiciary Committee', async () => {
    const a = await read('comey-indicted');
    expect(a.roles.find((r) => r.personId === 'person:chuck-schumer')?.ofId).toBe('organisation:senate');
    expect(a.entities.find((e) => e.id === 'organisation:senate-judiciary-committee')?.aliases).not.toContain('Senate');
  });

  it('counts "23 of its soldiers" as soldiers', async () => {
    const a = await read('pakistan-afghan-clashes');
    expect(a.events.flatMap((e) => e.quantities ?? [])).toContainEqual({ value: 23, unit: 'soldier' });
  });

  it('makes a body of an untagged name set before "the trade union" or "a group that …", and keeps "The carmaker" on JLR', async () => {
    const a = await read('jlr-cyberattack');
    expect(a.statements.find((x) => text(a, x.speaker) === 'Unite')?.speaker?.entityId).toBe('organisation:unite');
    expect(roles(a)).toContainEqual(['person:sharon-graham', 'general secretary', 'organisation:unite']);
    expect(a.statements.find((x) => text(a, x.speaker) === 'The carmaker')?.speaker?.entityId).toBe(
      'organisation:jaguar-land-rover',
    );
    const b = await read('according-asides');
    expect(b.entities.map((e) => e.id)).toContain('organisation:civic-ledger');
  });
});

// Session 26, a second batch of ten wire stories (bbc-director-resigns … argentina-midterms).
describe('session 26: a second batch of stories', () => {
  it('gives "his" in a chain that holds his wife, named as such, to him ("His lawyers", "acquitted him")', async () => {
    const a = await read('sarkozy-jailed');
    expect(a.statements.find((x) => text(a, x.speaker) === 'His lawyers')?.speaker?.entityId).toBe(
      'person:nicolas-sarkozy',
    );
    const acquitted = a.events.find((e) => text(a, e.trigger) === 'acquitted');
    expect(acquitted?.participants.map((p) => p.entityId)).not.toContain('person:carla-bruni-sarkozy');
  });

  it('gives "was declared the winner" no speaker, and the headline\'s "declared winner" no statement', async () => {
    const a = await read('tanzania-election');
    const declared = a.statements.filter((x) => text(a, x.cue) === 'declared');
    expect(declared).toHaveLength(1);
    expect(declared[0].speaker?.entityId).toBeUndefined();
    expect(text(a, declared[0].content)).toBe("the winner of last week's election with nearly 98% of the vote");
  });

  it('makes no statement of a declared measure ("a state of national calamity", "seven days of national mourning")', async () => {
    for (const name of ['philippines-typhoon', 'odinga-dies']) {
      const a = await read(name);
      expect(a.statements.filter((x) => text(a, x.cue) === 'declared')).toEqual([]);
    }
  });

  it('makes no place of "the province" the tagger tagged, nor a country of "the Argentine"', async () => {
    const a = await read('philippines-typhoon');
    expect(a.entities.map((e) => e.id)).not.toContain('place:province');
    const b = await read('argentina-midterms');
    expect(b.entities.filter((e) => e.type === 'Country').map((e) => e.id)).toEqual([
      'country:united-states',
      'country:argentina',
    ]);
  });

  it('reads "Amazon" as Amazon.com Inc', async () => {
    const a = await read('amazon-layoffs');
    expect(a.entities.filter((e) => e.name.startsWith('Amazon')).map((e) => e.id)).toEqual([
      'organisation:amazon-com-inc',
    ]);
  });

  it('reads "Sandu, who founded PAS, said Moldovans had defended …", which the parser made a modifier', async () => {
    const a = await read('moldova-election');
    const said = a.statements.find((x) => text(a, x.cue) === 'said' && x.speaker?.entityId === 'person:maia-sandu');
    expect(text(a, said?.speaker)).toBe('Sandu');
    expect(text(a, said?.content)).toBe('Moldovans had defended their democracy "against unprecedented interference."');
  });
});

// A review of the second set of session 26 rules (review26b-* fixtures).
describe('session 26 second review: counterexamples', () => {
  it('keeps "the Senate panel" the committee, though "Senate" alone is the chamber', async () => {
    const a = await read('review26b-01-senate-committee');
    expect(a.statements.find((x) => text(a, x.speaker) === 'Democrats on the Senate panel')?.speaker?.entityId).toBe(
      'organisation:senate-foreign-relations-committee',
    );
  });

  it('gives "The Argentine, who turned 38, said" (a player) to no country', async () => {
    const a = await read('review26b-10-argentine-player');
    const said = a.statements.find((x) => text(a, x.speaker) === 'The Argentine');
    expect(said).toBeDefined();
    expect(said?.speaker?.entityId).toBeUndefined();
  });
});

describe('session 26: pronoun speakers in the second batch', () => {
  it('gives a "He" opening a sentence to the subject of the one before, not the man named in its clause', async () => {
    const a = await read('dutch-election-d66');
    expect(a.statements.find((x) => text(a, x.content)?.startsWith('the PVV would remain'))?.speaker?.entityId).toBe(
      'person:geert-wilders',
    );
  });

  it('gives "“I called Rodrigo Paz to congratulate him,” he said, adding …" to Quiroga, not Paz', async () => {
    const a = await read('bolivia-election');
    const he = a.statements.filter((x) => text(a, x.speaker) === 'he' && x.sentence === 5);
    expect(he.map((x) => [text(a, x.cue), x.speaker?.entityId])).toEqual([
      ['said', 'person:jorge-quiroga'],
      ['adding', 'person:jorge-quiroga'],
    ]);
    expect(he[1].about).not.toContain('person:jorge-quiroga');
  });

  it('calls "Raila Odinga Junior" Odinga, not "Junior", and keeps "Odinga" his father', async () => {
    const a = await read('odinga-dies');
    expect(a.entities.find((e) => e.id === 'person:raila-odinga-junior')?.aliases).not.toContain('Junior');
    expect(a.entities.find((e) => e.id === 'person:raila-odinga')?.mentions).toHaveLength(6);
  });
});

describe('session 26: a party the tagger missed', () => {
  it('makes "Chadema" in "Chadema leader Tundu Lissu" a body, and the posts its own', async () => {
    const a = await read('tanzania-election');
    expect(roles(a)).toEqual(
      expect.arrayContaining([
        ['person:tundu-lissu', 'leader', 'organisation:chadema'],
        ['person:john-kitoka', 'spokesperson', 'organisation:chadema'],
      ]),
    );
    // (Not "Police Commissioner Jessica Tisch", "Majority Leader John Thune".)
    const b = await read('review26b-01-senate-committee');
    expect(b.entities.map((e) => e.id)).not.toContain('organisation:majority');
  });
});

// Session 27: ten more wire stories (peru-boluarte-ousted, qatar-strike, alaska-summit,
// minnesota-shooting, kimmel-suspended, venezuela-boat-strike, lisa-cook-fed, hong-kong-fire,
// epstein-files-vote, morocco-genz-protests), recorded from the real CoreNLP server and read by hand.
describe('session 27: statements', () => {
  it('ends a sentence after "wrote on X." so the next sentence\'s speaker is its own', async () => {
    const a = await read('minnesota-shooting');
    const condemned = a.statements.find((x) => text(a, x.cue) === 'condemned');
    expect(text(a, condemned?.speaker)).toBe('President Donald Trump');
    expect(condemned?.speaker?.entityId).toBe('person:donald-trump');
    expect(
      a.statements.filter((x) => x.speaker?.entityId === 'person:kamala-harris').map((x) => text(a, x.cue)),
    ).toEqual(['wrote']);
  });

  it('makes no closing relay of an infinitive ("had asked his envoy to warn Qatar"), and the "he" is Trump', async () => {
    const a = await read('qatar-strike');
    expect(a.statements.filter((x) => text(a, x.cue) === 'warn')).toEqual([]);
    const asked = a.statements.find((x) => text(a, x.cue) === 'asked');
    expect(asked?.speaker?.entityId).toBe('person:donald-trump');
    expect(roles(a)).toContainEqual(['person:steve-witkoff', 'envoy', 'country:united-states']);
  });

  it('keeps "Israeli and" in the speaker "Israeli and Hamas officials", not in what they said', async () => {
    const a = await read('qatar-strike');
    const said = a.statements.find((x) => x.sentence === 1 && text(a, x.cue) === 'said');
    expect(text(a, said?.speaker)).toBe('Israeli and Hamas officials');
    expect(text(a, said?.content)).toMatch(/a ceasefire in Gaza$/);
  });

  it('reads "told reporters the strike was …" from the clause\'s subject', async () => {
    const a = await read('venezuela-boat-strike');
    const told = a.statements.find((x) => text(a, x.cue) === 'told');
    expect(text(a, told?.content)).toBe('the strike was "a lethal strike" and that more would follow');
  });

  it('reports no participle that describes a noun ("the boards used to cover windows")', async () => {
    const a = await read('hong-kong-fire');
    const complained = a.statements.find((x) => text(a, x.cue) === 'complained');
    expect(text(a, complained?.content)).toBe(
      'the mesh and the polystyrene boards used to cover windows during the works',
    );
  });

  it('finds "…, acting U.S. Attorney Joe Thompson told a news conference", the name made an object', async () => {
    const a = await read('minnesota-shooting');
    const told = a.statements.find((x) => text(a, x.cue) === 'told');
    expect(told?.speaker?.entityId).toBe('person:joe-thompson');
    expect(text(a, told?.content)).toBe('He faces federal charges of stalking and murder');
  });
});

describe('session 27: names and bodies', () => {
  it('reads "the rights group" as Amnesty International and "the union" as the Writers Guild', async () => {
    const a = await read('morocco-genz-protests');
    const quoted = a.statements.find((x) => text(a, x.speaker) === 'the rights group');
    expect(quoted?.speaker?.entityId).toBe('organisation:amnesty-international');
    expect(a.entities.map((e) => e.id)).not.toContain('group:rights-group');
    const b = await read('kimmel-suspended');
    expect(b.statements.find((x) => text(b, x.speaker) === 'the union')?.speaker?.entityId).toBe(
      'organisation:writers-guild-of-america',
    );
  });
});

describe('session 27: events', () => {
  it('does not make the governor who reports a strike one of its targets', async () => {
    const a = await read('alaska-summit');
    const struck = a.events.find((e) => text(a, e.trigger) === 'struck');
    expect(struck?.participants.map((p) => p.entityId)).not.toContain('person:serhiy-lysak');
    expect(struck?.participants).toContainEqual(expect.objectContaining({ role: 'target', entityId: 'place:dnipro' }));
  });

  it('counts no distances, and counts the dead after a dateline', async () => {
    const a = await read('minnesota-shooting');
    const arrested = a.events.find((e) => e.type === 'Detention');
    expect(arrested?.quantities ?? []).toEqual([]);
    const b = await read('morocco-genz-protests');
    const killed = b.events.find((e) => e.type === 'Killing' && e.sentence === 1);
    expect(killed?.quantities).toEqual([{ value: 2, unit: 'person' }]);
    // ("The protests were triggered by the deaths of eight women": the deaths' count, not theirs.)
    expect(b.events.find((e) => e.type === 'Protest')?.quantities ?? []).toEqual([]);
  });

  it('makes "the killing of conservative activist Charlie Kirk" a killing of Kirk', async () => {
    const a = await read('kimmel-suspended');
    // (Sentence 2: CoreNLP ends one after the show's name, "Jimmy Kimmel Live!".)
    const killing = a.events.find((e) => e.type === 'Killing' && e.sentence === 2);
    expect(killing?.participants).toContainEqual(
      expect.objectContaining({ role: 'target', entityId: 'person:charlie-kirk' }),
    );
  });
});

// A review of session 27's rules (review27-* fixtures): counterexamples the first cut read worse
// than 0.5.108, fixed.
describe('session 27 review: counterexamples', () => {
  it('keeps "went to X. Zhang" one sentence: an initial, not the platform', async () => {
    const a = await read('review27-02-x-initial');
    expect(a.entities.map((e) => e.id)).toContain('person:x-zhang');
  });

  it('keeps a relay in an infinitive no one was told to do ("Reeves was due to say")', async () => {
    const a = await read('review27-04-infinitive-relay');
    const say = a.statements.find((x) => text(a, x.cue) === 'say');
    expect(say?.speaker?.entityId).toBe('person:rachel-reeves');
    expect(text(a, say?.content)).toBe('The plan would save about 4 billion pounds a year');
    expect(a.statements.filter((x) => text(a, x.cue) === 'warn' || text(a, x.cue) === 'tell')).toEqual([]);
  });

  it('keeps CoreNLP\'s "she" where its person is named in the sentence ("Murkowski said Dunleavy had called her and she told him")', async () => {
    const a = await read('review27-05-pronoun-conj');
    expect(a.statements.filter((x) => text(a, x.speaker) === 'she').map((x) => x.speaker?.entityId)).toEqual([
      'person:lisa-murkowski',
    ]);
    // ("she told him she would oppose the cuts" relays nothing before it; the sentence is
    // Murkowski's.)
    const said = a.statements.find((x) => x.speaker?.entityId === 'person:lisa-murkowski' && text(a, x.cue) === 'said');
    expect(text(a, said?.content)).toBe('Governor Mike Dunleavy had called her on Monday');
  });

  it('gives "the group" the group named as a subject since, and an unnamed "the rights group" a group of its own', async () => {
    const a = await read('review27-11-rights-group-named');
    expect(a.statements.filter((x) => /group/.test(text(a, x.speaker) ?? '')).map((x) => x.speaker?.entityId)).toEqual([
      'organisation:amnesty-international',
      'organisation:human-rights-watch',
    ]);
    const b = await read('review27-12-rights-group-unnamed');
    expect(b.statements.find((x) => text(b, x.speaker) === 'the rights group')?.speaker?.entityId).toBe(
      'group:rights-group',
    );
    expect(b.statements.find((x) => text(b, x.speaker) === 'The opposition group')?.speaker?.entityId).toBe(
      'group:opposition-group',
    );
  });

  it('reads no trade union into "Union Pacific", nor past an unnamed union brought in since', async () => {
    const a = await read('review27-14-union-pacific');
    // (Since session 28 a "Brotherhood of …" is a union by name: the Brotherhood of Locomotive
    // Engineers and Trainmen, whose name the tagger cuts at "and".)
    expect(a.statements.find((x) => text(a, x.speaker) === 'the union')?.speaker?.entityId).toBe(
      'organisation:brotherhood-of-locomotive-engineers',
    );
    const b = await read('review27-15-guild');
    expect(b.statements.find((x) => text(b, x.speaker) === 'the guild')?.speaker?.entityId).toBe(
      'organisation:writers-guild-of-america',
    );
    expect(b.statements.find((x) => text(b, x.speaker) === 'The union')?.speaker?.entityId).toBeUndefined();
  });

  it('counts "led to the deaths of 12 people" for the attack', async () => {
    const a = await read('review27-20-dateline-count-edge');
    const attack = a.events.find((e) => text(a, e.trigger) === 'attack');
    expect(attack?.quantities).toEqual([{ value: 12, unit: 'person' }]);
  });

  it('does not make the owner the target: "the killing of activist Maria Lopez\'s brother"', async () => {
    const a = await read('review27-28-second-sentence');
    const killing = a.events.find((e) => e.type === 'Killing');
    expect(killing?.participants.map((p) => p.entityId)).not.toContain('person:maria-lopez');
  });
});

describe('session 27: fires', () => {
  it('makes the Hong Kong blaze a Disaster where it burned, with its dead', async () => {
    const a = await read('hong-kong-fire');
    const fire = a.events.find((e) => e.type === 'Disaster');
    expect(fire?.participants).toContainEqual(expect.objectContaining({ role: 'place', entityId: 'place:hong-kong' }));
    expect(fire?.quantities).toContainEqual({ value: 44, unit: 'person', qualifier: 'at least' });
    // (Not a fire opened on someone: "police opened fire on protesters" stays no Disaster.)
    const b = await read('morocco-genz-protests');
    expect(b.events.filter((e) => e.type === 'Disaster')).toEqual([]);
  });
});

describe('session 27: removals and the passive', () => {
  it('makes "voted to remove President Dina Boluarte from office" a Dismissal of her alone, and "Castillo was removed and arrested" his detention', async () => {
    const a = await read('peru-boluarte-ousted');
    const removed = a.events.filter((e) => e.type === 'Dismissal');
    expect(removed.map((e) => e.participants.map((p) => `${p.role}:${p.entityId}`))).toEqual([
      ['agent:organisation:congress', 'target:person:dina-boluarte'],
    ]);
    const arrested = a.events.find((e) => e.type === 'Detention' && e.participants.length);
    expect(arrested?.participants.map((p) => `${p.role}:${p.entityId}`)).toEqual(['target:person:pedro-castillo']);
  });

  it('gives no one "his predecessor Dmytro Kuleba resigned" to the one whose predecessor he was', async () => {
    const a = await read('review25-relay-who-said');
    const resigned = a.events.find((e) => e.type === 'Resignation' && text(a, e.trigger) === 'resigned');
    expect(resigned?.participants.map((p) => p.entityId)).toEqual(['person:dmytro-kuleba']);
  });
});

// Session 27, a second batch of eight wire stories (ukraine-corruption, mamdani-wins,
// ivory-coast-election, nasser-hospital-strike, texas-floods, ups-crash, guinea-bissau-coup,
// nigeria-trump-threat).
describe('session 27: a second batch', () => {
  it('gives "…, Reuters, the Associated Press and Al Jazeera, Gaza health officials said" to the officials', async () => {
    const a = await read('nasser-hospital-strike');
    const said = a.statements.find((x) => x.sentence === 1);
    expect(text(a, said?.speaker)).toBe('Gaza health officials');
    expect(text(a, said?.content)).toMatch(/working for Reuters, the Associated Press and Al Jazeera$/);
  });

  it('gives a "he" after a quotation to the subject of the sentence before, not to a name in its relative clause', async () => {
    const a = await read('mamdani-wins');
    expect(a.statements.find((x) => text(a, x.cue) === 'wrote')?.speaker?.entityId).toBe('person:donald-trump');
    const b = await read('tanzania-election');
    expect(b.statements.find((x) => text(b, x.speaker) === 'she')?.speaker?.entityId).toBe(
      'person:samia-suluhu-hassan',
    );
  });

  it('gives "Thiam\'s party, the Democratic Party of Ivory Coast, said" to the party', async () => {
    const a = await read('ivory-coast-election');
    expect(a.statements.find((x) => text(a, x.speaker) === "Thiam's party")?.speaker?.entityId).toBe(
      'organisation:democratic-party-of-ivory-coast',
    );
  });

  it('makes the one who rejects an accusation its target, and no statement of "called themselves the High Military Command"', async () => {
    const a = await read('nigeria-trump-threat');
    const accusation = a.events.find((e) => e.type === 'Accusation');
    expect(accusation?.participants).toEqual([
      expect.objectContaining({ role: 'target', entityId: 'organisation:nigerian-government' }),
    ]);
    expect(a.entities.find((e) => e.name === 'Islamic State West Africa Province')?.type).toBe('Organisation');
    const b = await read('guinea-bissau-coup');
    expect(
      b.statements.filter((x) => text(b, x.cue) === 'called' && /themselves/.test(text(b, x.content) ?? '')),
    ).toEqual([]);
  });

  it('makes flash floods a Disaster, one with the killing they did, and a signed disaster declaration no Agreement', async () => {
    const a = await read('texas-floods');
    expect(a.events.map((e) => e.type)).not.toContain('Agreement');
    expect(a.events.find((e) => e.type === 'Disaster')?.participants).toContainEqual(
      expect.objectContaining({ role: 'place', entityId: 'place:texas' }),
    );
    const b = await read('pakistan-floods');
    // (One for this year's floods: the helicopter that crashed and the floods of 2022 are others.)
    expect(
      b.events.filter((e) => e.type === 'Disaster' && e.date === '2025-08-15').map((e) => text(b, e.trigger)),
    ).toEqual(['Flash floods', 'crashed']);
  });

  it('knows FedEx', async () => {
    const a = await read('ups-crash');
    expect(a.statements.find((x) => text(a, x.speaker) === 'FedEx')?.speaker?.entityId).toBe('organisation:fedex');
  });
});

// A review of the second batch's rules (review27b-* fixtures), fixed.
describe('session 27 second review: counterexamples', () => {
  it('makes no Disaster of gunfire ("Israeli fire killed five", "Tank fire", "Friendly fire")', async () => {
    const a = await read('review27b-22-israeli-fire');
    expect(a.events.filter((e) => e.type === 'Disaster')).toEqual([]);
    expect(a.events.filter((e) => e.type === 'Killing')).toHaveLength(3);
  });

  it('keeps "signed a declaration of principles" an Agreement', async () => {
    const a = await read('review27b-14-declaration');
    const from = a.source.text.indexOf('The two countries signed');
    expect(a.events.some((e) => e.type === 'Agreement' && e.trigger.start > from && e.trigger.start < from + 30)).toBe(
      true,
    );
  });
});

// Session 28: twenty-four stories two helpers wrote in kinds the fixtures had few of (a study, a
// lawsuit, a match report, markets, local crime, an obituary, a recall, US campaign, Congress
// and White House coverage), recorded from the real server and read by hand.
describe('session 28: statements', () => {
  it('reads no statement into a product recall ("Vantec is recalling about 1.2 million power banks")', async () => {
    const a = await read('tech-recall-power-banks');
    expect(a.statements.filter((x) => /^recall/i.test(text(a, x.cue) ?? ''))).toEqual([]);
  });

  it('gives "… is expected to survive", joined to a passive, no speaker', async () => {
    const a = await read('crime-ohio-shooting');
    const expected = a.statements.find((x) => text(a, x.cue) === 'expected');
    expect(expected?.speaker ?? null).toBeNull();
  });

  it('gives "…, she said" whose words name the one a chain gave it to the subject before', async () => {
    const a = await read('crime-ohio-shooting');
    const said = a.statements.find((x) => text(a, x.content)?.startsWith('Investigators believe he knew Vasquez'));
    expect(said?.speaker?.entityId).toBe('person:karen-holloway');
  });

  it('gives a "She" opening a sentence the subject before, not a person named inside a quotation', async () => {
    const a = await read('debate-recap');
    const called = a.statements.find((x) => text(a, x.content)?.startsWith("her rival's housing plan"));
    expect(text(a, called?.speaker)).toBe('She');
    expect(called?.speaker?.entityId).toBe('person:earle-sears');
    expect(a.statements.filter((x) => x.speaker?.entityId === 'person:nancy-pelosi')).toEqual([]);
  });

  it('reads "a weak jobs report" as a noun, and "reminded the room that …" from "that"', async () => {
    const a = await read('confirmation-hearing');
    expect(a.statements.filter((x) => text(a, x.cue) === 'report')).toEqual([]);
    const reminded = a.statements.find((x) => text(a, x.cue) === 'reminded');
    expect(reminded?.speaker?.entityId).toBe('person:bernie-sanders');
    expect(text(a, reminded?.content)).toBe(
      'that the president had fired the previous commissioner hours after a weak jobs report in August',
    );
    const asked = a.statements.find((x) => text(a, x.content)?.startsWith('"Mr. Antoni, did the president'));
    expect(asked?.speaker?.entityId).toBe('person:bernie-sanders');
  });

  it('gives "The Department of Homeland Security, which oversees FEMA, rejected …" to the department', async () => {
    const a = await read('governor-presser');
    const rejected = a.statements.find((x) => text(a, x.cue) === 'rejected');
    expect(text(a, rejected?.speaker)).toBe('The Department of Homeland Security');
    expect(text(a, rejected?.content)).toBe('that account');
  });

  it('finds "“…?” asked Sen. Ron Johnson of Wisconsin", the cue opening the next sentence', async () => {
    const a = await read('senate-budget-fight');
    const asked = a.statements.find((x) => text(a, x.content)?.startsWith('"Why would we hand'));
    expect(text(a, asked?.cue)).toBe('asked');
    expect(text(a, asked?.speaker)).toBe('Sen. Ron Johnson of Wisconsin');
    expect(asked?.speaker?.entityId).toBe('person:ron-johnson');
  });
});

describe('session 28: statements after the first review', () => {
  it('reads "X raised $12 million, his campaign said Wednesday, padding …" as the clause before the relay', async () => {
    const a = await read('fundraising-report');
    const said = a.statements.find((x) => text(a, x.speaker) === 'his campaign');
    expect(text(a, said?.content)).toBe('Sen. Jon Ossoff of Georgia raised more than $12 million in the third quarter');
  });
});

describe('session 28: second batch of statement fixes', () => {
  it('keeps the first piece of \'"I have nothing to hide," Whitcomb said in a video posted to X. "I welcome …"\'', async () => {
    const a = await read('scandal-denial');
    const said = a.statements.find((x) => x.speaker?.entityId === 'person:dale-whitcomb' && x.parts);
    expect(said?.parts?.map((p) => text(a, p))).toEqual([
      '"I have nothing to hide,"',
      `"I welcome the committee's review, and I'm confident it will find exactly what I've said all along — nothing."`,
    ]);
    expect(a.statements.filter((x) => text(a, x.content) === 'posted to X')).toEqual([]);
  });

  it('cuts the speaker of "… a barrel after sources in the OPEC+ group said …" to the sources', async () => {
    const a = await read('markets-fed-bets');
    const said = a.statements.find((x) => text(a, x.content) === 'it was unlikely to extend output cuts beyond April');
    expect(text(a, said?.speaker)).toBe('sources in the OPEC+ group');
  });

  it('reads "the union" after "the United Auto Workers union", "The agency" after the WHO, "The secretary" as Rubio', async () => {
    const uaw = await read('midterm-michigan-senate');
    expect(uaw.statements.find((x) => text(uaw, x.speaker) === 'the union')?.speaker?.entityId).toBe(
      'organisation:united-auto-workers',
    );
    const who = await read('outbreak-sudan-cholera');
    expect(who.statements.find((x) => text(who, x.speaker) === 'The agency')?.speaker?.entityId).toBe(
      'organisation:world-health-organization',
    );
    const rubio = await read('foreign-policy-speech');
    expect(
      rubio.statements.filter((x) => text(rubio, x.speaker) === 'The secretary').map((x) => x.speaker?.entityId),
    ).toEqual(['person:marco-rubio', 'person:marco-rubio']);
  });
});

describe('session 28: polls and things', () => {
  it('finds "A Quinnipiac University poll released on Monday found …", the participle made the main verb', async () => {
    const a = await read('midterm-michigan-senate');
    const found = a.statements.find((x) => text(a, x.cue) === 'found');
    expect(text(a, found?.speaker)).toBe('A Quinnipiac University poll');
    expect(text(a, found?.content)).toBe(
      'Moore and Kessler each with 46% support among likely voters, with 7% undecided',
    );
  });

  it('reads "…, as a new poll showed the contest tied …" as what the poll showed, not the clause before', async () => {
    const a = await read('midterm-michigan-senate');
    const showed = a.statements.find((x) => text(a, x.cue) === 'showed');
    expect(text(a, showed?.content)).toBe('the contest tied six weeks before the Nov. 3 midterm elections');
  });

  it('makes no statement of what a thing shows inside what someone said ("said the ruling confirmed that …")', async () => {
    const a = await read('court-ruling-tariffs');
    expect(a.statements.filter((x) => text(a, x.speaker) === 'the ruling')).toEqual([]);
    expect(
      a.statements.find((x) => text(a, x.cue) === 'said' && x.speaker?.entityId === 'person:jeffrey-schwab'),
    ).toBeDefined();
    const b = await read('poll-governor-race');
    expect(b.statements.filter((x) => text(b, x.speaker) === 'the numbers')).toEqual([]);
  });
});

// A second review (review28b-*): counterexamples to 0.5.116–0.5.118, each read worse at first.
describe('session 28 second review: counterexamples', () => {
  it('names no one for "the minister", "the Foreign Minister", "the governor", "the mayor", "the secretary" another holds a title like', async () => {
    for (const [name, said] of [
      ['review28b-s03-press', 'The secretary'],
      ['review28b-s04-ukminister', 'The minister'],
      ['review28b-s05-foreignmin', 'The Foreign Minister'],
      ['review28b-s06-governor', 'The governor'],
      ['review28b-s07-mayor', 'The mayor'],
      ['review28b-s11-defsec', 'The Defense Secretary'],
    ]) {
      const a = await read(name);
      const st = a.statements.find((x) => text(a, x.speaker) === said);
      expect(st, name).toBeDefined();
      expect(st?.speaker?.entityId, name).toBeUndefined();
    }
  });

  it('keeps the country of a national coach, a striker and an intelligence director', async () => {
    const a = await read('review28b-r01-coach');
    expect(roles(a)).toContainEqual(['person:ran-ben-shimon', 'coach', 'country:israel']);
    expect(roles(a)).toContainEqual(['person:erling-haaland', 'striker', 'country:norway']);
    const b = await read('review28b-r02-officials');
    expect(roles(b)).toContainEqual(['person:kyrylo-budanov', 'intelligence director', 'country:ukraine']);
    expect(roles(b)).toContainEqual(['person:leila-haddad', 'director', null]);
  });

  it('leaves "the union" and "the agency" unnamed where a company\'s union store, two unions or a temp agency came between', async () => {
    for (const [name, said] of [
      ['review28b-u03-starbucks', 'The union'],
      ['review28b-u05-unions', 'The union'],
      ['review28b-a09-temp-nodateline', 'The agency'],
    ]) {
      const a = await read(name);
      const st = a.statements.find((x) => text(a, x.speaker) === said);
      expect(st, name).toBeDefined();
      expect(st?.speaker?.entityId, name).toBeUndefined();
    }
  });

  it('gives "Three of the officials who spoke … after the meeting said" to the officials, not the meeting', async () => {
    const a = await read('review28b-n02-poll');
    expect(a.statements.filter((x) => text(a, x.cue) === 'said').map((x) => text(a, x.speaker))).toEqual([
      'About 45% of voters',
      'Three of the officials',
      'Some 60% of Americans',
      'Two of the five judges',
    ]);
  });

  it('keeps "The former executive recalled three meetings …" a statement', async () => {
    const a = await read('review28b-k01-recall');
    expect(a.statements.map((x) => text(a, x.content))).toContain('three meetings in which the fault was discussed');
  });
});

describe('session 28: names and posts', () => {
  it('reads "WHO spokesperson Anna Kovacs" as the WHO\'s, though the tagger read a pronoun', async () => {
    const a = await read('outbreak-sudan-cholera');
    expect(roles(a)).toContainEqual(['person:anna-kovacs', 'spokesperson', 'organisation:world-health-organization']);
  });

  it('keeps a chief officer\'s whole title ("Chief Human Resources Officer Katrin Vogel")', async () => {
    const a = await read('labour-lufthansa-strike');
    expect(roles(a)).toContainEqual(['person:katrin-vogel', 'Chief Human Resources Officer', null]);
    const b = await read('meta-fine');
    expect(roles(b).map((r) => r[1])).toContain('Chief Legal Officer');
  });

  it('makes no body of the index "S&P 500"', async () => {
    for (const name of ['markets-fed-bets', 'markets-oil']) {
      const a = await read(name);
      expect(a.entities.map((e) => e.name)).not.toContain('S&P');
    }
  });

  it('makes "the suburb of Whitehall" a place, though the tagger called it a body', async () => {
    const a = await read('crime-ohio-shooting');
    expect(a.entities.find((e) => e.name === 'Whitehall')?.type).toBe('Place');
  });
});

describe('session 28: events', () => {
  const events = async (name: string) => {
    const a = await read(name);
    return { a, list: a.events.map((e) => `${e.type} ${text(a, e.trigger)}`) };
  };

  it('makes no event of sports words: "struck again from the penalty spot", "never a penalty", "trusted the plan"', async () => {
    const { list } = await events('football-match-report');
    expect(list.filter((e) => /^(Attack struck|Sanction penalty|Proposal plan)$/.test(e))).toEqual([]);
  });

  it('makes no event of "call balls and strikes", "meet its commitments", "you could ever meet"', async () => {
    expect((await events('confirmation-hearing')).list).not.toContain('Attack strikes');
    expect((await events('foreign-policy-speech')).list).not.toContain('Meeting meet');
    expect((await events('crime-ohio-shooting')).list).not.toContain('Meeting meet');
  });

  it('makes no event of "This is not a negotiation", "dismissed the charge", "a textbook case", "randomised trials"', async () => {
    const senate = (await events('senate-budget-fight')).list;
    expect(senate).not.toContain('Negotiation negotiation');
    expect(senate).not.toContain('LegalCase charge');
    expect((await events('scandal-denial')).list).not.toContain('LegalCase textbook case');
    expect((await events('science-walking-dementia')).list).not.toContain('LegalCase trials');
    expect((await events('uk-riots')).list).not.toContain('Protest protest');
  });

  it("reads a candidate's rally as a campaign event, not a protest", async () => {
    expect((await events('poll-governor-race')).list).toContain('Meeting rally');
    expect((await events('midterm-michigan-senate')).list).toContain('Meeting rally');
    expect((await events('midterm-michigan-senate')).list).not.toContain('Protest rally');
  });

  it('gives a ruling no court the case is to be appealed to ("… while the administration appeals to the Supreme Court")', async () => {
    const a = await read('court-ruling-tariffs');
    const ruled = a.events.find((e) => text(a, e.trigger) === 'ruled');
    expect(ruled?.participants.map((p) => p.entityId)).not.toContain('court:supreme-court');
  });

  it('finds "Japan and Indonesia agreed on Wednesday to expand defence cooperation", the infinitive made a clause of its own', async () => {
    const a = await read('diplomacy-japan-indonesia');
    const agreed = a.events.find((e) => text(a, e.trigger) === 'agreed');
    expect(agreed?.type).toBe('Agreement');
    expect(agreed?.participants.map((p) => p.entityId).sort()).toEqual(['country:indonesia', 'country:japan']);
  });

  it('reads "ousted a six-term Democratic congressman in Tuesday\'s primary" as an election, and a primary as one', async () => {
    const a = await read('primary-night');
    expect(a.events.find((e) => text(a, e.trigger) === 'ousted')?.type).toBe('Election');
    const b = await read('quoted-titles');
    expect(b.events.find((e) => text(b, e.trigger) === 'primary')?.type).toBe('Election');
  });

  it('reads candidates "attacking each other" as words, and a cholera outbreak that killed as a disaster', async () => {
    expect((await events('fundraising-report')).list).not.toContain('Attack attacking');
    const { a } = await events('outbreak-sudan-cholera');
    const killed = a.events.find((e) => text(a, e.trigger) === 'killed');
    expect(killed?.type).toBe('Disaster');
    expect(killed?.quantities).toContainEqual({ value: 1240, unit: 'person', qualifier: 'at least' });
  });
});

describe('session 28: names and roles', () => {
  it('keeps "the South China Sea" one place, though the tagger typed its words apart', async () => {
    const a = await read('diplomacy-japan-indonesia');
    const sea = a.entities.find((e) => e.id === 'place:south-china-sea');
    expect(sea?.mentions.map((m) => text(a, m))).toEqual(['South China Sea', 'South China Sea', 'South China Sea']);
    expect(a.entities.map((e) => e.name)).not.toContain('Sea');
  });

  it('keeps "the U.S. District Court for the Northern District of California" one court', async () => {
    const a = await read('lawsuit-chatbot');
    expect(a.entities.filter((e) => e.type === 'Court').map((e) => e.name)).toEqual([
      'U.S. District Court for the Northern District of California',
    ]);
    expect(a.entities.map((e) => e.name)).not.toContain('Northern District of California');
  });

  it('reads a nationality before a profession as no employer ("Tunisian director Leila Haddad")', async () => {
    const a = await read('entertainment-venice');
    expect(roles(a)).toContainEqual(['person:leila-haddad', 'director', null]);
    expect(roles(a)).toContainEqual(['person:oliver-grant', 'actor', null]);
    expect(a.entities.filter((e) => e.mentions.length === 0)).toEqual([]);
  });
});

// A review of session 28's first rules (review28-* fixtures): counterexamples a helper wrote,
// on which the first cut read worse; each is fixed and kept.
describe('session 28 review: counterexamples', () => {
  const kinds = async (name: string) => {
    const a = await read(name);
    return a.events.map((e) => `${e.type} ${text(a, e.trigger)}`);
  };

  it('keeps remembering with a count a statement ("recalled three meetings"), and "A few analysts said"', async () => {
    const a = await read('review28-r01-recall-memory');
    expect(a.statements.filter((x) => text(a, x.cue) === 'recalled').map((x) => text(a, x.content))).toEqual([
      'three meetings with the president',
      'two phone calls from the White House chief of staff',
      'a lot of pressure from party leaders',
    ]);
    for (const name of ['review28-r13-a-plural', 'review28-r22-a-plural-more']) {
      const b = await read(name);
      expect(b.statements.map((x) => text(b, x.speaker))).toContain(
        name.endsWith('more') ? 'A few lawmakers' : 'A few analysts',
      );
    }
  });

  it('keeps air strikes in an "area" or on a "ball bearing factory", and a judge dismissing a charge', async () => {
    expect((await kinds('review28-e01-strike-area')).filter((e) => e === 'Attack strike')).toHaveLength(3);
    expect(await kinds('review28-e02-strike-ball')).toContain('Attack strikes');
    expect(await kinds('review28-e09-charge')).toContain('LegalCase charge');
  });

  it('keeps a kind of attack or protest denied ("It was not a random attack", "not a peaceful protest")', async () => {
    expect(await kinds('review28-e07-negated')).toContain('Attack attack');
    expect(await kinds('review28-e08-negated2')).toContain('Protest protest');
  });

  it('keeps protest rallies protests, armed and military attacks attacks, and violence that kills a killing', async () => {
    const rallies = await kinds('review28-e13-rally-protest');
    expect(rallies.filter((e) => e === 'Protest rally')).toHaveLength(3);
    const attacks = await kinds('review28-e15-attacks');
    expect(attacks).toContain('Attack attacking');
    expect(attacks.filter((e) => e === 'Attack attacks')).toHaveLength(2);
    const outbreaks = await kinds('review28-e16-outbreak');
    expect(outbreaks.filter((e) => e === 'Killing killed')).toHaveLength(2);
    expect(outbreaks.filter((e) => e === 'Disaster killed')).toHaveLength(2);
  });

  it('keeps "the drug trial of Joaquin Guzman", "follows plan to retake city" and "You met the ambassador"', async () => {
    expect(await kinds('review28-e11-trial')).toContain('LegalCase drug trial');
    expect(await kinds('review28-e05-plan')).toContain('Proposal plan');
    expect((await kinds('review28-e06-meet')).filter((e) => e === 'Meeting met')).toHaveLength(3);
  });

  it('gives "“…?” asked President Trump\'s critics in a letter" no speaker named Trump', async () => {
    const a = await read('review28-r21-asked-more');
    const q = a.statements.find((x) => text(a, x.content) === '"What happens to the soybean growers?"');
    expect(q?.speaker?.entityId ?? null).toBeNull();
  });
});

// A third review (review28c-*): counterexamples to 0.5.120–0.5.122, each read worse at first.
describe('session 28 third review: counterexamples', () => {
  const kinds = async (name: string) => {
    const a = await read(name);
    return { a, list: a.events.map((e) => `${e.type} ${text(a, e.trigger)}`) };
  };

  it('keeps a body named after its place a body ("The city of London Corporation", "The county of Kent Cricket Club")', async () => {
    const a = await read('review28c-09-city-of-london');
    expect(a.entities.find((e) => e.name === 'London Corporation')?.type).toBe('Organisation');
    const b = await read('review28c-10-county-kent');
    expect(b.entities.find((e) => e.name === 'Kent Cricket Club')?.type).toBe('Organisation');
    expect(roles(b)).toContainEqual(['person:simon-storey', 'chief executive', 'organisation:kent-cricket-club']);
  });

  it('keeps the court a case is brought before or heads to for a ruling', async () => {
    const { a } = await kinds('review28c-15-court-lawsuit-bringing');
    expect(a.events.find((e) => text(a, e.trigger) === 'lawsuit')?.participants).toContainEqual({
      entityId: 'court:high-court',
      role: 'court',
    });
    const { a: b } = await kinds('review28c-16-court-heads');
    expect(b.events.find((e) => text(b, e.trigger) === 'ruling')?.participants).toContainEqual({
      entityId: 'court:supreme-court',
      role: 'court',
    });
  });

  it("makes no election of a school primary, a race lost on a horse or a track, or a members' poll", async () => {
    expect((await kinds('review28c-21-primary-senses')).list).toEqual([]);
    const race = (await kinds('review28c-25-sports-race')).list;
    expect(race.filter((e) => e.startsWith('Election'))).toEqual([]);
    expect(race).toContain('Dismissal ousted');
    const salem = (await kinds('review28c-30-primary-more')).list;
    expect(salem).toContain('Election election');
    expect(salem.filter((e) => e === 'Election primary')).toHaveLength(1);
  });
});
