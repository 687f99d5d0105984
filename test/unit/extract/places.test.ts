// Country names and aliases (lexicon/places.ts): one country, one canonical name.
import { describe, expect, it } from 'vitest';
import { canonicalCountry, countryOfDemonym } from '../../../src/extract/lexicon/places.ts';

describe('canonicalCountry', () => {
  it('maps a country’s formal and short names to one name, whatever the apostrophe or spacing', () => {
    expect(canonicalCountry("Democratic People's Republic of Korea")).toBe('North Korea');
    // CoreNLP's tokens rejoined: "People 's"; typographic apostrophe: "People’s".
    expect(canonicalCountry("Democratic People 's Republic of Korea")).toBe('North Korea');
    expect(canonicalCountry('Democratic People’s Republic of Korea')).toBe('North Korea');
    expect(canonicalCountry('the Republic of Korea')).toBe('South Korea');
    expect(canonicalCountry('U.S.')).toBe('United States');
    expect(canonicalCountry("People's Republic of China")).toBe('China');
  });

  it('knows no country for a name that is none', () => {
    expect(canonicalCountry('Korea Herald')).toBeUndefined();
    expect(countryOfDemonym('North Korean')).toBe('North Korea');
  });
});

describe('countries beyond the hand-written list (world-countries)', () => {
  it('knows every country by its names and demonym, under the canonical name the list gives', () => {
    expect(canonicalCountry('UAE')).toBe('United Arab Emirates');
    expect(canonicalCountry('Republic of the Sudan')).toBe('Sudan');
    expect(canonicalCountry('Holland')).toBe('Netherlands');
    expect(canonicalCountry("Côte d'Ivoire")).toBe('Ivory Coast');
    // The hand-written name wins: "Türkiye" is an alias of Turkey, not a second country.
    expect(canonicalCountry('Türkiye')).toBe('Turkey');
    expect(countryOfDemonym('Sudanese')).toBe('Sudan');
    expect(countryOfDemonym('Emirati')).toBe('United Arab Emirates');
    expect(countryOfDemonym('Norwegian')).toBe('Norway');
  });

  it('leaves out two-letter codes, shared demonyms, a US state and an airline', () => {
    expect(canonicalCountry('IN')).toBeUndefined();
    expect(canonicalCountry('BE')).toBeUndefined();
    expect(countryOfDemonym('Dominican')).toBeUndefined(); // Dominica or the Dominican Republic
    expect(countryOfDemonym('Korean')).toBeUndefined(); // North or South Korea
    // ("Congolese" is both Congos, but news means the larger by it, as by "Congo".)
    expect(countryOfDemonym('Congolese')).toBe('DR Congo');
    expect(canonicalCountry('Georgia')).toBeUndefined();
    expect(canonicalCountry('Emirates')).toBeUndefined();
  });
});
