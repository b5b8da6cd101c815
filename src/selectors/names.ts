/**
 * Search across scripts and spellings: the lists write one name in Latin and Cyrillic, with and
 * without diacritics, in Belarusian and Russian transliterations (Lukashenka, Lukashenko,
 * Лукашэнка). Pure.
 */

/** Latin letters for Cyrillic ones (Belarusian, Russian, Ukrainian): one scheme, for search only. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  і: 'i',
  ї: 'yi',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ʼ: '',
  '’': '',
};

/** Text as search sees it: lower case, without diacritics, Cyrillic written in Latin letters. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u0400-\u04ff’ʼ]/g, (letter) => CYRILLIC[letter] ?? letter);
}

/**
 * A word's key across transliterations: its consonants after folding the spellings that differ
 * between schemes (x and ks, h and g, sh and s, kh, ts, zh, w and v, doubled letters), vowels
 * dropped: Lukashenka, Lukashenko and Лукашэнка all give `lksnk`; Alyaksandr and Alexander `lksndr`.
 */
export function nameKey(word: string): string {
  return foldText(word)
    .replace(/[^a-z]/g, '')
    .replace(/shch|sch/g, 's')
    .replace(/x/g, 'ks')
    .replace(/sh/g, 's')
    .replace(/zh/g, 'z')
    .replace(/ch|tch|ts|tz/g, 'c')
    .replace(/kh/g, 'h')
    .replace(/h/g, 'g')
    .replace(/w/g, 'v')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/(?!^)[aeiouy]/g, '')
    .replace(/^[aeiouy]/, '')
    .replace(/(.)\1+/g, '$1');
}

/** The shortest key a search word is matched by: shorter ones would match too much. */
const MIN_KEY = 4;

/**
 * A test of texts (a target's names, an action's words) against a search: every word of the search
 * is found in the folded text, or its key begins the key of one of the text's words.
 */
export function nameSearch(q: string): ((texts: readonly string[]) => boolean) | undefined {
  const words = foldText(q).split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const keys = words.map(nameKey);
  return (texts) => {
    const text = foldText(texts.join(' '));
    let textKeys: string[] | undefined;
    return words.every((word, i) => {
      if (text.includes(word)) return true;
      const key = keys[i] ?? '';
      if (key.length < MIN_KEY) return false;
      textKeys ??= text.split(/[^a-z]+/).map(nameKey);
      return textKeys.some((k) => k.startsWith(key));
    });
  };
}
