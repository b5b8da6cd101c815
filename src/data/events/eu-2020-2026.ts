import type { SanctionsEventInput } from '../schema';

/** Id of the base act (Decision 2012/642/CFSP), defined in the 2004-2019 file. */
const DECISION_2012_642 = 'eu-2012-10-15-decision-2012-642';

/** eu sanctions actions on Belarus, 2020-2026; see DATA.md for what one record is. */
export const euEvents2020to2026: SanctionsEventInput[] = [
  {
    id: 'eu-2020-02-17-renewal',
    date: '2020-02-17',
    actor: 'eu',
    action: 'renew',
    instrument:
      'Council Decision (CFSP) of 17 February 2020 amending Decision 2012/642/CFSP (annual renewal)',
    instrumentType: 'council-decision',
    measures: ['arms', 'assets', 'travel'],
    summary:
      'The Council prolonged the restrictive measures against Belarus for one year, until 28 February 2021: the embargo on arms and internal-repression equipment, and an asset freeze and travel ban on four people linked to the unresolved disappearances of 1999 and 2000. It also prolonged the derogation for exports of biathlon equipment and certain sporting rifles and pistols.',
    inForce: { persons: 4 },
    modifies: [DECISION_2012_642],
    sources: [
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX:02012D0642-20200219',
        title: 'Consolidated text of Council Decision 2012/642/CFSP, version of 19.02.2020',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://europediplomatic.com/2020/02/17/eu-prolongs-belarus-arms-embargo/',
        title: 'EU prolongs Belarus arms embargo (quotes Council press release of 17 February 2020)',
        publisher: 'Europe Diplomatic',
        kind: 'reporting',
      },
      {
        url: 'https://www.agenzianova.com/a/5e4a6396285e67.10726028/2812729/2020-02-17/bielorussia-consiglio-ue-proroga-di-un-anno-misure-restrittive-verso-minsk-2',
        title:
          'Bielorussia: Consiglio Ue proroga di un anno misure restrittive verso Minsk (legal acts to be published in the Official Journal of 18 February 2020)',
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
    note: 'The number of the amending decision was not verified. Agenzia Nova reported that the legal acts were to be published in the Official Journal of 18 February 2020; EUR-Lex holds a consolidated version of Decision 2012/642/CFSP dated 19 February 2020. The count of four is the number of listed persons stated in the Council release; no entities were mentioned.',
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
    listed: { persons: 40 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg_impl/2020/1387/oj',
        title: 'Council Implementing Regulation (EU) 2020/1387 of 2 October 2020',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://www.legislation.gov.uk/eudn/2020/1650/contents/data.html',
        title:
          'Council Implementing Decision (CFSP) 2020/1650, recital 3 (on Implementing Decision (CFSP) 2020/1388 of 2 October 2020: 40 individuals)',
        publisher: 'legislation.gov.uk (copy of the Official Journal text)',
        kind: 'act',
      },
      {
        url: 'https://www.legislation.gov.uk/eur/2020/2129/contents/data.html',
        title:
          'Council Implementing Regulation (EU) 2020/2129, recitals (on Implementing Regulation (EU) 2020/1387: 40 persons)',
        publisher: 'legislation.gov.uk (copy of the Official Journal text)',
        kind: 'act',
      },
      {
        url: 'https://www.bnnbloomberg.ca/eu-hits-belarus-with-sanctions-over-presidential-election-1.1502702',
        title: 'EU Hits Belarus With Sanctions Over Presidential Election',
        publisher: 'Bloomberg News (BNN Bloomberg)',
        kind: 'reporting',
      },
    ],
    note: 'Lukashenko himself was not listed in this round. The date and count come from the recitals of later implementing acts that describe this one.',
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
    targets: ['Alexandr Lukashenko', 'Viktor Lukashenko', 'Ivan Tertel', 'Igor Sergeyenko'],
    listed: { persons: 15 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec_impl/2020/1650/oj',
        title: 'Council Implementing Decision (CFSP) 2020/1650 of 6 November 2020',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://www.legislation.gov.uk/eudn/2020/1650/contents/data.html',
        title: 'Council Implementing Decision (CFSP) 2020/1650 of 6 November 2020',
        publisher: 'legislation.gov.uk (copy of the Official Journal text)',
        kind: 'act',
      },
      {
        url: 'https://www.legislation.gov.uk/eur/2020/2129/contents/data.html',
        title:
          'Council Implementing Regulation (EU) 2020/2129, recitals (on Implementing Regulation (EU) 2020/1648: Lukashenko and 14 other persons)',
        publisher: 'legislation.gov.uk (copy of the Official Journal text)',
        kind: 'act',
      },
      {
        url: 'https://tass.com/world/1220809',
        title: 'EU blacklists Lukashenko and 14 senior officials',
        publisher: 'TASS',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'eu-2020-12-17-listings-36',
    date: '2020-12-17',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Implementing Regulation (EU) 2020/2129 and the parallel Council Implementing Decision (CFSP) of 17 December 2020',
    instrumentType: 'implementing-act',
    measures: ['assets', 'travel'],
    summary:
      'In a third round, the Council made 36 further designations: 27 individuals, including high-level officials, responsible for repression and intimidation, and 2 individuals and 7 entities benefiting from or supporting the Lukashenko regime. They are subject to an asset freeze; individuals also to a travel ban.',
    listed: { persons: 29, entities: 7 },
    inForce: { persons: 88, entities: 7 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/reg_impl/2020/2129/oj',
        title: 'Council Implementing Regulation (EU) 2020/2129 of 17 December 2020',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://www.legislation.gov.uk/eur/2020/2129/contents/data.html',
        title: 'Council Implementing Regulation (EU) 2020/2129 of 17 December 2020',
        publisher: 'legislation.gov.uk (copy of the Official Journal text)',
        kind: 'act',
      },
      {
        url: 'https://www.repressively.com/belarus-eu-imposes-third-round-of-sanctions-over-ongoing-repression-2/',
        title:
          'Belarus: EU imposes third round of sanctions over ongoing repression (reproduction of the Council press release)',
        publisher: 'Council of the European Union (reproduced by repressively.com)',
        kind: 'official',
      },
    ],
    note: 'The number of the parallel implementing decision was not verified. The reproduced release dates the first round to 1 October 2020 with 44 individuals; the Official Journal acts give 2 October 2020 and 40 persons (the four persons listed since 2004 may explain 44).',
  },
  {
    id: 'eu-2021-02-25-renewal',
    date: '2021-02-25',
    actor: 'eu',
    action: 'renew',
    instrument:
      'Council Decision (CFSP) of 25 February 2021 amending Decision 2012/642/CFSP (annual renewal)',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel', 'arms'],
    summary:
      'The Council prolonged until 28 February 2022 the restrictive measures against Belarusian officials responsible for violent repression and electoral fraud and against economic actors benefiting from or supporting the Lukashenko regime.',
    inForce: { persons: 88, entities: 7 },
    modifies: [DECISION_2012_642],
    sources: [
      {
        url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2021-03-march-20210301-european-council-extends-belarus/',
        title: 'European Council extends Belarus-related sanctions for one year',
        publisher: 'Willkie Farr & Gallagher',
        kind: 'reporting',
      },
      {
        url: 'https://www.urdupoint.com/en/world/eu-extends-sanctions-against-belarus-by-one-y-1178443.html',
        title: 'EU Extends Sanctions Against Belarus By One Year, Until February 28, 2022',
        publisher: 'UrduPoint / Sputnik',
        kind: 'reporting',
      },
      {
        url: 'https://www.commonspace.eu/news/eu-renews-sanctions-against-belarus-year',
        title: 'EU renews sanctions against Belarus for a year',
        publisher: 'commonspace.eu',
        kind: 'reporting',
      },
    ],
    note: 'The number of the amending decision was not verified. The total of 88 individuals and 7 entities is the figure of the Council release as reported by these outlets.',
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
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2021/908/oj',
        title: 'Council Decision (CFSP) 2021/908 of 4 June 2021 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://eu.vlex.com/vid/council-decision-cfsp-2021-868748202',
        title: 'Council Decision (CFSP) 2021/908 of 4 June 2021 (OJ L 197I, 4.6.2021)',
        publisher: 'vLex (copy of the Official Journal text)',
        kind: 'act',
      },
      {
        url: 'https://www.urdupoint.com/en/world/eu-officially-bans-belarusian-carriers-from-u-1269017.html',
        title:
          'EU Officially Bans Belarusian Carriers From Its Airspace, Airports (quotes Council statement)',
        publisher: 'UrduPoint / Sputnik',
        kind: 'reporting',
      },
      {
        url: 'https://www.respectus.space/post/eu-prohibits-belarusian-air-carriers-to-land-in-take-off-from-or-overfly-eu-territory',
        title:
          'EU prohibits Belarusian air carriers to land in, take off from or overfly EU territory (Regulation 2021/907)',
        publisher: 'Respectus',
        kind: 'reporting',
      },
    ],
    note: 'Emergency landings and overflights are exempt; member states may authorise humanitarian flights. RFE/RL reported the ban was to take effect at midnight CET on 5 June 2021. Regulation (EU) 2021/907 is named from a secondary source.',
  },
  {
    id: 'eu-2021-06-21-listings-78-8',
    date: '2021-06-21',
    actor: 'eu',
    action: 'expand',
    instrument:
      'Council Decision (CFSP) 2021/1001 and Council implementing acts of 21 June 2021 under Decision 2012/642/CFSP and Regulation (EC) No 765/2006',
    instrumentType: 'implementing-act',
    measures: ['assets', 'travel'],
    summary:
      'In a fourth round, the Council listed 78 individuals and 8 entities over the escalation of human rights violations and repression; 7 of the individuals and 1 entity were listed over the forced landing of Ryanair flight 4978 in Minsk. Those listed are subject to an asset freeze; individuals also to a travel ban.',
    targets: ['Belaeronavigatsia', 'MAZ', 'BelAZ'],
    listed: { persons: 78, entities: 8 },
    inForce: { persons: 166, entities: 15 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2021/1001/oj',
        title: 'Council Decision (CFSP) 2021/1001 of 21 June 2021 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://www.schengen-visa.com/news/eu-imposes-further-sanctions-against-belarus-for-human-rights-violations-and-interception-of-ryanair-flight/',
        title:
          'EU Imposes Further Sanctions Against Belarus for Human Rights Violations and Interception of RyanAir Flight (quotes Council announcement)',
        publisher: 'SchengenVisaInfo',
        kind: 'reporting',
      },
      {
        url: 'https://ziare.com/europa/belarus/belarusul-isi-suspenda-participarea-la-parteneriatul-estic-1687478',
        title:
          'Belarusul își suspendă participarea la Parteneriatul Estic (restates the Council release of 21 June 2021)',
        publisher: 'Ziare.com',
        kind: 'reporting',
      },
      {
        url: 'https://primepress.by/news/ekonomika/eu_permanent_representatives_committee_approves_sanctions_against_seven_sectors_of_belarus_economy-34590/',
        title:
          'EU Permanent Representatives Committee approves sanctions against seven sectors of Belarus’ economy',
        publisher: 'PrimePress',
        kind: 'reporting',
      },
    ],
    note: 'Decision (CFSP) 2021/1001 itself adds one entity over the Ryanair landing and amends the derogations; the numbers of the accompanying implementing decision and implementing regulation for the other listings were not verified. Targets named by PrimePress.',
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
      {
        url: 'https://eur-lex.europa.eu/eli/reg/2021/1030/oj',
        title: 'Council Regulation (EU) 2021/1030 of 24 June 2021 amending Regulation (EC) No 765/2006',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A32022R0212',
        title:
          'Council Regulation (EU) 2022/212, recital 3 (Decision (CFSP) 2021/1031 of 24 June 2021 and Regulation (EU) 2021/1030)',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://redakcja.belsat.cloud/en/news/24-06-2021-oil-potash-tobacco-banking-eu-imposes-targeted-sanctions-on-belarusian-economy',
        title:
          'Oil, potash, tobacco, banking: EU imposes targeted sanctions on Belarusian economy (quotes the Council statement)',
        publisher: 'Belsat',
        kind: 'reporting',
      },
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
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2021/1990/oj',
        title: 'Council Decision (CFSP) 2021/1990 of 15 November 2021 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A32022R0212',
        title: 'Council Regulation (EU) 2022/212, recital 1 (wording of the listing criteria)',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
    ],
    note: 'Published in OJ L 405 of 16 November 2021. The corresponding amendment of Regulation (EC) No 765/2006 was not looked up.',
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
    targets: ['Belavia', 'Grodno Azot', 'Belshina', 'Belorusneft'],
    listed: { persons: 17, entities: 11 },
    inForce: { persons: 183, entities: 26 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec_impl/2021/2125/oj',
        title: 'Council Implementing Decision (CFSP) 2021/2125 of 2 December 2021',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/eli/reg_impl/2021/2124/oj',
        title: 'Council Implementing Regulation (EU) 2021/2124 of 2 December 2021',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://ieu-monitoring.com/editorial/belarus-eu-imposes-new-sanctions-on-17-individuals-and-11-entities/364394',
        title:
          'Belarus: EU imposes new sanctions on 17 individuals and 11 entities (reproduction of the Council press release)',
        publisher: 'Council of the European Union (reproduced by ieu-monitoring.com)',
        kind: 'official',
      },
      {
        url: 'https://curia.europa.eu/juris/document/document.jsf;jsessionid=6241B2D1DA017CE1F700C94DC9D12750?text=&docid=284068&pageIndex=0&doclang=EN&mode=req&dir=&occ=first&part=1&cid=7129073',
        title:
          'Judgment of the General Court of 20 March 2024, Belshyna v Council, T-115/22 (names the acts of 2 December 2021, OJ 2021 L 430 I)',
        publisher: 'Court of Justice of the European Union',
        kind: 'act',
      },
    ],
    note: 'Grodno Azot and Belshina are named from General Court cases T-117/22 and T-115/22, which challenged these acts; Belorusneft from Nasha Niva reporting. The Syrian carrier Cham Wings was also listed (per reporting).',
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
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2022/356/oj',
        title: 'Council Decision (CFSP) 2022/356 of 2 March 2022 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?from=EN&uri=OJ%3AL%3A2022%3A067%3AFULL',
        title: 'Official Journal L 67 of 2 March 2022 (Council Regulation (EU) 2022/355)',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://sofiaglobe.com/2022/03/02/eu-adds-22-high-ranking-belarus-military-to-sanctions-list/',
        title: 'EU adds 22 high-ranking Belarus military to sanctions list (quotes Council statement)',
        publisher: 'The Sofia Globe',
        kind: 'reporting',
      },
    ],
    note: 'The same day the Council listed 22 high-ranking Belarusian military officers, and on 24 February 2022 20 Belarusian military personnel, but under the Ukraine territorial-integrity regime, not the Belarus regime; they are not counted here.',
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
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2022/399/oj',
        title: 'Council Decision (CFSP) 2022/399 of 9 March 2022 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://portal.ieu-monitoring.com/editorial/russias-war-against-ukraine-new-sectoral-measures-targeting-belarus-and-russia/372001',
        title:
          'Russia’s war against Ukraine: new sectoral measures targeting Belarus and Russia (reproduction of the Council press release of 9 March 2022)',
        publisher: 'Council of the European Union (reproduced by ieu-monitoring.com)',
        kind: 'official',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2022-03-march-20220311-eu-imposes-additional-sanctions-upon/',
        title:
          'EU imposes additional sanctions upon Belarus and Russia (names Regulation (EU) 2022/398 and Decision (CFSP) 2022/399)',
        publisher: 'Willkie Farr & Gallagher',
        kind: 'reporting',
      },
    ],
    note: 'The SWIFT prohibition applied from 20 March 2022 (per the decision as summarised by FAIcomply); the ban on listing shares of Belarusian state-owned entities on EU trading venues applied from 12 April 2022.',
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
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2022/579/oj',
        title: 'Council Decision (CFSP) 2022/579 of 8 April 2022 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://en.wikisource.org/wiki/Council_Decision_(CFSP)_2022/579',
        title: 'Council Decision (CFSP) 2022/579 of 8 April 2022',
        publisher: 'Wikisource (copy of the Official Journal text)',
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/eli/reg/2022/577/oj',
        title: 'Council Regulation (EU) 2022/577 of 8 April 2022 amending Regulation (EC) No 765/2006',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
    ],
    note: 'Only the securities and banknote measures were read in the recitals; other measures of this act (if any) are not recorded here.',
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
    targets: ['Belaruskali', 'Belarusian Potash Company', 'Belteleradio'],
    listed: { persons: 12, entities: 8 },
    inForce: { persons: 195, entities: 35 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec_impl/2022/881/oj',
        title: 'Council Implementing Decision (CFSP) 2022/881 of 3 June 2022',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://ieu-monitoring.com/editorial/eu-adopts-new-round-of-restrictions-against-belarus/379001',
        title:
          'EU adopts new round of restrictions against Belarus (reproduction of the Council press release of 3 June 2022)',
        publisher: 'Council of the European Union (reproduced by ieu-monitoring.com)',
        kind: 'official',
      },
      {
        url: 'https://beta.bailii.org/eu/cases/EUECJ/2024/T52122.html',
        title:
          'Judgment of the General Court of 18 September 2024, Golovaty v Council, T-521/22 (names Implementing Decision (CFSP) 2022/881 and Implementing Regulation (EU) 2022/876 of 3 June 2022)',
        publisher: 'General Court of the EU (copy at BAILII)',
        kind: 'act',
      },
    ],
    note: 'The release says further measures were adopted the same day in the context of Belarus’s involvement in Russia’s war; those were not verified and are not recorded.',
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
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2023/421/oj',
        title: 'Council Decision (CFSP) 2023/421 of 24 February 2023 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://beta.bailii.org/eu/cases/EUECJ/2024/T11522.html',
        title:
          'Judgment of the General Court of 20 March 2024, Belshyna v Council, T-115/22 (names Decision (CFSP) 2023/421 of 24 February 2023, OJ 2023 L 61, p. 41, and Implementing Regulation (EU) 2023/419)',
        publisher: 'General Court of the EU (copy at BAILII)',
        kind: 'act',
      },
      {
        url: 'https://mrwatchlist.com/2023/02/28/february-27-2023-eu-extends-belarus-sanctions-for-another-year/',
        title:
          'Belarus: EU prolongs restrictive measures for a year (reproduction of the Council press release)',
        publisher: 'Council of the European Union (reproduced by MrWatchlist)',
        kind: 'official',
      },
    ],
    note: 'The act is dated 24 February 2023; the Council release and the Official Journal publication are of 27 February 2023. Some outlets (my.ua, golos.dp.ua) reported 243 individuals and 32 entities; the Council release gives 195 individuals and 34 entities.',
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
    targets: ['Belneftekhim', 'firearms and ammunition', 'aviation and space goods', 'dual-use goods'],
    listed: { persons: 38, entities: 3 },
    inForce: { persons: 233, entities: 37 },
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2023/1601/oj',
        title: 'Council Decision (CFSP) 2023/1601 of 3 August 2023 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/eli/reg/2023/1594/oj',
        title: 'Council Regulation (EU) 2023/1594 of 3 August 2023 amending Regulation (EC) No 765/2006',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://ieu-monitoring.com/?p=413392',
        title:
          'Belarus: EU adopts new round of individual sanctions and further targeted measures (reproduction of the Council press release of 3 August 2023)',
        publisher: 'Council of the European Union (reproduced by ieu-monitoring.com)',
        kind: 'official',
      },
    ],
    note: 'Published in OJ L 196 of 4 August 2023. The numbers of the listing implementing acts were not verified.',
  },
  {
    id: 'eu-2024-02-26-renewal',
    date: '2024-02-26',
    actor: 'eu',
    action: 'renew',
    instrument:
      'Council Decision (CFSP) of 26 February 2024 amending Decision 2012/642/CFSP (annual renewal)',
    instrumentType: 'council-decision',
    measures: ['assets', 'travel', 'arms', 'trade', 'finance', 'transport'],
    summary:
      'The Council prolonged the restrictive measures linked to internal repression in Belarus and the regime’s support for Russia’s war against Ukraine for another year, until 28 February 2025.',
    inForce: { persons: 233, entities: 37 },
    modifies: [DECISION_2012_642],
    sources: [
      {
        url: 'https://biztweet.cz/blog/2077-belarus-eu-prolongs-restrictive-measures-for-another-year',
        title:
          'Belarus: EU prolongs restrictive measures for another year (reproduction of the Council press release)',
        publisher: 'Council of the European Union (reproduced by biztweet.cz)',
        kind: 'official',
      },
      {
        url: 'https://interfax.com/newsroom/top-stories/99799/',
        title: 'EU prolongs sanctions on Belarusian authorities by 1 year',
        publisher: 'Interfax',
        kind: 'reporting',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/eu-extends-belarus-sanctions',
        title: 'EU extends Belarus sanctions',
        publisher: 'Willkie Farr & Gallagher',
        kind: 'reporting',
      },
    ],
    note: 'The number of the amending decision was not verified.',
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
      {
        url: 'https://eur-lex.europa.eu/eli/reg/2024/1865/oj',
        title: 'Council Regulation (EU) 2024/1865 of 29 June 2024 amending Regulation (EC) No 765/2006',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2024/1864/oj',
        title: 'Council Decision (CFSP) 2024/1864 of 29 June 2024 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
    ],
    note: 'Published in the Official Journal on 30 June 2024. Further restrictions in the acts (beyond those in recitals 4-6 of Regulation 2024/1865) were not read.',
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
      {
        url: 'https://eur-lex.europa.eu/eli/dec_impl/2024/2116/oj',
        title: 'Council Implementing Decision (CFSP) 2024/2116',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://eur-lex.europa.eu/eli/reg/2006/765/2024-08-05',
        title: 'Consolidated text of Council Regulation (EC) No 765/2006, version of 05.08.2024',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://rferl.org/amp/belarus-eu-sanctions-repression/33066069.html',
        title: 'EU adds 28 Belarusians to sanctions list (quotes the Council statement of 5 August 2024)',
        publisher: 'RFE/RL',
        kind: 'reporting',
      },
      {
        url: 'https://um.fi/current-affairs/-/asset_publisher/gc654PySnjTX/content/eu-on-asettanut-uusia-henkilopakotteita-valko-venajan-ihmisoikeusloukkausten-vuoksi/35732',
        title:
          'EU imposes new sanctions against individuals due to human rights violations in Belarus (names the two acts)',
        publisher: 'Ministry for Foreign Affairs of Finland',
        kind: 'reporting',
      },
    ],
    note: 'Date is that of the Council release (5 August 2024) and of the consolidated version; the act date itself was not read. The Finnish foreign ministry says member states approved the listings on 26 July 2024.',
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
      {
        url: 'https://www.pravda.com.ua/eng/news/2024/12/16/7489347/',
        title:
          'EU imposes sanctions on 26 people and two companies from Belarus (citing the Council press service)',
        publisher: 'Ukrainska Pravda / European Pravda',
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
    note: 'Only news reports of the Council release were found; the act numbers were not verified. The totals are the Council figures as reported.',
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
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2025/391/oj',
        title: 'Council Decision (CFSP) 2025/391 of 24 February 2025 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://benninkdunin.com/insights/eu-adopts-a-comprehensive-16th-package-of-sanctions-against-russia',
        title:
          'EU adopts a comprehensive 16th package of sanctions against Russia (notes further sanctions on Belarus)',
        publisher: 'Bennink Dunin',
        kind: 'reporting',
      },
    ],
    note: 'Only the recitals were read (in Danish, German, Dutch and Romanian); the exact new criterion was cut off in the excerpts. Belarus-nau.org reported that the package added a criterion on supporting or benefiting from Belarus’s defence industry and new export and transit bans, but that report is undated and not used here.',
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
      {
        url: 'https://biblioteca.cibeles.net/belarus-eu-lists-further-25-individuals-and-7-entities-in-the-context-of-the-so-called-presidential-election-and-for-supporting-the-repressive-regime-of-lukashenka',
        title:
          'Belarus: EU lists further 25 individuals and 7 entities in the context of the so-called presidential election (reproduction of the Council press release)',
        publisher: 'Council of the European Union (reproduced by biblioteca.cibeles.net)',
        kind: 'official',
      },
      {
        url: 'https://sofiaglobe.com/2025/03/28/eu-imposes-new-sanctions-on-belarus/',
        title: 'EU imposes new sanctions on Belarus (dates the decision to 27 March 2025)',
        publisher: 'The Sofia Globe',
        kind: 'reporting',
      },
      {
        url: 'https://www.noticiasaominuto.com/mundo/2755924/mais-25-pessoas-e-7-entidades-nas-sancoes-da-ue-ao-regime-da-bielorrussia',
        title:
          'Mais 25 pessoas e 7 entidades nas sanções da UE ao regime da Bielorrússia (quotes the Council total)',
        publisher: 'Notícias ao Minuto',
        kind: 'reporting',
      },
    ],
    note: 'Act numbers not verified. 287 + 25 would be 312, but the Council gives a total of 310 individuals, so two earlier listings had lapsed or been removed; no delisting record was found.',
  },
  {
    id: 'eu-2025-07-18-package',
    date: '2025-07-18',
    actor: 'eu',
    action: 'expand',
    instrument: 'Council Decision (CFSP) 2025/1471 and Council Regulation (EU) 2025/1472',
    instrumentType: 'council-decision',
    measures: ['arms', 'trade', 'finance'],
    summary:
      'Alongside the 18th sanctions package against Russia, the Council amended the Belarus regime, among other things prohibiting the purchase of arms and related materiel from Belarus and adding measures against circumvention through indirect exports via third countries.',
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2025/1471/oj',
        title: 'Council Decision (CFSP) 2025/1471 of 18 July 2025 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://www.mayerbrown.com/fr/insights/publications/2025/07/eu-adopts-18th-package-against-russia-and-parallel-sanctions-on-belarus',
        title: 'EU Adopts 18th Package Against Russia & Parallel Sanctions On Belarus',
        publisher: 'Mayer Brown',
        kind: 'reporting',
      },
      {
        url: 'https://www.belarus-nau.org/en/post/the-european-union-has-approved-the-18th-package-of-sanctions-the-dictators-hopes-for-europe-s-wea',
        title: 'The European Union has approved the 18th package of sanctions',
        publisher: 'National Anti-Crisis Management (Belarusian opposition)',
        kind: 'reporting',
      },
    ],
    note: 'Published in the Official Journal on 19 July 2025; measures applied from 20 July 2025 (Mayer Brown). Mayer Brown also reports new Belarus-regime listings by Decision (CFSP) 2025/1461 and Regulation (EU) 2025/1469 that day; their count was not verified and is not recorded (Mayer Brown gives 14 persons and 49 entities across the Russia and Belarus regimes together, and Freshfields and Grimaldi give 14 persons and 41 entities under the Russia regime, which would leave 8 entities and no persons under the Belarus regime, but no source states that split). Belarus-nau.org reports that the SWIFT ban on Belarusian banks was replaced by a full transaction ban; not verified in the act.',
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
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2025/2040/oj',
        title: 'Council Decision (CFSP) 2025/2040 of 23 October 2025 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://esipa.cz/sbirka/sbsrv.dll/sb?CP=32025D2040&DR=SB',
        title: 'Rozhodnutí Rady (SZBP) 2025/2040 ze dne 23. října 2025',
        publisher: 'ESIPA (copy of the Official Journal text)',
        kind: 'act',
      },
      {
        url: 'https://politikinewsaaa.blogspot.com/2025/10/council-of-european-unionupdate_23.html',
        title: 'Council adopts 19th package (reproduction of the Council press release of 23 October 2025)',
        publisher: 'Council of the European Union (reproduced by a blog)',
        kind: 'official',
      },
    ],
    note: 'The specific Belarus measures were not read. The ESIPA index shows the decision refers to EU e-money, payment-services and crypto-asset legislation, and reporting (BelarusVC) describes payment and crypto-related measures; hence finance. Entered into force on 24 October 2025.',
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
    sources: [
      {
        url: 'https://eur-lex.europa.eu/eli/dec/2025/2585/oj',
        title: 'Council Decision (CFSP) 2025/2585 of 15 December 2025 amending Decision 2012/642/CFSP',
        publisher: 'EUR-Lex',
        kind: 'act',
      },
      {
        url: 'https://esipa.cz/sbirka/sbsrv.dll/sb?CP=32025D2585&DR=SB',
        title: 'Rozhodnutí Rady (SZBP) 2025/2585 ze dne 15. prosince 2025',
        publisher: 'ESIPA (copy of the Official Journal text)',
        kind: 'act',
      },
      {
        url: 'https://pubt.io/view/DF64F80F5BBE7775FF0E00EFFD73D0DEABDC43E9',
        title:
          'Council press release of 15 December 2025 on the new Belarus listing criterion (reproduction)',
        publisher: 'Council of the European Union (reproduced by pubt.io)',
        kind: 'official',
      },
      {
        url: 'https://www.straitstimes.com/asia/eu-broadens-belarus-sanctions-to-include-hybrid-activity',
        title: 'EU broadens Belarus sanctions to include hybrid activity',
        publisher: 'Reuters (The Straits Times)',
        kind: 'reporting',
      },
    ],
    note: 'Published in the Official Journal on 16 December 2025; in force from 17 December 2025. TASS reported that no one was listed under the new criterion on adoption.',
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
        url: 'https://report.az/en/other-countries/eu-extends-sanctions-on-belarus',
        title: 'EU extends sanctions on Belarus',
        publisher: 'Report.az (via LRT)',
        kind: 'reporting',
      },
      {
        url: 'https://www.gazeta.ru/politics/news/2026/02/26/27948625.shtml',
        title: 'ЕС продлил санкции против Белоруссии (quotes the Official Journal text)',
        publisher: 'Gazeta.ru',
        kind: 'reporting',
      },
    ],
    note: 'Only news reports were found; the act number was not verified. The Lithuanian foreign ministry put the listed total at 312 individuals and 57 entities (not an EU release, so not recorded as inForce; the last Council total recorded here is 310 and 46 of March 2025, and the July 2025 Belarus-regime listings were not counted) and said no changes were made. Haqqin.az and Gazeta.ru, citing the Official Journal, reported listings of 54 security officials and 7 entities and the re-listing of companies whose listings the General Court had annulled (Belaruskali, Grodno Azot, MZKT, Belshina); Gazeta.ru also said 35 Belarusian companies were now listed. These reports conflict with the ministry and could not be verified.',
  },
];
