import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/extract/types.ts';
import type { SourceArticle } from '../../../src/extract/types.ts';
import { MAX_ARTICLE_BYTES, readArticles } from '../../../src/ingest/readers/index.ts';
import { checkArticle, decodeInput, normaliseDate, notEnglishReason } from '../../../src/ingest/readers/validate.ts';
import { ENGLISH, refusal } from './helpers.ts';

const article = (text: string): SourceArticle => ({ name: 'x', text, masked: [], related: [] });

describe('decodeInput', () => {
  it('decodes UTF-8 and drops only a byte order mark', () => {
    expect(decodeInput(Buffer.from('\uFEFF“Héllo”\r\n', 'utf8'), 'x')).toBe('“Héllo”\r\n');
    expect(decodeInput('\uFEFFtext ', 'x')).toBe('text ');
  });

  it('refuses NUL bytes and invalid UTF-8, naming the input', () => {
    expect(refusal(() => decodeInput(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]), 'in/x.png')).message).toBe(
      'in/x.png: looks like a binary file (it contains NUL bytes): give a UTF-8 text file',
    );
    const latin1 = Buffer.from('caf\xe9 au lait', 'latin1');
    expect(refusal(() => decodeInput(latin1, 'in/x.txt')).message).toMatch(
      /^in\/x\.txt: not valid UTF-8 text: convert it to UTF-8/,
    );
  });
});

describe('checkArticle', () => {
  it('documents the limit: 1 MiB of UTF-8 text per article', () => {
    expect(MAX_ARTICLE_BYTES).toBe(1_048_576);
  });

  it('refuses text over MAX_ARTICLE_BYTES, counting UTF-8 bytes', () => {
    const sentence = `${ENGLISH} `;
    const big = sentence.repeat(Math.ceil(MAX_ARTICLE_BYTES / sentence.length) + 1);
    const error = refusal(() => readArticles({ name: 'big', path: 'in/big.txt', content: big }));
    expect(error.message).toMatch(/^in\/big\.txt: article text is [\d,]+ bytes, over the limit of 1 MiB/);
    // Fewer characters than the limit, more bytes: "é" is two bytes.
    const accents = `${ENGLISH} ${'é'.repeat(MAX_ARTICLE_BYTES / 2)}`;
    expect(accents.length).toBeLessThan(MAX_ARTICLE_BYTES);
    expect(refusal(() => checkArticle(article(accents), 'in/x.txt')).problem).toMatch(/over the limit/);
    expect(checkArticle(article(ENGLISH), 'x').text).toBe(ENGLISH);
  });

  it('refuses text with more than 10% control or replacement characters', () => {
    const junk = `${ENGLISH} ${'\uFFFD\u0001'.repeat(20)}`;
    expect(refusal(() => checkArticle(article(junk), 'in/x.txt')).message).toMatch(
      /^in\/x\.txt: looks like binary data, not text \(\d+% control or replacement characters\)/,
    );
    expect(refusal(() => checkArticle(article(`${ENGLISH}\u0000`), 'x')).problem).toMatch(/binary/);
  });

  it('refuses text that is empty once masked spans are left out', () => {
    const text = 'READ: x';
    const error = refusal(() =>
      checkArticle({ ...article(text), masked: [{ start: 0, end: text.length }] }, 'in/x.txt'),
    );
    expect(error.message).toBe('in/x.txt: Article text is empty: nothing was stored');
  });

  it('refuses non-English text with the reason', () => {
    const german =
      'Der israelische Ministerpräsident hat am Dienstag von erheblichen Fortschritten bei den Verhandlungen über eine Waffenruhe im Gazastreifen gesprochen. Es ist zu früh, den Menschen Hoffnung zu machen, sagte er in einem Video.';
    const error = refusal(() => checkArticle(article(german), 'in/de.txt'));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(
      /^in\/de\.txt: does not look like English \(\d% English function words\): Newsgraph extracts English only$/,
    );
  });
});

