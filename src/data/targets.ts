import type { Actor } from './ids';
import type { TargetInput } from './schema';

/** One status change of a target under one actor; its date is the date of the action record `event`. */
type Change = TargetInput['history'][number];

const listed = (actor: Actor, event: string, note?: string): Change =>
  note ? { actor, change: 'listed', event, note } : { actor, change: 'listed', event };
const eased = (actor: Actor, event: string, note: string): Change => ({
  actor,
  change: 'eased',
  event,
  note,
});
const delisted = (actor: Actor, event: string, note: string): Change => ({
  actor,
  change: 'delisted',
  event,
  note,
});
const relisted = (actor: Actor, event: string, note: string): Change => ({
  actor,
  change: 'relisted',
  event,
  note,
});

/* Records that change the status of many targets at once. */
const US_EO_13405 = 'us-2006-06-16-eo-13405';
const US_GL_2 = 'us-2015-10-29-gl-2';
const US_GL_2H = 'us-2021-04-19-gl-2h';
const US_2021_12 = 'us-2021-12-02-designations-directive-1';
const US_GL_13 = 'us-2025-12-15-gl-13';
const US_RELIEF_2026 = 'us-2026-03-19-potash-banks-relief';
const EU_2004_09 = 'eu-2004-09-24-cp-2004-661';
const EU_2020_12 = 'eu-2020-12-17-listings-36';
const EU_2021_06 = 'eu-2021-06-21-listings-78-8';
const EU_2021_12 = 'eu-2021-12-02-listings-17-11';
const EU_2025_03 = 'eu-2025-03-27-listings-25-7';
const UK_2020_09 = 'uk-2020-09-29-ghr-lukashenko';
const UK_2021_02 = 'uk-2021-02-18-listings-27';
const CA_2022_11 = 'ca-2022-11-17-sor-2022-240';

const GL_2_NOTE =
  'General License No. 2 authorised all transactions with it from 30 October 2015 (renewed as 2A to 2G); it stayed on the SDN list and property blocked before then stayed blocked.';
const GL_2H_NOTE =
  'General License 2G was revoked; General License 2H allowed only a wind-down until 3 June 2021, after which full blocking applied again.';
const EU_SUSPENSION_UNCLEAR =
  'The EU records do not name who left the list in the unitemised removals of 2013-2015 or who was among the 170 persons and 3 entities whose listings were suspended in October 2015 and ended in February 2016, so whether and when this listing ended is not settled.';
const US_RELIEF_UNCLEAR =
  'The relief was announced by the U.S. envoy on 19 March 2026 and is known only from a news report (UNN); the OFAC action that implemented it (a third-party listing, not cited, shows a General License 14 of 26 March 2026 for Belinvestbank and other entities) was not seen, so its form and date are not verified.';
const GL_2_TARGET_NOTE =
  'One of the nine Belneftekhim-group entities covered by General License No. 2 (October 2015 to June 2021). No later US delisting was found.';

/**
 * Named targets and their status per actor over time, each change linked to the action record
 * that made it (DATA.md, "Named targets"). Nothing here is from memory: every change is an action
 * whose sources (or a source found in checking it, named in the notes) name the target.
 */
