// Event triggers (lemmas) for the closed type list of docs/extraction.md.
import type { EventType } from '../types.ts';

export const NOUN_TRIGGERS: Record<string, EventType> = {
  meeting: 'Meeting', summit: 'Meeting', talks: 'Negotiation', talk: 'Negotiation',
  negotiation: 'Negotiation', negotiations: 'Negotiation', proposal: 'Proposal', plan: 'Proposal',
  offer: 'Proposal', deal: 'Agreement', agreement: 'Agreement', accord: 'Agreement', truce: 'Agreement',
  rejection: 'Rejection', attack: 'Attack', offensive: 'Attack', strike: 'Attack', airstrike: 'Attack',
  bombing: 'Attack', assault: 'Attack', raid: 'Attack', invasion: 'Attack', shelling: 'Attack',
  killing: 'Killing', massacre: 'Killing', detention: 'Detention', arrest: 'Detention',
  hostage: 'Detention', hostages: 'Detention', captive: 'Detention', release: 'Release',
  warrant: 'ArrestWarrant', case: 'LegalCase', lawsuit: 'LegalCase', trial: 'LegalCase',
  indictment: 'LegalCase', ruling: 'Ruling', verdict: 'Ruling', judgment: 'Ruling',
  sanction: 'Sanction', sanctions: 'Sanction', accusation: 'Accusation', allegation: 'Accusation',
  election: 'Election', vote: 'Election', appointment: 'Appointment', resignation: 'Resignation',
  protest: 'Protest', demonstration: 'Protest', rally: 'Protest',
};

export const VERB_TRIGGERS: Record<string, EventType> = {
  meet: 'Meeting', negotiate: 'Negotiation', propose: 'Proposal', agree: 'Agreement', sign: 'Agreement',
  reject: 'Rejection', attack: 'Attack', bomb: 'Attack', strike: 'Attack', invade: 'Attack', shell: 'Attack',
  kill: 'Killing', murder: 'Killing', detain: 'Detention', arrest: 'Detention', imprison: 'Detention',
  jail: 'Detention', abduct: 'Detention', kidnap: 'Detention', release: 'Release', free: 'Release',
  sue: 'LegalCase', indict: 'LegalCase', prosecute: 'LegalCase', rule: 'Ruling', convict: 'Ruling',
  sentence: 'Ruling', acquit: 'Ruling', sanction: 'Sanction', accuse: 'Accusation', elect: 'Election',
  appoint: 'Appointment', nominate: 'Appointment', resign: 'Resignation', protest: 'Protest',
  hold: 'Detention',
};

/** Nouns whose counts are the victims of an attack ("killing nearly 55,000 Palestinians"). */
export const COUNT_QUALIFIERS: Record<string, string> = {
  nearly: 'nearly', almost: 'nearly', about: 'about', around: 'about', some: 'about',
  approximately: 'about', roughly: 'about', over: 'more than', more: 'more than', least: 'at least',
  than: 'more than', up: 'up to',
};