describe('notEnglishReason', () => {
  it('accepts short English, including one sentence and names only', () => {
    expect(notEnglishReason('Netanyahu met Witkoff on Tuesday.')).toBeUndefined();
    expect(notEnglishReason(ENGLISH)).toBeUndefined();
    expect(notEnglishReason('Hamas rejected the proposal, officials said.')).toBeUndefined();
  });

  it('accepts a results story that is mostly names and numbers', () => {
    // 6% of all its words are English function words, and it was refused; a quarter of its few
    // words in lower case are ("results at the Bislett Games on Thursday").
    const results = [
      'ATHLETICS - BISLETT GAMES RESULTS .',
      'OSLO 2026-06-11',
      'Leading results at the Bislett Games on Thursday :',
      "Men 's 800 metres",
      '1. Wilson Kipketer ( Denmark ) 1:43.12',
      '2. Vebjoen Rodal ( Norway ) 1:44.05',
      '3. Hezekiel Sepeng ( South Africa ) 1:44.50',
      '4. Norberto Tellez ( Cuba ) 1:45.01',
      '5. Nils Schumann ( Germany ) 1:45.30',
      '6. Andre Bucher ( Switzerland ) 1:45.62',
      "Women 's 5,000 metres",
      '1. Gabriela Szabo ( Romania ) 14:41.25',
      '2. Roberta Brunet ( Italy ) 14:44.01',
      '3. Fernanda Ribeiro ( Portugal ) 14:48.30',
    ].join('\n');
    expect(notEnglishReason(results)).toBeUndefined();
  });

  it('refuses Italian and Portuguese, whose "a", "in" and "as" are English function words too', () => {
    const texts = [
      'Il presidente del Consiglio ha detto in una conferenza stampa a Roma che il governo intende presentare in Parlamento una proposta di legge sulla riforma della giustizia entro la fine del mese.',
      'O presidente Lula disse a jornalistas em Brasília que o governo vai enviar ao Congresso as propostas de reforma tributária e que a votação deve ocorrer até o fim do ano.',
    ];
    // (Portuguese has 9.7% of them: "10%" once rounded.)
    for (const text of texts) expect(notEnglishReason(text), text).toMatch(/^\d+% English function words$/);
  });

  it('reads a text in capitals in lower case', () => {
    const spanish =
      'EL PRIMER MINISTRO AFIRMÓ EL MARTES QUE SE HAN LOGRADO AVANCES SIGNIFICATIVOS EN LAS NEGOCIACIONES PARA UN ALTO EL FUEGO EN GAZA Y UN INTERCAMBIO DE PRISIONEROS.';
    expect(notEnglishReason(spanish)).toMatch(/^\d% English function words$/);
    expect(notEnglishReason(ENGLISH.toUpperCase())).toBeUndefined();
  });

  it('accepts English news that quotes a name in another script', () => {
    expect(
      notEnglishReason(`${ENGLISH} The minister, Benjamin Netanyahu (בנימין נתניהו), did not comment.`),
    ).toBeUndefined();
  });

  it('refuses Latin-script languages by the share of English function words', () => {
    const texts = {
      French:
        "Le Premier ministre israélien a affirmé mardi que des progrès significatifs avaient été réalisés dans les négociations en vue d'un cessez-le-feu à Gaza et d'un échange de prisonniers.",
      Spanish:
        'El primer ministro israelí afirmó el martes que se han logrado avances significativos en las negociaciones para un alto el fuego en Gaza y un intercambio de prisioneros.',
      Dutch:
        'De Israëlische premier zei dinsdag dat er aanzienlijke vooruitgang is geboekt in de onderhandelingen over een staakt-het-vuren in Gaza en een uitwisseling van gevangenen.',
    };
    for (const text of Object.values(texts)) {
      expect(notEnglishReason(text)).toMatch(/^\d% English function words$/);
    }
  });

  it('refuses short Latin-script texts whose foreign function words outnumber the English ones', () => {
    const short = {
      German: 'Der Bundeskanzler hat heute in Berlin gesprochen.',
      French: 'Le président a annoncé une nouvelle loi.',
      Spanish: 'El presidente anunció una nueva ley para los trabajadores.',
      Italian: 'Il governo non ha ancora deciso, ma la legge è della maggioranza.',
      Dutch: 'De premier heeft het voorstel niet gesteund.',
    };
    for (const [language, text] of Object.entries(short)) {
      expect(notEnglishReason(text), language).toMatch(
        /^\d different French, German, Spanish, Italian, Dutch or Portuguese function words in \d+ words$/,
      );
    }
  });

  it('accepts short English whose names hold foreign function words', () => {
    for (const text of [
      'Le Pen and Le Maire clash over the budget.',
      'Los Angeles police say El Paso suspect was armed.',
      'Elle magazine names Le Monde editor.',
      'Der Spiegel reports on the German economy.',
      'Real Madrid beat Barcelona 2-1 in El Clasico.',
      'Tributes pour in as Al Gore and Dem leaders meet.',
      'Bonjour Paris',
    ]) {
      expect(notEnglishReason(text), text).toBeUndefined();
    }
  });

  it('refuses other scripts by the share of Latin letters, however short', () => {
    expect(notEnglishReason('Премьер-министр Израиля заявил о прогрессе.')).toBe('0% Latin letters');
    expect(notEnglishReason('قال رئيس الوزراء إن تقدما كبيرا قد تحقق')).toBe('0% Latin letters');
  });

  it('refuses text without letters', () => {
    expect(notEnglishReason('12 34 56 -- !!')).toBe('no letters');
  });
});