export const targets: TargetInput[] = [
  /* ---- The Lukashenko family ---- */
  {
    id: 'alexander-lukashenko',
    name: 'Alexander Lukashenko',
    aliases: [
      'Alyaksandr Lukashenka',
      'Aliaksandr Lukashenka',
      'Aleksandr Lukashenko',
      'Alexandr Lukashenko',
      'Александр Лукашенко',
      'Аляксандр Лукашэнка',
    ],
    kind: 'person',
    sector: 'government (head of state)',
    history: [
      listed('eu', 'eu-2006-04-10-cp-2006-276', 'Entry ban after the March 2006 presidential election.'),
      listed('eu', 'eu-2006-05-18-reg-765-2006', 'Asset freeze added to the entry ban.'),
      listed('us', US_EO_13405, 'Named in the Annex of Executive Order 13405 (blocking).'),
      listed('ch', 'ch-2006-06-28-ordinance', 'Asset freeze (Annex 1 of the Swiss ordinance).'),
      eased(
        'eu',
        'eu-2008-11-10-cp-2008-844',
        'His travel ban was suspended for six months (later extended); the asset freeze stayed in force.',
      ),
      relisted(
        'eu',
        'eu-2011-01-31-reimpose',
        'The suspended travel ban was re-applied after the December 2010 election.',
      ),
      delisted(
        'eu',
        'eu-2015-10-29-decision-2015-1957',
        'Asset freeze and travel ban suspended from 31 October 2015, with those of 169 other persons.',
      ),
      delisted('eu', 'eu-2016-02-25-decision-2016-280', 'The suspended measures were not renewed and ended.'),
      delisted(
        'ch',
        'ch-2016-02-29-lift',
        'Switzerland ended his travel ban and asset freeze, following the EU.',
      ),
      listed(
        'ca',
        'ca-2020-09-28-sor-2020-214',
        'One of the 11 persons of the first Canadian Belarus schedule.',
      ),
      listed('uk', UK_2020_09, 'Designated under the UK Global Human Rights regime, not the Belarus regime.'),
      relisted(
        'eu',
        'eu-2020-11-06-listings-15',
        'Listed again, with 14 others, after the August 2020 election.',
      ),
      relisted(
        'ch',
        'ch-2020-12-11-lukashenko-arms',
        'Listed again, following the EU listing of 6 November 2020.',
      ),
      listed(
        'us',
        'us-2022-03-15-lukashenka-redesignation',
        'Re-designated for corruption while still listed under E.O. 13405; not a change of status.',
      ),
    ],
    note: 'The US General License 12 of 4 November 2025 authorised certain transactions involving three presidential aircraft (see the aircraft targets); reports say he himself remains under US sanctions.',
  },
  {
    id: 'viktor-lukashenko',
    name: 'Viktor Lukashenko',
    aliases: ['Viktar Lukashenka', 'Victor Lukashenko', 'Виктор Лукашенко', 'Віктар Лукашэнка'],
    kind: 'person',
    sector: 'government (security adviser)',
    history: [
      listed(
        'us',
        US_EO_13405,
        'Named among the ten persons of the Annex of E.O. 13405 by Belsat and Euroradio; the Annex text itself was not seen.',
      ),
      listed('ca', 'ca-2020-09-28-sor-2020-214'),
      listed('uk', UK_2020_09, 'Designated under the UK Global Human Rights regime.'),
      listed('eu', 'eu-2020-11-06-listings-15'),
      listed('ch', 'ch-2020-12-11-lukashenko-arms'),
    ],
  },
  {
    id: 'dmitry-lukashenko',
    name: 'Dmitry Lukashenko',
    aliases: ['Dzmitry Lukashenka', 'Dmitri Lukashenko', 'Дмитрий Лукашенко', 'Дзмітрый Лукашэнка'],
    kind: 'person',
    sector: 'presidential family',
    history: [
      listed(
        'eu',
        EU_2021_06,
        'Named among those listed on 21 June 2021 by dpa-AFX ("Lukaschenkos Sohn Dmitri"), citing the Official Journal.',
      ),
      listed('ch', 'ch-2021-07-07-listings-78', 'Switzerland followed the EU listings of 21 June 2021.'),
      listed('us', US_2021_12),
    ],
  },
  {
    id: 'halina-lukashenka',
    name: 'Halina Lukashenka',
    aliases: ['Galina Lukashenko', 'Галина Лукашенко', 'Галіна Лукашэнка'],
    kind: 'person',
    sector: 'presidential family',
    history: [
      listed('us', 'us-2022-03-15-lukashenka-redesignation', 'Designated for public corruption.'),
      listed('ca', 'ca-2025-01-24-sor-2025-3'),
    ],
  },
  {
    id: 'nikolai-lukashenko',
    name: 'Nikolai Lukashenko',
    aliases: ['Mikalai Lukashenka', 'Николай Лукашенко', 'Мікалай Лукашэнка'],
    kind: 'person',
    sector: 'presidential family',
    history: [listed('ca', 'ca-2024-08-08-sor-2024-167', 'First item added by SOR/2024-167 (item 120).')],
  },
  {
    id: 'liliya-lukashenka',
    name: 'Liliya Lukashenka',
    aliases: ['Liliya Lukashenko', 'Лилия Лукашенко'],
    kind: 'person',
    sector: 'presidential family',
    history: [
      listed('ch', 'ch-2021-07-07-listings-78', "Named by Swiss reports as Lukashenko's daughter-in-law."),
    ],
    unclear: [
      {
        actor: 'eu',
        reason:
          'Switzerland listed her following the EU listings of 21 June 2021, and a German report speaks of the wife of another of Lukashenko’s sons among them, but no citable source seen names her in the EU act.',
      },
    ],
  },

  /* ---- Officials and others listed since 2004 ---- */
  {
    id: 'lidia-yermoshina',
    name: 'Lidia Yermoshina',
    aliases: ['Lidziya Yarmoshyna', 'Lydia Yermoshina', 'Лидия Ермошина', 'Лідзія Ярмошына'],
    kind: 'person',
    sector: 'elections (Central Election Commission)',
    history: [
      listed('eu', 'eu-2004-12-13-cp-2004-848', 'Entry ban over the October 2004 elections and referendum.'),
      listed('us', US_EO_13405, 'Named in the Annex of E.O. 13405 (per Belsat and Euroradio).'),
      listed('ca', 'ca-2020-09-28-sor-2020-214'),
    ],
    unclear: [{ actor: 'eu', reason: EU_SUSPENSION_UNCLEAR }],
    note: 'As chair of the Central Election Commission she was one of those whose EU travel ban was not suspended in October 2008.',
  },
  {
    id: 'viktor-sheiman',
    name: 'Viktor Sheiman',
    aliases: ['Viktar Sheiman', 'Viktor Sheyman', 'Виктор Шейман', 'Віктар Шэйман'],
    kind: 'person',
    sector: 'security',
    history: [
      listed('eu', EU_2004_09, 'Entry ban over the disappearances of 1999-2000 (Pourgourides report).'),
      listed('us', US_EO_13405, 'Named in the Annex of E.O. 13405 (per Belsat and Euroradio).'),
    ],
    note: 'One of the four persons linked to the 1999-2000 disappearances whose EU measures were never suspended; the EU renewals of 2017 and 2018 name him.',
  },
  {
    id: 'yury-sivakov',
    name: 'Yury Sivakov',
    aliases: ['Yuri Sivakov', 'Yury Sivakou', 'Юрий Сиваков', 'Юрый Сівакоў'],
    kind: 'person',
    sector: 'security',
    history: [
      listed('eu', EU_2004_09, 'Entry ban over the disappearances of 1999-2000.'),
      listed('us', 'us-2007-02-27-designation-six-officials'),
    ],
    note: 'One of the four persons linked to the 1999-2000 disappearances whose EU measures were never suspended; the EU renewals of 2017 and 2018 name him.',
  },
  {
    id: 'dmitry-pavlichenko',
    name: 'Dmitry Pavlichenko',
    aliases: ['Dmitri Pavlichenko', 'Dzmitry Paulichenka', 'Дмитрий Павличенко', 'Дзмітрый Паўлічэнка'],
    kind: 'person',
    sector: 'security',
    history: [
      listed('eu', EU_2004_09, 'Entry ban over the disappearances of 1999-2000.'),
      listed('us', US_EO_13405, 'Named in the Annex of E.O. 13405 (per Belsat and Euroradio).'),
    ],
    note: 'One of the four persons linked to the 1999-2000 disappearances whose EU measures were never suspended; the EU renewals of 2017 and 2018 name him.',
  },
  {
    id: 'vladimir-naumov',
    name: 'Vladimir Naumov',
    aliases: ['Uladzimir Navumau', 'Владимир Наумов', 'Уладзімір Навумаў'],
    kind: 'person',
    sector: 'security (interior minister)',
    history: [
      listed('eu', EU_2004_09, 'Counted among the four listed by BelaPAN; the annex was not seen.'),
      listed('us', US_EO_13405, 'Named in the Annex of E.O. 13405 (per Belsat and Euroradio).'),
    ],
    note: 'One of the four persons linked to the 1999-2000 disappearances whose EU measures were never suspended; the EU renewals of 2017 and 2018 name him.',
  },
  {
    id: 'yury-podobed',
    name: 'Yury Podobed',
    aliases: ['Yuri Podobed', 'Yury Padabed', 'Юрий Подобед', 'Юрый Падабед'],
    kind: 'person',
    sector: 'security (police)',
    history: [
      listed('eu', 'eu-2004-12-13-cp-2004-848', 'Entry ban as commander of a special police regiment.'),
      listed('us', 'us-2007-02-27-designation-six-officials'),
    ],
    unclear: [{ actor: 'eu', reason: EU_SUSPENSION_UNCLEAR }],
  },
  {
    id: 'petr-miklashevich',
    name: 'Petr Miklashevich',
    aliases: ['Pyotr Miklashevich', 'Piotr Miklashevich', 'Пётр Миклашевич'],
    kind: 'person',
    sector: 'justice (prosecutor general)',
    history: [listed('us', 'us-2007-02-27-designation-six-officials')],
  },
  {
    id: 'aleksandr-radkov',
    name: 'Aleksandr Radkov',
    aliases: ['Alyaksandr Radzkou', 'Александр Радьков'],
    kind: 'person',
    sector: 'government (minister)',
    history: [listed('us', 'us-2007-02-27-designation-six-officials')],
  },
  {
    id: 'vladimir-rusakevich',
    name: 'Vladimir Rusakevich',
    aliases: ['Uladzimir Rusakevich', 'Владимир Русакевич'],
    kind: 'person',
    sector: 'government (minister)',
    history: [listed('us', 'us-2007-02-27-designation-six-officials')],
  },
  {
    id: 'oleg-slizhevsky',
    name: 'Oleg Slizhevsky',
    aliases: ['Aleh Slizheuski', 'Олег Слижевский'],
    kind: 'person',
    sector: 'government',
    history: [listed('us', 'us-2007-02-27-designation-six-officials')],
  },
  {
    id: 'yury-chyzh',
    name: 'Yury Chyzh',
    aliases: ['Yuri Chizh', 'Юрий Чиж', 'Юрый Чыж'],
    kind: 'person',
    sector: 'business',
    history: [listed('eu', 'eu-2012-03-23-listings-12-29')],
    unclear: [{ actor: 'eu', reason: EU_SUSPENSION_UNCLEAR }],
  },
  {
    id: 'anatoly-ternavsky',
    name: 'Anatoly Ternavsky',
    aliases: ['Anatol Ternavski', 'Анатолий Тернавский'],
    kind: 'person',
    sector: 'business',
    history: [listed('eu', 'eu-2012-03-23-listings-12-29')],
    unclear: [{ actor: 'eu', reason: EU_SUSPENSION_UNCLEAR }],
  },
  {
    id: 'vital-volkau',
    name: 'Vital Volkau',
    aliases: ['Vitaly Volkov', 'Виталий Волков', 'Віталь Волкаў'],
    kind: 'person',
    sector: 'justice (judge)',
    history: [listed('eu', 'eu-2014-07-08-review', 'The one person added in the July 2014 review.')],
    unclear: [{ actor: 'eu', reason: EU_SUSPENSION_UNCLEAR }],
  },

  /* ---- Officials listed since 2020 ---- */
  {
    id: 'yuri-karaev',
    name: 'Yuri Karaev',
    aliases: ['Yuriy Karaeu', 'Yuri Karayev', 'Yury Karayeu', 'Юрий Караев', 'Юрый Караеў'],
    kind: 'person',
    sector: 'security (interior minister)',
    history: [
      listed('ca', 'ca-2020-09-28-sor-2020-214'),
      listed('uk', UK_2020_09, 'Designated under the UK Global Human Rights regime.'),
      listed('us', 'us-2020-10-02-designations'),
      listed(
        'eu',
        'eu-2020-10-02-listings-40',
        'TGCOM24 names him as the highest-ranking of the 40 persons listed.',
      ),
      listed('ch', 'ch-2020-10-12-listings-40'),
    ],
  },
  {
    id: 'alexander-barsukov',
    name: 'Alexander Barsukov',
    aliases: ['Alyaksandr Barsukou', 'Aleksandr Barsukov', 'Александр Барсуков', 'Аляксандр Барсукоў'],
    kind: 'person',
    sector: 'security (deputy interior minister)',
    history: [
      listed('uk', UK_2020_09, 'Designated under the UK Global Human Rights regime.'),
      listed('us', 'us-2020-10-02-designations'),
    ],
  },
  {
    id: 'igor-sergeenko',
    name: 'Igor Sergeenko',
    aliases: ['Igor Sergeyenko', 'Ihar Sierhiajenka', 'Игорь Сергеенко', 'Ігар Сергеенка'],
    kind: 'person',
    sector: 'government',
    history: [
      listed('uk', UK_2020_09, 'Designated under the UK Global Human Rights regime.'),
      listed('eu', 'eu-2020-11-06-listings-15'),
    ],
  },
  {
    id: 'ivan-tertel',
    name: 'Ivan Tertel',
    aliases: ['Ivan Tsertsel', 'Иван Тертель', 'Іван Цертэль'],
    kind: 'person',
    sector: 'security',
    history: [listed('eu', 'eu-2020-11-06-listings-15')],
  },
  {
    id: 'henadz-kazakevich',
    name: 'Henadz Kazakevich',
    aliases: ['Gennady Kazakevich', 'Геннадий Казакевич', 'Генадзь Казакевіч'],
    kind: 'person',
    sector: 'security (deputy interior minister)',
    history: [listed('us', 'us-2020-12-23-designations')],
  },
  {
    id: 'natallia-kachanava',
    name: 'Natallia Kachanava',
    aliases: ['Natalia Kochanova', 'Natallya Kachanava', 'Наталья Кочанова', 'Наталля Качанава'],
    kind: 'person',
    sector: 'government (parliament)',
    history: [
      listed('eu', EU_2020_12, 'Named among those listed by Belarus Feed and Fakty.'),
      listed('uk', UK_2021_02),
      listed('us', 'us-2021-06-21-designations'),
      listed('ca', CA_2022_11, 'Named by Interfax, citing the Canadian foreign ministry.'),
    ],
  },
  {
    id: 'anatol-sivak',
    name: 'Anatol Sivak',
    aliases: ['Anatoly Sivak', 'Анатолий Сивак', 'Анатоль Сівак'],
    kind: 'person',
    sector: 'government (deputy prime minister)',
    history: [
      listed('eu', EU_2020_12, 'Named among those listed by Belarus Feed and Fakty.'),
      listed('uk', UK_2021_02),
    ],
  },
  {
    id: 'andrey-shved',
    name: 'Andrey Shved',
    aliases: ['Andrei Shved', 'Andrei Shvied', 'Андрей Швед', 'Андрэй Швед'],
    kind: 'person',
    sector: 'justice (prosecutor general)',
    history: [
      listed('eu', EU_2020_12, 'Named among those listed by Belarus Feed and Fakty.'),
      listed('uk', UK_2021_02),
    ],
  },
  {
    id: 'ihar-lutski',
    name: 'Ihar Lutski',
    aliases: ['Igor Lutsky', 'Игорь Луцкий', 'Ігар Луцкі'],
    kind: 'person',
    sector: 'government (information minister)',
    history: [
      listed('eu', EU_2020_12, 'Named among those listed by Belarus Feed.'),
      listed('uk', UK_2021_02),
    ],
  },
  {
    id: 'ivan-eismant',
    name: 'Ivan Eismant',
    aliases: ['Ivan Eysmant', 'Ivan Eismont', 'Иван Эйсмонт', 'Іван Эйсмант'],
    kind: 'person',
    sector: 'state media (Belteleradio)',
    history: [
      listed('eu', EU_2020_12, 'Named among those listed by Belarus Feed and news.21.by (TUT.BY).'),
      listed('uk', UK_2021_02),
      listed('ca', 'ca-2023-08-04-sor-2023-178'),
    ],
  },
  {
    id: 'natallia-eismant',
    name: 'Natallia Eismant',
    aliases: ['Natalya Eismont', 'Наталья Эйсмонт', 'Наталля Эйсмант'],
    kind: 'person',
    sector: 'government (presidential press secretary)',
    history: [listed('us', 'us-2021-06-21-designations')],
  },
  {
    id: 'viktor-khrenin',
    name: 'Viktor Khrenin',
    aliases: ['Viktar Khrenin', 'Виктор Хренин', 'Віктар Хрэнін'],
    kind: 'person',
    sector: 'defence (defence minister)',
    history: [
      listed('eu', EU_2021_06, 'One of the seven persons listed over the Ryanair diversion.'),
      listed('us', 'us-2022-02-24-designations'),
    ],
  },
  {
    id: 'alexei-avramenko',
    name: 'Alexei Avramenko',
    aliases: ['Aliaksei Avramenka', 'Алексей Авраменко'],
    kind: 'person',
    sector: 'government (transport minister)',
    history: [listed('eu', EU_2021_06, 'One of the seven persons listed over the Ryanair diversion.')],
  },
  {
    id: 'aleksandr-volfovich',
    name: 'Aleksandr Volfovich',
    aliases: ['Alyaksandr Volfovich', 'Александр Вольфович'],
    kind: 'person',
    sector: 'security (Security Council)',
    history: [listed('us', 'us-2022-02-24-designations')],
  },
  {
    id: 'mikhail-gutseriev',
    name: 'Mikhail Gutseriev',
    aliases: ['Mikhail Guzeriev', 'Михаил Гуцериев'],
    kind: 'person',
    sector: 'business (energy, potash)',
    history: [
      listed('eu', EU_2021_06, 'His action against these acts is Case T-526/21, Gutseriev v Council.'),
      listed('uk', 'uk-2021-08-09-gutseriev'),
    ],
  },
  {
    id: 'dzmitry-shautsou',
    name: 'Dzmitry Shautsou',
    aliases: ['Dmitry Shevtsov', 'Дмитрий Шевцов'],
    kind: 'person',
    sector: 'Belarusian Red Cross',
    history: [listed('us', 'us-2023-12-05-designations', 'Designated under the Russia-related E.O. 14024.')],
  },
  {
    id: 'iryna-akulovich',
    name: 'Iryna Akulovich',
    aliases: ['Irina Akulovich', 'Ирина Акулович'],
    kind: 'person',
    sector: 'repression (EU criteria)',
    history: [listed('eu', 'eu-2024-08-05-listings-28')],
  },
  {
    id: 'dzmitry-zhuk',
    name: 'Dzmitry Zhuk',
    aliases: ['Dmitry Zhuk', 'Дмитрий Жук'],
    kind: 'person',
    sector: 'repression (EU criteria)',
    history: [listed('eu', 'eu-2024-08-05-listings-28')],
  },

  /* ---- Potash ---- */
  {
    id: 'belaruskali',
    name: 'Belaruskali',
    aliases: ['Belaruskali OAO', 'OJSC Belaruskali', 'Byelaruskali', 'Беларуськалий', 'Беларуськалій'],
    kind: 'company',
    sector: 'potash',
    history: [
      listed(
        'us',
        'us-2021-08-09-designations',
        'General License 4 allowed a wind-down until 8 December 2021.',
      ),
      listed('uk', 'uk-2021-12-02-belaruskali', 'Asset freeze under the UK Belarus regime.'),
      listed('eu', 'eu-2022-06-03-listings-12-8', 'Named in the Council release of 3 June 2022.'),
      eased(
        'us',
        US_GL_13,
        'General License 13 authorises, without expiry, transactions involving it and its 50%-owned entities; it did not unblock blocked property or remove it from the SDN list.',
      ),
      delisted(
        'us',
        US_RELIEF_2026,
        'The envoy announced the lifting of all remaining US sanctions on it; UNN reports it removed from the lists.',
      ),
    ],
    unclear: [{ actor: 'us', reason: US_RELIEF_UNCLEAR }],
    note: 'Kommersant (27 February 2026) reported that the EU re-listed seven leading Belarusian industrial companies with updated reasons; other reports (not citable) name Belaruskali among them. The Lithuanian foreign ministry said the renewal made no changes; not settled.',
  },
  {
    id: 'belarusian-potash-company',
    name: 'Belarusian Potash Company',
    aliases: [
      'BPC',
      'Belarusian Potash Co.',
      'Белорусская калийная компания',
      'Беларуская калійная кампанія',
      'БКК',
    ],
    kind: 'company',
    sector: 'potash (exports)',
    history: [
      listed('us', US_2021_12, 'General License 5 allowed a wind-down until 1 April 2022.'),
      listed('eu', 'eu-2022-06-03-listings-12-8', 'Named in the Council release of 3 June 2022.'),
      eased('us', US_GL_13, 'General License 13 authorises, without expiry, transactions involving it.'),
      delisted('us', US_RELIEF_2026, 'The envoy announced the lifting of all remaining US sanctions on it.'),
    ],
    unclear: [{ actor: 'us', reason: US_RELIEF_UNCLEAR }],
  },
  {
    id: 'agrorozkvit',
    name: 'Agrorozkvit',
    aliases: ['Agrorozkvit LLC', 'Агророзквіт'],
    kind: 'company',
    sector: 'potash (subsidiary of the Belarusian Potash Company)',
    history: [
      listed('us', US_2021_12, 'General License 5 allowed a wind-down until 1 April 2022.'),
      eased('us', US_GL_13, 'General License 13 authorises, without expiry, transactions involving it.'),
      delisted('us', US_RELIEF_2026, 'The envoy announced the lifting of all remaining US sanctions on it.'),
    ],
    unclear: [{ actor: 'us', reason: US_RELIEF_UNCLEAR }],
  },
  {
    id: 'slavkali',
    name: 'Slavkali',
    aliases: ['Славкалий', 'Славкалій'],
    kind: 'company',
    sector: 'potash',
    history: [listed('us', US_2021_12)],
    note: 'General License 12 (4 November 2025) authorised certain transactions involving three aircraft used by Lukashenko or by Slavkali; Slavkali itself remained sanctioned (UNN).',
  },

  /* ---- Belneftekhim and its subsidiaries ---- */
  {
    id: 'belneftekhim',
    name: 'Belneftekhim',
    aliases: ['Belarusian State Concern for Oil and Chemistry', 'Белнефтехим', 'Белнафтахім'],
    kind: 'company',
    sector: 'oil and chemicals (state concern)',
    history: [
      listed('us', 'us-2007-11-13-designation-belneftekhim'),
      eased('us', US_GL_2, GL_2_NOTE),
      relisted('us', US_GL_2H, GL_2H_NOTE),
      listed('eu', 'eu-2023-08-03-package'),
    ],
    note: 'A Lexology note of 2015 says Belneftekhim was "originally placed on OFAC’s SDN list in 2006"; the US record dates its designation to 13 November 2007 (Reuters), which other reports also give.',
  },
  {
    id: 'belneftekhim-usa',
    name: 'Belneftekhim USA',
    aliases: ['Belneftekhim USA, Inc.'],
    kind: 'company',
    sector: 'oil and chemicals (US subsidiary)',
    history: [
      listed('us', 'us-2007-11-13-designation-belneftekhim'),
      eased('us', US_GL_2, GL_2_NOTE),
      relisted('us', US_GL_2H, GL_2H_NOTE),
    ],
    note: GL_2_TARGET_NOTE,
  },
  {
    id: 'belarusian-oil-trade-house',
    name: 'Belarusian Oil Trade House',
    aliases: ['Белорусский нефтяной торговый дом'],
    kind: 'company',
    sector: 'oil products trade',
    history: [
      listed('us', 'us-2008-05-15-designation-belneftekhim-subsidiaries'),
      eased('us', US_GL_2, GL_2_NOTE),
      relisted('us', US_GL_2H, GL_2H_NOTE),
    ],
    note: GL_2_TARGET_NOTE,
  },
  {
    id: 'lida-lakokraska',
    name: 'Lida Lakokraska',
    aliases: ['Lakokraska', 'Lakokraska OAO', 'Лакокраска', 'Лидская лакокраска'],
    kind: 'company',
    sector: 'paints and coatings',
    history: [
      listed('us', 'us-2008-05-15-designation-belneftekhim-subsidiaries'),
      eased(
        'us',
        'us-2008-09-05-gl-lakokraska-polotsk',
        'A general licence authorised dealings with it (extended to 31 May 2011); it stayed on the SDN list.',
      ),
      relisted(
        'us',
        'us-2011-01-31-gl-revocation-lakokraska-polotsk',
        'The licence was revoked after the December 2010 crackdown (effective 11 February 2011).',
      ),
      eased('us', US_GL_2, GL_2_NOTE),
      relisted('us', US_GL_2H, GL_2H_NOTE),
    ],
    note: GL_2_TARGET_NOTE,
  },
  {
    id: 'polotsk-steklovolokno',
    name: 'Polotsk Steklovolokno',
    aliases: ['Polotsk-Steklovolokno OAO', 'Полоцк-Стекловолокно', 'Полацк-Шкловалакно'],
    kind: 'company',
    sector: 'glass fibre',
    history: [
      listed('us', 'us-2008-05-15-designation-belneftekhim-subsidiaries'),
      eased(
        'us',
        'us-2008-09-05-gl-lakokraska-polotsk',
        'A general licence authorised dealings with it (extended to 31 May 2011); it stayed on the SDN list.',
      ),
      relisted(
        'us',
        'us-2011-01-31-gl-revocation-lakokraska-polotsk',
        'The licence was revoked after the December 2010 crackdown (effective 11 February 2011).',
      ),
      eased('us', US_GL_2, GL_2_NOTE),
      relisted('us', US_GL_2H, GL_2H_NOTE),
    ],
    note: GL_2_TARGET_NOTE,
  },
  {
    id: 'naftan',
    name: 'Naftan',
    aliases: ['Naftan OAO', 'Novopolotsk refinery', 'Нафтан'],
    kind: 'company',
    sector: 'oil refining',
    history: [
      listed('us', 'us-2011-08-11-designation-belneftekhim-subsidiaries'),
      eased('us', US_GL_2, GL_2_NOTE),
      relisted('us', US_GL_2H, GL_2H_NOTE),
    ],
    unclear: [
      {
        actor: 'eu',
        reason:
          'Bloomberg reported in May 2022 that the EU had proposed listing Naftan; the Council release of 3 June 2022 names Belaruskali, the Belarusian Potash Company and Belteleradio but not Naftan, and no EU act listing it was found.',
      },
    ],
    note: GL_2_TARGET_NOTE,
  },
  {
    id: 'grodno-azot',
    name: 'Grodno Azot',
    aliases: ['Hrodna Azot', 'Grodno Azot AAT', 'Гродно Азот', 'Гродна Азот'],
    kind: 'company',
    sector: 'fertilisers (nitrogen)',
    history: [
      listed('us', 'us-2011-08-11-designation-belneftekhim-subsidiaries'),
      eased('us', US_GL_2, GL_2_NOTE),
      relisted('us', US_GL_2H, GL_2H_NOTE),
      listed('eu', EU_2021_12, 'The General Court dismissed its action (T-117/22, 21 February 2024).'),
      listed('ch', 'ch-2021-12-17-listings-migration'),
    ],
    note: GL_2_TARGET_NOTE,
  },
  {
    id: 'grodno-khimvolokno',
    name: 'Grodno Khimvolokno',
    aliases: ['Grodno Khimvolokno OAO', 'Khimvolokno Plant', 'Гродно Химволокно', 'Завод Химволокно'],
    kind: 'company',
    sector: 'synthetic fibres',
    history: [
      listed('us', 'us-2011-08-11-designation-belneftekhim-subsidiaries'),
      eased('us', US_GL_2, GL_2_NOTE),
      relisted('us', US_GL_2H, GL_2H_NOTE),
      listed(
        'eu',
        EU_2021_12,
        'Listed as "Khimvolokno Plant", a branch of Grodno Azot and co-applicant in T-117/22; that it is the company OFAC lists as Grodno Khimvolokno OAO is read from the name and location.',
      ),
    ],
  },
  {
    id: 'belshina',
    name: 'Belshina',
    aliases: ['Belshyna', 'Belshina OAO', 'Белшина', 'Белшына'],
    kind: 'company',
    sector: 'tyres',
    history: [
      listed('us', 'us-2011-08-11-designation-belneftekhim-subsidiaries'),
      eased('us', US_GL_2, GL_2_NOTE),
      relisted('us', US_GL_2H, GL_2H_NOTE),
      listed('eu', EU_2021_12),
      listed('ch', 'ch-2021-12-17-listings-migration'),
    ],
    unclear: [
      {
        actor: 'eu',
        reason:
          'The General Court annulled its listing on 20 March 2024 (T-115/22, Belshyna v Council), and Kommersant reports that the Council listed it again in February 2026 despite that ruling; which later acts kept it listed in between, and whether the February 2026 renewal (which the Lithuanian foreign ministry said made no changes) re-listed it, were not verified.',
      },
    ],
    note: GL_2_TARGET_NOTE,
  },

  /* ---- Industry ---- */
  {
    id: 'maz',
    name: 'MAZ',
    aliases: [
      'Minsk Automobile Plant',
      'OAO Minskii Avtomobilnyi Zavod',
      'BELAVTOMAZ',
      'Минский автомобильный завод',
      'МАЗ',
    ],
    kind: 'company',
    sector: 'trucks and other vehicles',
    history: [
      listed(
        'eu',
        EU_2021_06,
        'Its action against these acts (T-532/21) was dismissed by the General Court on 18 October 2023.',
      ),
      listed('us', 'us-2023-03-24-designations'),
    ],
  },
  {
    id: 'belaz',
    name: 'BelAZ',
    aliases: ['BELAZ', 'OAO Belaz', 'Belarusian Autoworks', 'БелАЗ', 'Белорусский автомобильный завод'],
    kind: 'company',
    sector: 'mining trucks',
    history: [
      listed(
        'eu',
        EU_2021_06,
        'Its action against these acts (T-533/21) was dismissed by the General Court on 18 October 2023; dpa-AFX names it among those listed.',
      ),
      listed('us', 'us-2023-03-24-designations'),
    ],
  },
  {
    id: 'mzkt',
    name: 'MZKT',
    aliases: [
      'Minsk Wheel Tractor Plant',
      'Minsk Wheeled Tractor Plant',
      'Volat',
      'МЗКТ',
      'Минский завод колёсных тягачей',
    ],
    kind: 'company',
    sector: 'military vehicles',
    history: [
      listed('eu', EU_2020_12, 'Named among the entities listed by Fakty, Belarus Feed and TUT.BY.'),
      listed('ca', CA_2022_11, 'Named by Interfax, citing the Canadian foreign ministry.'),
    ],
    unclear: [
      {
        actor: 'us',
        reason:
          'Reports quoting the State Department (Tribune India, RBC-Ukraine, Daily Pakistan) say it was designated on 19 April 2024 under the non-proliferation order E.O. 13382 for supplying missile chassis to Pakistan; the State Department release was not found, so there is no US record.',
      },
    ],
  },
  {
    id: 'belarusian-steel-works',
    name: 'Belarusian Steel Works',
    aliases: ['BMZ', 'BSW', 'Byelorussian Steel Works', 'Белорусский металлургический завод', 'БМЗ'],
    kind: 'company',
    sector: 'steel',
    history: [
      listed(
        'eu',
        'eu-2023-08-03-package',
        'Willkie: "recently designated by the EU on August 3, 2023"; its action against the listing was Case T-1042/23.',
      ),
      listed(
        'us',
        'us-2023-08-09-designations',
        'General License 8 allowed a wind-down until 9 October 2023.',
      ),
    ],
    note: 'Its earlier EU case (T-258/22, dismissed 6 March 2024) challenged the EU ban on Belarusian iron and steel products, not a listing.',
  },
  {
    id: 'amkodor',
    name: 'Amkodor',
    aliases: ['Амкодор'],
    kind: 'company',
    sector: 'machine building',
    history: [listed('us', 'us-2023-12-05-designations')],
  },
  {
    id: 'belomo',
    name: 'BelOMO',
    aliases: ['Belarusian Optical and Mechanical Association', 'БелОМО'],
    kind: 'company',
    sector: 'defence (optics)',
    history: [listed('us', 'us-2023-12-05-designations')],
  },
  {
    id: 'tabak-invest',
    name: 'Tabak Invest',
    aliases: ['Табак-инвест'],
    kind: 'company',
    sector: 'tobacco',
    history: [listed('us', 'us-2023-12-05-designations')],
  },
  {
    id: 'minsk-civil-aviation-plant-407',
    name: 'Minsk Civil Aviation Plant 407',
    aliases: ['Минский завод гражданской авиации № 407'],
    kind: 'company',
    sector: 'aviation maintenance',
    history: [listed('us', 'us-2023-08-09-designations')],
  },
  {
    id: 'belspetsvneshtechnika',
    name: 'Belspetsvneshtechnika',
    aliases: ['BSVT', 'Белспецвнештехника'],
    kind: 'company',
    sector: 'defence industry',
    history: [listed('us', 'us-2022-02-24-designations')],
  },
  {
    id: 'beltechexport',
    name: 'BelTechExport',
    aliases: ['Beltechexport ZAO', 'Белтехэкспорт'],
    kind: 'company',
    sector: 'defence (arms trade)',
    history: [
      listed('eu', 'eu-2011-06-20-arms-embargo', 'One of the first three entities listed by the EU.'),
      listed(
        'eu',
        EU_2020_12,
        'Named among the entities listed in December 2020 by Fakty and TUT.BY; when its 2011 listing ended is not known.',
      ),
    ],
    unclear: [{ actor: 'eu', reason: EU_SUSPENSION_UNCLEAR }],
  },
  {
    id: 'integral',
    name: 'Integral',
    aliases: ['JSC Integral', 'OJSC Integral', 'Интеграл'],
    kind: 'company',
    sector: 'microelectronics',
    history: [
      listed('uk', 'uk-2022-03-01-belarus-military', 'Designated under the UK Russia regime.'),
      listed(
        'us',
        'us-2022-03-02-bis-belarus-rule',
        'Added to the BIS Entity List (export controls), not the SDN list.',
      ),
      listed('eu', EU_2025_03),
    ],
  },
  {
    id: 'planar',
    name: 'Planar',
    aliases: ['OJSC Planar', 'Планар'],
    kind: 'company',
    sector: 'defence industry',
    history: [listed('ca', 'ca-2024-08-08-sor-2024-167'), listed('eu', EU_2025_03)],
  },
  {
    id: 'precise-electro-mechanics-plant',
    name: 'Precise Electro-Mechanics Plant',
    aliases: ['Precision Electromechanics Plant', 'Завод точной электромеханики'],
    kind: 'company',
    sector: 'defence industry',
    history: [
      listed('ca', CA_2022_11, 'Named by Interfax ("Precision Electromechanics Plant").'),
      listed('eu', EU_2025_03),
    ],
  },
  {
    id: 'synesis',
    name: 'Synesis',
    aliases: ['Synesis LLC', 'Синезис'],
    kind: 'company',
    sector: 'IT',
    history: [listed('eu', EU_2020_12, 'The General Court case T-97/21 concerns this listing.')],
  },
  {
    id: 'dana-holdings',
    name: 'Dana Holdings',
    aliases: ['Дана Холдингз'],
    kind: 'company',
    sector: 'construction',
    history: [listed('eu', EU_2020_12, 'Named among the entities listed by Fakty and TUT.BY.')],
  },
  {
    id: 'dana-astra',
    name: 'Dana Astra',
    aliases: ['Дана Астра'],
    kind: 'company',
    sector: 'business',
    history: [
      listed(
        'eu',
        'eu-2025-02-24-renewal',
        'Maintained on the list by the February 2025 renewal acts, which it challenged (T-288/25).',
      ),
    ],
    unclear: [
      {
        actor: 'eu',
        reason:
          'The act that first listed it was not identified; the entry records the earliest act seen that keeps it listed.',
      },
    ],
  },
  {
    id: 'sport-pari',
    name: 'Sport-pari',
    aliases: ['Спорт-пари'],
    kind: 'company',
    sector: 'betting',
    history: [
      listed('eu', 'eu-2011-06-20-arms-embargo', 'One of the first three entities listed by the EU.'),
    ],
    unclear: [{ actor: 'eu', reason: EU_SUSPENSION_UNCLEAR }],
  },
  {
    id: 'fc-dynamo-minsk',
    name: 'FC Dynamo-Minsk',
    aliases: ['Football Club Dynamo-Minsk', 'Динамо-Минск'],
    kind: 'company',
    sector: 'sport',
    history: [listed('eu', 'eu-2012-03-23-listings-12-29', 'Its action against the listing was T-275/12.')],
    unclear: [{ actor: 'eu', reason: EU_SUSPENSION_UNCLEAR }],
  },
  {
    id: 'ridotto',
    name: 'Ridotto LLC',
    aliases: ['Ridotto'],
    kind: 'company',
    sector: 'gambling',
    history: [listed('eu', EU_2025_03)],
  },
  {
    id: 'belorusskiye-loterei',
    name: 'Belorusskiye Loterei',
    aliases: ['Belarusian Lotteries', 'Белорусские лотереи'],
    kind: 'company',
    sector: 'lotteries',
    history: [listed('eu', EU_2025_03)],
  },
  {
    id: 'tsybulka-bel',
    name: 'Tsybulka-Bel',
    aliases: ['Цыбулька-Бел'],
    kind: 'company',
    sector: 'business',
    history: [listed('eu', EU_2025_03)],
  },
  {
    id: 'vlate-logistic',
    name: 'VLATE Logistic',
    kind: 'company',
    sector: 'business',
    history: [listed('eu', 'eu-2024-12-16-listings-26-2')],
    unclear: [
      {
        actor: 'eu',
        reason:
          'Known only from news reports of the Council release, which speak of owners of companies; that the company itself is one of the two entities listed was not verified in the act.',
      },
    ],
  },
  {
    id: 'rusexpedition',
    name: 'Rusexpedition',
    aliases: ['Русэкспедиция'],
    kind: 'company',
    sector: 'business',
    history: [listed('eu', 'eu-2024-12-16-listings-26-2')],
    unclear: [
      {
        actor: 'eu',
        reason:
          'Known only from news reports of the Council release, which speak of owners of companies; that the company itself is one of the two entities listed was not verified in the act.',
      },
    ],
  },
  {
    id: 'belorusneft',
    name: 'Belorusneft',
    aliases: ['Belarusneft', 'Белоруснефть', 'Беларусьнафта'],
    kind: 'company',
    sector: 'oil',
    history: [listed('eu', EU_2021_12), listed('ch', 'ch-2021-12-17-listings-migration')],
  },
  {
    id: 'tsentrkurort',
    name: 'Tsentrkurort',
    aliases: ['Republican Unitary Enterprise Tsentrkurort', 'Центркурорт'],
    kind: 'company',
    sector: 'tourism',
    history: [
      listed('us', US_2021_12, 'Named by Thompson Hine among that day’s designations.'),
      listed('ca', 'ca-2021-12-02-sor-2021-236'),
      listed('ch', 'ch-2021-12-17-listings-migration'),
    ],
  },
  {
    id: 'transaviaexport',
    name: 'Transaviaexport',
    aliases: ['JSC Transaviaexport Airlines', 'Трансавиаэкспорт'],
    kind: 'company',
    sector: 'aviation (cargo)',
    history: [listed('us', US_2021_12, 'Designated with two of its aircraft.')],
  },
  {
    id: 'aviakompaniya-rada',
    name: 'Aviakompaniya Rada',
    aliases: ['Rada Airlines', 'Авиакомпания Рада'],
    kind: 'company',
    sector: 'aviation',
    history: [listed('us', 'us-2024-08-09-designations')],
  },
  {
    id: 'aviakompaniya-belkanto',
    name: 'Aviakompaniya Belkanto',
    aliases: ['Belkanto', 'Авиакомпания Белканто'],
    kind: 'company',
    sector: 'aviation',
    history: [listed('us', 'us-2024-08-09-designations')],
  },
  {
    id: 'rubistar',
    name: 'Rubistar',
    aliases: ['Рубистар'],
    kind: 'company',
    sector: 'business',
    history: [listed('us', 'us-2024-08-09-designations')],
  },
  {
    id: 'belling',
    name: 'Belling',
    aliases: ['Беллинг'],
    kind: 'company',
    sector: 'business',
    history: [listed('us', 'us-2024-08-09-designations')],
  },
  {
    id: 'belaeronavigatsia',
    name: 'Belaeronavigatsia',
    aliases: ['Belaeronavigatsiya', 'Белаэронавигация'],
    kind: 'company',
    sector: 'air navigation',
    history: [
      listed(
        'eu',
        EU_2021_06,
        'The state air-traffic-control company, listed over the Ryanair diversion (dpa-AFX).',
      ),
      listed('ch', 'ch-2021-08-11-total-revision'),
    ],
  },
  {
    id: 'belteleradio',
    name: 'Belteleradio',
    aliases: [
      'Belteleradiocompany',
      'National State TV and Radio Company of Belarus',
      'Белтелерадиокомпания',
    ],
    kind: 'company',
    sector: 'state media',
    history: [listed('eu', 'eu-2022-06-03-listings-12-8', 'Named in the Council release of 3 June 2022.')],
  },

  /* ---- Aviation ---- */
  {
    id: 'belavia',
    name: 'Belavia',
    aliases: [
      'Belavia Belarusian Airlines',
      'Open Joint Stock Company Belavia Belarusian Airlines',
      'OAO Aviakompaniya Belavia',
      'Белавиа',
      'Белавія',
    ],
    kind: 'company',
    sector: 'aviation',
    history: [
      listed('eu', EU_2021_12, 'Listed over the instrumentalisation of migrants.'),
      listed('ch', 'ch-2021-12-17-listings-migration'),
      listed(
        'us',
        'us-2022-06-16-bis-tdo-belavia',
        'BIS Temporary Denial Order of its export privileges (renewed; reported to have lapsed in December 2024).',
      ),
      listed(
        'us',
        'us-2023-08-09-designations',
        'OFAC designation; General License 9 allowed a wind-down until 8 September 2023.',
      ),
      eased(
        'us',
        'us-2025-09-11-gl-11',
        'General License 11 authorised transactions involving it so that it could service and buy parts for its fleet; it stayed on the SDN list.',
      ),
      eased(
        'us',
        'us-2025-09-12-bis-belavia-authorization',
        'BIS removed eight of its aircraft from its list of aircraft flown in violation of the EAR and authorised servicing and parts.',
      ),
      delisted(
        'us',
        'us-2025-11-04-belavia-delisting',
        'Removed from the SDN list, with its aircraft EW-301PJ.',
      ),
    ],
  },
  {
    id: 'aircraft-ew-001pa',
    name: 'Aircraft EW-001PA',
    aliases: ['EW-001PA'],
    kind: 'aircraft',
    sector: 'presidential aircraft',
    history: [
      listed('us', 'us-2023-03-24-designations', 'Identified as blocked property.'),
      eased('us', 'us-2025-11-04-gl-12', 'General License 12 authorised certain transactions involving it.'),
    ],
  },
  {
    id: 'aircraft-ew-001pb',
    name: 'Aircraft EW-001PB',
    aliases: ['EW-001PB'],
    kind: 'aircraft',
    sector: 'presidential aircraft',
    history: [
      listed('us', 'us-2024-08-09-designations', 'Identified as blocked property.'),
      eased('us', 'us-2025-11-04-gl-12', 'General License 12 authorised certain transactions involving it.'),
    ],
  },
  {
    id: 'aircraft-ew-301pj',
    name: 'Aircraft EW-301PJ',
    aliases: ['EW-301PJ'],
    kind: 'aircraft',
    sector: 'government transport aircraft',
    history: [
      listed('us', 'us-2023-08-09-designations', 'Identified as blocked property.'),
      delisted('us', 'us-2025-11-04-belavia-delisting', 'Removed from the SDN list with Belavia.'),
    ],
  },

  /* ---- Banks and the state ---- */
  {
    id: 'belinvestbank',
    name: 'Belinvestbank',
    aliases: [
      'Belarusian Bank for Development and Reconstruction Belinvestbank',
      'Белинвестбанк',
      'Белінвестбанк',
    ],
    kind: 'bank',
    sector: 'banking',
    history: [
      listed(
        'ca',
        'ca-2021-08-06-sor-2021-184',
        'Sectoral measures only: dealings in its securities and in its debt of over 90 days, and insurance, prohibited.',
      ),
      listed('us', 'us-2022-02-24-designations'),
      eased('us', US_RELIEF_2026, 'The envoy announced relief for it; its form was not verified.'),
    ],
    unclear: [{ actor: 'us', reason: US_RELIEF_UNCLEAR }],
  },
  {
    id: 'development-bank',
    name: 'Development Bank of the Republic of Belarus',
    aliases: [
      'Development Bank of Belarus',
      'Банк развития Республики Беларусь',
      'Банк развіцця Рэспублікі Беларусь',
    ],
    kind: 'bank',
    sector: 'banking (state development bank)',
    history: [
      listed(
        'us',
        US_2021_12,
        'Directive 1: US persons barred from its new debt of more than 90 days; not blocked.',
      ),
      listed(
        'eu',
        'eu-2022-03-09-finance',
        'Disconnected from SWIFT from 20 March 2022; not an asset freeze.',
      ),
      listed('ca', CA_2022_11, 'Named by Interfax, citing the Canadian foreign ministry.'),
      eased('us', US_RELIEF_2026, 'The envoy announced relief for it; its form was not verified.'),
    ],
    unclear: [{ actor: 'us', reason: US_RELIEF_UNCLEAR }],
  },
  {
    id: 'ministry-of-finance',
    name: 'Ministry of Finance of Belarus',
    aliases: [
      'Belarusian Ministry of Finance',
      'Министерство финансов Республики Беларусь',
      'Міністэрства фінансаў',
    ],
    kind: 'state-body',
    sector: 'government (sovereign debt)',
    history: [
      listed(
        'us',
        US_2021_12,
        'Directive 1: US persons barred from its new debt of more than 90 days; not blocked.',
      ),
      eased('us', US_RELIEF_2026, 'The envoy announced relief for it; its form was not verified.'),
    ],
    unclear: [{ actor: 'us', reason: US_RELIEF_UNCLEAR }],
  },
  {
    id: 'belarusbank',
    name: 'Belarusbank',
    aliases: ['Savings Bank Belarusbank', 'Беларусбанк'],
    kind: 'bank',
    sector: 'banking',
    history: [
      listed(
        'ca',
        'ca-2021-08-06-sor-2021-184',
        'Sectoral measures only: dealings in its securities and in its debt of over 90 days, and insurance, prohibited.',
      ),
    ],
    note: 'No US or EU record in the dataset names it.',
  },
  {
    id: 'belagroprombank',
    name: 'Belagroprombank',
    aliases: ['Белагропромбанк'],
    kind: 'bank',
    sector: 'banking',
    history: [
      listed(
        'ca',
        'ca-2021-08-06-sor-2021-184',
        'Sectoral measures only: dealings in its securities and in its debt of over 90 days, and insurance, prohibited.',
      ),
      listed(
        'eu',
        'eu-2022-03-09-finance',
        'Disconnected from SWIFT from 20 March 2022; not an asset freeze.',
      ),
    ],
  },
  {
    id: 'bank-dabrabyt',
    name: 'Bank Dabrabyt',
    aliases: ['Bank Dabrabyt JSC', 'Банк Дабрабыт'],
    kind: 'bank',
    sector: 'banking',
    history: [
      listed('us', 'us-2022-02-24-designations'),
      listed(
        'eu',
        'eu-2022-03-09-finance',
        'Disconnected from SWIFT from 20 March 2022; not an asset freeze.',
      ),
    ],
  },
  {
    id: 'absolutbank',
    name: 'Absolutbank',
    aliases: ['Абсолютбанк'],
    kind: 'bank',
    sector: 'banking',
    history: [listed('us', 'us-2021-08-09-designations')],
  },
  {
    id: 'national-bank-of-belarus',
    name: 'National Bank of the Republic of Belarus',
    aliases: ['Central Bank of Belarus', 'National Bank of Belarus', 'Национальный банк Республики Беларусь'],
    kind: 'bank',
    sector: 'central bank',
    history: [
      listed(
        'eu',
        'eu-2022-03-09-finance',
        'Transactions related to the management of its reserves or assets prohibited.',
      ),
      listed('ch', 'ch-2022-03-16-total-revision', 'Transactions with it prohibited.'),
      listed('ca', CA_2022_11, 'Named by Interfax, citing the Canadian foreign ministry.'),
    ],
  },
  {
    id: 'alfa-bank-belarus',
    name: 'Alfa-Bank (Belarus)',
    aliases: ['Alfa-Bank Belarus', 'Альфа-Банк (Беларусь)'],
    kind: 'bank',
    sector: 'banking',
    history: [
      listed('ca', CA_2022_11, 'Named by Interfax, citing the Canadian foreign ministry.'),
      listed('uk', 'uk-2024-10-03-alfa-bank-belarus'),
    ],
  },

  /* ---- State bodies ---- */
  {
    id: 'central-election-commission',
    name: 'Central Election Commission of Belarus',
    aliases: ['CEC', 'Центральная избирательная комиссия', 'Цэнтральная выбарчая камісія'],
    kind: 'state-body',
    sector: 'elections',
    history: [
      listed('us', 'us-2020-12-23-designations'),
      listed('us', 'us-2023-03-24-designations', 'Re-designated under E.O. 14038 while still listed.'),
      listed('eu', EU_2025_03),
    ],
  },
  {
    id: 'kgb',
    name: 'State Security Committee (KGB)',
    aliases: ['KGB of Belarus', 'КГБ', 'Комитет государственной безопасности', 'КДБ'],
    kind: 'state-body',
    sector: 'security',
    history: [
      listed(
        'us',
        'us-2021-06-21-designations',
        'General License 3 allowed certain administrative dealings with it.',
      ),
    ],
  },
  {
    id: 'kgb-alpha',
    name: 'KGB Alpha',
    aliases: ['Alpha Group of the KGB', 'Альфа'],
    kind: 'state-body',
    sector: 'security',
    history: [listed('us', 'us-2020-12-23-designations')],
  },
  {
    id: 'minsk-omon',
    name: 'Minsk OMON',
    aliases: ['Minsk riot police', 'ОМОН'],
    kind: 'state-body',
    sector: 'security (police)',
    history: [listed('us', 'us-2020-12-23-designations')],
  },
  {
    id: 'minsk-guvd',
    name: 'Minsk GUVD',
    aliases: ['Minsk city police directorate', 'ГУВД Мингорисполкома'],
    kind: 'state-body',
    sector: 'security (police)',
    history: [listed('us', 'us-2020-12-23-designations')],
  },
  {
    id: 'internal-troops',
    name: 'Internal Troops of the Ministry of Internal Affairs',
    aliases: ['Belarusian Internal Troops', 'Внутренние войска МВД'],
    kind: 'state-body',
    sector: 'security',
    history: [listed('us', 'us-2021-06-21-designations'), listed('ca', 'ca-2023-08-04-sor-2023-178')],
  },
  {
    id: 'department-of-financial-investigations',
    name: 'Department of Financial Investigations',
    aliases: ['Department of Financial Investigation of the State Control Committee', 'ДФР КГК'],
    kind: 'state-body',
    sector: 'financial investigations',
    history: [listed('us', 'us-2023-08-09-designations')],
  },
  {
    id: 'ministry-of-defence',
    name: 'Ministry of Defence of Belarus',
    aliases: ['Belarusian Ministry of Defence', 'Министерство обороны Республики Беларусь'],
    kind: 'state-body',
    sector: 'defence',
    history: [
      listed(
        'us',
        'us-2022-03-02-bis-belarus-rule',
        'Added to the BIS Entity List (export controls), not the SDN list.',
      ),
      listed('ca', 'ca-2023-08-04-sor-2023-178'),
    ],
  },
  {
    id: 'national-olympic-committee',
    name: 'National Olympic Committee of Belarus',
    aliases: ['NOC of Belarus', 'Национальный олимпийский комитет'],
    kind: 'state-body',
    sector: 'sport',
    history: [listed('us', 'us-2021-08-09-designations')],
  },
];
