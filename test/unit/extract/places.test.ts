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