describe('normaliseDate', () => {
  it('keeps real YYYY-MM-DD dates and refuses impossible ones', () => {
    expect(normaliseDate('2025-06-10', 'x')).toBe('2025-06-10');
    expect(normaliseDate(' 2024-02-29 ', 'x')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-45', '2025-00-10', '2025-6-1']) {
      expect(refusal(() => normaliseDate(bad, 'in/x.json')).message).toContain(
        `in/x.json: invalid date '${bad}'; expected YYYY-MM-DD`,
      );
    }
  });

  it('accepts only YYYY-MM-DD when asked for a date', () => {
    expect(refusal(() => normaliseDate('2025-06-10T08:00:00Z', 'x', true)).problem).toBe(
      "invalid date '2025-06-10T08:00:00Z'; expected YYYY-MM-DD",
    );
  });

  it('keeps ISO 8601 date-times with their offset', () => {
    expect(normaliseDate('2025-06-10T08:30:00Z', 'x')).toBe('2025-06-10T08:30:00Z');
    expect(normaliseDate('2025-06-10T08:30+0300', 'x')).toBe('2025-06-10T08:30:00+03:00');
    expect(normaliseDate('2025-06-10 08:30:15.250-04:00', 'x')).toBe('2025-06-10T08:30:15.250-04:00');
    expect(refusal(() => normaliseDate('2025-06-10T25:00:00Z', 'x')).problem).toMatch(/invalid date/);
  });

  it('turns RFC 822 dates into ISO 8601, keeping the local day', () => {
    expect(normaliseDate('Tue, 10 Jun 2025 08:30:00 +0300', 'x')).toBe('2025-06-10T08:30:00+03:00');
    expect(normaliseDate('Tue, 10 Jun 2025 23:30:00 EST', 'x')).toBe('2025-06-10T23:30:00-05:00');
    expect(normaliseDate('10 June 2025 08:30 GMT', 'x')).toBe('2025-06-10T08:30:00Z');
    expect(normaliseDate('Tue, 10 Jun 25 08:30:00 XYZ', 'x')).toBe('2025-06-10T08:30:00');
    expect(refusal(() => normaliseDate('Sun, 30 Feb 2025 10:00:00 GMT', 'x')).problem).toMatch(/invalid date/);
  });

  it('refuses what it cannot read', () => {
    expect(refusal(() => normaliseDate('yesterday', 'in/f.xml (item 3)')).message).toBe(
      "in/f.xml (item 3): invalid date 'yesterday'; expected YYYY-MM-DD (or an ISO 8601 or RFC 822 date-time)",
    );
  });
});
