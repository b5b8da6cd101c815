import { canonicalActUrl } from '../acts';
import type { SanctionsEventInput } from '../schema';

/** Ids of records defined in the 2004-2019 file. */
const EO_13405 = 'us-2006-06-16-eo-13405';
const PP8015 = 'us-2006-05-12-proclamation-8015';

/** OFAC's FAQs on the Belarus programme; each FAQ carries its release date. */
const OFAC_BELARUS_FAQS = 'https://home.treasury.gov/policy-issues/financial-sanctions/faqs/topic/7771';

/** Where the White House texts of 2021-2024 were read: an archive of whitehouse.gov pages, cited at their own addresses. */
const WH_TEXT_NOTE =
  'The White House text was read in an archive of whitehouse.gov briefing-room pages (GitHub brian14708/wh-briefings) and is cited at its own address.';

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
    modifies: [EO_13405],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/sm1143',
        title: 'Treasury Sanctions Belarus Officials for Undermining Democracy (sm1143)',
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
    note: 'The Treasury release says OFAC had previously sanctioned 16 Belarusian officials under E.O. 13405 over the 2006 and 2010 elections, and that this was the first use of these authorities since 2011. The stored copy of the release did not show its date line; UNIAN reports it as "an October 2 press release", and Belsat says Minsk OMON commander Dzmitry Balaba was "previously designated on October 2".',
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
    note: "The Treasury release SM1222, dated 23 December 2020 (read in the Treasury's own website repository on GitHub, US-Department-of-the-Treasury/home.treasury.gov, and cited at its address), says OFAC designated one individual and four entities under E.O. 13405: the Central Election Commission, Deputy Interior Minister Henadz Kazakevich, the Minsk OMON, the Minsk GUVD and KGB Alpha; Belsat reports the same. A State Department statement of the same day (read only in a reprint on a banned site) gave an E.O. 13405 total of 25 individuals and 13 entities; that total is not recorded because no citable copy was found. The same statement reported visa restrictions on some 40 more individuals under Proclamation 8015 (39 in the reprint, 40 per Belarus Feed); they are not counted here.",
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
    note: 'The President signed the fiscal year 2021 appropriations bill, which includes the Act, on Sunday night, 27 December 2020 (Belarus Feed: "last Sunday night"; Charter 97 reported the signature on the morning of 28 December; a White House spokesman\'s message quoted by the Ukrainian outlet Fakty names the bill as H.R. 133). The summary follows the House-passed text of H.R. 8438 and the reports; the enacted text and its Public Law number were not read.',
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
        url: 'https://www.promoteukraine.org/united-states-expands-sanctions-against-belarusian-nationals/',
        title: 'United States Expands Sanctions against Belarusian Nationals (quoting the State Department)',
        publisher: 'Promote Ukraine',
        kind: 'analysis',
      },
    ],
    note: 'The state.gov original was not found. Reprints of the statement of Secretary Blinken (on sites that are not cited) date it Thursday 18 February 2021 and say two earlier rounds under Proclamation 8015 had restricted 66 individuals.',
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
    note: `Issued 19 April 2021 (Thompson Hine, Cleary). The wind-down under GL 2H ran until 12:01 a.m. EDT on 3 June 2021; the White House statement of 28 May 2021 says that on that day the United States would "re-impose full blocking sanctions against nine Belarusian state-owned enterprises". "Listed" counts those nine suspended listings restored. GL 2G (dated 22 October 2019, per Willkie) had been due to expire on 26 April 2021 (Cleary; Crowell & Moring says 25 April). The OFAC recent-actions page was not found. ${WH_TEXT_NOTE}`,
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
    note: `Published by the White House on 8 June 2021. The Federal Register copy was not found. ${WH_TEXT_NOTE}`,
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
    modifies: [EO_13405],
    sources: [
      {
        url: OFAC_BELARUS_FAQS,
        title:
          'OFAC Frequently Asked Questions, Belarus Sanctions: FAQs 912-913 on Belarus General License 3 (released June 21, 2021)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
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
    note: 'The OFAC FAQs on General License 3 were released on 21 June 2021; the counts (16 individuals, 5 entities) are from Thompson Hine, which quotes the OFAC press statement. The Treasury release itself was read only in a reprint on a banned site. The action was coordinated with the EU, the UK and Canada. The State Department imposed visa restrictions on 46 officials the same day; they are not counted here.',
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
    note: `The order's number, 14038, is the one the White House continuation notices of 2022-2024 give for the Executive Order of 9 August 2021; its Federal Register document number was not seen. ${WH_TEXT_NOTE}`,
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
      'potash sector',
      'National Olympic Committee of Belarus',
      'Absolutbank',
      'Investigative Committee',
    ],
    modifies: [EO_13405],
    uncounted:
      'Law firms agree on 44 designations in all but split them differently (27 individuals and 17 entities, or 23 and 21); the Treasury release was not seen.',
    sources: [
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
    note: `The White House fact sheet names Belaruskali, the National Olympic Committee, and businesspeople with fifteen affiliated companies including Absolutbank, designated under E.O. 13405 and the new order, but gives no total. Miller & Chevalier gives 27 individuals and 17 entities; Wiggin and Dana, and several news reports (not cited: Novichok Times, Sputnik Brasil, a New York Times syndication), give 23 individuals and 21 entities. Both sum to 44, the total Reed Smith gives. ${WH_TEXT_NOTE}`,
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
      'potash sector',
      'Transaviaexport',
      'Dzmitry Lukashenka',
      'Slavkali',
      'Ministry of Finance of Belarus',
      'Development Bank of the Republic of Belarus',
      'Tsentrkurort',
    ],
    listed: { persons: 20, entities: 12 },
    modifies: [EO_13405],
    sources: [
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
    note: 'The 20/12 split is given by Seward & Kissel, Willkie and Mondaq (and by reports quoting the Treasury statement: "designating 20 individuals and 12 entities and identifying three aircraft as blocked property"); the Treasury release itself was not seen. Thompson Hine counts 35 new SDN-list entries, which include the three aircraft. General License 5 allowed a wind-down with BPC and Agrorozkvit until 1 April 2022 (FAQ 939). The action was coordinated with the EU, the UK and Canada.',
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
    modifies: [EO_13405],
    uncounted:
      'The White House and the Treasury give only a combined figure of 24 individuals and entities, without the split.',
    sources: [
      {
        url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2022/02/24/fact-sheet-joined-by-allies-and-partners-the-united-states-imposes-devastating-costs-on-russia/',
        title:
          'FACT SHEET: Joined by Allies and Partners, the United States Imposes Devastating Costs on Russia',
        publisher: 'The White House',
        kind: 'official',
      },
      {
        url: 'https://buckleyfirm.com/blog/2022-03-03/ofac-sanctions-belarusians-supporting-russian-invasion-ukraine',
        title: 'OFAC sanctions Belarusians for supporting Russian invasion of Ukraine',
        publisher: 'Buckley LLP',
        kind: 'analysis',
      },
    ],
    note: `The White House fact sheet of 24 February 2022 describes the action as sanctioning 24 Belarusian individuals and entities, including two significant state-owned banks, nine defense firms and seven regime-connected officials and elites; it gives no split of the rest. The Treasury statement, as quoted by Buckley and by news reports (ANI, News.am, not cited), also gives only the combined figure. The Treasury release itself was not found in the corpus. ${WH_TEXT_NOTE}`,
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
    note: 'The rule took effect on 2 March 2022 and was published in the Federal Register on 8 March 2022 (87 FR 13048, FR Doc. 2022-04819; the number and abstract were read in two mirrors of Federal Register metadata, which are not cited).',
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
      'Treasury re-designated Alexander Lukashenko for corruption and designated his wife Halina for the first time. The State Department said Lukashenko and his immediate family would be barred from entering the United States.',
    targets: ['Alexander Lukashenko', 'Halina Lukashenka'],
    modifies: [EO_13405],
    uncounted:
      'One of the two listings re-designates a person already listed since 2006; no official count was seen.',
    sources: [
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
    note: 'Lukashenko was first sanctioned in 2006. Buckley reports that OFAC re-designated him pursuant to E.O. 13405 and newly designated his wife for public corruption; Axios quotes the Treasury statement that it was "re-designating" him. The Treasury release itself was not seen.',
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
    note: 'The rule was issued and took effect on 8 April 2022 and was published in the Federal Register on 14 April 2022 as FR Doc. 2022-07937 (title, number and abstract read in a GitHub archive of Federal Register metadata, ai-village-agents/deepseek-news; the abstract confirms the expansion to all CCL items and the end of licence exceptions for Belarusian aircraft). On 14 April 2022 BIS added seven Belavia aircraft to its list of aircraft flown in apparent violation of the EAR (Trade Law Daily).',
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
    note: `The notice is signed "June 13, 2022". The Federal Register copy was not found in the corpus. ${WH_TEXT_NOTE}`,
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
    note: 'The renewal order published on 7 December 2023 (FR Doc. 2023-26896, read in a copy that is not cited) says the original order was signed on 16 June 2022. The order was renewed several times, including on 7 June 2023 (see that record) and in the order published 7 December 2023. ExportPrac reports that the order lapsed in December 2024.',
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
        url: 'https://www.republicworld.com/world-news/us-news/us-imposes-visa-curbs-on-100-belarus-officials-for-undermining-democratic-institutions-articleshow.html',
        title: 'US imposes visa curbs on 100 Belarus officials for undermining democratic institutions',
        publisher: 'Republic World',
        kind: 'reporting',
      },
    ],
    note: 'Republic World quotes Secretary Blinken’s statement of 9 August 2022, which also extended visa restrictions on Mikalai Karpiankou and Dzmitriy Balaba to their immediate family members. The state.gov original was not found.',
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
    targets: ['BelAZ', 'MAZ', 'Central Election Commission of Belarus', 'aircraft EW-001PA'],
    listed: { persons: 9, entities: 3 },
    modifies: [EO_13405],
    sources: [
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
    note: 'The State Department statement says Treasury designated BelAZ and MAZ, re-designated the Central Election Commission and designated seven of its members; RFE/RL adds the two plant directors, giving the nine individuals and three entities Willkie and Buckley report. The aircraft is not counted. The same day OFAC amended and reissued the Belarus Sanctions Regulations (see that record).',
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
    instrument: 'BIS order renewing the Temporary Denial Order against Belavia Belarusian Airlines',
    instrumentType: 'export-control',
    measures: ['trade', 'transport'],
    summary:
      "BIS renewed for a further 180 days the temporary denial of Belavia's export privileges under the Export Administration Regulations.",
    targets: ['Belavia'],
    modifies: ['us-2022-06-16-bis-tdo-belavia'],
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-26896' }),
        title:
          'Belavia Belarusian Airlines; Order Renewing Temporary Denial of Export Privileges (FR Doc. 2023-26896, 88 FR 85209): the next renewal, which recites the order of June 7, 2023',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2023-26896' },
      },
    ],
    note: 'The December 2023 renewal order (88 FR 85209, published 7 December 2023, FR Doc. 2023-26896) refers to "the temporary denial order issued in this matter on June 7, 2023"; its document number was read in a copy of the Federal Register text (Casetext), which is not cited. The 180-day term is that of every temporary denial order renewal; the Federal Register copy of the June 2023 order itself was not seen.',
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
    note: `The Message to Congress is dated 12 June 2023 and encloses the notice. The Federal Register copy was not found in the corpus. ${WH_TEXT_NOTE}`,
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
      'Belarusian Steel Works',
      'Minsk Civil Aviation Plant 407',
      'Department of Financial Investigations',
      'aircraft EW-301PJ',
    ],
    listed: { persons: 8, entities: 5 },
    modifies: [EO_13405],
    sources: [
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
    note: 'The OFAC programme page dates General License 8 to 9 August 2023. General License 9 allowed Belavia wind-down until 8 September 2023 and GL 8 allowed BSW wind-down until 9 October 2023 (Locke Lord). The 8/5 counts are given by Willkie and VOA (quoting the Treasury statement): three state-owned enterprises (Belavia, Minsk Civil Aviation Plant 407, BSW), a BSW subsidiary and the Department of Financial Investigations; and the director of BSW, four members of the board of that department and three family members of Aliaksey Aleksin. The aircraft is not counted. The State Department imposed visa restrictions on 101 officials the same day; they are not counted here.',
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
    modifies: [EO_13405],
    sources: [
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
    note: 'Counts are from law-firm reports; the Treasury release was not seen. Willkie splits the action into seven individuals and 11 entities under E.O. 14038 plus Shautsou under E.O. 14024, which gives the eight individuals Thompson Hine and Locke Lord report. Locke Lord spells the tobacco company "Tanaka Invest"; Willkie names it Tabak Invest. A list published by the Belarusian opposition (not cited) also names the BelOMO, Planar and Gorizont defence holdings, Amkodor and its owner Alexander Shakutin, Bellesbumprom, the Belarusian Cement Company and Beltamozhservice.',
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
    modifies: [EO_13405],
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
    note: `The notice is signed "June 13, 2024"; the White House also published a message to Congress that day. The Federal Register copy was not found. ${WH_TEXT_NOTE}`,
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
    modifies: [EO_13405],
    sources: [
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
    note: 'Counts are from law-firm and news reports (Thompson Hine, Willkie, RFE/RL: 19 individuals, 14 entities and one aircraft); the Treasury release was not seen. The aircraft, a Boeing 767 (serial 33968, per an aviation news site), is not counted. Willkie reports that five of the designees were also sanctioned under the Russia-related E.O. 14024. General License 101 ran until 10 September 2024.',
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
    note: 'A general licence that removed nobody from the SDN list: Belavia stayed listed until 4 November 2025, so "delisted" is zero. The licence was announced on 11 September 2025, the day of envoy John Coale\'s visit to Minsk and the prisoner release (AP), and Export Compliance Daily reported it as issued "this week". The OFAC licence text, its recent-actions page and any Federal Register publication were not seen, so the issue date rests on these reports. A third-party listing of OFAC\'s programme page (not cited) shows GL 11 archived on 4 November 2025.',
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
    note: 'An export-control authorization: it removed aircraft (not persons or entities) from a BIS list, so "delisted" is zero. Export Compliance Daily says the changes took effect on 12 September 2025 and that BIS will review licence applications for Belavia aircraft case by case. RFE/RL reports that two aircraft stay restricted: the Boeing 737-8EV used by Lukashenka and a Transaviaexport Boeing 747. The BIS letter itself was not seen.',
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
    note: 'The OFAC recent-actions page of 4 November 2025 (release date 11/04/2025; read in a capture of the page stored in a public GitHub repository, chnyangs/censorship-event-database, and cited at its own address) lists under "deletions" the entry OPEN JOINT STOCK COMPANY BELAVIA BELARUSIAN AIRLINES [BELARUS-EO14038] together with its three a.k.a. entries (Belavia Belarusian Airlines; Joint Stock Company Aviacompany Belavia; OAO Aviakompaniya Belavia), which are names of the same company, and the aircraft EW-301PJ (CRJ-200ER, MSN 8057) linked to it. So one entity was removed; the aircraft is not a person or entity. Reports of Belavia "and three related companies" (PAP, seen only via an aggregator) or of "several entries" (UNN, citing the BBC) appear to count the alias entries. Some reports call EW-301PJ a Bombardier Challenger 850; OFAC gives CRJ-200ER. The same OFAC action issued General License 12 (see that record).',
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
    modifies: ['us-2023-03-24-designations', 'us-2024-08-09-designations'],
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
    note: 'A general licence for transactions involving three aircraft: it removed no person or entity from the SDN list, so "delisted" is zero (UNN: Lukashenka and Slavkali "remain under American sanctions"). GL 12 was issued on 4 November 2025 (OFAC recent-actions page of that day, read in a capture stored on GitHub and cited at its own address) and published in the Federal Register on 2 March 2026 (91 FR 10002, FR Doc. 2026-04091; the number was read in a mirror of the Federal Register, LexBuild, which is not cited). The tail numbers (EW-001PA, serial 33079; EW-001PB, serial 33968; EW-001PH, serial 31835) are from RTVI, quoting the licence file. EW-001PA was blocked on 24 March 2023 and EW-001PB on 9 August 2024; when EW-001PH was blocked was not verified.',
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
    note: 'A general licence that removed nobody from the SDN list (Crowell & Moring: it "does not authorize the unblocking of any blocked property"), so "delisted" is zero. Envoy John Coale announced the potash relief in Minsk on 13 December 2025; OFAC issued GL 13 on Monday 15 December (Crowell & Moring, Trade Law Daily, Reuters via RBC-Ukraine). The licence text, its OFAC page and any Federal Register publication were not seen. Reuters quoted a U.S. official as saying the relief depends on "sustained improvements in behaviour".',
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
      'Development Bank of the Republic of Belarus',
      'Ministry of Finance of Belarus',
    ],
    modifies: [
      'us-2021-08-09-designations',
      'us-2021-12-02-designations-directive-1',
      'us-2022-02-24-designations',
      'us-2025-12-15-gl-13',
    ],
    uncounted:
      'The OFAC action implementing the relief (removals, licence or directive change) was not seen, so who was removed from the list is not known.',
    sources: [
      {
        url: 'https://unn.ua/amp/ssha-znialy-sanktsii-z-biloruskoho-kaliiu-zmi',
        title: 'США зняли санкції з білоруського калію - ЗМІ',
        publisher: 'Ukrainian National News (UNN)',
        kind: 'reporting',
      },
    ],
    note: "Only news sources are available. The date is that of Coale's announcement after his meeting with Lukashenka on Thursday 19 March 2026 (RFE/RL, read via an aggregator that is not cited); the prisoners were released on 20 March. UNN reports the potash companies as already removed from the lists. An AP report (read only in a copy on an aggregator) says the administration announced on a later Thursday in March that it had eased restrictions on a group of Belarus-linked financial and potash companies, and a third-party listing of OFAC's Belarus programme page (not cited) shows a General License 14 for Belinvestbank and certain additional entities dated 26 March 2026 and GL 13 archived that day; neither could be verified in an official or citable source.",
  },
];
