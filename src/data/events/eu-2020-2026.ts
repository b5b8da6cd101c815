import { canonicalActUrl } from '../acts';
import type { SanctionsEventInput, Source } from '../schema';

/** Id of the base act (Decision 2012/642/CFSP), defined in the 2004-2019 file. */
const DECISION_2012_642 = 'eu-2012-10-15-decision-2012-642';

/** A Council act cited at its canonical EUR-Lex address, by CELEX number. */
function celex(id: string, title: string): Source {
  return {
    url: canonicalActUrl({ scheme: 'celex', id }),
    title,
    publisher: 'EUR-Lex',
    kind: 'act',
    identifier: { scheme: 'celex', id },
  };
}

/** The General Court's judgment in Synesis v Council (T-97/21 and T-215/22), summary on EUR-Lex: lists the acts that listed and maintained Synesis, 2020-2022. */
const SYNESIS_JUDGMENT: Source = {
  url: 'https://eur-lex.europa.eu/legal-content/en/SUM/?uri=CELEX%3A62021TJ0097',
  title:
    'Judgment of the General Court of 13 September 2023, Synesis v Council, T-97/21 and T-215/22 (summary): Decision 2012/642/CFSP as amended by Decisions (CFSP) 2020/2130, 2021/353 and 2022/307; Regulations 2020/2129, 2021/339 and 2022/300',
  publisher: 'EUR-Lex',
  kind: 'official',
};

/**
 * The consolidated text of Regulation (EC) No 765/2006 in force from 24 April 2026: Annex I gives,
 * for each listed person and entity, the Belarusian and Russian spellings, the grounds and the date
 * of listing.
 */
const CONSOLIDATED_765: Source = {
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02006R0765-20260424',
  title:
    'Consolidated text of Council Regulation (EC) No 765/2006 (version of 24.04.2026), Annex I: persons and entities listed, with their date of listing',
  publisher: 'EUR-Lex',
  kind: 'act',
};

/**
 * The consolidated text of Regulation (EU) No 269/2014 (the Russia/Ukraine territorial-integrity
 * regime) in force from 17 July 2026: Annex I gives each listed person's and entity's names,
 * nationality or place of registration, grounds and date of listing.
 */
const CONSOLIDATED_269: Source = {
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02014R0269-20260717',
  title:
    'Consolidated text of Council Regulation (EU) No 269/2014 (version of 17.07.2026), Annex I: persons and entities listed, with their date of listing',
  publisher: 'EUR-Lex',
  kind: 'act',
};

/** The Council statement of 2 March 2022 on the Belarusian military listed under the Russia/Ukraine regime, as quoted by The Sofia Globe. */
const SOFIA_GLOBE_2022_03_02: Source = {
  url: 'https://sofiaglobe.com/2022/03/02/eu-adds-22-high-ranking-belarus-military-to-sanctions-list/',
  title:
    'EU adds 22 high-ranking Belarus military to sanctions list (quotes the Council statement: 22 listed on 2 March; "On February 24, twenty members of Belarusian military personnel were already listed")',
  publisher: 'The Sofia Globe',
  kind: 'reporting',
};

/** Note shared by the Russia/Ukraine-regime records whose Belarusian count is derived from the annex. */
const RUSSIA_REGIME_COUNT_NOTE =
  'Listed under the EU regime on actions against Ukraine’s territorial integrity (Regulation (EU) No 269/2014, Decision 2014/145/CFSP), not the Belarus regime. The count is of the persons of Belarusian nationality and the entities established in Belarus that Annex I of Regulation 269/2014 gives with this date of listing; no Council figure for Belarusians alone is known, so the count is marked as derived. The numbers of the listing acts are not verified.';

