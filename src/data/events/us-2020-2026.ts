import { canonicalActUrl } from '../acts';
import type { SanctionsEventInput } from '../schema';

/** Ids of records defined in the 2004-2019 file. */
const EO_13405 = 'us-2006-06-16-eo-13405';
const PP8015 = 'us-2006-05-12-proclamation-8015';

/** OFAC's FAQs on the Belarus programme; each FAQ carries its release date. */
const OFAC_BELARUS_FAQS = 'https://home.treasury.gov/policy-issues/financial-sanctions/faqs/topic/7771';

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
      'OFAC designated eight Belarusian officials for their roles in the 9 August 2020 presidential election or the crackdown on protesters that followed. Among them were Interior Minister Yuriy Karaeu, Deputy Interior Minister Alyaksandr Barsukou, the Minsk police chief, the Minsk OMON commander, the two leaders of the Internal Troops, and the deputy chair and the secretary of the Central Election Commission.',
    targets: [
      'Yuriy Karaeu',
      'Alyaksandr Barsukou',
      'Ivan Kubrakou',
      'Dzmitriy Balaba',
      'Yuriy Nazaranka',
      'Khazalbek Atabekau',
      'Vadzim Ipatau',
      'Alena Dmukhayla',
    ],
    listed: { persons: 8, entities: 0 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/sm1143',
        title: 'Treasury Sanctions Belarus Officials for Undermining Democracy (SM1143, 2 October 2020)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://www.unian.info/world/belarus-u-s-treasury-sanctions-eight-officials-for-undermining-democracy-11168948.html',
        title: 'U.S. Treasury sanctions eight officials for undermining democracy',
        publisher: 'UNIAN',
        kind: 'reporting',
      },
      {
        url: 'https://belsat.eu/en/news/us-sanctions-omon-central-election-commission-internal-troops-as-belarusian-regime-actors/',
        title:
          "US sanctions OMON, Central Election Commission, internal troops as 'Belarusian regime actors'",
        publisher: 'Belsat',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury release of 2 October 2020 (SM1143) names eight individuals and no entities. It says OFAC had previously sanctioned 16 Belarusian officials under E.O. 13405 over the 2006 and 2010 elections, that this was the first use of these authorities since 2011, and that the action was coordinated with the United Kingdom, Canada and the European Union.',
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
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/sm1222',
        title:
          'Treasury Sanctions Additional Belarusian Regime Actors for Undermining Democracy (SM1222, 23 December 2020)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2020-12-december-20201223-new-belarus-designations-in-aftermat/',
        title: 'New Belarus designations in aftermath of August 2020 election',
        publisher: 'Willkie Farr & Gallagher',
        kind: 'analysis',
      },
      {
        url: 'https://belsat.eu/en/news/us-sanctions-omon-central-election-commission-internal-troops-as-belarusian-regime-actors/',
        title:
          "US sanctions OMON, Central Election Commission, internal troops as 'Belarusian regime actors'",
        publisher: 'Belsat',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury release (SM1222) designates the Central Commission of the Republic of Belarus on Elections and Holding Republican Referenda, Deputy Interior Minister Henadz Kazakevich, the Minsk Special Purpose Police Unit (OMON), the Main Internal Affairs Directorate of the Minsk City Executive Committee (GUVD) and KGB Alpha. A State Department statement of the same day, whose official text is not available, reportedly gave an E.O. 13405 total of 25 individuals and 13 entities and announced visa restrictions on some 40 more individuals under Proclamation 8015 (reports give 39 or 40); neither figure is recorded here.',
  },
  {
    id: 'us-2020-12-27-belarus-democracy-human-rights-sovereignty-act',
    date: '2020-12-27',
    actor: 'us',
    action: 'expand',
    instrument:
      'Belarus Democracy, Human Rights, and Sovereignty Act of 2020 (enacted in the consolidated appropriations act for fiscal year 2021, H.R. 133)',
    instrumentType: 'statute',
    measures: ['travel', 'finance'],
    summary:
      'Reauthorized and amended the Belarus Democracy Act of 2004 after the August 2020 election. It lets the President impose visa sanctions on members of the Central Election Commission and others who manipulated the election, officials responsible for the crackdown on independent media, officials of the Union State, and Russian nationals involved in that crackdown or in related human rights abuses.',
    targets: ['Central Election Commission of Belarus', 'Union State officials'],
    modifies: ['us-2004-10-20-belarus-democracy-act'],
    uncounted: 'A statute widening sanctions authorities; it lists no persons or entities.',
    sources: [
      {
        url: 'https://www.govinfo.gov/content/pkg/BILLS-116hr8438eh/html/BILLS-116hr8438eh.htm',
        title: 'H.R. 8438 (Engrossed in House): Belarus Democracy, Human Rights, and Sovereignty Act of 2020',
        publisher: 'U.S. Government Publishing Office',
        kind: 'official',
      },
      {
        url: 'https://charter97.org/en/news/2020/12/28/405502',
        title: 'Donald Trump Signs Belarus Democracy Act (28 December 2020)',
        publisher: 'Charter 97',
        kind: 'reporting',
      },
      {
        url: 'https://belarusfeed.com/trump-belarus-democracy-human-rights-sovereignty-act-2020/',
        title: 'President Donald Trump Signs Belarus Democracy, Human Rights And Sovereignty Act Of 2020',
        publisher: 'Belarus Feed',
        kind: 'reporting',
      },
    ],
    note: 'The President signed the fiscal year 2021 appropriations bill, which includes the Act, on Sunday night, 27 December 2020 (Belarus Feed: "last Sunday night"; Charter 97 reported the signature on the morning of 28 December; a White House spokesman\'s message quoted by the Ukrainian outlet Fakty names the bill as H.R. 133). The summary follows the House-passed text of H.R. 8438 and the reports; the enacted text and its Public Law number are not verified.',
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
    modifies: [PP8015],
    uncounted:
      'Visa restrictions on 43 unnamed individuals; they are not asset-freeze listings, so the listed fields stay empty.',
    sources: [
      {
        url: 'https://rferl.org/amp/31110680.html',
        title: 'RFE/RL report on U.S. visa restrictions on 43 Belarusians (18 February 2021)',
        publisher: 'Radio Free Europe/Radio Liberty',
        kind: 'reporting',
      },
      {
        url: 'https://www.promoteukraine.org/united-states-expands-sanctions-against-belarusian-nationals/',
        title: 'United States Expands Sanctions against Belarusian Nationals (quoting the State Department)',
        publisher: 'Promote Ukraine',
        kind: 'analysis',
      },
    ],
    noOfficialText:
      "Secretary Blinken's statement of 18 February 2021 is not available on state.gov; this record follows reporting that quotes it.",
    note: 'RFE/RL quotes the statement of Secretary Blinken of 18 February 2021, which says two earlier rounds under Proclamation 8015 had restricted 66 individuals, and which cited the raids of 16 February on the Viasna human rights centre, the Belarusian Association of Journalists and independent trade unions, and the sentencing of the journalists Katsyaryna Andreyeva and Darya Chultsova.',
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
      'Belneftekhim USA',
      'Belarusian Oil Trade House',
      'Belshina',
      'Grodno Azot',
      'Grodno Khimvolokno',
      'Lakokraska',
      'Naftan',
      'Polotsk Steklovolokno',
    ],
    listed: { entities: 9 },
    modifies: [EO_13405, 'us-2015-10-29-gl-2', 'us-2019-10-22-gl-2g'],
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-11866' }),
        title:
          'Publication of Belarus Sanctions Regulations Web General License 2 and Subsequent Iterations (GLs 2 to 2H; FR Doc. 2023-11866, 6 June 2023)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-11866' },
      },
      {
        url: 'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/05/28/statement-by-press-secretary-jen-psaki-on-the-united-states-response-to-belaruss-forced-diversion-of-ryanair-flight-and-continuing-attack-on-fundamental-freedoms/',
        title:
          'Statement by Press Secretary Jen Psaki on the United States Response to Belarus’s Forced Diversion of Ryanair Flight and Continuing Attack on Fundamental Freedoms (28 May 2021)',
        publisher: 'The White House',
        kind: 'official',
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2021/04/ofac-issues-general-license-for-winding-down-transactions-involving-certain-belarus-companies/',
        title:
          'OFAC Issues General License for Winding Down Transactions Involving Certain Belarus Companies',
        publisher: 'Thompson Hine',
        kind: 'analysis',
      },
      {
        url: 'https://www.clearytradewatch.com/2021/04/ofac-revokes-key-general-license-under-belarus-sanctions-program/',
        title: 'OFAC Revokes Key General License Under Belarus Sanctions Program',
        publisher: 'Cleary Gottlieb',
        kind: 'analysis',
      },
      {
        url: 'https://natlawreview.com/article/us-rescinds-general-license-nine-state-owned-entities-belarus',
        title: 'U.S. Rescinds General License for Nine State-Owned Entities in Belarus',
        publisher: 'The National Law Review',
        kind: 'analysis',
      },
      {
        url: 'https://editorials.voa.gov/amp/repercussion-for-repression-in-belarus/5885205.html',
        title: 'Repercussion for Repression in Belarus (editorial quoting Secretary Blinken)',
        publisher: 'Voice of America Editorials',
        kind: 'reporting',
      },
    ],
    note: 'Issued 19 April 2021 (Thompson Hine, Cleary) and published in the Federal Register on 6 June 2023 with the earlier iterations of General License 2 (FR Doc. 2023-11866). The wind-down under GL 2H ran until 12:01 a.m. EDT on 3 June 2021; the White House statement of 28 May 2021 says that on that day the United States would "re-impose full blocking sanctions against nine Belarusian state-owned enterprises". "Listed" counts those nine suspended listings restored. GL 2G (dated 22 October 2019, per Willkie) had been due to expire on 26 April 2021 (Cleary; Crowell & Moring says 25 April).',
  },
  {
    id: 'us-2021-06-08-continuation',
    date: '2021-06-08',
    actor: 'us',
    action: 'renew',
    instrument: 'Notice on the Continuation of the National Emergency With Respect to Belarus (2021)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'The President continued for one year, beyond 16 June 2021, the national emergency with respect to Belarus declared in Executive Order 13405.',
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://www.whitehouse.gov/briefing-room/presidential-actions/2021/06/08/notice-on-the-continuation-of-the-national-emergency-with-respect-to-the-actions-and-policies-of-certain-members-of-the-government-of-belarus-and-other-persons-to-undermine-democratic-processes-or-ins/',
        title:
          'Notice on the Continuation of the National Emergency with Respect to the Actions and Policies of Certain Members of the Government of Belarus and other Persons to Undermine Democratic Processes or Institutions of Belarus',
        publisher: 'The White House',
        kind: 'act',
      },
    ],
    note: 'Published by the White House on 8 June 2021. Its Federal Register document number is not known, so the notice is cited at the White House address.',
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
      'OFAC designated 16 individuals and five entities, including the Belarusian KGB, after the forced diversion of Ryanair flight 4978 and the arrest of Raman Pratasevich and Sofia Sapega. The entities were the KGB, the Internal Troops, the GUBOPiK organised-crime directorate, the Brest regional police directorate and the Akrestsina detention centre; the individuals included Lukashenka’s press secretary, the chair of the upper house, the prosecutor general and eight members of the Central Election Commission. General License 3 allowed certain administrative dealings with the KGB.',
    targets: [
      'State Security Committee (KGB)',
      'Internal Troops of the Ministry of Internal Affairs',
      'GUBOPiK',
      'Brest Oblast UVD',
      'Akrestsina Detention Center',
      'Natallia Eismant',
      'Natallia Kachanava',
      'Mikalai Karpiankou',
      'Andrei Shved',
      'Ivan Tsertsel',
    ],
    listed: { persons: 16, entities: 5 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy0237',
        title:
          'Treasury and International Partners Condemn Ongoing Human Rights Abuses and Erosion of Democracy in Belarus (JY0237, 21 June 2021)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: OFAC_BELARUS_FAQS,
        title:
          'OFAC Frequently Asked Questions, Belarus Sanctions: FAQs 912-913 on Belarus General License 3 (released June 21, 2021)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-11868' }),
        title:
          'Publication of Belarus Sanctions Regulations Web General Licenses 3, 4, 5, 6, and 7 (FR Doc. 2023-11868, 6 June 2023)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-11868' },
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2021/06/ofac-sanctions-belarusian-individuals-and-entities-issues-belarus-general-license-no-3/',
        title: 'OFAC Sanctions Belarusian Individuals and Entities, Issues Belarus General License No. 3',
        publisher: 'Thompson Hine',
        kind: 'analysis',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/ofac-issues-belarus-general-license-3-and-related-faqs-and-designates-additional-belarusian-sdns/',
        title:
          'OFAC Issues Belarus General License 3 and Related FAQs and Designates Additional Belarusian SDNs',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
      {
        url: 'https://www.kelleydrye.com/viewpoints/blogs/trade-and-manufacturing-monitor/u-s-expands-sanctions-on-belarus',
        title: 'U.S. Expands Sanctions on Belarus',
        publisher: 'Kelley Drye & Warren',
        kind: 'analysis',
      },
    ],
    note: 'The Treasury release (JY0237) names all 21: the five entities (the Internal Troops, GUBOPiK, the Brest Oblast UVD, the Belarusian KGB and the Akrestsina Detention Center) and 16 individuals, among them KGB chairman Ivan Tsertsel, KGB Alpha head Sergei Zubkov and Minsk GUVD head Mikhail Hryb, and eight Central Election Commission members. General License 3 was published in the Federal Register on 6 June 2023 (FR Doc. 2023-11868). The action was coordinated with the EU, the UK and Canada. The State Department imposed visa restrictions on 46 officials the same day; they are not counted here.',
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
    modifies: [EO_13405],
    uncounted:
      'The order sets new designation criteria and lists no one itself; the designations of that day are a separate record.',
    sources: [
      {
        url: canonicalActUrl({ scheme: 'eo', id: '14038' }),
        title:
          'Executive Order 14038 of August 9, 2021: Blocking Property of Additional Persons Contributing to the Situation in Belarus',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'eo', id: '14038' },
      },
      {
        url: 'https://www.whitehouse.gov/briefing-room/presidential-actions/2021/08/09/executive-order-on-blocking-property-of-additional-persons-contributing-to-the-situation-in-belarus/',
        title:
          'Executive Order on Blocking Property of Additional Persons Contributing to the Situation in Belarus',
        publisher: 'The White House',
        kind: 'act',
      },
      {
        url: 'https://ofac.treasury.gov/faqs/916',
        title:
          'FAQ 916: What does Executive Order (E.O.) of August 9, 2021, "Blocking Property of Additional Persons Contributing to the Situation in Belarus," do?',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2021/08/09/fact-sheet-executive-order-imposing-costs-on-alyaksandr-lukashenka-and-belarusian-authorities-for-ongoing-attacks-against-democratic-freedoms-human-rights-and-international-norms/',
        title:
          'FACT SHEET: Executive Order Imposing Costs on Alyaksandr Lukashenka and Belarusian Authorities for Ongoing Attacks Against Democratic Freedoms, Human Rights, and International Norms',
        publisher: 'The White House',
        kind: 'official',
      },
    ],
    note: `The order's number, 14038, is the one the White House continuation notices of 2022-2024 give for the Executive Order of 9 August 2021; its Federal Register document number is not known.`,
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
      'On the anniversary of the 2020 election, OFAC designated 23 individuals and 21 entities, its largest Belarus action to that date. They included the potash producer Belaruskali, the Grodno Tobacco Factory Neman, the National Olympic Committee, the Investigative Committee, businessmen close to Lukashenka with their companies (among them Absolutbank and the Karić family’s Dana Holdings), and officials linked to the Ryanair diversion. General License 4 allowed a wind-down of dealings with Belaruskali for 120 days.',
    targets: [
      'Belaruskali',
      'potash sector',
      'Grodno Tobacco Factory Neman',
      'National Olympic Committee of Belarus',
      'Absolutbank',
      'Investigative Committee',
      'Dana Holdings',
      'Mikalai Varabei',
      'Aliaksey Aleksin',
      'Nebojsa Karic',
    ],
    listed: { persons: 23, entities: 21 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy0315',
        title:
          'Treasury Holds the Belarusian Regime to Account on Anniversary of Fraudulent Election (JY0315, 9 August 2021)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-11868' }),
        title:
          'Publication of Belarus Sanctions Regulations Web General Licenses 3, 4, 5, 6, and 7 (FR Doc. 2023-11868, 6 June 2023)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-11868' },
      },
      {
        url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2021/08/09/fact-sheet-executive-order-imposing-costs-on-alyaksandr-lukashenka-and-belarusian-authorities-for-ongoing-attacks-against-democratic-freedoms-human-rights-and-international-norms/',
        title:
          'FACT SHEET: Executive Order Imposing Costs on Alyaksandr Lukashenka and Belarusian Authorities for Ongoing Attacks Against Democratic Freedoms, Human Rights, and International Norms',
        publisher: 'The White House',
        kind: 'official',
      },
      {
        url: 'https://www.reedsmith.com/en/perspectives/2021/08/western-sanctions-on-belarus-take-flight',
        title: 'Western sanctions on Belarus take flight',
        publisher: 'Reed Smith',
        kind: 'analysis',
      },
      {
        url: 'https://www.globaltradeandsanctionslaw.com/sanctions-belarusian-regime/',
        title:
          'A Broadening Effort for Belarus — U.S. Expands Sanctions on the Belarusian Regime, Coordinating with the EU, UK and Canada',
        publisher: 'Miller & Chevalier',
        kind: 'analysis',
      },
      {
        url: 'https://www.wiggin.com/publication/belarus-sanctions-update',
        title: 'Belarus Sanctions Update',
        publisher: 'Wiggin and Dana',
        kind: 'analysis',
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2021/08/president-biden-issues-new-executive-order-expanding-sanctions-against-belarus/',
        title: 'President Biden Issues New Executive Order Expanding Sanctions Against Belarus',
        publisher: 'Thompson Hine',
        kind: 'analysis',
      },
    ],
    note: 'The Treasury release (JY0315) states 23 individuals and 21 entities and names each of them. Miller & Chevalier gives a different split (27 individuals, 17 entities) of the same total of 44; the release’s figures are used. Three of the individuals are the directors of Belneftekhim, Belshina and Grodno Azot, which had been covered by General License 2 until April 2021. General License 4 was published in the Federal Register on 6 June 2023 (FR Doc. 2023-11868). Dana Holdings and Nebojsa Karic were removed from the list on 21 August 2025 (see that record).',
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
      'OFAC designated 20 individuals and 12 entities and identified three aircraft as blocked property, among them the Belarusian Potash Company, Agrorozkvit, Slavkali, the cargo airline Transaviaexport, five defence firms, the state tourism company Tsentrkurort and Dzmitry Lukashenka. Directive 1 barred U.S. persons from new debt of more than 90 days issued from that day by the Belarusian Ministry of Finance or the Development Bank.',
    targets: [
      'Belarusian Potash Company',
      'Agrorozkvit',
      'potash sector',
      'Slavkali',
      'Transaviaexport',
      'Tsentrkurort',
      'Beltechexport',
      'Peleng',
      'Dzmitry Lukashenka',
      'Ministry of Finance of Belarus',
      'Development Bank of the Republic of Belarus',
      'aircraft EW-001PH',
    ],
    listed: { persons: 20, entities: 12 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy0512',
        title:
          'Treasury Expands Sanctions Against Belarusian Regime with Partners and Allies (JY0512, 2 December 2021)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://ofac.treasury.gov/faqs/942',
        title:
          '942. Does Directive 1 under E.O. 14038 prohibit U.S. persons from engaging in dealings related to debt issued before December 2, 2021 by the Ministry of Finance of the Republic of Belarus or the Development Bank of the Republic of Belarus?',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://ofac.treasury.gov/faqs/939',
        title:
          '939. What does Belarus General License 5 (GL 5), "Authorizing the Wind Down of Transactions Involving Open Joint Stock Company Belarusian Potash Company or Agrorozkvit LLC," authorize? (released December 2, 2021)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-11868' }),
        title:
          'Publication of Belarus Sanctions Regulations Web General Licenses 3, 4, 5, 6, and 7 (FR Doc. 2023-11868, 6 June 2023)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-11868' },
      },
      {
        url: 'https://www.sewkis.com/publications/ofac-significantly-expands-belarus-sanctions/',
        title: 'OFAC Significantly Expands Belarus Sanctions',
        publisher: 'Seward & Kissel',
        kind: 'analysis',
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2021/12/ofac-expands-sanctions-against-belarus-through-additional-designations-and-issuance-of-directive-1/',
        title:
          'OFAC Expands Sanctions Against Belarus Through Additional Designations and Issuance of Directive 1',
        publisher: 'Thompson Hine',
        kind: 'analysis',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2021-11-november-20211203-ofac-issues-new-belarus-related-designa/',
        title:
          'OFAC issues new Belarus-related designations as part of coordinated sanctions with UK, EU and Canada, and issues Directive 1, general license 5 and FAQs for additional guidance',
        publisher: 'Willkie Farr & Gallagher',
        kind: 'analysis',
      },
      {
        url: 'https://www.mondaq.com:443/export-controls-trade-investment-sanctions/1138902/treasury-imposes-additional-sanctions-on-belarus',
        title: 'Treasury Imposes Additional Sanctions On Belarus',
        publisher: 'Mondaq',
        kind: 'analysis',
      },
    ],
    note: 'The Treasury release (JY0512) states 20 individuals and 12 entities and names each: the 12 entities are Tsentrkurort, Transaviaexport, Beltechexport, AGAT Electromechanical Plant, 140 Repair Plant, Kidma Tech, Peleng, Gardservis, the Belarusian Potash Company, Agrorozkvit, Slavkali and the Presidential Sports Club. The Ministry of Finance and the Development Bank are subject only to the debt restrictions of Directive 1 and were not designated. The three aircraft (Transaviaexport’s EW-78843 and EW-78779, and Slavkali’s helicopter EW-001PH) are not counted; Thompson Hine counts 35 new SDN-list entries including them. General License 5 allowed a wind-down with BPC and Agrorozkvit until 1 April 2022 (FAQ 939) and was published in the Federal Register on 6 June 2023 (FR Doc. 2023-11868). The action was coordinated with the EU, the UK and Canada.',
  },
  {
    id: 'us-2022-02-24-designations',
    date: '2022-02-24',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 14038; Belarus General Licenses 6 and 7',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      "OFAC sanctioned 24 Belarusian individuals and entities for Belarus's support for Russia's invasion of Ukraine: the state-owned banks Belinvestbank and Bank Dabrabyt with two Belinvestbank companies, the State Authority for Military Industry, ten defence and security firms including MZKT, Defence Minister Viktar Khrenin, Security Council State Secretary Aleksandr Volfovich, and businessman Aliaksandr Zaitsau with his company Sokhra.",
    targets: [
      'Belinvestbank',
      'Bank Dabrabyt',
      'MZKT',
      'State Authority for Military Industry (SAMI)',
      'Belspetsvneshtechnika',
      'Integral',
      'Synesis',
      'Viktar Khrenin',
      'Aleksandr Volfovich',
      'Aliaksandr Zaitsau',
      'defence sector',
    ],
    listed: { persons: 8, entities: 16 },
    estimated: true,
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy0607',
        title:
          'U.S. Treasury Targets Belarusian Support for Russian Invasion of Ukraine (JY0607, 24 February 2022)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2022/02/24/fact-sheet-joined-by-allies-and-partners-the-united-states-imposes-devastating-costs-on-russia/',
        title:
          'FACT SHEET: Joined by Allies and Partners, the United States Imposes Devastating Costs on Russia',
        publisher: 'The White House',
        kind: 'official',
      },
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-11868' }),
        title:
          'Publication of Belarus Sanctions Regulations Web General Licenses 3, 4, 5, 6, and 7 (FR Doc. 2023-11868, 6 June 2023)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-11868' },
      },
      {
        url: 'https://buckleyfirm.com/blog/2022-03-03/ofac-sanctions-belarusians-supporting-russian-invasion-ukraine',
        title: 'OFAC sanctions Belarusians for supporting Russian invasion of Ukraine',
        publisher: 'Buckley LLP',
        kind: 'analysis',
      },
    ],
    note: 'The Treasury release (JY0607) gives only the combined figure of 24 individuals and entities, but it names each of them: 16 entities (Belinvestbank, Belinvest-Engineering, Belbizneslizing, Bank Dabrabyt, MZKT, the State Authority for Military Industry, Belspetsvneshtechnika, KB Radar, 558 Aircraft Repair Plant, Integral, Minotor-Service, Oboronnye Initsiativy, OKB TSP, Synesis, 24x7 Panoptes and Sokhra) and eight individuals; the split is counted from those names. The White House fact sheet describes two state-owned banks, nine defence firms and seven officials and elites. General Licenses 6 and 7, for official business of the U.S. government and of international organisations, were issued the same day and published in the Federal Register on 6 June 2023 (FR Doc. 2023-11868).',
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
    uncounted:
      'An export-control rule; its two Entity List additions are not sanctions-list designations and are not counted.',
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2022-04819' }),
        title: 'Imposition of Sanctions Against Belarus Under the Export Administration Regulations (EAR)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2022-04819' },
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
      'Treasury re-designated Alexander Lukashenko for public corruption and designated his wife Halina for the first time. The State Department said Lukashenko and his immediate family would be barred from entering the United States.',
    targets: ['Alexander Lukashenko', 'Halina Lukashenka'],
    listed: { persons: 1, entities: 0 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy0654',
        title:
          'Treasury Sanctions Russians Connected to Gross Human Rights Violations and Corrupt Leader of Belarus (JY0654, 15 March 2022)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://buckleyfirm.com/infobytes?field_blog_tags_tid%5B0%5D=2137',
        title:
          'OFAC sanctions Russians connected to human rights violations and Belarusian leader engaged in corruption',
        publisher: 'Buckley LLP',
        kind: 'analysis',
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
    note: 'The Treasury release (JY0654) re-designates Alyaksandr Ryhorovich Lukashenka under E.O. 13405 for public corruption (he had been blocked since 16 June 2006, when he was named in the order’s Annex) and newly designates his wife, Halina Radzivonawna Lukashenka. "Listed" counts only Halina Lukashenka, the one person added; the same release covers Russia Magnitsky Act designations unrelated to Belarus.',
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
    uncounted: 'An export-control rule; it lists no persons or entities.',
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2022-07937' }),
        title:
          'Expansion of Sanctions Against Russia and Belarus Under the Export Administration Regulations (EAR) (FR Doc. 2022-07937, published 14 April 2022)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2022-07937' },
      },
      {
        url: 'https://by.usembassy.gov/u-s-takes-enforcement-action-against-belavia-airline-for-export-control-violations/',
        title:
          'U.S. takes enforcement action against Belavia airline for export-control violations (BIS release published by the embassy)',
        publisher: 'U.S. Embassy in Belarus',
        kind: 'official',
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2022/04/bis-expands-export-restrictions-on-russia-and-belarus/',
        title: 'BIS Expands Export Restrictions on Russia and Belarus',
        publisher: 'Thompson Hine',
        kind: 'analysis',
      },
    ],
    note: 'The rule was issued and took effect on 8 April 2022 and was published in the Federal Register on 14 April 2022 as FR Doc. 2022-07937; its summary confirms the expansion to all CCL items and the end of licence exceptions for Belarusian aircraft. On 14 April 2022 BIS added seven Belavia aircraft to its list of aircraft flown in apparent violation of the EAR (Trade Law Daily).',
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
    modifies: [EO_13405],
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2022-13034' }),
        title:
          'Continuation of the National Emergency With Respect to Belarus (FR Doc. 2022-13034, 15 June 2022)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2022-13034' },
      },
      {
        url: 'https://bidenwhitehouse.archives.gov/briefing-room/presidential-actions/2022/06/13/notice-on-the-continuation-of-the-national-emergency-with-respect-to-belarus/',
        title: 'Notice on the Continuation of the National Emergency with Respect to Belarus (June 13, 2022)',
        publisher: 'The White House',
        kind: 'act',
      },
      {
        url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2022/06/13/a-message-to-the-congress-on-the-continuation-of-the-national-emergency-with-respect-to-belarus/',
        title:
          'A Message to the Congress on the Continuation of the National Emergency with Respect to Belarus',
        publisher: 'The White House',
        kind: 'official',
      },
    ],
    note: 'The notice is signed "June 13, 2022" and was published in the Federal Register on 15 June 2022 (FR Doc. 2022-13034).',
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
    uncounted: 'A temporary denial order under export controls, not a sanctions-list designation.',
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2022-13293' }),
        title:
          'Belavia Belarusian Airlines, 14A Nemiga str., Minsk, Belarus, 220004; Order Temporarily Denying Export Privileges (FR Doc. 2022-13293, 22 June 2022)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2022-13293' },
      },
      {
        url: 'https://by.usembassy.gov/u-s-takes-enforcement-action-against-belavia-airline-for-export-control-violations/',
        title:
          'U.S. takes enforcement action against Belavia airline for export-control violations (BIS release published by the embassy)',
        publisher: 'U.S. Embassy in Belarus',
        kind: 'official',
      },
      {
        url: 'https://interfax.com/newsroom/top-stories/80338/',
        title:
          'U.S. Dept of Commerce issues temporary denial order for Belavia over breach of export controls',
        publisher: 'Interfax',
        kind: 'reporting',
      },
    ],
    note: 'Signed on 16 June 2022 (as the December 2023 renewal recites) and published in the Federal Register on 22 June 2022 (FR Doc. 2022-13293). It was renewed for 180 days in December 2022 and in June 2023, and for a further period in December 2023 (see those records); ExportPrac reports that the order lapsed in December 2024.',
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
    modifies: [PP8015],
    uncounted:
      'Visa restrictions on 100 unnamed individuals; they are not asset-freeze listings, so the listed fields stay empty.',
    sources: [
      {
        url: 'https://www.state.gov/promoting-accountability-on-the-second-anniversary-of-the-fraudulent-election-in-belarus/',
        title: 'Promoting Accountability on the Second Anniversary of the Fraudulent Election in Belarus',
        publisher: 'U.S. Department of State',
        kind: 'official',
      },
      {
        url: 'https://www.republicworld.com/world-news/us-news/us-imposes-visa-curbs-on-100-belarus-officials-for-undermining-democratic-institutions-articleshow.html',
        title: 'US imposes visa curbs on 100 Belarus officials for undermining democratic institutions',
        publisher: 'Republic World',
        kind: 'reporting',
      },
    ],
    note: 'The statement of Secretary Blinken of 9 August 2022 also lists GUBOPiK and the state broadcaster among the bodies whose officials were restricted, and, as Republic World reports, extended the existing visa restrictions on Mikalai Karpiankou and Dzmitriy Balaba to their immediate family members.',
  },
  {
    id: 'us-2022-09-30-designation-sohim',
    date: '2022-09-30',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designation under Executive Order 14038',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'In its response to Russia’s purported annexation of four regions of Ukraine, OFAC designated the Belarusian state-owned textile and fibre maker Svetlogorsk Khimvolokno (Sohim), which supplies critical material to Russia’s defence industry, under the Belarus order E.O. 14038.',
    targets: ['Svetlogorsk Khimvolokno (Sohim)'],
    listed: { persons: 0, entities: 1 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy0981',
        title:
          'Treasury Imposes Swift and Severe Costs on Russia for Putin’s Purported Annexation of Regions of Ukraine (JY0981, 30 September 2022)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'OFAC SDN list as published on 30 September 2022 (entry OPEN JOINT STOCK COMPANY SVETLOGORSKKHIMVOLOKNO, a.k.a. SOHIM, program BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
    ],
    note: 'The Treasury release (JY0981) designates Open Joint Stock Company Svetlogorsk Khimvolokno under E.O. 14038 as owned or controlled by, or acting for, the Government of Belarus; it is the only Belarus-programme designation in the release. The release’s other designations (Russian defence suppliers, financial leaders, family members of officials and 278 members of Russia’s legislature) were made under Russia-related orders and are not counted. The release also says the State Department was taking steps to impose visa restrictions on 910 more individuals, among them Belarusian military officials; those are not counted here.',
  },
  {
    id: 'us-2022-12-13-bis-tdo-belavia-renewal',
    date: '2022-12-13',
    actor: 'us',
    action: 'renew',
    instrument:
      'BIS order renewing the Temporary Denial Order against Belavia Belarusian Airlines (December 2022)',
    instrumentType: 'export-control',
    measures: ['trade', 'transport'],
    summary:
      "BIS renewed for a further 180 days the temporary denial of Belavia's export privileges under the Export Administration Regulations, first imposed on 16 June 2022.",
    targets: ['Belavia'],
    modifies: ['us-2022-06-16-bis-tdo-belavia'],
    uncounted: 'A temporary denial order under export controls, not a sanctions-list designation.',
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2022-27396' }),
        title:
          'Order Renewing Temporary Denial of Export Privileges (FR Doc. 2022-27396, 87 FR 77550, 19 December 2022)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2022-27396' },
      },
      {
        url: 'https://charter97.org/en/news/2023/12/7/574471/',
        title: 'U.S. Prolongs Sanctions Against Belavia (7 December 2023)',
        publisher: 'Charter 97',
        kind: 'reporting',
      },
    ],
    note: 'The first 180-day order expired on 13 December 2022, the day the renewal is reported to have taken effect; the renewal was published in the Federal Register on 19 December 2022 (87 FR 77550, FR Doc. 2022-27396). The signing date is not confirmed from the signed order. Charter 97 confirms a renewal in December 2022.',
  },
  {
    id: 'us-2023-01-17-visa-restrictions-25',
    date: '2023-01-17',
    actor: 'us',
    action: 'expand',
    instrument: 'State Department visa restrictions under Presidential Proclamation 8015',
    instrumentType: 'proclamation',
    measures: ['travel'],
    summary:
      'The State Department imposed visa restrictions on 25 individuals for undermining democracy in Belarus, in response to the trial in absentia of opposition leader Sviatlana Tsikhanouskaya and other activists. They included members of the National Assembly who passed the law allowing the death penalty for "attempted acts of terrorism".',
    modifies: [PP8015],
    uncounted:
      'Visa restrictions on 25 unnamed individuals; they are not asset-freeze listings, so the listed fields stay empty.',
    sources: [
      {
        url: 'https://www.state.gov/translations/russian/%D0%BE%D1%82%D0%B2%D0%B5%D1%82-%D0%BD%D0%B0-%D0%BF%D1%80%D0%BE%D0%B4%D0%BE%D0%BB%D0%B6%D0%B0%D1%8E%D1%89%D0%B8%D0%B5%D1%81%D1%8F-%D1%80%D0%B5%D0%BF%D1%80%D0%B5%D1%81%D1%81%D0%B8%D0%B8-%D1%80%D0%B5/',
        title:
          'Press statement of Secretary of State Antony Blinken, 17 January 2023 (Russian translation published by the State Department)',
        publisher: 'U.S. Department of State',
        kind: 'official',
      },
    ],
    note: 'The statement does not name the 25 individuals. Reports quoting it say that, with this action, the State Department had restricted visas for 322 individuals for undermining democracy in Belarus since the 2020 presidential election.',
  },
  {
    id: 'us-2023-02-24-designations-kurbanov',
    date: '2023-02-24',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 14038',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'In its sanctions on Russia one year after the full-scale invasion, OFAC designated under the Belarus order E.O. 14038 the Russian-Turkmen arms dealer Nurmurad Kurbanov, who had represented the sanctioned Belarusian air-defence firm OKB TSP in its sales abroad, and his Cyprus company Stella Leone Limited.',
    targets: ['Nurmurad Kurbanov', 'Stella Leone Limited', 'defence sector'],
    listed: { persons: 1, entities: 1 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy1296',
        title:
          'Targeting Key Sectors, Evasion Efforts, and Military Supplies, Treasury Expands and Intensifies Sanctions Against Russia (JY1296, 24 February 2023)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'OFAC SDN list as published on 24 February 2023 (entries KURBANOV, Nurmurad and STELLA LEONE LIMITED, program BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
    ],
    note: 'The Treasury release (JY1296) designates Kurbanov under E.O. 14038 for acting for OKB TSP Scientific Production Limited Liability Company (designated on 24 February 2022), and Stella Leone Limited, a Cyprus firm he owns, for being owned or controlled by him; they are the only Belarus-programme designations in the release. The release’s other designations (22 individuals and 83 entities in all, these two included), made under Russia-related orders, are not counted.',
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
      "OFAC designated nine individuals and three entities: the truck makers BelAZ and MAZ and their directors, and the Central Election Commission, which it re-designated under E.O. 14038, with seven of its newer members. It also identified Lukashenka's presidential aircraft EW-001PA as blocked property. The State Department imposed visa restrictions on 14 more individuals the same day.",
    targets: [
      'BelAZ',
      'MAZ',
      'Central Election Commission of Belarus',
      'Sergei Nikiforovich',
      'Valery Ivankovich',
      'Ihar Karpenka',
      'aircraft EW-001PA',
    ],
    listed: { persons: 9, entities: 3 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy1365',
        title:
          'Treasury Targets Belarusian State-Owned Enterprises, Government Officials, and Lukashenka’s Aircraft (JY1365, 24 March 2023)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://www.state.gov/taking-additional-actions-to-hold-the-lukashenka-regime-to-account/',
        title: 'Taking Additional Actions to Hold the Lukashenka Regime to Account',
        publisher: 'U.S. Department of State',
        kind: 'official',
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
        publisher: 'Willkie Farr & Gallagher',
        kind: 'analysis',
      },
      {
        url: 'https://buckleyfirm.com/infobytes?field_blog_tags_tid%5B%5D=2137&date_filter%5Bvalue%5D%5Byear%5D=&date_filter%5Bvalue%5D%5Bmonth%5D=&date_filter_1%5Bvalue%5D%5Byear%5D=&date_filter_1%5Bvalue%5D%5Bmonth%5D=&combine=',
        title:
          'OFAC sanctions Belarusian state-owned enterprises and government officials; amends Belarus Sanctions Regulations',
        publisher: 'Buckley LLP',
        kind: 'analysis',
      },
    ],
    note: 'The Treasury release (JY1365) states three entities and nine individuals: Open Joint Stock Company Belarusian Automobile Plant (BelAZ) and its director Sergei Nikiforovich; Open Joint Stock Company Minsk Automobile Plant (MAZ) and its director Valery Ivankovich; the Central Election Commission, first designated on 23 December 2020 under E.O. 13405 and counted again here as re-designated under E.O. 14038; and seven commission members. The aircraft is not counted. The visa restrictions on 14 individuals are not counted. The same day OFAC amended and reissued the Belarus Sanctions Regulations (see that record).',
  },
  {
    id: 'us-2023-03-24-belarus-sanctions-regulations-reissued',
    date: '2023-03-24',
    actor: 'us',
    action: 'renew',
    instrument:
      'Belarus Sanctions Regulations, 31 CFR part 548, amended and reissued (FR Doc. 2023-06170, 88 FR 18038)',
    instrumentType: 'regulation',
    measures: ['assets', 'finance'],
    summary:
      'OFAC amended and reissued the Belarus Sanctions Regulations to implement Executive Order 14038 of 9 August 2021 and to incorporate Directive 1 on Belarusian sovereign debt; it also updated definitions, general licenses and interpretive guidance.',
    modifies: ['us-2010-02-03-belarus-sanctions-regulations', 'us-2021-08-09-eo-14038'],
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-06170' }),
        title: 'Belarus Sanctions Regulations, final rule (FR Doc. 2023-06170, 88 FR 18038, 27 March 2023)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-06170' },
      },
      {
        url: 'https://buckleyfirm.com/infobytes?field_blog_tags_tid%5B%5D=2137&date_filter%5Bvalue%5D%5Byear%5D=&date_filter%5Bvalue%5D%5Bmonth%5D=&date_filter_1%5Bvalue%5D%5Byear%5D=&date_filter_1%5Bvalue%5D%5Bmonth%5D=&combine=',
        title:
          'OFAC sanctions Belarusian state-owned enterprises and government officials; amends Belarus Sanctions Regulations',
        publisher: 'Buckley LLP',
        kind: 'analysis',
      },
    ],
    note: 'Classed as "renew": the rule codified measures already in force and listed no one. Announced on 24 March 2023 with that day\'s designations (Buckley); published in the Federal Register and effective on 27 March 2023.',
  },
  {
    id: 'us-2023-06-07-bis-tdo-belavia-renewal',
    date: '2023-06-07',
    actor: 'us',
    action: 'renew',
    instrument:
      'BIS order renewing the Temporary Denial Order against Belavia Belarusian Airlines (June 2023)',
    instrumentType: 'export-control',
    measures: ['trade', 'transport'],
    summary:
      "BIS renewed for a further 180 days the temporary denial of Belavia's export privileges under the Export Administration Regulations.",
    targets: ['Belavia'],
    modifies: ['us-2022-06-16-bis-tdo-belavia', 'us-2022-12-13-bis-tdo-belavia-renewal'],
    uncounted: 'A temporary denial order under export controls, not a sanctions-list designation.',
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-12538' }),
        title:
          'Belavia Belarusian Airlines, 14A Nemiga Str., Minsk, Belarus, 220004; Order Renewing Temporary Denial of Export Privileges (FR Doc. 2023-12538, 88 FR 38483, 13 June 2023)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-12538' },
      },
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-26896' }),
        title:
          'Belavia Belarusian Airlines; Order Renewing Temporary Denial of Export Privileges (FR Doc. 2023-26896, 88 FR 85209): the next renewal, which recites the order of June 7, 2023',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-26896' },
      },
    ],
    note: 'The renewal was issued on 7 June 2023 (the December 2023 renewal refers to "the temporary denial order issued in this matter on June 7, 2023") and was published in the Federal Register and took effect on 13 June 2023 (88 FR 38483, FR Doc. 2023-12538).',
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
    modifies: [EO_13405],
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-12873' }),
        title:
          'Continuation of the National Emergency With Respect to Belarus (FR Doc. 2023-12873, 14 June 2023)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-12873' },
      },
      {
        url: 'https://www.whitehouse.gov/briefing-room/presidential-actions/2023/06/12/notice-on-the-continuation-of-the-national-emergency-with-respect-to-belarus-2/',
        title: 'Notice on the Continuation of the National Emergency With Respect to Belarus (June 12, 2023)',
        publisher: 'The White House',
        kind: 'act',
      },
      {
        url: 'https://whitehouse.gov/briefing-room/presidential-actions/2023/06/12/message-to-the-congress-on-the-continuation-of-the-national-emergency-with-respect-to-belarus',
        title:
          'Message to the Congress on the Continuation of the National Emergency With Respect to Belarus',
        publisher: 'The White House',
        kind: 'official',
      },
    ],
    note: 'The notice and the Message to Congress enclosing it are dated 12 June 2023; the notice was published in the Federal Register on 14 June 2023 (FR Doc. 2023-12873).',
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
      'OFAC designated eight individuals and five entities, including the state airline Belavia, Minsk Civil Aviation Plant 407, Belarusian Steel Works and the Department of Financial Investigations, and identified aircraft EW-301PJ as blocked property. General Licenses 8 and 9 allowed wind-down of dealings with Belarusian Steel Works and with Belavia.',
    targets: [
      'Belavia',
      'Belarusian Steel Works',
      'BEL-KAP-STEEL LLC',
      'Minsk Civil Aviation Plant 407',
      'Department of Financial Investigations',
      'Dzmitry Aleksin',
      'Vital Aleksin',
      'Ina Aleksina',
      'aircraft EW-301PJ',
    ],
    listed: { persons: 8, entities: 5 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy1682',
        title:
          'U.S. Expands Sanctions on the Belarusian Regime, Marking the Three-Year Anniversary of the Fraudulent August 2020 Presidential Election (JY1682, 9 August 2023)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-19887' }),
        title:
          'Publication of Belarus Sanctions Regulations Web General Licenses 8 and 9 (FR Doc. 2023-19887, 14 September 2023)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-19887' },
      },
      {
        url: 'https://ofac.treasury.gov/sanctions-programs-and-country-information/belarus-sanctions',
        title: 'Belarus Sanctions (program page, general licenses list)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/ofac-designates-8-individuals-and-5-entities-to-mark-the-third-anniversary-of-belarus-fraudulent-election/',
        title:
          "OFAC designates 8 individuals and 5 entities to mark the third anniversary of Belarus' fraudulent election",
        publisher: 'Willkie Farr & Gallagher',
        kind: 'analysis',
      },
      {
        url: 'https://lockelord.com/newsandevents/publications/2023/08/quickstudy-belarus-designation',
        title: 'Locke Lord QuickStudy: Belarus designation (August 2023)',
        publisher: 'Locke Lord',
        kind: 'analysis',
      },
      {
        url: 'https://editorials.voa.gov/amp/sanctions-for-enabling-lukashenka-s-repression-facilitating-russia-s-war-on-ukraine/7229169.html',
        title:
          "Sanctions for Enabling Lukashenka's Repression, Facilitating Russia's War on Ukraine (editorial)",
        publisher: 'Voice of America Editorials',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury release (JY1682) names the five entities: three state-owned enterprises (Open Joint Stock Company Belavia Belarusian Airlines, Minsk Civil Aviation Plant 407 and Byelorussian Steel Works), BEL-KAP-STEEL LLC (a Miami-based joint venture half owned by the steel works) and the Department of Financial Investigations of the State Control Committee; and the eight individuals: the steel works’ director Dmitriy Korchik, Aliaksey Aleksin’s sons Dzmitry and Vital and wife Ina, and four officials of the department. The aircraft is not counted. General License 9 allowed Belavia wind-down until 8 September 2023 and GL 8 allowed steel-works wind-down until 9 October 2023 (Locke Lord); both were published in the Federal Register on 14 September 2023 (FR Doc. 2023-19887). The State Department imposed visa restrictions on 101 people the same day (see that record).',
  },
  {
    id: 'us-2023-08-09-visa-restrictions-101',
    date: '2023-08-09',
    actor: 'us',
    action: 'expand',
    instrument: 'State Department visa restrictions under Presidential Proclamation 8015',
    instrumentType: 'proclamation',
    measures: ['travel'],
    summary:
      'On the third anniversary of the 2020 presidential election, the State Department took action to impose visa restrictions on 101 regime officials and their affiliates for undermining or suppressing democratic institutions in Belarus, among them judges who handed down politically motivated sentences.',
    modifies: [PP8015],
    uncounted:
      'Visa restrictions on 101 unnamed individuals; they are not asset-freeze listings, so the listed fields stay empty.',
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy1682',
        title:
          'U.S. Expands Sanctions on the Belarusian Regime, Marking the Three-Year Anniversary of the Fraudulent August 2020 Presidential Election (JY1682, 9 August 2023)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
    ],
    note: 'The Treasury release of the same day says the State Department "is taking action to impose visa restrictions on 101 regime officials and their affiliates under Presidential Proclamation 8015", including several judges who imposed sentences for posts on social media. No State Department statement of its own is available, and the Treasury release does not name the individuals.',
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
      'OFAC designated eight individuals and 11 entities in Belarus: businessman Aliaksandr Shakutsin and his machinery holding Amkodor, the state-owned Belarusian Cement Company, Bellesbumprom and Beltamozhservice, the tobacco company Tabak Invest and its owners, the BelOMO optics holding with two subsidiaries, and the defence and electronics firms Alevkurp, Planar and Horizont. Belarusian Red Cross head Dzmitry Shautsou was designated under the Russia-related E.O. 14024.',
    targets: [
      'Amkodor',
      'Belarusian Cement Company',
      'Bellesbumprom',
      'Beltamozhservice',
      'Tabak Invest',
      'BelOMO',
      'Planar',
      'Horizont',
      'Aliaksandr Shakutsin',
      'Dzmitry Shautsou',
      'tobacco sector',
      'defence sector',
    ],
    listed: { persons: 8, entities: 11 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy1949',
        title:
          'Treasury Targets Belarusian Revenue Generators for Lukashenka, Human Rights Abuses, and Cogs in Russia’s War Machine (JY1949, 5 December 2023)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/ofac-imposes-belarus-related-sanctions-upon-financial-supporters-of-the-lukashenka-regime-and-russias-war-against-ukraine/',
        title:
          'OFAC imposes Belarus-related sanctions upon financial supporters of the Lukashenka regime and Russia’s war against Ukraine',
        publisher: 'Willkie Farr & Gallagher',
        kind: 'analysis',
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2023/12/ofac-and-bis-further-sanction-belarus-and-russia-entities-and-individuals/',
        title: 'OFAC and BIS Further Sanction Belarus and Russia Entities and Individuals',
        publisher: 'Thompson Hine',
        kind: 'analysis',
      },
      {
        url: 'https://www.lockelord.com/newsandevents/publications/2023/12/quickstudy-bis-designates-entities',
        title:
          'Locke Lord QuickStudy: BIS Designates Entities and OFAC Sanctions Belarusian Persons and Issues Related General License',
        publisher: 'Locke Lord',
        kind: 'analysis',
      },
      {
        url: 'https://newsukraine.rbc.ua/news/u-s-imposes-sanctions-on-belarus-1701796624.html',
        title: 'U.S. implements sanctions against Belarus',
        publisher: 'RBC-Ukraine',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury release (JY1949) designates 11 entities and seven individuals under E.O. 14038 and one individual, Shautsou, under E.O. 14024. The entities are Amkodor, the Belarusian Cement Company, Bellesbumprom, Beltamozhservice, Tabak Invest, BelOMO (JSC Minsk Mechanical Plant named after S.I. Vavilov), Zenit BelOMO, LEMT BelOMO, Alevkurp, Planar and Horizont; the individuals are Shakutsin, Beltamozhservice director Vadim Babarikin, Tabak Invest owners Pavel Topuzidis and Viktor Petrovich, the directors of BelOMO, Zenit and LEMT, and Shautsou. General License 10, reported by Locke Lord as issued with the action, is not described in the release.',
  },
  {
    id: 'us-2023-12-07-bis-tdo-belavia-renewal',
    date: '2023-12-07',
    actor: 'us',
    action: 'renew',
    instrument:
      'BIS order renewing the Temporary Denial Order against Belavia Belarusian Airlines (December 2023)',
    instrumentType: 'export-control',
    measures: ['trade', 'transport'],
    summary:
      "BIS renewed the temporary denial of Belavia's export privileges again, this time for an extended period, finding that the airline had engaged in a pattern of repeated and continuing apparent violations of the Export Administration Regulations.",
    targets: ['Belavia'],
    modifies: ['us-2022-06-16-bis-tdo-belavia', 'us-2023-06-07-bis-tdo-belavia-renewal'],
    uncounted: 'A temporary denial order under export controls, not a sanctions-list designation.',
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-26896' }),
        title:
          'Belavia Belarusian Airlines, 4A, Nemiga str., Minsk, Belarus, 220004; Order Renewing Temporary Denial of Export Privileges (FR Doc. 2023-26896, 88 FR 85209, 7 December 2023)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-26896' },
      },
      {
        url: 'https://charter97.org/en/news/2023/12/7/574471/',
        title: 'U.S. Prolongs Sanctions Against Belavia (7 December 2023)',
        publisher: 'Charter 97',
        kind: 'reporting',
      },
      {
        url: 'https://exportprac.com/stories/ofac-gives-belarus-airline-wings,14271?',
        title: 'OFAC gives Belarus airline wings',
        publisher: 'The Export Practitioner (ExportPrac)',
        kind: 'reporting',
      },
    ],
    note: 'Dated to its publication in the Federal Register on 7 December 2023 (88 FR 85209); the day the order was signed is not confirmed. The order renews the denial "issued in this matter on June 7, 2023" and finds that "renewal for an extended period is appropriate"; Charter 97 reported a renewal for 180 days, while other reports describe a one-year term. The order was not renewed again: ExportPrac reports that it lapsed in December 2024.',
  },
  {
    id: 'us-2024-04-15-designations',
    date: '2024-04-15',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 14038',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'OFAC designated 12 entities and 10 individuals under E.O. 14038: six revenue-generating state-owned enterprises (the machine-tool maker Stankogomel, the AGAT control-systems holding and four of its companies), a China-based intermediary and five individuals who facilitated deals for the sanctioned defence firm Peleng, and five entities and five individuals in an arms network led by the Iraq-based Black Shield company that did business with the sanctioned firm Kidma Tech.',
    targets: [
      'Stankogomel',
      'AGAT-Control Systems',
      'Shenzhen 5G High-Tech Innovation',
      'Black Shield Company for General Trading',
      'Belarusian state-owned enterprises',
      'defence sector',
    ],
    listed: { persons: 10, entities: 12 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy2251',
        title:
          'Treasury Targets Belarusian Sanctions Evasion Networks and Cogs in Russia’s War Machine (JY2251, 15 April 2024)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://euromaidanpress.com/2024/04/16/us-unveils-new-sanctions-targeting-belarusian-entities-individuals/',
        title: 'US unveils new sanctions targeting Belarusian entities, individuals',
        publisher: 'Euromaidan Press',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury release (JY2251) names all 22. The entities are OJSC Stankogomel; OJSC AGAT-Control Systems and the four companies it manages (JSC NIIEVM, JSC Communication Equipment, JSC AGAT-System and LLC InnoTech Solutions); Shenzhen 5G High-Tech Innovation Co., Limited (China); and Black Shield Company for General Trading LLC (Iraq), Centuronic Ltd and S. Group Airlines Ltd (Cyprus), Rayya Danişmanlik Hizmetleri Limited Şirketi (Türkiye) and Phoenix Lines S.R.O. (Slovakia). Five of the individuals are Belarusians linked to Peleng, Shenzhen 5G or BelOMO; the other five are the arms-network figures Samer Rayya, Mohamad Majd Deiry, Alhaitham Al Ali, Tatyana Protopovich and Nora Yagmur. The action coincided with Canadian sanctions and with U.S. criminal charges against Deiry and Rayya.',
  },
  {
    id: 'us-2024-06-13-continuation',
    date: '2024-06-13',
    actor: 'us',
    action: 'renew',
    instrument: 'Notice on the Continuation of the National Emergency With Respect to Belarus (2024)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'The President continued for one year beyond 16 June 2024 the national emergency with respect to Belarus, declared in Executive Order 13405 and expanded by Executive Order 14038.',
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://bidenwhitehouse.archives.gov/briefing-room/presidential-actions/2024/06/13/notice-on-the-continuation-of-the-national-emergency-with-respect-to-belarus-3/',
        title: 'Notice on the Continuation of the National Emergency With Respect to Belarus (June 13, 2024)',
        publisher: 'The White House',
        kind: 'act',
      },
    ],
    note: `The notice is signed "June 13, 2024"; the White House also published a message to Congress that day. Its Federal Register document number is not known, so the notice is cited at the White House address.`,
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
      "OFAC designated 19 individuals and 14 entities for supporting Russia's war through military production, transshipment of goods and sanctions evasion, or for generating revenue for Lukashenka's inner circle. They included suppliers of the sanctioned optics firm Peleng, the cargo airlines Rada, RubiStar and Belkanto, the logistics firms Ruzekspeditsiya and VLATE, the ammunition plant Legmash and the drone maker KB Unmanned Helicopters. OFAC also identified presidential aircraft EW-001PB as blocked property. General License 101 allowed time-limited civil-aviation-safety and wind-down dealings with the cargo airlines designated.",
    targets: [
      'Aviakompaniya Rada',
      'RubiStar',
      'Aviakompaniya Belkanto',
      'Ruzekspeditsiya',
      'VLATE Logistic',
      'Legmash',
      'KB Unmanned Helicopters',
      'aircraft EW-001PB',
    ],
    listed: { persons: 19, entities: 14 },
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/jy2533',
        title:
          'Treasury Tightens Sanctions on Belarus’s Military Support to Russia and Lukashenka Regime (JY2533, 9 August 2024)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2024-19919' }),
        title:
          'Publication of OFAC web General License 101 under the Belarus Sanctions Regulations and the Russian Harmful Foreign Activities Sanctions Regulations (FR Doc. 2024-19919, 89 FR 72717, 6 September 2024)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2024-19919' },
      },
      {
        url: 'https://www.thompsonhinesmartrade.com/2024/08/ofac-implements-further-sanctions-on-belarus/',
        title: 'OFAC Implements Further Sanctions on Belarus',
        publisher: 'Thompson Hine',
        kind: 'analysis',
      },
      {
        url: 'https://complianceconcourse.willkie.com/articles/u-s-uk-and-canada-impose-additional-designations-to-mark-the-four-year-anniversary-of-fraudulent-elections-in-belarus',
        title:
          'U.S., UK and Canada impose additional designations to mark the four-year anniversary of fraudulent elections in Belarus',
        publisher: 'Willkie Farr & Gallagher',
        kind: 'analysis',
      },
      {
        url: 'https://rferl.org/amp/belarus-sanctions-treasury-lukashenka/33072754.html',
        title: 'RFE/RL report on new U.S. and UK sanctions against Belarus (9 August 2024)',
        publisher: 'Radio Free Europe/Radio Liberty',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury release (JY2533) names all 14 entities: LLC Laboratory of Additive Technologies, OOO Ruchservomotor, LLC AlYurTekh, ALC Diskoms, LLC MOT, LLC Grosver Grup and Limited Liability Company Tochnaya Mekhanika (suppliers of Peleng); Aviakompaniya Rada LLC, UE RubiStar and Aviakompaniya Belkanto LLC (cargo airlines); Ruzekspeditsiya LLC and VLATE Logistic LLC (logistics); Joint Stock Company Plant Legmash and KB Unmanned Helicopters. Rada, RubiStar and three of their officers were also designated under the Russia-related E.O. 14024. The aircraft, a Boeing 767-32K(ER), is not counted. General License 101, issued the same day, ran until 10 September 2024 and was published in the Federal Register on 6 September 2024 (FR Doc. 2024-19919). The State Department imposed visa restrictions on 19 officials and affiliates the same day; they are not counted here.',
  },
  {
    id: 'us-2025-06-09-continuation',
    date: '2025-06-09',
    actor: 'us',
    action: 'renew',
    instrument: 'Notice on the Continuation of the National Emergency With Respect to Belarus (2025)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'The President continued for one year beyond 16 June 2025 the national emergency with respect to Belarus, declared in Executive Order 13405 and expanded by Executive Order 14038.',
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://pozirk.online/en/news/142419',
        title: 'Washington extends national emergency for Belarus (Pozirk, 12 June 2025)',
        publisher: 'Pozirk',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'The notice’s text on the White House site and its Federal Register document number are not available; this record follows reporting on its publication.',
    note: 'The notice was issued on 9 June 2025 and published in the Federal Register on 12 June 2025; Pozirk reports the publication and quotes its finding that the Belarusian regime’s "long-standing abuses aimed at suppressing democracy and the exercise of human rights" continue to threaten U.S. national security and foreign policy.',
  },
  {
    id: 'us-2025-08-21-dana-holdings-karic-delisting',
    date: '2025-08-21',
    actor: 'us',
    action: 'lift',
    instrument: 'OFAC removal of Dana Holdings Limited and Nebojša Karić from the SDN List',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'OFAC removed the Cyprus-registered construction company Dana Holdings Limited, linked to the Serbian Karić family and builder of large projects in Minsk, and Nebojša Karić from its Belarus-related sanctions list.',
    targets: ['Dana Holdings', 'Nebojsa Karic'],
    delisted: { persons: 1, entities: 1 },
    modifies: ['us-2021-08-09-designations'],
    sources: [
      {
        url: 'https://news.zerkalo.io/economics/106816.html',
        title:
          'Несколько компаний Dana Holdings братьев Каричей и сына одного из бизнесменов исключили из санкционных списков США (Zerkalo, 21 August 2025)',
        publisher: 'Zerkalo',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'No OFAC notice of the removal, or the list entry it deleted, is available; this record follows reporting on OFAC’s announcement.',
    note: 'Zerkalo reports that OFAC removed Dana Holdings Limited (listed also as Dana Holdings and «Дана Холдингз») and Nebojša Karić, son of the businessman Bogoljub Karić, from the Belarus-related list on 21 August 2025; the names appear to be one company’s entry with its aliases, so one entity is counted. Both had been designated on 9 August 2021. Whether Dana Holdings’ former Belarusian subsidiaries Dana Astra, Emirates Blue Sky and Dubai Water Front, designated the same day, were also removed was not reported.',
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
    delisted: { persons: 0, entities: 0 },
    modifies: ['us-2023-08-09-designations'],
    sources: [
      {
        url: 'https://exportprac.com/stories/ofac-gives-belarus-airline-wings,14271?',
        title: 'OFAC gives Belarus airline wings',
        publisher: 'The Export Practitioner (ExportPrac)',
        kind: 'reporting',
      },
      {
        url: 'https://www.springfieldnewssun.com/news/nation-world/belarus-frees-52-political-prisoners-as-us-lifts-some-sanctions-on-its-national-airline/RBLFSOTNUFNF3B5DGX3DMGGMYI/',
        title: 'Belarus frees 52 political prisoners as US lifts some sanctions on its national airline (AP)',
        publisher: 'Springfield News-Sun (Associated Press)',
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
    note: 'A general licence that removed nobody from the SDN list: Belavia stayed listed until 4 November 2025, so "delisted" is zero. The licence was announced on 11 September 2025, the day of envoy John Coale\'s visit to Minsk and the prisoner release (AP), and Export Compliance Daily reported it as issued "this week". As the OFAC licence text, its recent-actions page and any Federal Register publication are not available, the issue date rests on these reports.',
    noOfficialText:
      'OFAC’s text of General License 11, its announcement and any Federal Register publication are not available; this record follows trade and news reporting.',
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
    delisted: { persons: 0, entities: 0 },
    modifies: ['us-2022-04-08-bis-aircraft-rule'],
    sources: [
      {
        url: 'https://exportcompliancedaily.com/article/2025/09/17/bis-authorizes-certain-exports-activities-with-belarusian-airline-2509160035?BC=bc_67c51f7746840',
        title: 'BIS Authorizes Certain Exports, Activities With Belarusian Airline',
        publisher: 'Warren Communications News (Trade Law Daily, Export Compliance Daily)',
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
        publisher: 'Radio Svoboda (RFE/RL Russian Service)',
        kind: 'reporting',
      },
    ],
    note: 'An export-control authorization: it removed aircraft (not persons or entities) from a BIS list, so "delisted" is zero. Export Compliance Daily says the changes took effect on 12 September 2025 and that BIS will review licence applications for Belavia aircraft case by case. RFE/RL reports that two aircraft stay restricted: the Boeing 737-8EV used by Lukashenka and a Transaviaexport Boeing 747. The BIS letter itself is not available.',
    noOfficialText:
      'The BIS letter to Belavia and any BIS announcement of it are not available; this record follows trade and news reporting that describes the letter.',
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
      'OFAC removed the state airline Belavia (Open Joint Stock Company Belavia Belarusian Airlines) and its aircraft EW-301PJ, a CRJ-200ER, from the SDN List.',
    targets: ['Belavia', 'aircraft EW-301PJ'],
    delisted: { persons: 0, entities: 1 },
    modifies: ['us-2023-08-09-designations', 'us-2025-09-11-gl-11'],
    sources: [
      {
        url: 'https://ofac.treasury.gov/recent-actions/20251104',
        title:
          'Cyber-related Designations; North Korea Designations and Designation Update; Belarus Designations Removals; Issuance of Belarus General License (OFAC recent action, 4 November 2025)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://www.kommersant.ru/doc/8179838',
        title: 'США официально сняли санкции с «Белавиа»',
        publisher: 'Kommersant',
        kind: 'reporting',
      },
      {
        url: 'https://unn.ua/news/ssha-znialy-chastynu-sanktsii-iz-biloruskoi-aviakompanii-belavia-vvs',
        title: 'США зняли частину санкцій із білоруської авіакомпанії "Белавіа" (citing the BBC)',
        publisher: 'Ukrainian National News (UNN)',
        kind: 'reporting',
      },
    ],
    note: 'The OFAC recent-actions page of 4 November 2025 (release date 11/04/2025) lists under "deletions" the entry OPEN JOINT STOCK COMPANY BELAVIA BELARUSIAN AIRLINES [BELARUS-EO14038] together with its three a.k.a. entries (Belavia Belarusian Airlines; Joint Stock Company Aviacompany Belavia; OAO Aviakompaniya Belavia), which are names of the same company, and the aircraft EW-301PJ (CRJ-200ER, MSN 8057) linked to it. So one entity was removed; the aircraft is not a person or entity. Reports of Belavia "and three related companies" or of "several entries" (UNN, citing the BBC) appear to count the alias entries. Some reports call EW-301PJ a Bombardier Challenger 850; OFAC gives CRJ-200ER. The same OFAC action issued General License 12 (see that record).',
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
    delisted: { persons: 0, entities: 0 },
    modifies: [
      'us-2021-12-02-designations-directive-1',
      'us-2023-03-24-designations',
      'us-2024-08-09-designations',
    ],
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2026-04091' }),
        title:
          'Publication of a Belarus Sanctions Regulations Web General License (GL 12; FR Doc. 2026-04091, 91 FR 10002)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2026-04091' },
      },
      {
        url: 'https://ofac.treasury.gov/recent-actions/20251104',
        title:
          'Cyber-related Designations; North Korea Designations and Designation Update; Belarus Designations Removals; Issuance of Belarus General License (OFAC recent action, 4 November 2025): issues Belarus General License 12, "Authorizing Transactions Related to Certain Blocked Aircraft"',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://rtvi.com/news/ssha-oficzialno-snyali-sankczii-s-aviakompanii-belavia-i-samoleta-lukashenko/',
        title:
          'RTVI report on the U.S. lifting sanctions on Belavia and issuing General License 12 (4 November 2025)',
        publisher: 'RTVI',
        kind: 'reporting',
      },
      {
        url: 'https://unn.ua/news/ssha-znialy-chastynu-sanktsii-iz-biloruskoi-aviakompanii-belavia-vvs',
        title: 'США зняли частину санкцій із білоруської авіакомпанії "Белавіа" (citing the BBC)',
        publisher: 'Ukrainian National News (UNN)',
        kind: 'reporting',
      },
    ],
    note: 'A general licence for transactions involving three aircraft: it removed no person or entity from the SDN list, so "delisted" is zero (UNN: Lukashenka and Slavkali "remain under American sanctions"). GL 12 was issued on 4 November 2025 (OFAC recent-actions page of that day) and published in the Federal Register on 2 March 2026 (91 FR 10002, FR Doc. 2026-04091). The tail numbers (EW-001PA, serial 33079; EW-001PB, serial 33968; EW-001PH, serial 31835) are from RTVI, quoting the licence file. EW-001PA was identified as blocked property on 24 March 2023, EW-001PB on 9 August 2024, and the helicopter EW-001PH, owned by Slavkali, on 2 December 2021 (Treasury releases JY1365, JY2533 and JY0512).',
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
    targets: ['Belaruskali', 'Belarusian Potash Company', 'Agrorozkvit', 'potash sector'],
    delisted: { persons: 0, entities: 0 },
    modifies: ['us-2021-08-09-designations', 'us-2021-12-02-designations-directive-1'],
    sources: [
      {
        url: 'https://webiis08.mondaq.com/export-controls-trade-investment-sanctions/1722318/treasury-authorizes-transactions-with-belarusian-potash-companies',
        title: 'Treasury Authorizes Transactions With Belarusian Potash Companies (Crowell & Moring)',
        publisher: 'Mondaq',
        kind: 'analysis',
      },
      {
        url: 'http://stage.tradelawdaily.com/article/2025/12/16/us-issues-sanctions-license-for-belarusian-potash-companies-2512150020?BC=bc_697c1a6188954',
        title: 'US Issues Sanctions License for Belarusian Potash Companies',
        publisher: 'Warren Communications News (Trade Law Daily, Export Compliance Daily)',
        kind: 'reporting',
      },
      {
        url: 'https://www.rbc.ua/rus/news/ssha-pom-yakshili-sanktsiyi-proti-bilorusi-1765822111.html',
        title: 'США смягчили санкции против Беларуси (Reuters, 15 December 2025)',
        publisher: 'RBC-Ukraine',
        kind: 'reporting',
      },
      {
        url: 'https://kyivindependent.com/us-lifting-sanctions-on-belarusian-potash-fertilizers-us-presidential-envoy-says/',
        title: 'US lifting sanctions on Belarusian potash fertilizers, US presidential envoy says',
        publisher: 'The Kyiv Independent',
        kind: 'reporting',
      },
    ],
    note: 'A general licence that removed nobody from the SDN list (Crowell & Moring: it "does not authorize the unblocking of any blocked property"), so "delisted" is zero. Envoy John Coale announced the potash relief in Minsk on 13 December 2025; OFAC issued GL 13 on Monday 15 December (Crowell & Moring, Trade Law Daily, Reuters via RBC-Ukraine). The licence text, its OFAC page and any Federal Register publication are not available. Reuters quoted a U.S. official as saying the relief depends on "sustained improvements in behaviour". The three companies were removed from the SDN List on 26 March 2026 (see that record).',
    noOfficialText:
      'OFAC’s text of General License 13, its announcement and any Federal Register publication are not available; this record follows a law firm’s note and trade and news reporting.',
  },
  {
    id: 'us-2026-03-26-potash-delisting',
    date: '2026-03-26',
    actor: 'us',
    action: 'lift',
    instrument:
      'OFAC removal of Belaruskali OAO, Open Joint Stock Company Belarusian Potash Company and Agrorozkvit LLC from the SDN List',
    instrumentType: 'designation',
    measures: ['assets', 'trade'],
    summary:
      'OFAC removed the potash producer Belaruskali, its exporter the Belarusian Potash Company and the latter’s Ukrainian subsidiary Agrorozkvit from the SDN List. The U.S. envoy John Coale had announced the lifting of all remaining U.S. sanctions on the three companies in Minsk on 19 March 2026, after Belarus agreed to free 250 prisoners.',
    targets: ['Belaruskali', 'Belarusian Potash Company', 'Agrorozkvit', 'potash sector'],
    delisted: { persons: 0, entities: 3 },
    modifies: ['us-2021-08-09-designations', 'us-2021-12-02-designations-directive-1', 'us-2025-12-15-gl-13'],
    sources: [
      {
        url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
        title:
          'Specially Designated Nationals and Blocked Persons List (SDN List): changes of 26 March 2026 (deletions of Belaruskali OAO, AGROROZKVIT LLC and OPEN JOINT STOCK COMPANY BELARUSIAN POTASH COMPANY, program BELARUS-EO14038)',
        publisher: 'Office of Foreign Assets Control',
        kind: 'official',
      },
      {
        url: 'https://unn.ua/amp/ssha-znialy-sanktsii-z-biloruskoho-kaliiu-zmi',
        title: 'США зняли санкції з білоруського калію - ЗМІ',
        publisher: 'Ukrainian National News (UNN)',
        kind: 'reporting',
      },
    ],
    note: 'The OFAC SDN list changes of 26 March 2026 delete three entries, all under the BELARUS-EO14038 programme: Belaruskali OAO (ОАО «Беларуськалий»), AGROROZKVIT LLC (ООО «Агророзквит», registered in Kyiv) and OPEN JOINT STOCK COMPANY BELARUSIAN POTASH COMPANY (ОАО «Белорусская калийная компания»). General License 13 had authorised dealings with the three since 15 December 2025. Coale announced the relief after meeting Lukashenka on Thursday 19 March 2026 and said it would take effect much faster than before; the prisoners were released on 20 March. He also announced relief for Belinvestbank, the Development Bank and the Ministry of Finance, and AP reported that on 26 March the administration said it had eased restrictions on a group of Belarus-linked financial and potash companies. Belinvestbank was not removed from the SDN List that day, and the licence or other OFAC action that eased the restrictions on the banks and the ministry is not confirmed, so it is not recorded here.',
  },
];
