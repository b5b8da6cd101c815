import type { SanctionsEventInput } from '../schema';

/** us sanctions actions on Belarus, 2020-2026; see DATA.md for what one record is. */
export const usEvents2020to2026: SanctionsEventInput[] = [
  {
    id: 'us-2020-10-02-designations',
    date: '2020-10-02',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 13405',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'OFAC designated eight Belarusian officials for their roles in the 9 August 2020 presidential election or the crackdown on protesters that followed. Among them were Interior Minister Yuriy Karaeu and Deputy Interior Minister Alyaksandr Barsukou.',
    targets: ['Yuriy Karaeu', 'Alyaksandr Barsukou', 'Ministry of Internal Affairs officials'],
    listed: { persons: 8 },
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/sm1143',
        title: 'Treasury Sanctions Belarus Officials for Undermining Democracy',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://belsat.eu/en/news/us-sanctions-omon-central-election-commission-internal-troops-as-belarusian-regime-actors/',
        title:
          "US sanctions OMON, Central Election Commission, internal troops as 'Belarusian regime actors'",
        publisher: 'Belsat',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury release says OFAC had previously sanctioned 16 Belarusian officials under E.O. 13405 over the 2006 and 2010 elections, and that this was the first use of these authorities since 2011. The stored copy of the release did not show its date line; the date of 2 October 2020 is from Belsat, which says Minsk OMON commander Dzmitry Balaba was "previously designated on October 2".',
  },
  {
    id: 'us-2020-12-23-designations',
    date: '2020-12-23',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 13405',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'OFAC designated one individual and four entities over the August 2020 election and the crackdown on protests. They were the Central Election Commission, the Minsk OMON riot police, the Minsk city police directorate (GUVD), KGB Alpha, and Deputy Interior Minister Henadz Kazakevich.',
    targets: [
      'Central Election Commission of Belarus',
      'Minsk OMON',
      'Minsk GUVD',
      'KGB Alpha',
      'Henadz Kazakevich',
    ],
    listed: { persons: 1, entities: 4 },
    inForce: { persons: 25, entities: 13 },
    sources: [
      {
        url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2020-12-december-20201223-new-belarus-designations-in-aftermat/',
        title: 'New Belarus designations in aftermath of August 2020 election',
        publisher: 'Willkie Farr & Gallagher (Compliance Concourse)',
        kind: 'reporting',
      },
      {
        url: 'https://belsat.eu/en/news/us-sanctions-omon-central-election-commission-internal-troops-as-belarusian-regime-actors/',
        title:
          "US sanctions OMON, Central Election Commission, internal troops as 'Belarusian regime actors'",
        publisher: 'Belsat',
        kind: 'reporting',
      },
      {
        url: 'https://stl.news/sanctions-and-visa-restrictions-on-additional-individuals-and-entities/',
        title:
          'Imposing Sanctions and Visa Restrictions on Additional Individuals and Entities Undermining Belarusian Democracy',
        publisher: 'STL.News (reprint of a U.S. Department of State statement)',
        kind: 'reporting',
      },
    ],
    note: 'The inForce total (25 individuals and 13 entities sanctioned under E.O. 13405 to date) is from a State Department statement, read in a reprint on stl.news; the state.gov original was not found. The same statement reports visa restrictions on 39 more individuals under Proclamation 8015 (63 in total). Those are not counted here.',
  },
  {
    id: 'us-2021-02-18-visa-restrictions-43',
    date: '2021-02-18',
    actor: 'us',
    action: 'expand',
    instrument: 'State Department visa restrictions under Presidential Proclamation 8015',
    instrumentType: 'proclamation',
    measures: ['travel'],
    summary:
      'The State Department imposed visa restrictions on 43 Belarusians responsible for undermining democracy, including justice-sector officials, police who detained and abused demonstrators, judges and prosecutors who sentenced protesters and journalists, and academic administrators who threatened students.',
    modifies: ['us-2006-05-12-proclamation-8015'],
    sources: [
      {
        url: 'https://lapost.us/?p=31782',
        title:
          'Imposing Visa Restrictions on Additional Individuals Undermining Belarusian Democracy (statement by Secretary of State Antony J. Blinken)',
        publisher: 'La Post (reprint of a U.S. Department of State statement)',
        kind: 'reporting',
      },
      {
        url: 'https://noticiabrasil.net.br/amp/20210218/eua-impoem-restricoes-de-visto-a-43-cidadaos-bielorrussos-16983586.html',
        title: 'Sputnik Brasil report on U.S. visa restrictions on 43 Belarusians (18 February 2021)',
        publisher: 'Sputnik Brasil',
        kind: 'reporting',
      },
      {
        url: 'https://www.urdupoint.com/en/world/us-imposes-visa-restrictions-on-43-more-belar-1172237.html',
        title: 'US Imposes Visa Restrictions On 43 More Belarusians - State Department',
        publisher: 'UrduPoint (Sputnik)',
        kind: 'reporting',
      },
    ],
    note: 'Date from Sputnik Brasil, which quotes the statement as "Nesta quinta-feira [18]". The statement says two earlier rounds under Proclamation 8015 had restricted 66 individuals. Visa restrictions are not asset-freeze listings, so no count is recorded in the listed fields. The state.gov original was not found.',
  },
  {
    id: 'us-2021-04-19-gl-2h',
    date: '2021-04-19',
    actor: 'us',
    action: 'reimpose',
    instrument: 'Belarus General License 2H (revoking and replacing General License 2G)',
    instrumentType: 'general-license',
    measures: ['assets'],
    summary:
      'OFAC revoked General License 2G, which since October 2015 had allowed transactions with nine sanctioned Belarusian state-owned enterprises. The replacement, General License 2H, only allowed the wind-down of those dealings until 3 June 2021, which restored full blocking sanctions on the nine firms.',
    targets: [
      'Belneftekhim',
      'Belneftekhim USA, Inc.',
      'Belarusian Oil Trade House',
      'Belshina',
      'Grodno Azot',
      'Grodno Khimvolokno',
      'Lakokraska',
      'Naftan',
      'Polotsk Steklovolokno',
    ],
    modifies: ['us-2006-06-16-eo-13405', 'us-2015-10-29-gl-2', 'us-2019-10-22-gl-2g'],
    sources: [
      {
        url: 'https://www.thompsonhinesmartrade.com/2021/04/ofac-issues-general-license-for-winding-down-transactions-involving-certain-belarus-companies/',
        title:
          'OFAC Issues General License for Winding Down Transactions Involving Certain Belarus Companies',
        publisher: 'Thompson Hine (SmarTrade)',
        kind: 'reporting',
      },
      {
        url: 'https://www.clearytradewatch.com/2021/04/ofac-revokes-key-general-license-under-belarus-sanctions-program/',
        title: 'OFAC Revokes Key General License Under Belarus Sanctions Program',
        publisher: 'Cleary Gottlieb (Cleary Trade Watch)',
        kind: 'reporting',
      },
      {
        url: 'https://natlawreview.com/article/us-rescinds-general-license-nine-state-owned-entities-belarus',
        title: 'U.S. Rescinds General License for Nine State-Owned Entities in Belarus',
        publisher: 'The National Law Review',
        kind: 'reporting',
      },
    ],
    note: 'The wind-down under GL 2H ran until 12:01 a.m. EDT on 3 June 2021, when full blocking took effect again. A White House statement of 28 May 2021 confirmed the 3 June date. GL 2G (dated 22 October 2019, per Willkie) had been due to expire on 26 April 2021 (Cleary; cmtradelaw.com says 25 April). The nine entities were designated under E.O. 13405; this record points to that order and to the General License 2 relief it ended. Only law-firm and news sources were seen; the OFAC recent-actions page was not found.',
  },
  {
    id: 'us-2021-06-21-designations',
    date: '2021-06-21',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 13405; Belarus General License 3',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'OFAC designated 16 individuals and five entities, including the Belarusian KGB, after the forced diversion of Ryanair flight 4978 and the arrest of Raman Pratasevich and Sofia Sapega. It also issued General License 3 for certain administrative dealings with the KGB.',
    targets: [
      'State Security Committee (KGB)',
      'Internal Troops of the Ministry of Internal Affairs',
      'Natallia Eismant',
      'Natallia Kachanava',
    ],
    listed: { persons: 16, entities: 5 },
    sources: [
      {
        url: 'https://marketswired.com/us-treasury/treasury-and-international-partners-condemn-ongoing-human-rights-abuses-and-erosion-of-democracy-in-belarus',
        title:
          'Treasury and International Partners Condemn Ongoing Human Rights Abuses and Erosion of Democracy in Belarus',
        publisher: 'MarketsWired (reprint of a U.S. Treasury press release)',
        kind: 'reporting',
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2021/06/ofac-sanctions-belarusian-individuals-and-entities-issues-belarus-general-license-no-3/',
        title: 'OFAC Sanctions Belarusian Individuals and Entities, Issues Belarus General License No. 3',
        publisher: 'Thompson Hine (SmarTrade)',
        kind: 'reporting',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/ofac-issues-belarus-general-license-3-and-related-faqs-and-designates-additional-belarusian-sdns/',
        title:
          'OFAC Issues Belarus General License 3 and Related FAQs and Designates Additional Belarusian SDNs',
        publisher: 'Baker McKenzie (Sanctions & Export Controls Update)',
        kind: 'reporting',
      },
    ],
    note: 'The action was coordinated with the EU, the UK and Canada. The State Department imposed visa restrictions on 46 officials the same day; they are not counted here.',
  },
  {
    id: 'us-2021-08-09-eo-14038',
    date: '2021-08-09',
    actor: 'us',
    action: 'expand',
    instrument:
      'Executive Order 14038 (Blocking Property of Additional Persons Contributing to the Situation in Belarus)',
    instrumentType: 'executive-order',
    measures: ['assets', 'travel'],
    summary:
      'The President expanded the national emergency declared in Executive Order 13405. The order allows blocking of Belarusian government bodies and officials, and of persons operating in the defense, security, energy, potash, tobacco, construction and transportation sectors. It also suspends the entry of designated persons into the United States.',
    targets: [
      'Government of Belarus',
      'potash sector',
      'tobacco sector',
      'energy sector',
      'transportation sector',
    ],
    sources: [
      {
        url: 'https://ofac.treasury.gov/faqs/916',
        title:
          'FAQ 916: What does Executive Order (E.O.) of August 9, 2021, "Blocking Property of Additional Persons Contributing to the Situation in Belarus," do?',
        publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2021/08/09/fact-sheet-executive-order-imposing-costs-on-alyaksandr-lukashenka-and-belarusian-authorities-for-ongoing-attacks-against-democratic-freedoms-human-rights-and-international-norms/',
        title:
          'FACT SHEET: Executive Order Imposing Costs on Alyaksandr Lukashenka and Belarusian Authorities for Ongoing Attacks Against Democratic Freedoms, Human Rights, and International Norms',
        publisher: 'The White House',
        kind: 'official',
      },
      {
        url: 'https://www.internationaltradeinsights.com/2021/08/new-executive-order-authorizes-imposition-of-additional-sanctions-on-the-government-of-belarus-and-certain-sectors-of-the-belarusian-economy/',
        title:
          'New Executive Order Authorizes Imposition of Additional Sanctions on the Government of Belarus and Certain Sectors of the Belarusian Economy',
        publisher: 'International Trade Insights',
        kind: 'reporting',
      },
      {
        url: 'https://executivedisorder.net/executive_order/192',
        title:
          'Executive Order 14038: Blocking Property of Additional Persons Contributing to the Situation in Belarus',
        publisher: 'Executive Disorder',
        kind: 'reporting',
      },
    ],
    note: "The order's Federal Register document number was not seen in the stored material, so no Federal Register link is given.",
  },
  {
    id: 'us-2021-08-09-designations',
    date: '2021-08-09',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Orders 14038 and 13405; Belarus General License 4',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'On the anniversary of the 2020 election, OFAC designated individuals and entities including the potash producer Belaruskali, the National Olympic Committee, Absolutbank, and businessmen close to Lukashenka with their companies. General License 4 allowed a wind-down of dealings with Belaruskali until 8 December 2021.',
    targets: [
      'Belaruskali',
      'potash',
      'National Olympic Committee of Belarus',
      'Absolutbank',
      'Investigative Committee',
    ],
    listed: { persons: 23, entities: 21 },
    sources: [
      {
        url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2021/08/09/fact-sheet-executive-order-imposing-costs-on-alyaksandr-lukashenka-and-belarusian-authorities-for-ongoing-attacks-against-democratic-freedoms-human-rights-and-international-norms/',
        title:
          'FACT SHEET: Executive Order Imposing Costs on Alyaksandr Lukashenka and Belarusian Authorities for Ongoing Attacks Against Democratic Freedoms, Human Rights, and International Norms',
        publisher: 'The White House',
        kind: 'official',
      },
      {
        url: 'https://novichoktimes.com/2021/08/09/usa-imposed-sanctions-against-the-olympic-committee-of-belarus-and-businessmen-close-to-lukashenka/',
        title:
          'USA imposed sanctions against the Olympic Committee of Belarus and businessmen close to Lukashenka',
        publisher: 'Novichok Times',
        kind: 'reporting',
      },
      {
        url: 'https://www.globalsecurity.org/wmd/library/news/belarus/2021/belarus-210809-voa01.htm',
        title: 'US, Along With UK and Canada, Slaps More Sanctions on Belarus (VOA, 9 August 2021)',
        publisher: 'Voice of America (via GlobalSecurity.org)',
        kind: 'reporting',
      },
      {
        url: 'https://www.reedsmith.com/en/perspectives/2021/08/western-sanctions-on-belarus-take-flight',
        title: 'Western sanctions on Belarus take flight',
        publisher: 'Reed Smith',
        kind: 'reporting',
      },
      {
        url: 'https://www.globaltradeandsanctionslaw.com/sanctions-belarusian-regime/',
        title:
          'A Broadening Effort for Belarus — U.S. Expands Sanctions on the Belarusian Regime, Coordinating with the EU, UK and Canada',
        publisher: 'Miller & Chevalier (Global Trade & Sanctions Law)',
        kind: 'reporting',
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2021/08/president-biden-issues-new-executive-order-expanding-sanctions-against-belarus/',
        title: 'President Biden Issues New Executive Order Expanding Sanctions Against Belarus',
        publisher: 'Thompson Hine (SmarTrade)',
        kind: 'reporting',
      },
    ],
    note: 'The White House fact sheet names Belaruskali, the National Olympic Committee, and businesspeople with fifteen affiliated companies including Absolutbank, designated under E.O. 13405 and the new order, but gives no total. Counts are from news and law-firm reports only; the Treasury press release was not found. Most reports (Novichok Times citing the Treasury list, Sputnik Brasil, and the New York Times via Focus Washington) give 23 individuals and 21 entities; Global Trade & Sanctions Law gives 27 individuals and 17 entities. Both sum to 44, the total Reed Smith and VOA give; VOA says the 44 are from Belarus and Serbia.',
  },
  {
    id: 'us-2021-12-02-designations-directive-1',
    date: '2021-12-02',
    actor: 'us',
    action: 'expand',
    instrument:
      'OFAC designations under Executive Orders 14038 and 13405; Directive 1 under Executive Order 14038; Belarus General License 5',
    instrumentType: 'designation',
    measures: ['assets', 'finance'],
    summary:
      'OFAC designated 20 individuals and 12 entities and identified three aircraft as blocked property, among them the Belarusian Potash Company, Agrorozkvit, Transaviaexport and Dzmitry Lukashenka. Directive 1 barred U.S. persons from new debt of more than 90 days issued from that day by the Belarusian Ministry of Finance or the Development Bank.',
    targets: [
      'Belarusian Potash Company',
      'Agrorozkvit',
      'potash',
      'Transaviaexport',
      'Dzmitry Lukashenka',
      'Slavkali',
      'Ministry of Finance of Belarus (sovereign debt)',
      'Development Bank of Belarus',
    ],
    listed: { persons: 20, entities: 12 },
    sources: [
      {
        url: 'https://ofac.treasury.gov/faqs/942',
        title:
          '942. Does Directive 1 under E.O. 14038 prohibit U.S. persons from engaging in dealings related to debt issued before December 2, 2021 by the Ministry of Finance of the Republic of Belarus or the Development Bank of the Republic of Belarus?',
        publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://resilientcitiesresearch.com/2021/12/02/us-imposes-new-sanctions-on-belarus-over-migrant-crisis-ongoing-human-rights-abuses/',
        title: 'US imposes new sanctions on Belarus over migrant crisis, ongoing human rights abuses',
        publisher: 'Resilient Cities Research (quoting the Treasury statement)',
        kind: 'reporting',
      },
      {
        url: 'https://www.sewkis.com/publications/ofac-significantly-expands-belarus-sanctions/',
        title: 'OFAC Significantly Expands Belarus Sanctions',
        publisher: 'Seward & Kissel',
        kind: 'reporting',
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2021/12/ofac-expands-sanctions-against-belarus-through-additional-designations-and-issuance-of-directive-1/',
        title:
          'OFAC Expands Sanctions Against Belarus Through Additional Designations and Issuance of Directive 1',
        publisher: 'Thompson Hine (SmarTrade)',
        kind: 'reporting',
      },
    ],
    note: 'The 20/12 split is the Treasury statement as quoted in reports ("designating 20 individuals and 12 entities and identifying three aircraft as blocked property"); the Treasury release itself was not seen. Novichok Times lists the twelve entities, including Slavkali. Thompson Hine counts 35 new SDN-list entries, which include the three aircraft. General License 5 allowed a wind-down with BPC and Agrorozkvit until 1 April 2022. The action was coordinated with the EU, the UK and Canada.',
  },
  {
    id: 'us-2022-02-24-designations',
    date: '2022-02-24',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 14038',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      "OFAC sanctioned 24 Belarusian individuals and entities for Belarus's support for Russia's invasion of Ukraine. They included the state-owned banks Belinvestbank and Bank Dabrabyt, Defence Minister Viktar Khrenin, Security Council State Secretary Aleksandr Volfovich and defence-industry firms.",
    targets: [
      'Belinvestbank',
      'Bank Dabrabyt',
      'Viktar Khrenin',
      'Aleksandr Volfovich',
      'Belspetsvneshtechnika',
      'defence sector',
    ],
    sources: [
      {
        url: 'https://www.latestly.com/agency-news/world-news-us-treasury-imposes-sanctions-on-24-belarusian-individuals-entities-3404459.html',
        title: 'US Treasury Imposes Sanctions on 24 Belarusian Individuals, Entities',
        publisher: 'LatestLY (ANI)',
        kind: 'reporting',
      },
      {
        url: 'https://www.republicworld.com/world-news/russia-ukraine-crisis/us-treasury-imposes-sanctions-on-belarus-for-supporting-russias-invasion-of-ukraine-articleshow.html',
        title: "US Treasury imposes sanctions on Belarus for supporting Russia's invasion of Ukraine",
        publisher: 'Republic World',
        kind: 'reporting',
      },
      {
        url: 'https://buckleyfirm.com/blog/2022-03-03/ofac-sanctions-belarusians-supporting-russian-invasion-ukraine',
        title: 'OFAC sanctions Belarusians for supporting Russian invasion of Ukraine',
        publisher: 'Buckley LLP (InfoBytes)',
        kind: 'reporting',
      },
      {
        url: 'https://news.am/eng/news/688531.html',
        title:
          'News.am report on US sanctions against 24 Belarusian individuals and entities (24 February 2022)',
        publisher: 'News.am',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury statement, as quoted by ANI, News.am and Buckley, gives only the combined figure of 24 individuals and entities, so no split is recorded. Republic World names seven individuals and twelve entities (19 in all), so its list is not complete. The Treasury release itself was not found in the corpus.',
  },
  {
    id: 'us-2022-03-02-bis-belarus-rule',
    date: '2022-03-02',
    actor: 'us',
    action: 'impose',
    instrument:
      'BIS final rule "Imposition of Sanctions Against Belarus Under the Export Administration Regulations (EAR)" (87 FR 13048)',
    instrumentType: 'export-control',
    measures: ['trade'],
    summary:
      'The Commerce Department applied to Belarus the export controls it had imposed on Russia on 24 February 2022. The rule requires licences for items in Commerce Control List categories 3 to 9, sets a policy of denial, and extends the foreign direct product and military end-user rules to Belarus. It also added JSC Integral and the Belarusian Ministry of Defence to the Entity List.',
    targets: ['JSC Integral', 'Ministry of Defence of Belarus', 'aircraft parts', 'microelectronics'],
    sources: [
      {
        url: 'https://www.federalregister.gov/d/2022-04819',
        title: 'Imposition of Sanctions Against Belarus Under the Export Administration Regulations (EAR)',
        publisher: 'Federal Register (Bureau of Industry and Security)',
        kind: 'act',
      },
      {
        url: 'https://api.ai-analytics.org/commerce-rule/2022-04819',
        title:
          'Imposition of Sanctions Against Belarus Under the Export Administration Regulations (EAR) — FR Doc. 2022-04819',
        publisher: 'ai-analytics.org (copy of Federal Register metadata and abstract)',
        kind: 'act',
      },
      {
        url: 'https://www.commerce.gov/news/fact-sheets/2022/02/us-department-commerce-bureau-industry-and-security-russia-and-belarus',
        title:
          'U.S. Department of Commerce & Bureau of Industry and Security Russia and Belarus Rule Fact Sheet',
        publisher: 'U.S. Department of Commerce',
        kind: 'official',
      },
    ],
    note: 'The rule took effect on 2 March 2022 and was published in the Federal Register on 8 March 2022 (87 FR 13048, FR Doc. 2022-04819).',
  },
  {
    id: 'us-2022-03-15-lukashenka-redesignation',
    date: '2022-03-15',
    actor: 'us',
    action: 'expand',
    instrument:
      'OFAC designations under Executive Order 13405 (re-designation of Alyaksandr Lukashenka; designation of Halina Lukashenka)',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'Treasury re-designated Alyaksandr Lukashenka for corruption and designated his wife Halina for the first time. The State Department said Lukashenka and his immediate family would be barred from entering the United States.',
    targets: ['Alyaksandr Lukashenka', 'Halina Lukashenka'],
    sources: [
      {
        url: 'https://buckleyfirm.com/infobytes?field_blog_tags_tid%5B0%5D=2137',
        title:
          'OFAC sanctions Russians connected to human rights violations and Belarusian leader engaged in corruption',
        publisher: 'Buckley LLP (InfoBytes)',
        kind: 'reporting',
      },
      {
        url: 'https://www.axios.com/2022/03/15/us-sanction-belarus-lukashenko',
        title: 'US sanction Belarus Lukashenko (Axios, 15 March 2022)',
        publisher: 'Axios',
        kind: 'reporting',
      },
      {
        url: 'https://twt-assets.washtimes.com/news/2022/mar/15/us-sanctions-belarus-presidents-russian-officials-',
        title: 'US sanctions Belarus president, Russian officials (The Washington Times, 15 March 2022)',
        publisher: 'The Washington Times',
        kind: 'reporting',
      },
    ],
    note: 'Lukashenka was first sanctioned in 2006. Buckley reports that OFAC re-designated him pursuant to E.O. 13405 and newly designated his wife for public corruption (the order used for her listing is not stated there); Republic World quotes the Treasury statement as saying Lukashenka "was designated today pursuant to E.O. 13405". The Treasury release itself was not seen. Counts are not recorded because one listing is a re-designation.',
  },
  {
    id: 'us-2022-04-08-bis-aircraft-rule',
    date: '2022-04-08',
    actor: 'us',
    action: 'expand',
    instrument:
      'BIS final rule of 8 April 2022 expanding Russia and Belarus export controls (Export Administration Regulations)',
    instrumentType: 'export-control',
    measures: ['trade', 'transport'],
    summary:
      'BIS extended licence requirements for Belarus and Russia to Commerce Control List categories 0 to 2. It also removed licence-exception availability for aircraft registered in, owned or controlled by, or chartered or leased by Belarus or Belarusian nationals, so U.S.-origin aircraft bound for Belarus now need a licence.',
    targets: ['Belarusian aircraft', 'civil aviation'],
    sources: [
      {
        url: 'https://by.usembassy.gov/u-s-takes-enforcement-action-against-belavia-airline-for-export-control-violations/',
        title: 'U.S. takes enforcement action against Belavia airline for export-control violations',
        publisher: 'U.S. Embassy in Belarus (reprint of a BIS release)',
        kind: 'official',
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2022/04/bis-expands-export-restrictions-on-russia-and-belarus/',
        title: 'BIS Expands Export Restrictions on Russia and Belarus',
        publisher: 'Thompson Hine (SmarTrade)',
        kind: 'reporting',
      },
    ],
    note: 'The rule was issued and took effect on 8 April 2022; its Federal Register document number was not seen. On 14 April 2022 BIS added seven Belavia aircraft to its list of aircraft flown in apparent violation of the EAR (Trade Law Daily).',
  },
  {
    id: 'us-2022-06-13-continuation',
    date: '2022-06-13',
    actor: 'us',
    action: 'renew',
    instrument: 'Notice on the Continuation of the National Emergency With Respect to Belarus (2022)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'The President continued for one year beyond 16 June 2022 the national emergency with respect to Belarus, declared in Executive Order 13405 and expanded by Executive Order 14038.',
    modifies: ['us-2006-06-16-eo-13405'],
    sources: [
      {
        url: 'https://www.republicworld.com/world-news/europe/us-extends-emergency-measures-against-belarus-cites-threat-to-security-and-foreign-policy-articleshow.html',
        title: 'US extends emergency measures against Belarus, cites threat to security and foreign policy',
        publisher: 'Republic World',
        kind: 'reporting',
      },
      {
        url: 'https://ukrinform.net/amp/rubric-polytics/3506351-biden-extends-belarus-sanctions-for-another-year.html',
        title: 'Biden extends Belarus sanctions for another year',
        publisher: 'Ukrinform',
        kind: 'reporting',
      },
    ],
    note: 'The date (Monday 13 June 2022) is from Republic World; the White House text and the Federal Register copy were not found in the corpus.',
  },
  {
    id: 'us-2022-06-16-bis-tdo-belavia',
    date: '2022-06-16',
    actor: 'us',
    action: 'expand',
    instrument: 'BIS Temporary Denial Order against Belavia Belarusian Airlines (180 days)',
    instrumentType: 'export-control',
    measures: ['trade', 'transport'],
    summary:
      'BIS denied all export privileges of the state airline Belavia for 180 days because it kept flying U.S.-origin aircraft to and from Belarus and Russia after the 8 April 2022 rule. The order bars transactions with Belavia in items subject to the Export Administration Regulations.',
    targets: ['Belavia'],
    sources: [
      {
        url: 'https://by.usembassy.gov/u-s-takes-enforcement-action-against-belavia-airline-for-export-control-violations/',
        title: 'U.S. takes enforcement action against Belavia airline for export-control violations',
        publisher: 'U.S. Embassy in Belarus (reprint of a BIS release)',
        kind: 'official',
      },
      {
        url: 'https://print.casetext.com/federal-register/belavia-belarusian-airlines-4a-nemiga-str-minsk-belarus-220004-order-renewing-temporary-denial-of-export-privileges',
        title:
          'Belavia Belarusian Airlines; Order Renewing Temporary Denial of Export Privileges (88 FR 85209)',
        publisher: 'Casetext (copy of a Federal Register notice)',
        kind: 'act',
      },
      {
        url: 'https://interfax.com/newsroom/top-stories/80338/',
        title:
          'U.S. Dept of Commerce issues temporary denial order for Belavia over breach of export controls',
        publisher: 'Interfax',
        kind: 'reporting',
      },
    ],
    note: 'The 7 December 2023 renewal order says the original order was signed on 16 June 2022. The order was renewed several times, including on 7 June 2023 (see the next record) and again in the order published 7 December 2023 (FR Doc. 2023-26896). ExportPrac reports that the order lapsed in December 2024.',
  },
  {
    id: 'us-2022-08-09-visa-restrictions-100',
    date: '2022-08-09',
    actor: 'us',
    action: 'expand',
    instrument: 'State Department visa restrictions under Presidential Proclamation 8015',
    instrumentType: 'proclamation',
    measures: ['travel'],
    summary:
      'On the second anniversary of the 2020 presidential election, the State Department announced visa restrictions on 100 regime officials and their associates, including officials of the Presidential Administration, the Interior Ministry, the KGB, the Central Election Commission and the Prosecutor General’s Office.',
    modifies: ['us-2006-05-12-proclamation-8015'],
    sources: [
      {
        url: 'https://exbulletin.com/world/1788665/',
        title:
          'State Department statement on the second anniversary of the presidential election in Belarus (reprint)',
        publisher: 'ExBulletin (reprint of a U.S. Department of State statement)',
        kind: 'reporting',
      },
    ],
    note: 'Only a reprint of the statement, dated 9 August 2022, was seen; the state.gov original was not found. Visa restrictions are not asset-freeze listings, so no count is recorded in the listed fields.',
  },
  {
    id: 'us-2023-03-24-designations',
    date: '2023-03-24',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 14038',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      "OFAC designated nine individuals and three entities: the truck makers BelAZ and MAZ and their directors, and seven members of the Central Election Commission, which it re-designated. It also identified Lukashenka's presidential aircraft EW-001PA as blocked property. The State Department imposed visa restrictions on 14 more individuals the same day.",
    targets: [
      'BelAZ',
      'MAZ (Minsk Automobile Plant)',
      'Central Election Commission of Belarus',
      'aircraft EW-001PA',
    ],
    listed: { persons: 9, entities: 3 },
    sources: [
      {
        url: 'https://www.state.gov/taking-additional-actions-to-hold-the-lukashenka-regime-to-account/',
        title: 'Taking Additional Actions to Hold the Lukashenka Regime to Account',
        publisher: 'U.S. Department of State',
        kind: 'official',
      },
      {
        url: 'https://djayanews.com/politics/taking-additional-actions-to-hold-the-lukashenka-regime-to-account/',
        title:
          'Taking Additional Actions to Hold the Lukashenka Regime to Account (reprint of the State Department statement)',
        publisher: 'Djaya News (reprint of U.S. Department of State)',
        kind: 'reporting',
      },
      {
        url: 'https://rferl.org/amp/belarus-united-states-new-sanctions-jet-individuals-entities/32333141.html',
        title: 'RFE/RL report on new Belarus-related U.S. sanctions of 24 March 2023',
        publisher: 'Radio Free Europe/Radio Liberty',
        kind: 'reporting',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/ofac-designates-9-individuals-and-3-entities-in-belarus-related-to-the-crackdown-on-pro-democracy-efforts/',
        title:
          'OFAC designates 9 individuals and 3 entities in Belarus related to the crackdown on pro-democracy efforts',
        publisher: 'Willkie Farr & Gallagher (Compliance Concourse)',
        kind: 'reporting',
      },
      {
        url: 'https://buckleyfirm.com/infobytes?field_blog_tags_tid%5B%5D=2137&date_filter%5Bvalue%5D%5Byear%5D=&date_filter%5Bvalue%5D%5Bmonth%5D=&date_filter_1%5Bvalue%5D%5Byear%5D=&date_filter_1%5Bvalue%5D%5Bmonth%5D=&combine=',
        title:
          'OFAC sanctions Belarusian state-owned enterprises and government officials; amends Belarus Sanctions Regulations',
        publisher: 'Buckley LLP (InfoBytes)',
        kind: 'reporting',
      },
    ],
    note: 'The State Department statement (read in a reprint that gives its state.gov address) says Treasury designated BelAZ and MAZ, re-designated the Central Election Commission and designated seven of its members; RFE/RL adds the two plant directors, giving the nine individuals and three entities Willkie and Buckley report. The aircraft is not counted. The same day OFAC amended and reissued the Belarus Sanctions Regulations (31 CFR part 548) to implement E.O. 14038 and Directive 1, effective 27 March 2023 (Baker McKenzie). That rule is not a separate record here.',
  },
  {
    id: 'us-2023-06-07-bis-tdo-belavia-renewal',
    date: '2023-06-07',
    actor: 'us',
    action: 'renew',
    instrument: 'BIS order renewing the Temporary Denial Order against Belavia Belarusian Airlines',
    instrumentType: 'export-control',
    measures: ['trade', 'transport'],
    summary:
      "BIS renewed for a further 180 days the temporary denial of Belavia's export privileges under the Export Administration Regulations.",
    targets: ['Belavia'],
    modifies: ['us-2022-06-16-bis-tdo-belavia'],
    sources: [
      {
        url: 'https://print.casetext.com/federal-register/belavia-belarusian-airlines-4a-nemiga-str-minsk-belarus-220004-order-renewing-temporary-denial-of-export-privileges',
        title:
          'Belavia Belarusian Airlines; Order Renewing Temporary Denial of Export Privileges (88 FR 85209)',
        publisher: 'Casetext (copy of a Federal Register notice)',
        kind: 'act',
      },
      {
        url: 'https://myc.news/en/novosti_mira/ssha_prodlili_na_god_sankcii_v_otnoshenii_belarusi',
        title: 'US extended sanctions against Belarus for a year (MYC News, 16 June 2023)',
        publisher: 'MYC News',
        kind: 'reporting',
      },
    ],
    note: 'The December 2023 renewal order (88 FR 85209, published 7 December 2023, FR Doc. 2023-26896) refers to "the temporary denial order issued in this matter on June 7, 2023". The 180-day term is from MYC News. The Federal Register copy of the June 2023 order itself was not seen.',
  },
  {
    id: 'us-2023-06-12-continuation',
    date: '2023-06-12',
    actor: 'us',
    action: 'renew',
    instrument: 'Notice on the Continuation of the National Emergency With Respect to Belarus (2023)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'The President continued beyond 16 June 2023 the national emergency with respect to Belarus, declared in Executive Order 13405 of 16 June 2006 and expanded by Executive Order 14038 of 9 August 2021.',
    modifies: ['us-2006-06-16-eo-13405'],
    sources: [
      {
        url: 'https://whitehouse.gov/briefing-room/presidential-actions/2023/06/12/message-to-the-congress-on-the-continuation-of-the-national-emergency-with-respect-to-belarus',
        title:
          'Message to the Congress on the Continuation of the National Emergency With Respect to Belarus',
        publisher: 'The White House',
        kind: 'official',
      },
    ],
    note: 'The Message to Congress is dated 12 June 2023 and encloses the notice; MYC News also reports that the notice was signed on 12 June. The Federal Register copy was not found in the corpus.',
  },
  {
    id: 'us-2023-08-09-designations',
    date: '2023-08-09',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 14038; Belarus General Licenses 8 and 9',
    instrumentType: 'designation',
    measures: ['assets', 'transport'],
    summary:
      'OFAC designated eight individuals and five entities, including the state airline Belavia, Belarusian Steel Works and the Department of Financial Investigations, and identified aircraft EW-301PJ as blocked property. General Licenses 8 and 9 allowed wind-down of dealings with Belarusian Steel Works and with Belavia (including civil aviation safety).',
    targets: [
      'Belavia',
      'Belarusian Steel Works (BSW)',
      'Minsk Civil Aviation Plant 407',
      'Department of Financial Investigations',
      'aircraft EW-301PJ',
    ],
    listed: { persons: 8, entities: 5 },
    sources: [
      {
        url: 'https://ofac.treasury.gov/sanctions-programs-and-country-information/belarus-sanctions',
        title: 'Belarus Sanctions (program page, general licenses list)',
        publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://editorials.voa.gov/amp/sanctions-for-enabling-lukashenka-s-repression-facilitating-russia-s-war-on-ukraine/7229169.html',
        title:
          "Sanctions for Enabling Lukashenka's Repression, Facilitating Russia's War on Ukraine (editorial)",
        publisher: 'Voice of America Editorials (U.S. Government views)',
        kind: 'reporting',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/ofac-designates-8-individuals-and-5-entities-to-mark-the-third-anniversary-of-belarus-fraudulent-election/',
        title:
          "OFAC designates 8 individuals and 5 entities to mark the third anniversary of Belarus' fraudulent election",
        publisher: 'Willkie Farr & Gallagher (Compliance Concourse)',
        kind: 'reporting',
      },
      {
        url: 'https://www.anews.com.tr/world/2023/08/09/us-announces-new-sanctions-against-belarus-before-3rd-anniversary-of-contested-elections',
        title: 'U.S. announces new sanctions against Belarus before 3rd anniversary of contested elections',
        publisher: 'A News',
        kind: 'reporting',
      },
      {
        url: 'https://lockelord.com/newsandevents/publications/2023/08/quickstudy-belarus-designation',
        title: 'Locke Lord QuickStudy: Belarus designation (August 2023)',
        publisher: 'Locke Lord',
        kind: 'reporting',
      },
    ],
    note: 'The OFAC programme page dates General License 8 to 9 August 2023. General License 9 allowed Belavia wind-down until 8 September 2023 and GL 8 allowed BSW wind-down until 9 October 2023 (Locke Lord). The 8/5 counts are given by Willkie, VOA and A News (quoting the Treasury statement): three state-owned enterprises (Belavia, Minsk Civil Aviation Plant 407, BSW), a BSW subsidiary and the Department of Financial Investigations; and the director of BSW, four members of the board of that department and three family members of Aliaksey Aleksin. The aircraft is not counted. The State Department imposed visa restrictions on 101 officials the same day; they are not counted here.',
  },
  {
    id: 'us-2023-12-05-designations',
    date: '2023-12-05',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Orders 14038 and 14024; Belarus General License 10',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      "OFAC designated eight individuals and 11 entities in Belarus, including members of Lukashenka's inner circle and their companies, defence-industry firms, and two oligarchs with their tobacco company Tabak Invest over cigarette smuggling into Russia. One of the individuals, Belarusian Red Cross head Dzmitry Shautsou, was designated under the Russia-related E.O. 14024.",
    targets: ['Tabak Invest', 'Amkodor', 'BelOMO', 'Dzmitry Shautsou', 'tobacco sector', 'defence sector'],
    listed: { persons: 8, entities: 11 },
    sources: [
      {
        url: 'https://complianceconcourse.willkie.com/articles/ofac-imposes-belarus-related-sanctions-upon-financial-supporters-of-the-lukashenka-regime-and-russias-war-against-ukraine/',
        title:
          'OFAC imposes Belarus-related sanctions upon financial supporters of the Lukashenka regime and Russia’s war against Ukraine',
        publisher: 'Willkie Farr & Gallagher (Compliance Concourse)',
        kind: 'reporting',
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2023/12/ofac-and-bis-further-sanction-belarus-and-russia-entities-and-individuals/',
        title: 'OFAC and BIS Further Sanction Belarus and Russia Entities and Individuals',
        publisher: 'Thompson Hine (SmarTrade)',
        kind: 'reporting',
      },
      {
        url: 'https://www.lockelord.com/newsandevents/publications/2023/12/quickstudy-bis-designates-entities',
        title:
          'Locke Lord QuickStudy: BIS Designates Entities and OFAC Sanctions Belarusian Persons and Issues Related General License',
        publisher: 'Locke Lord',
        kind: 'reporting',
      },
      {
        url: 'https://newsukraine.rbc.ua/news/u-s-imposes-sanctions-on-belarus-1701796624.html',
        title: 'U.S. implements sanctions against Belarus',
        publisher: 'RBC-Ukraine',
        kind: 'reporting',
      },
      {
        url: 'https://www.belarus-nau.org/en/post/the-united-states-has-confirmed-the-necessity-of-intensifying-sanctions-against-the-lukashenko-regim',
        title: 'National Anti-Crisis Management statement on the new U.S. sanctions (December 2023)',
        publisher: 'National Anti-Crisis Management (Belarusian opposition)',
        kind: 'reporting',
      },
    ],
    note: 'Counts are from law-firm reports; the Treasury release was not seen. Willkie splits the action into seven individuals and 11 entities under E.O. 14038 plus Shautsou under E.O. 14024, which gives the eight individuals Thompson Hine and Locke Lord report. Locke Lord spells the tobacco company "Tanaka Invest"; Willkie and the opposition list name it Tabak Invest. The opposition list also names the BelOMO, Planar and Gorizont defence holdings, Amkodor and its owner Alexander Shakutin, Bellesbumprom, the Belarusian Cement Company and Beltamozhservice.',
  },
  {
    id: 'us-2024-04-15-designations',
    date: '2024-04-15',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC Belarus-related designations (April 2024)',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      "OFAC designated six state-owned enterprises that generate revenue for Lukashenka's regime, a company and five individuals who facilitated deals for an already sanctioned Belarusian defence entity, and five entities and five individuals in a global arms network doing business with that entity.",
    targets: ['Belarusian state-owned enterprises', 'defence sector'],
    listed: { persons: 10, entities: 12 },
    sources: [
      {
        url: 'https://euromaidanpress.com/2024/04/16/us-unveils-new-sanctions-targeting-belarusian-entities-individuals/',
        title: 'US unveils new sanctions targeting Belarusian entities, individuals',
        publisher: 'Euromaidan Press',
        kind: 'reporting',
      },
    ],
    note: 'Only one news report was seen, citing a Treasury statement; the date (15 April 2024) and the counts of 10 individuals and 12 entities are from it. It calls all of them Belarusian but also says the designees include citizens of Lebanon, Syria, Slovakia and Sweden and organisations from Iraq, Cyprus, China, Slovakia and Türkiye. The executive order used and the names of the enterprises were not seen.',
  },
  {
    id: 'us-2024-08-09-designations',
    date: '2024-08-09',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 14038; General License 101',
    instrumentType: 'designation',
    measures: ['assets', 'transport'],
    summary:
      "OFAC designated 19 individuals and 14 entities for supporting Russia's war through military production, transshipment of goods and sanctions evasion, or for generating revenue for Lukashenka's inner circle. It also identified presidential aircraft EW-001PB as blocked property. General License 101 allowed time-limited civil-aviation-safety and wind-down dealings with the cargo airlines designated.",
    targets: ['Aviakompaniya Rada', 'Rubistar', 'Aviakompaniya Belkanto', 'Belling', 'aircraft EW-001PB'],
    listed: { persons: 19, entities: 14 },
    sources: [
      {
        url: 'https://www.thompsonhinesmartrade.com/2024/08/ofac-implements-further-sanctions-on-belarus/',
        title: 'OFAC Implements Further Sanctions on Belarus',
        publisher: 'Thompson Hine (SmarTrade)',
        kind: 'reporting',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/u-s-uk-and-canada-impose-additional-designations-to-mark-the-four-year-anniversary-of-fraudulent-elections-in-belarus',
        title:
          'U.S., UK and Canada impose additional designations to mark the four-year anniversary of fraudulent elections in Belarus',
        publisher: 'Willkie Farr & Gallagher (Compliance Concourse)',
        kind: 'reporting',
      },
      {
        url: 'https://rferl.org/amp/belarus-sanctions-treasury-lukashenka/33072754.html',
        title: 'RFE/RL report on new U.S. and UK sanctions against Belarus (9 August 2024)',
        publisher: 'Radio Free Europe/Radio Liberty',
        kind: 'reporting',
      },
      {
        url: 'https://f-aero.fr/le-numero-767-du-president-loukachenko-ajoute-a-la-liste-des-sanctions-americaines/',
        title:
          'F-Aero report on the addition of Lukashenka’s Boeing 767 to the U.S. sanctions list (August 2024)',
        publisher: 'F-Aero',
        kind: 'reporting',
      },
      {
        url: 'https://menafn.com/1108541419/US-levies-new-sanctions-on-Belarus-amid-war-over-Ukraine-human-rights-concerns',
        title: 'US levies new sanctions on Belarus amid war over Ukraine, human rights concerns',
        publisher: 'MENAFN',
        kind: 'reporting',
      },
    ],
    note: 'Counts are from law-firm and news reports (Thompson Hine, Willkie, MENAFN, RFE/RL: 19 individuals, 14 entities and one aircraft); the Treasury release was not seen. The aircraft, a Boeing 767 (serial 33968, per F-Aero), is not counted. Willkie reports that five of the designees were also sanctioned under the Russia-related E.O. 14024. General License 101 ran until 10 September 2024.',
  },
  {
    id: 'us-2025-09-11-gl-11',
    date: '2025-09-11',
    actor: 'us',
    action: 'ease',
    instrument: 'Belarus General License 11 (transactions involving Belavia Belarusian Airlines)',
    instrumentType: 'general-license',
    measures: ['assets', 'transport'],
    summary:
      'After Belarus freed 52 prisoners, OFAC issued General License 11. It authorizes transactions otherwise prohibited by the Belarus Sanctions Regulations that involve Belavia and entities it owns 50 percent or more, so the airline can service and buy parts for its fleet. It does not unblock property that is already blocked.',
    targets: ['Belavia'],
    modifies: ['us-2023-08-09-designations'],
    sources: [
      {
        url: 'https://exportprac.com/stories/ofac-gives-belarus-airline-wings,14271?',
        title: 'OFAC gives Belarus airline wings',
        publisher: 'ExportPrac',
        kind: 'reporting',
      },
      {
        url: 'https://airguide.info/u-s-grants-sanctions-exemption-to-belarus-belavia',
        title: 'U.S. Grants Sanctions Exemption to Belarus’ Belavia',
        publisher: 'AirGuide Business',
        kind: 'reporting',
      },
      {
        url: 'https://www.springfieldnewssun.com/news/nation-world/belarus-frees-52-political-prisoners-as-us-lifts-some-sanctions-on-its-national-airline/RBLFSOTNUFNF3B5DGX3DMGGMYI/',
        title: 'Belarus frees 52 political prisoners as US lifts some sanctions on its national airline',
        publisher: 'Associated Press (via Springfield News-Sun)',
        kind: 'reporting',
      },
      {
        url: 'https://kyivindependent.com/belarus-frees-52-prisoners-after-visit-by-us-envoy',
        title:
          'US to lift sanctions on Belarus airline as Lukashenko frees 52 prisoners, including foreigners',
        publisher: 'The Kyiv Independent',
        kind: 'reporting',
      },
    ],
    note: 'AirGuide says the licence was announced on 11 September 2025, the day of envoy John Coale\'s visit to Minsk and the prisoner release (AP), and Export Compliance Daily reported it as issued "this week" (its later item on the BIS letter cites its own story number 2509110029, i.e. 11 September). The OFAC licence text, its recent-actions page and any Federal Register publication were not seen, so the issue date rests on these reports. The licence did not remove Belavia from the SDN list; that followed on 4 November 2025.',
  },
  {
    id: 'us-2025-09-12-bis-belavia-authorization',
    date: '2025-09-12',
    actor: 'us',
    action: 'ease',
    instrument: 'BIS authorization letter to Belavia Belarusian Airlines (effective 12 September 2025)',
    instrumentType: 'export-control',
    measures: ['trade', 'transport'],
    summary:
      "BIS removed eight Belavia aircraft from its list of aircraft flown in apparent violation of the Export Administration Regulations. It authorized flights between Belarus and most destinations and the servicing, repair and supply of parts for Belavia's fleet. Flights to Russia, occupied Ukrainian territory, Iran, Syria, North Korea and Cuba stay excluded without separate licences.",
    targets: ['Belavia'],
    modifies: ['us-2022-04-08-bis-aircraft-rule'],
    sources: [
      {
        url: 'https://exportcompliancedaily.com/article/2025/09/17/bis-authorizes-certain-exports-activities-with-belarusian-airline-2509160035?BC=bc_67c51f7746840',
        title: 'BIS Authorizes Certain Exports, Activities With Belarusian Airline',
        publisher: 'Export Compliance Daily (Warren Communications News)',
        kind: 'reporting',
      },
      {
        url: 'https://www.interfax.ru/world/1047823',
        title: 'Минторг США раскрыл детали снятия санкций с авиакомпании "Белавиа"',
        publisher: 'Interfax',
        kind: 'reporting',
      },
      {
        url: 'https://www.svoboda.org/a/mintorg-ssha-poyasnil-kakie-sanktsii-ostalisj-v-sile-dlya-belavia-/33533012.html',
        title: 'Минторг США пояснил, какие санкции остались в силе для "Белавиа"',
        publisher: 'Radio Svoboda (RFE/RL)',
        kind: 'reporting',
      },
    ],
    note: 'Export Compliance Daily says the changes took effect on 12 September 2025 and that BIS will review licence applications for Belavia aircraft case by case. RFE/RL reports that two aircraft stay restricted: the Boeing 737-8EV used by Lukashenka and a Transaviaexport Boeing 747.',
  },
  {
    id: 'us-2025-11-04-belavia-delisting',
    date: '2025-11-04',
    actor: 'us',
    action: 'lift',
    instrument: 'OFAC removal of Belavia and aircraft EW-301PJ from the SDN List',
    instrumentType: 'designation',
    measures: ['assets', 'transport'],
    summary:
      'OFAC removed the state airline Belavia and aircraft EW-301PJ, used by officials and the Lukashenka family, from the SDN List.',
    targets: ['Belavia', 'aircraft EW-301PJ'],
    modifies: ['us-2023-08-09-designations', 'us-2025-09-11-gl-11'],
    sources: [
      {
        url: 'https://www.gazeta.ru/politics/news/2025/11/04/27103958.shtml',
        title: 'Gazeta.ru report: OFAC removes Belavia from the sanctions list (4 November 2025)',
        publisher: 'Gazeta.ru',
        kind: 'reporting',
      },
      {
        url: 'https://www.kommersant.ru/doc/8179838',
        title: 'США официально сняли санкции с «Белавиа»',
        publisher: 'Kommersant',
        kind: 'reporting',
      },
      {
        url: 'https://putinfriends.com/u-s-treasury-lifts-sanctions-on-belarusian-state-owned-airline-belavia-and-government-jet-used-by-lukashenkos-sons.html',
        title:
          'U.S. Treasury lifts sanctions on Belarusian state-owned airline Belavia and government jet used by Lukashenko’s sons',
        publisher: 'PutinFriends',
        kind: 'reporting',
      },
      {
        url: 'https://knews.media/2025/11/05/the-us-lifts-air-sanctions-on-belarus-including-lukashenko-minsk-released-52-prisoners/',
        title: 'The US lifts air sanctions on Belarus (including Lukashenko). Minsk released 52 prisoners',
        publisher: 'KNews (PAP)',
        kind: 'reporting',
      },
      {
        url: 'https://en.bb.lv/article/world-news/2025/11/04/the-us-lifted-sanctions-on-belavia-and-the-plane-of-the-lukashenko-family-76053/amp',
        title: 'The U.S. lifted sanctions on Belavia and the plane of the Lukashenko family',
        publisher: 'BB.LV',
        kind: 'reporting',
      },
    ],
    note: 'Only news reports of the OFAC notice of 4 November 2025 were seen; the OFAC recent-actions page and any Federal Register notice were not found. Gazeta.ru, Kommersant and PutinFriends name only Belavia and the aircraft as removed; PAP (via KNews) says Belavia "and three related companies", so no delisting count is recorded. The aircraft is not a person or entity. Reports disagree on the type of EW-301PJ: Bombardier Challenger 850 (Gazeta.ru, Zerkalo via BB.LV) or CRJ-200ER (PAP, PutinFriends).',
  },
  {
    id: 'us-2025-11-04-gl-12',
    date: '2025-11-04',
    actor: 'us',
    action: 'ease',
    instrument: 'Belarus General License 12',
    instrumentType: 'general-license',
    measures: ['assets', 'transport'],
    summary:
      'OFAC issued General License 12, authorizing certain transactions involving three previously blocked aircraft (EW-001PA, EW-001PB and EW-001PH) used by Lukashenka or by the company Slavkali, which remain sanctioned.',
    targets: ['aircraft EW-001PA', 'aircraft EW-001PB', 'aircraft EW-001PH', 'Slavkali'],
    modifies: ['us-2023-03-24-designations', 'us-2024-08-09-designations'],
    sources: [
      {
        url: 'https://www.federalregister.gov/d/2026-04091',
        title: 'Publication of a Belarus Sanctions Regulations Web General License',
        publisher: 'Federal Register (Office of Foreign Assets Control)',
        kind: 'act',
      },
      {
        url: 'https://lexbuild.dev/fr/2026/03/2026-04091',
        title: 'Publication of a Belarus Sanctions Regulations Web General License (FR Doc. 2026-04091)',
        publisher: 'LexBuild (copy of the Federal Register)',
        kind: 'act',
      },
      {
        url: 'https://rtvi.com/news/ssha-oficzialno-snyali-sankczii-s-aviakompanii-belavia-i-samoleta-lukashenko/',
        title:
          'RTVI report on the U.S. lifting sanctions on Belavia and issuing General License 12 (4 November 2025)',
        publisher: 'RTVI',
        kind: 'reporting',
      },
      {
        url: 'https://en.bb.lv/article/world-news/2025/11/04/the-us-lifted-sanctions-on-belavia-and-the-plane-of-the-lukashenko-family-76053/amp',
        title: 'The U.S. lifted sanctions on Belavia and the plane of the Lukashenko family',
        publisher: 'BB.LV',
        kind: 'reporting',
      },
    ],
    note: 'GL 12 was issued on 4 November 2025 and published in the Federal Register on 2 March 2026 (91 FR 10002, FR Doc. 2026-04091). The GL text was not seen in full; the tail numbers (EW-001PA, serial 33079; EW-001PB, serial 33968; EW-001PH, serial 31835) are from RTVI, quoting the licence file, and BB.LV. EW-001PA was blocked on 24 March 2023 and EW-001PB on 9 August 2024; when EW-001PH was blocked was not verified.',
  },
  {
    id: 'us-2025-12-15-gl-13',
    date: '2025-12-15',
    actor: 'us',
    action: 'ease',
    instrument:
      'Belarus General License 13 (transactions involving Belarusian Potash Company, Agrorozkvit LLC and Belaruskali OAO)',
    instrumentType: 'general-license',
    measures: ['assets', 'trade'],
    summary:
      'After Belarus freed 123 prisoners on 13 December, OFAC issued General License 13. It authorizes, with no expiry date, all transactions prohibited by the Belarus Sanctions Regulations that involve Belaruskali, the Belarusian Potash Company, Agrorozkvit and entities they own 50 percent or more. It does not unblock blocked property.',
    targets: ['Belaruskali', 'Belarusian Potash Company', 'Agrorozkvit', 'potash'],
    modifies: ['us-2021-08-09-designations', 'us-2021-12-02-designations-directive-1'],
    sources: [
      {
        url: 'https://webiis08.mondaq.com/export-controls-trade-investment-sanctions/1722318/treasury-authorizes-transactions-with-belarusian-potash-companies',
        title: 'Treasury Authorizes Transactions With Belarusian Potash Companies',
        publisher: 'Crowell & Moring (via Mondaq)',
        kind: 'reporting',
      },
      {
        url: 'https://www.globalbankingandfinance.com/usa-belarus-potash',
        title: 'US eases sanctions on three Belarus potash companies after prisoner release (Reuters)',
        publisher: 'Global Banking and Finance Review (Reuters)',
        kind: 'reporting',
      },
      {
        url: 'http://stage.tradelawdaily.com/article/2025/12/16/us-issues-sanctions-license-for-belarusian-potash-companies-2512150020?BC=bc_697c1a6188954',
        title: 'US Issues Sanctions License for Belarusian Potash Companies',
        publisher: 'Trade Law Daily (Warren News)',
        kind: 'reporting',
      },
      {
        url: 'https://kyivindependent.com/us-lifting-sanctions-on-belarusian-potash-fertilizers-us-presidential-envoy-says/',
        title: 'US lifting sanctions on Belarusian potash fertilizers, US presidential envoy says',
        publisher: 'The Kyiv Independent',
        kind: 'reporting',
      },
    ],
    note: 'Envoy John Coale announced the potash relief in Minsk on 13 December 2025; OFAC issued GL 13 on Monday 15 December (Crowell & Moring, Trade Law Daily, Reuters). The licence text, its OFAC page and any Federal Register publication were not seen. Reuters quoted a U.S. official as saying the relief depends on "sustained improvements in behaviour" (Global Banking and Finance Review).',
  },
  {
    id: 'us-2026-03-19-potash-banks-relief',
    date: '2026-03-19',
    actor: 'us',
    action: 'lift',
    instrument:
      'Sanctions relief announced by U.S. Special Envoy John Coale (potash companies, Belinvestbank, Development Bank, Ministry of Finance)',
    instrumentType: 'designation',
    measures: ['assets', 'finance', 'trade'],
    summary:
      'After Belarus agreed to free 250 prisoners, the U.S. envoy announced the lifting of all remaining U.S. sanctions on Belaruskali, the Belarusian Potash Company and Agrorozkvit. He also announced relief for Belinvestbank, the Development Bank and the Ministry of Finance.',
    targets: [
      'Belaruskali',
      'Belarusian Potash Company',
      'Agrorozkvit',
      'Belinvestbank',
      'Development Bank of Belarus',
      'Ministry of Finance of Belarus',
    ],
    modifies: [
      'us-2021-08-09-designations',
      'us-2021-12-02-designations-directive-1',
      'us-2022-02-24-designations',
      'us-2025-12-15-gl-13',
    ],
    sources: [
      {
        url: 'https://naslovi.net/rd/41508716',
        title: 'SAD ublažile sankcije Minsku pošto je Belorusija oslobodila 250 zatvorenika',
        publisher: 'Radio Slobodna Evropa (RFE/RL) via Naslovi.net',
        kind: 'reporting',
      },
      {
        url: 'https://www.pronews.gr/kosmos/i-leykorosia-apeleytherose-250-kratoumenous-kai-oi-ipa-iran-oles-tis-kyroseis-stis-egxories-etaireies-kaliou/amp',
        title:
          'Pronews report: Belarus released 250 detainees and the US lifted all sanctions on potash companies (20 March 2026)',
        publisher: 'Pronews',
        kind: 'reporting',
      },
      {
        url: 'https://narodnodelo.com/?p=155657',
        title: 'САЩ облекчават санкции срещу Беларус, Минск освобождава политически затворници',
        publisher: 'Narodno Delo',
        kind: 'reporting',
      },
      {
        url: 'https://unn.ua/amp/ssha-znialy-sanktsii-z-biloruskoho-kaliiu-zmi',
        title: 'США зняли санкції з білоруського калію - ЗМІ',
        publisher: 'UNN',
        kind: 'reporting',
      },
    ],
    note: "Only news sources are available. The date is that of Coale's announcement after his meeting with Lukashenka on Thursday 19 March 2026 (RFE/RL); the prisoners were released on 20 March (U.S. Embassy Vilnius via Pronews: 235 inside Belarus, 15 sent to Lithuania). The OFAC delisting or licence that implemented the relief, its date, and the exact form of the bank and Ministry of Finance relief (delisting, licence or Directive 1 change) were not verified. Narodno Delo reports the U.S. as planning the lifting; UNN reports it as already in force. A second verification pass found no OFAC delisting, general licence, Directive 1 amendment or Federal Register notice for this relief, and no later U.S. action (to the dataset date) in the stored material.",
  },
];