/** eu sanctions actions on Belarus, 2020-2026; see DATA.md for what one record is. */
export const euEvents2020to2026: SanctionsEventInput[] = [
  {
    id: 'eu-2020-02-17-renewal',
    date: '2020-02-17',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision (CFSP) 2020/214 (annual renewal)',
    instrumentType: 'council-decision',
    measures: ['arms', 'assets', 'travel'],
    summary:
      'The Council prolonged the restrictive measures against Belarus for one year, until 28 February 2021: the embargo on arms and internal-repression equipment, and an asset freeze and travel ban on four people linked to the unresolved disappearances of 1999 and 2000. It also prolonged the derogation for exports of biathlon equipment and certain sporting rifles and pistols.',
    inForce: { persons: 4 },
    modifies: [DECISION_2012_642],
    sources: [
      celex(
        '32020D0214',
        'Council Decision (CFSP) 2020/214 amending Decision 2012/642/CFSP concerning restrictive measures against Belarus (OJ L 45, 18.2.2020, p. 3)',
      ),
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX:02012D0642-20200219',
        title: 'Consolidated text of Council Decision 2012/642/CFSP, version of 19.02.2020',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://www.agenzianova.com/a/5e4a6396287490.48908800/2812728/2020-02-17/bielorussia-consiglio-ue-proroga-di-un-anno-misure-restrittive-verso-minsk',
        title:
          'Bielorussia: Consiglio Ue proroga di un anno misure restrittive verso Minsk (quotes the Council: four persons, until 28 February 2021)',
        publisher: 'Agenzia Nova',
        kind: 'reporting',
      },
      {
        url: 'https://www.agenzianova.com/a/5e4a6396285e67.10726028/2812729/2020-02-17/bielorussia-consiglio-ue-proroga-di-un-anno-misure-restrittive-verso-minsk-2',
        title:
          'Bielorussia: Consiglio Ue proroga di un anno misure restrittive verso Minsk (2) (legal acts to be published in the Official Journal of 18 February 2020)',
        publisher: 'Agenzia Nova',
        kind: 'reporting',
      },
      {
        url: 'https://naviny.belsat.eu/en/news/eu-prolongs-arms-embargo-sanctions-against-four-belarus-officials-for-one-year/',
        title: 'EU prolongs arms embargo, sanctions against four Belarus officials for one year',
        publisher: 'Belsat',
        kind: 'reporting',
      },
    ],
    note: 'Decision (CFSP) 2020/214 was published in OJ L 45 of 18 February 2020, as Agenzia Nova reported the Council had announced; its own date is not verified. EUR-Lex holds a consolidated version of Decision 2012/642/CFSP dated 19 February 2020. The count of four is the number of listed persons stated in the Council release; no entities were mentioned.',
  },
  {
    id: 'eu-2020-10-02-listings-40',
    date: '2020-10-02',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Decision (CFSP) 2020/1388 and Council Implementing Regulation (EU) 2020/1387',
    instrumentType: 'implementing-act',
    measures: ['assets', 'travel'],
    summary:
      'After the 9 August 2020 presidential election, the Council listed 40 persons it held responsible for repression and intimidation of peaceful demonstrators, opposition members and journalists, and for the Central Electoral Commission’s misconduct of the election. Those listed are subject to an asset freeze and a travel ban.',
    targets: ['Yuri Karaev'],
    listed: { persons: 40 },
    sources: [
      celex(
        '32020R1387',
        'Council Implementing Regulation (EU) 2020/1387 of 2 October 2020 implementing Article 8a(1) of Regulation (EC) No 765/2006',
      ),
      celex(
        '32020D1388',
        'Council Implementing Decision (CFSP) 2020/1388 of 2 October 2020 implementing Decision 2012/642/CFSP',
      ),
      celex(
        '32020D1650',
        'Council Implementing Decision (CFSP) 2020/1650, recital 3: on 2 October 2020 Implementing Decision (CFSP) 2020/1388 designated 40 individuals',
      ),
      {
        url: 'https://www.bnnbloomberg.ca/eu-hits-belarus-with-sanctions-over-presidential-election-1.1502702',
        title: 'EU Hits Belarus With Sanctions Over Presidential Election (Bloomberg News)',
        publisher: 'BNN Bloomberg',
        kind: 'reporting',
      },
    ],
    note: 'Lukashenko himself was not listed in this round. The date and count come from the recitals of later implementing acts that describe this one (Implementing Decision (CFSP) 2020/1650, recital 3; Implementing Regulation (EU) 2020/2129, recitals).',
  },
  {
    id: 'eu-2020-11-06-listings-15',
    date: '2020-11-06',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Decision (CFSP) 2020/1650 and Council Implementing Regulation (EU) 2020/1648',
    instrumentType: 'implementing-act',
    measures: ['assets', 'travel'],
    summary:
      'The Council listed Alexandr Lukashenko and 14 other persons, among them members of his close circle, in view of the continuing repression in Belarus. They are subject to an asset freeze and a travel ban.',
    targets: ['Alexander Lukashenko', 'Viktor Lukashenko', 'Ivan Tertel', 'Igor Sergeyenko'],
    listed: { persons: 15 },
    sources: [
      celex(
        '32020D1650',
        'Council Implementing Decision (CFSP) 2020/1650 of 6 November 2020 implementing Decision 2012/642/CFSP',
      ),
      celex(
        '32020R1648',
        'Council Implementing Regulation (EU) 2020/1648 of 6 November 2020 implementing Article 8a(1) of Regulation (EC) No 765/2006',
      ),
      celex(
        '32020R2129',
        'Council Implementing Regulation (EU) 2020/2129, recitals: Implementing Regulation (EU) 2020/1648 of 6 November 2020 designated Alexandr Lukashenko and 14 other persons',
      ),
    ],
    note: 'The number of Implementing Regulation (EU) 2020/1648 and the count of 15 are from the recitals of Implementing Regulation (EU) 2020/2129.',
  },
  {
    id: 'eu-2020-12-17-listings-36',
    date: '2020-12-17',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Implementing Regulation (EU) 2020/2129 and Council Decision (CFSP) 2020/2130',
    instrumentType: 'implementing-act',
    measures: ['assets', 'travel'],
    summary:
      'In a third round, the Council made 36 further designations: 27 individuals, including high-level officials, responsible for repression and intimidation, and 2 individuals and 7 entities benefiting from or supporting the Lukashenko regime. They are subject to an asset freeze; individuals also to a travel ban.',
    targets: [
      'MZKT',
      'BelTechExport',
      'Synesis',
      'Dana Holdings',
      'AGAT electromechanical plant',
      '140 Repair Plant',
      'GHU (Main Economic Department of the Presidential Administration)',
      'Natallia Kachanava',
      'Anatol Sivak',
      'Andrey Shved',
      'Ivan Eismant',
      'Ihar Lutski',
    ],
    listed: { persons: 29, entities: 7 },
    inForce: { persons: 88, entities: 7 },
    sources: [
      celex(
        '32020R2129',
        'Council Implementing Regulation (EU) 2020/2129 of 17 December 2020 implementing Article 8a(1) of Regulation (EC) No 765/2006',
      ),
      celex(
        '32020D2130',
        'Council Decision (CFSP) 2020/2130, the December 2020 listing act under Decision 2012/642/CFSP (paired with Regulation 2020/2129 in the Synesis judgment)',
      ),
      SYNESIS_JUDGMENT,
      CONSOLIDATED_765,
      {
        url: 'https://forsal.pl/gospodarka/polityka/artykuly/8106011,ue-przedluzyla-o-rok-sankcje-przeciwko-bialorusi.html',
        title:
          'UE przedłużyła o rok sankcje przeciwko Białorusi (Council: after the rounds of October, November and December 2020, 88 persons including Lukashenka and 7 entities)',
        publisher: 'Forsal.pl',
        kind: 'reporting',
      },
    ],
    note: 'The counts of this round (27 + 2 individuals, 7 entities) are as the Council’s press release of 17 December 2020 gives them; the total of 88 persons and 7 entities after the three 2020 rounds is confirmed by the Council release of 25 February 2021 as reported by Forsal.pl. The number of the parallel CFSP act, 2020/2130, is from the EUR-Lex summary of the General Court’s Synesis judgment (T-97/21), which lists it with Regulation 2020/2129 as the acts that listed Synesis; its exact title and date are not verified. The release dates the first round to 1 October 2020 with 44 individuals; the Official Journal acts give 2 October 2020 and 40 persons (the four persons listed since 2004 may explain 44). The seven entities are BelTechExport, Dana Holdings, the Main Economic Department (GHU) of the Presidential Property Management Directorate, Synesis, the AGAT electromechanical plant, 140 Repair Plant and MZKT. Annex I of Regulation 765/2006 as consolidated in 2026 also gives Dana Astra, described as a former subsidiary of Dana Holdings, the date of listing 17 December 2020; since the Council counted seven entities and contemporary reports name Dana Holdings but not Dana Astra, Dana Astra appears to have been covered by the Dana Holdings entry and given an entry of its own later, on a date not known.',
  },
  {
    id: 'eu-2021-02-25-renewal',
    date: '2021-02-25',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision (CFSP) 2021/353 and Council Regulation (EU) 2021/339 (annual renewal)',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel', 'arms'],
    summary:
      'The Council prolonged until 28 February 2022 the restrictive measures against Belarusian officials responsible for violent repression and electoral fraud and against economic actors benefiting from or supporting the Lukashenko regime.',
    inForce: { persons: 88, entities: 7 },
    modifies: [DECISION_2012_642],
    sources: [
      celex(
        '32021D0353',
        'Council Decision (CFSP) 2021/353 amending Decision 2012/642/CFSP (the 2021 act maintaining the listings)',
      ),
      celex(
        '32021R0339',
        'Council Regulation (EU) 2021/339 (the 2021 act maintaining the listings in Annex I to Regulation (EC) No 765/2006)',
      ),
      SYNESIS_JUDGMENT,
      {
        url: 'https://forsal.pl/gospodarka/polityka/artykuly/8106011,ue-przedluzyla-o-rok-sankcje-przeciwko-bialorusi.html',
        title:
          'UE przedłużyła o rok sankcje przeciwko Białorusi (quotes the Council communique: 88 persons and 7 entities, until the end of February 2022)',
        publisher: 'Forsal.pl',
        kind: 'reporting',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2021-03-march-20210301-european-council-extends-belarus/',
        title: 'European Council extends Belarus-related sanctions for one year',
        publisher: 'Willkie Farr & Gallagher',
        kind: 'analysis',
      },
    ],
    note: "The act numbers 2021/353 and 2021/339 are from the EUR-Lex summary of the General Court's Synesis judgment (T-97/21), which lists them between the December 2020 listing acts (2020/2130, 2020/2129) and the February 2022 renewal acts (2022/307, 2022/300) as the acts maintaining Synesis on the lists; their titles and dates are not verified, so their identification as the acts of the 25 February 2021 renewal rests on that sequence. The total of 88 individuals and 7 entities is the figure of the Council release as reported by Forsal.pl and other outlets.",
  },
  {
    id: 'eu-2021-06-04-airspace-ban',
    date: '2021-06-04',
    actor: 'eu',
    action: 'impose',
    instrument: 'Council Decision (CFSP) 2021/908 and Council Regulation (EU) 2021/907',
    instrumentType: 'council-decision',
    measures: ['transport'],
    summary:
      'After the forced landing of a Ryanair flight in Minsk on 23 May 2021, the Council required member states to deny permission to land in, take off from or overfly their territory to any aircraft operated by Belarusian air carriers, including as a marketing carrier.',
    targets: ['Belarusian air carriers'],
    sources: [
      celex(
        '32021D0908',
        'Council Decision (CFSP) 2021/908 of 4 June 2021 amending Decision 2012/642/CFSP (OJ L 197I, 4.6.2021)',
      ),
      celex(
        '32021R0907',
        'Council Regulation (EU) 2021/907 of 4 June 2021 amending Regulation (EC) No 765/2006',
      ),
      {
        url: 'https://eubusiness.com/post/belarus-sanctions-21qs',
        title:
          'EU sanctions on Belarus (21 June 2021): "on 4 June the Council decided to introduce a ban on the overflight of EU airspace and on access to EU airports by Belarusian carriers of all kinds"',
        publisher: 'EUbusiness',
        kind: 'reporting',
      },
    ],
    note: 'Emergency landings and overflights are exempt; member states may authorise humanitarian flights. RFE/RL reported the ban was to take effect at midnight CET on 5 June 2021. Regulation (EU) 2021/907 is identified from a secondary source; its content is not verified.',
  },
  {
    id: 'eu-2021-06-21-listings-78-8',
    date: '2021-06-21',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Decision (CFSP) 2021/1002, Council Implementing Regulation (EU) 2021/997 and Council Decision (CFSP) 2021/1001',
    instrumentType: 'implementing-act',
    measures: ['assets', 'travel'],
    summary:
      'In a fourth round, the Council listed 78 individuals and 8 entities over the escalation of human rights violations and repression; 7 of the individuals and 1 entity were listed over the forced landing of Ryanair flight 4978 in Minsk. Those listed are subject to an asset freeze; individuals also to a travel ban.',
    targets: [
      'Viktor Khrenin',
      'Alexei Avramenko',
      'MAZ',
      'BelAZ',
      'Dmitry Lukashenko',
      'Mikhail Gutseriev',
      'Belaeronavigatsia',
      'Sohra',
      'Bremino Group',
      'Globalcustom Management',
      'Logex',
      'New Oil Company (NNK)',
    ],
    listed: { persons: 78, entities: 8 },
    inForce: { persons: 166, entities: 15 },
    sources: [
      celex(
        '32021D1002',
        'Council Implementing Decision (CFSP) 2021/1002 of 21 June 2021 implementing Decision 2012/642/CFSP (OJ 2021 L 219 I, p. 70)',
      ),
      celex(
        '32021R0997',
        'Council Implementing Regulation (EU) 2021/997 of 21 June 2021 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ 2021 L 219 I, p. 3)',
      ),
      celex(
        '32021D1001',
        'Council Decision (CFSP) 2021/1001 of 21 June 2021 amending Decision 2012/642/CFSP (OJ L 219I, 21.6.2021, p. 67)',
      ),
      {
        url: 'https://eur-lex.europa.eu/LexUriServ/LexUriServ.do?uri=CELEX:62021TN0526:EN:HTML',
        title:
          'Action brought on 27 August 2021 — Gutseriev v Council (Case T-526/21): names Implementing Decision (CFSP) 2021/1002 and Implementing Regulation (EU) 2021/997 of 21 June 2021',
        publisher: 'EUR-Lex',
        kind: 'official',
      },
      {
        url: 'https://eubusiness.com/post/belarus-sanctions-21qs',
        title:
          'EU sanctions on Belarus (quotes the Council: 78 individuals and 8 entities; measures now apply to 166 persons and 15 entities)',
        publisher: 'EUbusiness',
        kind: 'reporting',
      },
      {
        url: 'https://www.rheinpfalz.de/lokal/pfalz-ticker_artikel,-sanktionen-gegen-belarus-verh%C3%A4ngt-_arid,5218066.html',
        title:
          'Sanktionen gegen Belarus verhängt (dpa: defence minister Viktor Khrenin and transport minister Alexei Avramenko among the seven listed over the Ryanair landing)',
        publisher: 'Die Rheinpfalz',
        kind: 'reporting',
      },
      {
        url: 'https://ziare.com/europa/belarus/belarusul-isi-suspenda-participarea-la-parteneriatul-estic-1687478',
        title:
          'Belarusul își suspendă participarea la Parteneriatul Estic (restates the Council release of 21 June 2021)',
        publisher: 'Ziare.com',
        kind: 'reporting',
      },
    ],
    note: "Decision (CFSP) 2021/1001 itself adds one entity over the Ryanair landing (recital 3) and amends the derogations. The numbers of the listing acts, Implementing Decision (CFSP) 2021/1002 and Implementing Regulation (EU) 2021/997, are from the Official Journal notice of the action Gutseriev v Council (T-526/21) and the General Court's judgment in Gusachenka v Council (T-579/21).",
  },
  {
    id: 'eu-2021-06-24-sectoral',
    date: '2021-06-24',
    actor: 'eu',
    action: 'impose',
    instrument: 'Council Decision (CFSP) 2021/1031 and Council Regulation (EU) 2021/1030',
    instrumentType: 'council-decision',
    measures: ['trade', 'finance'],
    summary:
      'The Council introduced the first sectoral economic sanctions on Belarus: restrictions on trade in petroleum products, potash and goods for tobacco production; bans on exporting surveillance equipment and dual-use goods for military use; restricted access to EU capital markets; a ban on insurance for the Belarusian government; and a halt to EIB disbursements for public-sector projects.',
    targets: [
      'potash',
      'petroleum products',
      'tobacco',
      'dual-use goods',
      'surveillance technology',
      'EU capital markets',
    ],
    sources: [
      celex(
        '32021D1031',
        'Council Decision (CFSP) 2021/1031 of 24 June 2021 amending Decision 2012/642/CFSP',
      ),
      celex(
        '32021R1030',
        'Council Regulation (EU) 2021/1030 of 24 June 2021 amending Regulation (EC) No 765/2006',
      ),
      celex(
        '32022R0212',
        'Council Regulation (EU) 2022/212, recital 3 (Decision (CFSP) 2021/1031 of 24 June 2021 and Regulation (EU) 2021/1030)',
      ),
      celex(
        '32022D0218',
        'Council Decision (CFSP) 2022/218 of 17 February 2022, recital 2: on 24 June 2021 the Council adopted Decision (CFSP) 2021/1031, which introduced specific sectoral restrictions',
      ),
    ],
    note: 'Adopted by written procedure ahead of the European Council of 24-25 June 2021 (Rikard Jozwiak, RFE/RL, as reported by Ekonomichna Pravda). Clarifications followed in Decision (CFSP) 2022/218 and Regulation (EU) 2022/212 of 17 February 2022.',
  },
  {
    id: 'eu-2021-11-15-migration-criterion',
    date: '2021-11-15',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Decision (CFSP) 2021/1990',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel'],
    summary:
      'In response to the instrumentalisation of migrants at the EU border, the Council widened the listing criteria so that persons and entities organising or contributing to activities of the Lukashenka regime that facilitate illegal crossing of the EU’s external borders can be sanctioned.',
    uncounted: 'A change of listing criteria: no one was listed by this act itself.',
    sources: [
      celex(
        '32021D1990',
        'Council Decision (CFSP) 2021/1990 of 15 November 2021 amending Decision 2012/642/CFSP (OJ L 405, 16.11.2021, p. 10)',
      ),
      celex('32022R0212', 'Council Regulation (EU) 2022/212, recital 1 (wording of the listing criteria)'),
    ],
    note: 'Published in OJ L 405 of 16 November 2021. The corresponding amendment of Regulation (EC) No 765/2006 is not identified here.',
  },
  {
    id: 'eu-2021-12-02-listings-17-11',
    date: '2021-12-02',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Decision (CFSP) 2021/2125 and Council Implementing Regulation (EU) 2021/2124',
    instrumentType: 'implementing-act',
    measures: ['assets', 'travel'],
    summary:
      'In a fifth round, the Council listed 17 individuals and 11 entities, including judges, propaganda outlets, senior officials, and companies such as Belavia, tour operators and hotels that helped organise illegal border crossings into the EU. Those listed are subject to an asset freeze; individuals also to a travel ban.',
    targets: ['Belavia', 'Grodno Azot', 'Belshina', 'Belorusneft', 'Grodno Khimvolokno'],
    listed: { persons: 17, entities: 11 },
    inForce: { persons: 183, entities: 26 },
    sources: [
      celex(
        '32021D2125',
        'Council Implementing Decision (CFSP) 2021/2125 of 2 December 2021 implementing Decision 2012/642/CFSP',
      ),
      celex(
        '32021R2124',
        'Council Implementing Regulation (EU) 2021/2124 of 2 December 2021 implementing Article 8a of Regulation (EC) No 765/2006',
      ),
      {
        url: 'https://curia.europa.eu/juris/document/document.jsf;jsessionid=6241B2D1DA017CE1F700C94DC9D12750?text=&docid=284068&pageIndex=0&doclang=EN&mode=req&dir=&occ=first&part=1&cid=7129073',
        title:
          'Judgment of the General Court of 20 March 2024, Belshyna v Council, T-115/22 (names the acts of 2 December 2021, OJ 2021 L 430 I)',
        publisher: 'Court of Justice of the European Union',
        kind: 'official',
      },
    ],
    note: 'The counts (17 individuals, 11 entities) and the total of 183 persons and 26 entities are as the Council’s press release of 2 December 2021 gives them; they agree with the running figure (166 + 17; 15 + 11). Grodno Azot and Belshina are named from General Court cases T-117/22 and T-115/22, which challenged these acts; Belorusneft from Nasha Niva reporting. The Syrian carrier Cham Wings was also listed (per reporting).',
  },
  {
    id: 'eu-2022-02-24-renewal',
    date: '2022-02-24',
    actor: 'eu',
    action: 'renew',
    instrument:
      'Council Decision (CFSP) 2022/307 and Council Implementing Regulation (EU) 2022/300 (annual renewal)',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel'],
    summary:
      'On its annual review, the Council adopted Decision (CFSP) 2022/307 amending Decision 2012/642/CFSP and Implementing Regulation (EU) 2022/300, which maintained the listings under the Belarus regime; Synesis, a listed company, challenged them in the General Court.',
    targets: ['Synesis'],
    modifies: [DECISION_2012_642],
    uncounted:
      'How many persons and entities the renewal maintained, and whether anyone was removed, is not known from an official source.',
    sources: [
      celex(
        '32022D0307',
        'Council Decision (CFSP) 2022/307 of 24 February 2022 amending Decision 2012/642/CFSP concerning restrictive measures in view of the situation in Belarus (OJ 2022 L 46, p. 97)',
      ),
      celex(
        '32022R0300',
        'Council Implementing Regulation (EU) 2022/300 of 24 February 2022 implementing Article 8a(1) of Regulation (EC) No 765/2006 (OJ 2022 L 46, p. 3)',
      ),
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A62022TN0215',
        title:
          'Action brought on 22 April 2022 — Synesis v Council (Case T-215/22): annul the acts of 24 February 2022 (2022/307 and 2022/300) in so far as they concern the applicant',
        publisher: 'EUR-Lex',
        kind: 'official',
      },
      SYNESIS_JUDGMENT,
    ],
    note: 'The English Official Journal notice of the Synesis action calls 2022/307 an "Implementing Decision implementing Decision 2012/642/CFSP"; the French notice ("décision (PESC) 2022/307 ... modifiant la décision 2012/642/PESC") and the Synesis judgment summary treat it as a decision amending Decision 2012/642/CFSP. Reform.by reported that the measures were extended to 28 February 2023 without changes and covered 183 persons and 26 entities plus the Syrian carrier Cham Wings; that agrees with the total of 2 December 2021 but no official release giving them is known, so neither the end date nor an in-force total is recorded.',
  },
  {
    id: 'eu-2022-02-25-russia-regime-belarus-20',
    date: '2022-02-25',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council implementing acts of 25 February 2022 under Regulation (EU) No 269/2014 and Decision 2014/145/CFSP',
    instrumentType: 'implementing-act',
    regime: 'russia',
    measures: ['assets', 'travel'],
    summary:
      'As Russia invaded Ukraine, partly from Belarusian territory, the Council froze the assets of 20 Belarusians and banned them from entering the EU under its regime on actions against Ukraine’s territorial integrity: Security Council State Secretary Alexander Volfovich, Chief of the General Staff Viktor Gulevich, deputy defence ministers, the commanders of the air force, special operations forces and air bases, border-guard commanders, the chairmen of the Gomel and Brest regional executive committees and a deputy head of Lukashenka’s administration.',
    targets: [
      'Aleksandr Volfovich',
      'Viktor Gulevich',
      'Andrei Lukyanovich',
      'Vadim Denisenko',
      'Ivan Krupko',
      'Nikolai Rogashchuk',
    ],
    listed: { persons: 20 },
    sources: [CONSOLIDATED_269, SOFIA_GLOBE_2022_03_02],
    note: 'Listed under the EU regime on actions against Ukraine’s territorial integrity (Regulation (EU) No 269/2014, Decision 2014/145/CFSP), not the Belarus regime. The Council’s statement of 2 March 2022 says the twenty were listed on 24 February; Annex I of Regulation 269/2014 gives all twenty the date of listing 25 February 2022, the date used here. The numbers of the implementing acts are not verified.',
  },
  {
    id: 'eu-2022-03-02-trade',
    date: '2022-03-02',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Decision (CFSP) 2022/356 and Council Regulation (EU) 2022/355',
    instrumentType: 'council-decision',
    measures: ['trade'],
    summary:
      'In response to Belarus’s involvement in Russia’s invasion of Ukraine, the Council widened the title of the Belarus regime and restricted trade in goods used for tobacco products, mineral fuels, potash, wood, cement, iron and steel and rubber products, and extended export restrictions on dual-use and advanced goods and technology.',
    targets: ['potash', 'wood', 'cement', 'iron and steel', 'rubber', 'mineral fuels', 'dual-use goods'],
    sources: [
      celex(
        '32022D0356',
        'Council Decision (CFSP) 2022/356 of 2 March 2022 amending Decision 2012/642/CFSP (OJ L 67, 2.3.2022, p. 103)',
      ),
      celex(
        '32022R0355',
        'Council Regulation (EU) 2022/355 of 2 March 2022 amending Regulation (EC) No 765/2006',
      ),
      {
        url: 'https://sofiaglobe.com/2022/03/02/eu-adds-22-high-ranking-belarus-military-to-sanctions-list/',
        title: 'EU adds 22 high-ranking Belarus military to sanctions list (quotes Council statement)',
        publisher: 'The Sofia Globe',
        kind: 'reporting',
      },
    ],
    note: 'The same day the Council listed 22 high-ranking Belarusian military officers under the Ukraine territorial-integrity regime, not the Belarus regime (eu-2022-03-02-russia-regime-belarus-22); they are not counted here.',
  },
  {
    id: 'eu-2022-03-02-russia-regime-belarus-22',
    date: '2022-03-02',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council implementing acts of 2 March 2022 under Regulation (EU) No 269/2014 and Decision 2014/145/CFSP',
    instrumentType: 'implementing-act',
    regime: 'russia',
    measures: ['assets', 'travel'],
    summary:
      'The Council froze the assets of 22 high-ranking Belarusian military officers and banned them from entering the EU, for their role in the decisions and planning that led to Belarus’s involvement in Russia’s aggression against Ukraine: among them commanders and staff officers of the North-Western and Western operational commands and heads of the defence ministry’s ideology, finance, armaments and logistics departments.',
    targets: ['Aleksandr Naumenko', 'Alexander Bas', 'Vadim Shadura', 'Leonid Kasinsky', 'Igor Mozhilovsky'],
    listed: { persons: 22 },
    sources: [CONSOLIDATED_269, SOFIA_GLOBE_2022_03_02],
    note: 'Listed under the EU regime on actions against Ukraine’s territorial integrity (Regulation (EU) No 269/2014, Decision 2014/145/CFSP), not the Belarus regime; the Belarus-regime trade measures adopted the same day are eu-2022-03-02-trade. Annex I of Regulation 269/2014 gives the 22 the date of listing 2 March 2022. The Council said the regime then applied to 702 individuals and 53 entities in all. The numbers of the implementing acts are not verified.',
  },
  {
    id: 'eu-2022-03-09-finance',
    date: '2022-03-09',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Decision (CFSP) 2022/399 and Council Regulation (EU) 2022/398',
    instrumentType: 'council-decision',
    measures: ['finance'],
    summary:
      'The Council restricted SWIFT access for Belagroprombank, Bank Dabrabyt and the Development Bank of the Republic of Belarus, prohibited transactions with the Central Bank of Belarus related to reserves or assets, banned public financing for trade with Belarus, limited deposits from Belarusian nationals or residents above EUR 100,000, and banned supplying euro banknotes to Belarus.',
    targets: [
      'Belagroprombank',
      'Bank Dabrabyt',
      'Development Bank of the Republic of Belarus',
      'Central Bank of Belarus',
    ],
    sources: [
      celex('32022D0399', 'Council Decision (CFSP) 2022/399 of 9 March 2022 amending Decision 2012/642/CFSP'),
      celex(
        '32022R0398',
        'Council Regulation (EU) 2022/398 of 9 March 2022 amending Regulation (EC) No 765/2006',
      ),
      {
        url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2022-03-march-20220311-eu-imposes-additional-sanctions-upon/',
        title:
          'EU imposes additional sanctions upon Belarus and Russia (names Regulation (EU) 2022/398 and Decision (CFSP) 2022/399)',
        publisher: 'Willkie Farr & Gallagher',
        kind: 'analysis',
      },
    ],
    note: 'The SWIFT prohibition applied from 20 March 2022; the ban on listing shares of Belarusian state-owned entities on EU trading venues applied from 12 April 2022.',
  },
  {
    id: 'eu-2022-04-08-securities-banknotes',
    date: '2022-04-08',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Decision (CFSP) 2022/579 and Council Regulation (EU) 2022/577',
    instrumentType: 'council-decision',
    measures: ['finance'],
    summary:
      'The Council prohibited the sale to Belarus of transferable securities denominated in any official currency of a member state, and the sale or export to Belarus of banknotes denominated in any official currency of a member state.',
    sources: [
      celex('32022D0579', 'Council Decision (CFSP) 2022/579 of 8 April 2022 amending Decision 2012/642/CFSP'),
      celex(
        '32022R0577',
        'Council Regulation (EU) 2022/577 of 8 April 2022 amending Regulation (EC) No 765/2006',
      ),
    ],
    note: 'This record covers the securities and banknote measures named in recital 5 of Decision 2022/579; other measures of this act (if any) are not recorded here.',
  },
  {
    id: 'eu-2022-06-03-listings-12-8',
    date: '2022-06-03',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Decision (CFSP) 2022/881 and Council Implementing Regulation (EU) 2022/876',
    instrumentType: 'implementing-act',
    measures: ['assets', 'travel'],
    summary:
      'In a sixth round linked to the domestic situation, the Council listed 12 individuals and 8 entities, including officials, judges, propagandists and companies such as the potash producer Belaruskali, its export arm Belarusian Potash Company and the state broadcaster Belteleradio.',
    targets: [
      'Belaruskali',
      'Belarusian Potash Company',
      'Belteleradio',
      'Naftan',
      'Inter Tobacco',
      'Grodno Tobacco Factory Neman',
      'Beltamozhservice',
      'Belkommunmash',
    ],
    listed: { persons: 12, entities: 8 },
    inForce: { persons: 195, entities: 35 },
    sources: [
      celex(
        '32022D0881',
        'Council Implementing Decision (CFSP) 2022/881 of 3 June 2022 implementing Decision 2012/642/CFSP',
      ),
      celex(
        '32022R0876',
        'Council Implementing Regulation (EU) 2022/876 of 3 June 2022 implementing Article 8a of Regulation (EC) No 765/2006',
      ),
    ],
    note: 'The counts and the total of 195 persons and 35 entities are as the Council’s press release of 3 June 2022 gives them; the persons agree with the running figure (183 + 12 = 195), but 26 + 8 gives 34 entities against the release total of 35, which is recorded as stated; no source explains the difference. The act numbers are also named in the General Court judgment of 18 September 2024 in T-521/22 (Golovaty v Council). The release says further measures were adopted the same day in the context of Belarus’s involvement in Russia’s war; those are not verified and not recorded here.',
  },
  {
    id: 'eu-2023-02-24-renewal',
    date: '2023-02-24',
    actor: 'eu',
    action: 'renew',
    instrument: 'Council Decision (CFSP) 2023/421 and Council Implementing Regulation (EU) 2023/419',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel', 'arms', 'trade', 'finance', 'transport'],
    summary:
      'The Council prolonged the restrictive measures linked to internal repression in Belarus and the regime’s support for the war against Ukraine for another year, until 28 February 2024.',
    inForce: { persons: 195, entities: 34 },
    modifies: [DECISION_2012_642],
    sources: [
      celex(
        '32023D0421',
        'Council Decision (CFSP) 2023/421 of 24 February 2023 amending Decision 2012/642/CFSP (OJ L 61, 27.2.2023, p. 41)',
      ),
      celex(
        '32023R0419',
        'Council Implementing Regulation (EU) 2023/419 implementing Article 8a of Regulation (EC) No 765/2006',
      ),
      {
        url: 'https://noticiasaominuto.com/mundo/2223514/conselho-da-ue-prolonga-por-um-ano-sancoes-contra-a-bielorrussia',
        title:
          'Conselho da UE prolonga por um ano sanções contra a Bielorrússia (quotes the Council: 195 persons, including Lukashenko, and 34 entities)',
        publisher: 'Notícias ao Minuto',
        kind: 'reporting',
      },
    ],
    note: 'The act is dated 24 February 2023; the Council release and the Official Journal publication are of 27 February 2023. The act numbers are also named in the General Court judgment of 20 March 2024 in T-115/22 (Belshyna v Council). Some outlets (my.ua, golos.dp.ua) reported 243 individuals and 32 entities; the Council release gives 195 individuals and 34 entities. The drop from 35 entities (June 2022) to 34 was not itemised, so no delisting record is kept for it.',
  },
  {
    id: 'eu-2023-06-23-russia-regime-belarus-2',
    date: '2023-06-23',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council acts of 23 June 2023 listing under Regulation (EU) No 269/2014',
    instrumentType: 'implementing-act',
    regime: 'russia',
    measures: ['assets', 'travel'],
    summary:
      'The Council listed two Belarusian officials under its regime on actions against Ukraine’s territorial integrity: the former head of Belarusian Railways, Vladimir Morozov, for the transport of Russian troops and equipment, and the chairman of the State Authority for Military Industry, Dmitriy Pantus.',
    targets: ['Vladimir Morozov', 'Dmitriy Pantus'],
    listed: { persons: 2 },
    estimated: true,
    sources: [CONSOLIDATED_269],
    note: RUSSIA_REGIME_COUNT_NOTE,
  },
  {
    id: 'eu-2023-08-03-package',
    date: '2023-08-03',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Decision (CFSP) 2023/1601 and Council Regulation (EU) 2023/1594, with implementing acts listing 38 individuals and 3 entities',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel', 'arms', 'trade'],
    summary:
      'The Council listed 38 individuals and 3 entities, including penitentiary officials, judges, propagandists and the oil and chemical conglomerate Belneftekhim. It also banned the export of firearms and ammunition and of aviation and space goods to Belarus, and extended export bans on dual-use and advanced goods.',
    targets: [
      'Belneftekhim',
      'firearms and ammunition',
      'aviation and space goods',
      'dual-use goods',
      'Belarusian Steel Works',
      'Minsk Electrotechnical Plant named after V. I. Kozlov',
    ],
    listed: { persons: 38, entities: 3 },
    inForce: { persons: 233, entities: 37 },
    sources: [
      celex(
        '32023D1601',
        'Council Decision (CFSP) 2023/1601 of 3 August 2023 amending Decision 2012/642/CFSP',
      ),
      celex(
        '32023R1594',
        'Council Regulation (EU) 2023/1594 of 3 August 2023 amending Regulation (EC) No 765/2006',
      ),
      {
        url: 'https://ukrinform.fr/rubric-polytics/3752776-lukraine-adhere-a-de-nouvelles-sanctions-europeennes-contre-la-bielorussie.html',
        title:
          'L’Ukraine adhère à de nouvelles sanctions européennes contre la Biélorussie (High Representative declaration: 38 persons and 3 entities added to Annex I of Decision 2012/642/CFSP)',
        publisher: 'Ukrinform',
        kind: 'reporting',
      },
      {
        url: 'https://eubusiness.com/post/belarus-eu-sanctions-ukraine-38sh',
        title:
          'Belarus: EU sanctions (3 August 2023): firearms, aviation and space export bans; Belneftekhim among the new listings',
        publisher: 'EUbusiness',
        kind: 'reporting',
      },
    ],
    note: 'Published in OJ L 196 of 4 August 2023. The numbers of the listing implementing acts are not verified. The total of 233 persons and 37 entities is as the Council’s press release of 3 August 2023 gives it and is repeated in the Council release of 26 February 2024 (see eu-2024-02-26-renewal).',
  },
  {
    id: 'eu-2023-12-18-russia-regime-belarus-13',
    date: '2023-12-18',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council acts of 18 December 2023 listing under Regulation (EU) No 269/2014',
    instrumentType: 'implementing-act',
    regime: 'russia',
    measures: ['assets', 'travel'],
    summary:
      'The Council listed 13 Belarusian nationals under its regime on actions against Ukraine’s territorial integrity, among them the deputy state secretaries of the Security Council, the leaders of the State Military-Industrial Committee, the chairman of the State Control Committee, commanders of training grounds and air bases used by Russian forces, and the heads of the Gomel and Brest branches of the air-navigation enterprise Belaeronavigatsia.',
    targets: [
      'Aleksandr Rakhmanov',
      'Pavel Muraveiko',
      'Oleg Mishchenko',
      'Vyacheslav Rossolay',
      'Vasily Gerasimov',
    ],
    listed: { persons: 13 },
    estimated: true,
    sources: [CONSOLIDATED_269],
    note: `${RUSSIA_REGIME_COUNT_NOTE} One of the 13, Galina Katyushenko, a Belarusian and Russian national, was listed as chair of the election committee of the occupied Zaporizhzhia region.`,
  },
  {
    id: 'eu-2024-02-23-russia-regime-belarus-6-4',
    date: '2024-02-23',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council acts of 23 February 2024 listing under Regulation (EU) No 269/2014',
    instrumentType: 'implementing-act',
    regime: 'russia',
    measures: ['assets', 'travel'],
    summary:
      'The Council listed six Belarusian nationals and four Belarusian entities under its regime on actions against Ukraine’s territorial integrity: people and a foundation involved in deporting Ukrainian children to Belarus (Aleksey Talay and his foundation, the Novopolotsk city chairman, the Belarus Red Cross secretary general), and defence enterprises that repair and supply military equipment for Russia (Peleng, the 2566 radio-electronic armament repair plant, the Orsha aircraft repair plant) and two of their former directors, as well as a Belarusian director of a Russian military-industrial enterprise.',
    targets: [
      'Peleng',
      'Alexey Talay Foundation',
      '2566 Radioelectronic Armament Repair Plant',
      'Orsha Aircraft Repair Plant',
      'Aleksey Talay',
      'Dzmitry Shautsou',
    ],
    listed: { persons: 6, entities: 4 },
    estimated: true,
    sources: [CONSOLIDATED_269],
    note: RUSSIA_REGIME_COUNT_NOTE,
  },
  {
    id: 'eu-2024-02-26-renewal',
    date: '2024-02-26',
    actor: 'eu',
    action: 'renew',
    instrument:
      'Council Decision (CFSP) 2024/769 and Council Implementing Regulation (EU) 2024/768 (annual renewal)',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel', 'arms', 'trade', 'finance', 'transport'],
    summary:
      'The Council prolonged the restrictive measures linked to internal repression in Belarus and the regime’s support for Russia’s war against Ukraine for another year, until 28 February 2025.',
    inForce: { persons: 233, entities: 37 },
    modifies: [DECISION_2012_642],
    sources: [
      celex(
        '32024D0769',
        'Council Decision (CFSP) 2024/769 of 26 February 2024 amending Decision 2012/642/CFSP (OJ L, 2024/769, 27.2.2024)',
      ),
      celex(
        '32024R0768',
        'Council Implementing Regulation (EU) 2024/768 of 26 February 2024 implementing Article 8a of Regulation (EC) No 765/2006 (OJ L, 2024/768, 27.2.2024)',
      ),
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A62024TN0238',
        title:
          'Action brought on 7 May 2024 – Karić v Council (Case T-238/24): annul Decision (CFSP) 2024/769 and Implementing Regulation (EU) 2024/768 of 26 February 2024 in so far as they maintain the applicant on the lists',
        publisher: 'EUR-Lex',
        kind: 'official',
      },
      {
        url: 'https://curia.europa.eu/juris/document/document.jsf?docid=305364&doclang=EN',
        title:
          'Judgment of the General Court of 22 October 2025, Gutseriev v Council, T-233/24 (names Decision (CFSP) 2024/769 and Implementing Regulation (EU) 2024/768 of 26 February 2024)',
        publisher: 'Court of Justice of the European Union',
        kind: 'official',
      },
      {
        url: 'https://interfax.com/newsroom/top-stories/99799/',
        title:
          'EU prolongs sanctions on Belarusian authorities by 1 year (quotes the Council communique: 233 individuals and 37 entities)',
        publisher: 'Interfax',
        kind: 'reporting',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/eu-extends-belarus-sanctions',
        title: 'EU extends Belarus sanctions',
        publisher: 'Willkie Farr & Gallagher',
        kind: 'analysis',
      },
    ],
    note: "The act numbers are from the Official Journal notices of actions brought against these acts (Karić v Council, T-238/24; Belaz v Council, T-239/24) and the General Court's judgment in Gutseriev v Council, T-233/24.",
  },
  {
    id: 'eu-2024-06-24-russia-regime-belarus-2-2',
    date: '2024-06-24',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council acts of 24 June 2024 listing under Regulation (EU) No 269/2014',
    instrumentType: 'implementing-act',
    regime: 'russia',
    measures: ['assets', 'travel'],
    summary:
      'The Council listed two Belarusian organisations and their heads under its regime on actions against Ukraine’s territorial integrity: the Belarusian Republican Youth Union and its first secretary Alexander Lukyanov, over the deportation and re-education of Ukrainian children, and the defence optics maker BelOMO and its director general Aleksandr Moroz.',
    targets: ['Belarusian Republican Youth Union', 'BelOMO', 'Alexander Lukyanov', 'Aleksandr Moroz'],
    listed: { persons: 2, entities: 2 },
    estimated: true,
    sources: [CONSOLIDATED_269],
    note: RUSSIA_REGIME_COUNT_NOTE,
  },
  {
    id: 'eu-2024-06-29-alignment',
    date: '2024-06-29',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Decision (CFSP) 2024/1864 and Council Regulation (EU) 2024/1865',
    instrumentType: 'council-decision',
    measures: ['trade'],
    summary:
      'The Council extended the export ban on dual-use and advanced goods and technology, added export restrictions on goods that could enhance Belarusian industrial capacities, and prohibited the transit via Belarus of dual-use, military-relevant, industrial and aviation goods and of arms exported from the Union, aligning the Belarus regime more closely with the Russia sanctions.',
    targets: ['dual-use goods', 'advanced technology', 'transit via Belarus'],
    sources: [
      celex(
        '32024D1864',
        'Council Decision (CFSP) 2024/1864 of 29 June 2024 amending Decision 2012/642/CFSP',
      ),
      celex(
        '32024R1865',
        'Council Regulation (EU) 2024/1865 of 29 June 2024 amending Regulation (EC) No 765/2006',
      ),
    ],
    note: 'Published in the Official Journal on 30 June 2024. Further restrictions in the acts, beyond those in recitals 4-6 of Regulation 2024/1865, are not described here.',
  },
  {
    id: 'eu-2024-08-05-listings-28',
    date: '2024-08-05',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Decision (CFSP) 2024/2116 and Council Implementing Regulation (EU) 2024/2113',
    instrumentType: 'implementing-act',
    measures: ['assets', 'travel'],
    summary:
      'The Council listed 28 individuals for internal repression and human rights violations, including two deputy heads of the interior ministry’s anti-organised-crime department (HUBAZiK), judges and prosecutors, prison heads and state-media figures.',
    targets: ['HUBAZiK', 'BelTA', 'Iryna Akulovich', 'Dzmitry Zhuk'],
    listed: { persons: 28 },
    inForce: { persons: 261, entities: 37 },
    sources: [
      celex(
        '32024D2116',
        'Council Implementing Decision (CFSP) 2024/2116 implementing Decision 2012/642/CFSP',
      ),
      celex(
        '32024R2113',
        'Council Implementing Regulation (EU) 2024/2113 implementing Article 8a of Regulation (EC) No 765/2006',
      ),
      {
        url: 'https://eur-lex.europa.eu/eli/reg/2006/765/2024-08-05',
        title: 'Consolidated text of Council Regulation (EC) No 765/2006, version of 05.08.2024',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://um.fi/current-affairs/-/asset_publisher/gc654PySnjTX/content/eu-on-asettanut-uusia-henkilopakotteita-valko-venajan-ihmisoikeusloukkausten-vuoksi/35732',
        title:
          'EU imposes new sanctions against individuals due to human rights violations in Belarus (names the two acts)',
        publisher: 'Ministry for Foreign Affairs of Finland',
        kind: 'official',
      },
      {
        url: 'https://rferl.org/amp/belarus-eu-sanctions-repression/33066069.html',
        title: 'EU adds 28 Belarusians to sanctions list (quotes the Council statement of 5 August 2024)',
        publisher: 'Radio Free Europe/Radio Liberty',
        kind: 'reporting',
      },
    ],
    note: 'Date is that of the Council release (5 August 2024) and of the consolidated version; the date printed on the acts is not verified. The Finnish foreign ministry says member states approved the listings on 26 July 2024.',
  },
  {
    id: 'eu-2024-12-16-listings-26-2',
    date: '2024-12-16',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council implementing acts of 16 December 2024 under Decision 2012/642/CFSP and Regulation (EC) No 765/2006',
    instrumentType: 'implementing-act',
    measures: ['assets', 'travel'],
    summary:
      'The Council listed 26 individuals and 2 entities, including judges, law-enforcement officers and prison heads involved in repression, and owners of companies that benefited from the regime or helped circumvent EU sanctions.',
    targets: ['VLATE Logistic', 'Rusexpedition'],
    listed: { persons: 26, entities: 2 },
    inForce: { persons: 287, entities: 39 },
    sources: [
      CONSOLIDATED_765,
      {
        url: 'https://www.pravda.com.ua/eng/news/2024/12/16/7489347/',
        title:
          'EU imposes sanctions on 26 people and two companies from Belarus (European Pravda, citing the Council press service)',
        publisher: 'Ukrainska Pravda',
        kind: 'reporting',
      },
      {
        url: 'https://noticiasaominuto.com/mundo/2690813/ue-acrescenta-26-pessoas-e-duas-entidades-bielorrussas-a-lista-de-sancoes',
        title:
          'UE acrescenta 26 pessoas e duas entidades bielorrussas à lista de sanções (citing the Council statement)',
        publisher: 'Notícias ao Minuto',
        kind: 'reporting',
      },
    ],
    note: 'Annex I of Regulation 765/2006 (as consolidated in 2026) gives 26 persons and two entities, Ruzekspeditsiya LLC and Vlate Logistik LLC, the date of listing 16 December 2024, matching the Council count as reported. The numbers of the implementing acts are not verified. The totals are the Council figures as reported by European Pravda and Notícias ao Minuto.',
  },
  {
    id: 'eu-2025-02-24-renewal',
    date: '2025-02-24',
    actor: 'eu',
    action: 'renew',
    instrument:
      'Council Decision (CFSP) 2025/385 and Council Implementing Regulation (EU) 2025/386 (annual renewal)',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel'],
    summary:
      'On the day of the 16th package against Russia, the Council adopted Decision (CFSP) 2025/385 amending Decision 2012/642/CFSP and Implementing Regulation (EU) 2025/386 implementing Article 8a of Regulation (EC) No 765/2006, the annual acts maintaining the Belarus listings; Dana Astra challenged them in the General Court in so far as they concern it.',
    targets: ['Dana Astra'],
    modifies: [DECISION_2012_642],
    uncounted:
      'How many persons and entities the 2025 renewal maintained, and whether anyone was removed, is not known from an official source.',
    sources: [
      celex(
        '32025D0385',
        'Council Decision (CFSP) 2025/385 of 24 February 2025 amending Decision 2012/642/CFSP concerning restrictive measures in view of the situation in Belarus and the involvement of Belarus in the Russian aggression against Ukraine (OJ L, 2025/385)',
      ),
      celex(
        '32025R0386',
        'Council Implementing Regulation (EU) 2025/386 of 24 February 2025 implementing Article 8a of Regulation (EC) No 765/2006 (OJ L, 2025/386)',
      ),
      {
        url: 'https://curia.europa.eu/juris/document/document.jsf?docid=302314&part=1',
        title:
          'Recours introduit le 5 mai 2025 – Dana Astra/Conseil (T-288/25): annulation de la décision (PESC) 2025/385 et du règlement d’exécution (UE) 2025/386 du 24 février 2025 (« les mesures de 2025 »)',
        publisher: 'Court of Justice of the European Union',
        kind: 'official',
      },
    ],
    note: 'The act numbers and dates are from the Official Journal notice of the action Dana Astra v Council (T-288/25). That these are the annual renewal acts is inferred from their form (a decision amending Decision 2012/642/CFSP with an implementing regulation under Article 8a, as in the renewals of 2023 and 2024), from the 2024 renewal running to 28 February 2025 and from the 2026 renewal extending the measures to 28 February 2027; the new expiry date (presumably 28 February 2026) is not verified. The Council total after the listings of 27 March 2025 was 310 persons and 46 entities (see eu-2025-03-27-listings-25-7).',
  },
  {
    id: 'eu-2025-02-24-listing-criteria',
    date: '2025-02-24',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Decision (CFSP) 2025/391',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel'],
    summary:
      'Alongside the 16th sanctions package against Russia, the Council amended the designation criteria of Decision 2012/642/CFSP to allow targeted measures against further categories of persons, entities and bodies in view of Belarus’s continued support for Russia’s war.',
    uncounted: 'A change of listing criteria: no one was listed by this act itself.',
    sources: [
      celex(
        '32025D0391',
        'Council Decision (CFSP) 2025/391 of 24 February 2025 amending Decision 2012/642/CFSP',
      ),
      {
        url: 'https://benninkdunin.com/insights/eu-adopts-a-comprehensive-16th-package-of-sanctions-against-russia',
        title:
          'EU adopts a comprehensive 16th package of sanctions against Russia (notes further sanctions on Belarus)',
        publisher: 'Bennink Dunin',
        kind: 'analysis',
      },
    ],
    note: 'The exact wording of the new criterion is not given here. An undated report says the package added a criterion on supporting or benefiting from Belarus’s defence industry and new export and transit bans; this is not confirmed.',
  },
  {
    id: 'eu-2025-02-24-russia-regime-integral',
    date: '2025-02-24',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council acts of 24 February 2025 listing under Regulation (EU) No 269/2014',
    instrumentType: 'implementing-act',
    regime: 'russia',
    measures: ['assets'],
    summary:
      'The Council froze the assets of the Belarusian semiconductor maker JSC Integral under its regime on actions against Ukraine’s territorial integrity, for selling integrated circuits to Russian entities taking part in the war; a month later it was also listed under the Belarus regime.',
    targets: ['OJSC Integral'],
    listed: { persons: 0, entities: 1 },
    estimated: true,
    sources: [CONSOLIDATED_269],
    note: RUSSIA_REGIME_COUNT_NOTE,
  },
  {
    id: 'eu-2025-03-27-listings-25-7',
    date: '2025-03-27',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council implementing acts of 27 March 2025 under Decision 2012/642/CFSP and Regulation (EC) No 765/2006',
    instrumentType: 'implementing-act',
    measures: ['assets', 'travel'],
    summary:
      'After the January 2025 presidential election, the Council listed 25 individuals and 7 entities, including the Central Election Commission and its members, nine judges, officials of the President Property Management Directorate, and companies in gambling, lotteries and the military-industrial complex.',
    targets: [
      'Central Election Commission of Belarus',
      'Ridotto LLC',
      'Belorusskiye Loterei',
      'OJSC Planar',
      'Precise Electro-Mechanics Plant',
      'OJSC Integral',
      'Tsybulka-Bel',
    ],
    listed: { persons: 25, entities: 7 },
    inForce: { persons: 310, entities: 46 },
    sources: [
      CONSOLIDATED_765,
      {
        url: 'https://sofiaglobe.com/2025/03/28/eu-imposes-new-sanctions-on-belarus/',
        title:
          'EU imposes new sanctions on Belarus (quotes the Council statement; dates the decision to 27 March 2025)',
        publisher: 'The Sofia Globe',
        kind: 'reporting',
      },
      {
        url: 'https://www.noticiasaominuto.com/mundo/2755924/mais-25-pessoas-e-7-entidades-nas-sancoes-da-ue-ao-regime-da-bielorrussia',
        title:
          'Mais 25 pessoas e 7 entidades nas sanções da UE ao regime da Bielorrússia (quotes the Council total: 310 persons and 46 entities)',
        publisher: 'Notícias ao Minuto',
        kind: 'reporting',
      },
    ],
    note: 'Annex I of Regulation 765/2006 (as consolidated in 2026) gives 25 persons and seven entities the date of listing 27 March 2025: the Central Election Commission, JSC Integral, Belorusskiye Loterei, Ridotto LLC, OJSC Planar, the Precise Electro-Mechanics Plant and Tsybulka Bel. The numbers of the implementing acts are not verified. 287 + 25 would be 312, but the Council gives a total of 310 individuals, so two earlier listings had lapsed or been removed; which ones is not known.',
  },
  {
    id: 'eu-2025-05-20-russia-regime-mzkt',
    date: '2025-05-20',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council acts of 20 May 2025 listing under Regulation (EU) No 269/2014',
    instrumentType: 'implementing-act',
    regime: 'russia',
    measures: ['assets'],
    summary:
      'The Council froze the assets of the Minsk Wheel Tractor Plant (MZKT) under its regime on actions against Ukraine’s territorial integrity, for developing military vehicles for the Russian armed forces and exporting military equipment to Russia; MZKT had been listed under the Belarus regime since December 2020.',
    targets: ['MZKT'],
    listed: { persons: 0, entities: 1 },
    estimated: true,
    sources: [CONSOLIDATED_269],
    note: RUSSIA_REGIME_COUNT_NOTE,
  },
  {
    id: 'eu-2025-07-18-package',
    date: '2025-07-18',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Decision (CFSP) 2025/1471 and Council Regulation (EU) 2025/1472, with Decision (CFSP) 2025/1461 and Regulation (EU) 2025/1469 (listings)',
    instrumentType: 'council-decision',
    measures: ['arms', 'trade', 'finance', 'assets', 'travel'],
    summary:
      'Alongside the 18th sanctions package against Russia, the Council amended the Belarus regime, among other things prohibiting the purchase of arms and related materiel from Belarus and adding measures against circumvention through indirect exports via third countries; it also made new asset-freeze listings under the Belarus regime.',
    uncounted:
      'No source states how many persons and entities were listed under the Belarus regime that day: Mayer Brown gives 14 persons and 49 entities for the Russia and Belarus regimes together, and Covington and DLA Piper give 14 persons and 41 entities under the Russia regime alone, which would leave 8 entities and no persons under the Belarus regime, but no source states that split.',
    sources: [
      celex(
        '32025D1471',
        'Council Decision (CFSP) 2025/1471 of 18 July 2025 amending Decision 2012/642/CFSP',
      ),
      celex(
        '32025R1472',
        'Council Regulation (EU) 2025/1472 of 18 July 2025 amending Regulation (EC) No 765/2006',
      ),
      celex(
        '32025D1461',
        'Council Decision (CFSP) 2025/1461 (asset-freeze listings under Decision 2012/642/CFSP, as named by Mayer Brown)',
      ),
      celex(
        '32025R1469',
        'Council Regulation (EU) 2025/1469 (asset-freeze listings under Regulation (EC) No 765/2006, as named by Mayer Brown)',
      ),
      {
        url: 'https://www.mayerbrown.com/fr/insights/publications/2025/07/eu-adopts-18th-package-against-russia-and-parallel-sanctions-on-belarus',
        title: 'EU Adopts 18th Package Against Russia & Parallel Sanctions On Belarus',
        publisher: 'Mayer Brown',
        kind: 'analysis',
      },
    ],
    note: "Published in the Official Journal on 19 July 2025; asset freezes in force from 19 July and other measures from 20 July 2025 (Mayer Brown). The numbers 2025/1461 and 2025/1469 of the Belarus listing acts are from Mayer Brown's note; their exact titles and annexes are not verified. Recitals 4-6 of Decision 2025/1471 give the arms-purchase ban and the anti-circumvention aim. One report says that the SWIFT ban on Belarusian banks was replaced by a full transaction ban; this is not confirmed from the act.",
  },
  {
    id: 'eu-2025-10-23-package',
    date: '2025-10-23',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Decision (CFSP) 2025/2040',
    instrumentType: 'council-decision',
    measures: ['finance'],
    summary:
      'As part of its 19th sanctions package against Russia, the Council amended the Belarus regime to impose further measures restricting Belarus’s support for the Russian war effort.',
    sources: [
      celex(
        '32025D2040',
        'Council Decision (CFSP) 2025/2040 of 23 October 2025 amending Decision 2012/642/CFSP',
      ),
    ],
    note: 'The specific Belarus measures are not described here. The decision refers to EU e-money, payment-services and crypto-asset legislation, and reporting (BelarusVC) describes payment and crypto-related measures; hence finance. Entered into force on 24 October 2025.',
  },
  {
    id: 'eu-2025-12-15-hybrid-criterion',
    date: '2025-12-15',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Decision (CFSP) 2025/2585',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel'],
    summary:
      'After meteorological-balloon incursions into Lithuania’s airspace, the Council added a listing criterion covering those who benefit from, take part in or facilitate actions attributable to Belarus that undermine democracy, the rule of law, stability or security in the EU, including information manipulation, attacks on critical infrastructure and unauthorised entry into a member state.',
    uncounted: 'A change of listing criteria: reporting says no one was listed under it on adoption.',
    sources: [
      celex(
        '32025D2585',
        'Council Decision (CFSP) 2025/2585 of 15 December 2025 amending Decision 2012/642/CFSP',
      ),
      {
        url: 'https://www.straitstimes.com/asia/eu-broadens-belarus-sanctions-to-include-hybrid-activity',
        title: 'EU broadens Belarus sanctions to include hybrid activity (Reuters)',
        publisher: 'The Straits Times',
        kind: 'reporting',
      },
    ],
    note: 'Published in the Official Journal on 16 December 2025; in force from 17 December 2025.',
  },
  {
    id: 'eu-2026-02-26-renewal',
    date: '2026-02-26',
    actor: 'eu',
    action: 'renew',
    instrument:
      'Council Decision (CFSP) of 26 February 2026 amending Decision 2012/642/CFSP (annual renewal)',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel', 'arms', 'trade', 'finance', 'transport'],
    summary:
      'The Council prolonged the restrictive measures against Belarus, in their existing scope, for another year, until 28 February 2027.',
    modifies: [DECISION_2012_642],
    sources: [
      {
        url: 'https://www.interfax.ru/world/1074818',
        title: 'ЕС на год продлил санкции в отношении Белоруссии',
        publisher: 'Interfax',
        kind: 'reporting',
      },
      {
        url: 'https://www.eurointegration.com.ua/rus/news/2026/02/26/7232059/',
        title:
          'Совет ЕС продлил санкции против Беларуси (citing the Lithuanian foreign ministry: until 28 February 2027; 312 persons and 57 organisations)',
        publisher: 'European Pravda',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'No official text of the Council decision and implementing regulation of 26 February 2026, or of the Council’s press release, is available; the renewal is known from the Lithuanian foreign ministry as reported by Interfax and European Pravda.',
    note: 'The Lithuanian foreign ministry put the listed total at 312 individuals and 57 entities and said no changes were made; that is not an EU figure, so it is not recorded as an in-force total (the last Council total recorded here is 310 and 46 of March 2025). Other reports of the Official Journal said the renewal also updated the entries of 54 persons and 7 entities and re-listed, with new grounds, companies whose listings the General Court had annulled: Belaruskali, Grodno Azot with its Khimvolokno plant, MZKT, Belshina, BelTechExport and 140 Repair Plant. Annex I of Regulation 765/2006 as consolidated on 24 April 2026 does carry new grounds for Belaruskali (including the holding of Ukrainian children at its Dubrava facility) and for Belshina, with their original dates of listing, but the act that made these changes is not identified, so no re-listing is recorded.',
  },
  {
    id: 'eu-2026-04-23-package',
    date: '2026-04-23',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Decision (CFSP) 2026/512 and Council Regulation (EU) 2026/513',
    instrumentType: 'council-decision',
    measures: ['assets'],
    summary:
      'The Council amended the Belarus regime (Decision 2012/642/CFSP and Regulation (EC) No 765/2006) and froze the assets of three entities: the Volat-Sanjiang joint venture, which makes wheeled chassis for multiple rocket launchers built by the Minsk Wheel Tractor Plant; its Chinese co-founder China Space Sanjiang Group; and the Belarusian Oil Company (BNK), Belarus’s leading petroleum exporter, owned by state oil producers and refiners.',
    targets: ['Volat-Sanjiang', 'China Space Sanjiang Group', 'Belarusian Oil Company'],
    listed: { persons: 0, entities: 3 },
    estimated: true,
    sources: [
      celex(
        '32026D0512',
        'Council Decision (CFSP) 2026/512 of 23 April 2026 amending Decision 2012/642/CFSP concerning restrictive measures in view of the situation in Belarus and the involvement of Belarus in the Russian aggression against Ukraine',
      ),
      celex(
        '32026R0513',
        'Council Regulation (EU) 2026/513 of 23 April 2026 amending Regulation (EC) No 765/2006 concerning restrictive measures in view of the situation in Belarus and the involvement of Belarus in the Russian aggression against Ukraine (OJ L, 2026/513, 23.4.2026)',
      ),
      CONSOLIDATED_765,
    ],
    note: 'Published in the Official Journal on 23 April 2026. The three entities are those to which Annex I of Regulation 765/2006, as consolidated from 24 April 2026, gives the date of listing 23 April 2026; no persons carry that date. Whether Regulation 2026/513 itself or an implementing act of the same day added them, and what else the two acts changed, is not verified. The same consolidated text lists the Belarusian digital rouble among the crypto-assets and central bank digital currencies of Annex XXXIV, with an entry into force of 24 May 2026; which act added it is not verified.',
  },
  {
    id: 'eu-2026-06-15-russia-regime-izovac',
    date: '2026-06-15',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council acts of 15 June 2026 listing under Regulation (EU) No 269/2014',
    instrumentType: 'implementing-act',
    regime: 'russia',
    measures: ['assets'],
    summary:
      'The Council froze the assets of the Minsk vacuum-equipment maker LLC Izovac under its regime on actions against Ukraine’s territorial integrity, for supplying Russian defence contractors; the company is on the register of Russia’s military-industrial complex.',
    targets: ['Izovac'],
    listed: { persons: 0, entities: 1 },
    estimated: true,
    sources: [CONSOLIDATED_269],
    note: RUSSIA_REGIME_COUNT_NOTE,
  },
];
