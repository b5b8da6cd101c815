import { canonicalActUrl } from '../acts';
import type { SanctionsEventInput } from '../schema';

const EO = 'us-2006-06-16-eo-13405';
const BDA = 'us-2004-10-20-belarus-democracy-act';
const PP8015 = 'us-2006-05-12-proclamation-8015';
const BNK_2007 = 'us-2007-11-13-designation-belneftekhim';
const BNK_SUBS_2008 = 'us-2008-05-15-designation-belneftekhim-subsidiaries';
const GL_2008 = 'us-2008-09-05-gl-lakokraska-polotsk';
const BNK_SUBS_2011 = 'us-2011-08-11-designation-belneftekhim-subsidiaries';
const GL_2 = 'us-2015-10-29-gl-2';

/** The nine entities covered by Belarus General License No. 2 and its renewals (2015-2021). */
const NINE_ENTITIES = [
  'Belarusian Oil Trade House',
  'Belneftekhim',
  'Belneftekhim USA',
  'Belshina',
  'Grodno Azot',
  'Grodno Khimvolokno',
  'Lakokraska',
  'Naftan',
  'Polotsk Steklovolokno',
];

/** The Federal Register rule of 27 March 2023 reissuing 31 CFR part 548; its background dates E.O. 13405 and the 2010 regulations. */
const FR_2023_06170 = {
  url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-06170' }),
  title:
    'Belarus Sanctions Regulations, final rule (FR Doc. 2023-06170, 88 FR 18038, 27 March 2023); its background dates E.O. 13405 (16 June 2006) and the first Belarus Sanctions Regulations (75 FR 5502, 3 February 2010)',
  publisher: 'Federal Register',
  kind: 'act',
  identifier: { scheme: 'fr-doc', id: '2023-06170' },
} as const;

/** The Federal Register document of 6 June 2023 that publishes the text of Belarus General Licenses No. 2 to 2H. */
const FR_2023_11866 = {
  url: canonicalActUrl({ scheme: 'fr-doc', id: '2023-11866' }),
  title:
    'Publication of Belarus Sanctions Regulations Web General License 2 and Subsequent Iterations (FR Doc. 2023-11866, 6 June 2023): the text of General Licenses No. 2, 2A, 2B, 2C, 2D, 2E, 2F, 2G and 2H',
  publisher: 'Federal Register',
  kind: 'act',
  identifier: { scheme: 'fr-doc', id: '2023-11866' },
} as const;

/** The GL 2 series: the renewal that continues the suspension counts nobody new. */
const GL2_RENEWAL_NOTE =
  'A renewal of General License No. 2: it continued, and did not widen, the suspension of the nine listings counted in the October 2015 record.';

/** us sanctions actions on Belarus, 2004-2019; see DATA.md for what one record is. */
export const usEvents2004to2019: SanctionsEventInput[] = [
  {
    id: BDA,
    date: '2004-10-20',
    actor: 'us',
    action: 'impose',
    instrument: 'Belarus Democracy Act of 2004 (Public Law 108-347)',
    instrumentType: 'statute',
    measures: ['finance'],
    summary:
      'Enacted the Belarus Democracy Act of 2004, which authorizes democracy assistance for Belarus and provides for sanctions on the Lukashenka government, including a bar on US Government financing other than for humanitarian goods and agricultural or medical products.',
    targets: ['Government of Belarus'],
    uncounted: 'A statute setting sanctions policy; it lists no persons or entities.',
    sources: [
      {
        url: 'https://www.govinfo.gov/content/pkg/PLAW-108publ347/html/PLAW-108publ347.htm',
        title: 'Public Law 108-347 (Belarus Democracy Act of 2004), Oct. 20, 2004',
        publisher: 'U.S. Government Publishing Office',
        kind: 'act',
      },
      {
        url: 'https://chrissmith.house.gov/lawsandresolutions/belarus.htm',
        title: 'The Belarus Democracy Act (P.L. 108-347), page of the sponsor, Rep. Christopher H. Smith',
        publisher: 'U.S. House of Representatives',
        kind: 'official',
      },
    ],
  },
  {
    id: PP8015,
    date: '2006-05-12',
    actor: 'us',
    action: 'impose',
    instrument: 'Proclamation 8015',
    instrumentType: 'proclamation',
    measures: ['travel'],
    summary:
      'Suspended entry into the United States, as immigrants or nonimmigrants, of members of the Lukashenka government and others who formulate, implement, participate in or benefit from policies or actions, including electoral fraud, human rights abuses and corruption, that undermine democratic institutions in Belarus.',
    targets: ['Government of Belarus officials'],
    uncounted:
      'The proclamation names no one; the State Department does not publish the names of those barred.',
    sources: [
      {
        url: 'https://www.gpo.gov/fdsys/pkg/STATUTE-120/html/STATUTE-120-Pg3803.htm',
        title:
          'Proclamation 8015 of May 12, 2006: Suspension of Entry as Immigrants and Nonimmigrants of Persons Responsible for Policies or Actions That Threaten the Transition to Democracy in Belarus (120 Stat. 3803)',
        publisher: 'U.S. Government Publishing Office',
        kind: 'act',
      },
      {
        url: 'https://www.congress.gov/109/crec/2006/06/20/152/80/modified/CREC-2006-06-20-pt1-PgH4316.htm',
        title:
          'Congressional Record, 20 June 2006, H4316: message from the President on E.O. 13405, citing Proclamation 8015 of May 12, 2006',
        publisher: 'Congress.gov',
        kind: 'official',
      },
    ],
    note: 'A 2007 US Embassy statement on Proclamation 8015 refers to it as issued on 15 May 2006; the proclamation itself is dated 12 May 2006, as is the President’s message of June 2006.',
  },
  {
    id: EO,
    date: '2006-06-16',
    actor: 'us',
    action: 'impose',
    instrument: 'Executive Order 13405',
    instrumentType: 'executive-order',
    measures: ['assets'],
    summary:
      'Declared a national emergency with respect to Belarus and blocked the property of the persons listed in its Annex, including Alexander Lukashenko, and authorized the Treasury to designate further persons undermining democratic processes, committing related human rights abuses or engaged in public corruption.',
    targets: [
      'Alexander Lukashenko',
      'Viktar Lukashenka',
      'Lidziya Yarmoshyna',
      'Viktar Sheiman',
      'Dzmitry Paulichenka',
      'Uladzimir Navumau',
    ],
    listed: { persons: 10 },
    sources: [
      {
        url: canonicalActUrl({ scheme: 'eo', id: '13405' }),
        title:
          'Executive Order 13405 of June 16, 2006: Blocking Property of Certain Persons Undermining Democratic Processes or Institutions in Belarus',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'eo', id: '13405' },
      },
      {
        url: 'https://georgewbush-whitehouse.archives.gov/news/releases/2006/06/print/20060619-5.html',
        title: 'Targeted Sanctions on Persons Undermining Democratic Processes or Institutions in Belarus',
        publisher: 'The White House',
        kind: 'official',
      },
      {
        url: 'https://www.govinfo.gov/content/pkg/CDOC-109hdoc116/html/CDOC-109hdoc116.htm',
        title:
          'House Document 109-116: Declaration of a National Emergency With Respect to Belarus (message from the President)',
        publisher: 'U.S. Government Publishing Office',
        kind: 'official',
      },
      FR_2023_06170,
      {
        url: 'https://home.treasury.gov/news/press-releases/hp676',
        title:
          'Treasury Targets Lukashenko-controlled Petrochemical Conglomerate (HP-676, 13 November 2007), recalling the 2006 blocking of Lukashenko and nine other senior officials',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://belsat.eu/en/news/8781/',
        title:
          'United States extend period of sanctions against Belarusian officials (names the ten persons sanctioned in 2006)',
        publisher: 'Belsat',
        kind: 'reporting',
      },
      {
        url: 'https://euroradio.fm/en/us-prolongs-sanctions-against-lukashenka-group-officials-year',
        title: 'US extends sanctions against Lukashenka, his officials',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
    ],
    note: 'Signed 16 June 2006 (the date later notices and OFAC give for the order); the White House announced it on 19 June 2006, and some secondary sources date it 19 or 20 June. The Treasury release of 13 November 2007 gives the 2006 blocking as that of Lukashenko and nine other senior officials; Belsat and Euroradio name the ten (Alyaksandr and Viktar Lukashenka, Lidziya Yarmoshyna, Viktar Halavanau, Viktar Sheiman, Dzmitry Paulichenka, Stsyapan Sukharenka, Alyaksandr Zimouski, Uladzimir Navumau and Natallia Pyatkevich). The Annex itself is not reproduced in the sources cited.',
  },
  {
    id: 'us-2007-01-12-belarus-democracy-reauthorization-act',
    date: '2007-01-12',
    actor: 'us',
    action: 'renew',
    instrument: 'Belarus Democracy Reauthorization Act of 2006 (Public Law 109-480)',
    instrumentType: 'statute',
    measures: ['finance'],
    summary:
      'Reauthorized and amended the Belarus Democracy Act of 2004, restating its findings after the March 2006 presidential election.',
    modifies: [BDA],
    sources: [
      {
        url: 'https://www.gpo.gov/fdsys/pkg/STATUTE-120/html/STATUTE-120-Pg3666.htm',
        title:
          'Public Law 109-480 (Belarus Democracy Reauthorization Act of 2006), Jan. 12, 2007 (120 Stat. 3666)',
        publisher: 'U.S. Government Publishing Office',
        kind: 'act',
      },
      {
        url: 'https://www.congress.gov/109/bills/hr5948/BILLS-109hr5948enr.htm',
        title: 'H.R. 5948 (Enrolled Bill): Belarus Democracy Reauthorization Act of 2006',
        publisher: 'Congress.gov',
        kind: 'act',
      },
    ],
  },
  {
    id: 'us-2007-02-27-designation-six-officials',
    date: '2007-02-27',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 13405',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'OFAC designated six Belarusian officials, including Prosecutor General Petr Miklashevich and the ministers of education and information, freezing any assets under US jurisdiction and barring US persons from dealing with them.',
    targets: [
      'Petr Miklashevich',
      'Yuri Podobed',
      'Aleksandr Radkov',
      'Vladimir Rusakevich',
      'Yury Sivakov',
      'Oleg Slizhevsky',
    ],
    listed: { persons: 6 },
    modifies: [EO],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/hp282',
        title: 'Treasury Targets Destabilizing Belarusian Officials (HP-282, 27 February 2007)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://editorials.voa.gov/a/a-41-2007-03-16-voa4-84654282/1481094.html',
        title: 'Six More Belarusians Sanctioned (editorial)',
        publisher: 'Voice of America Editorials',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury release (HP-282, 27 February 2007) names the six and says that Treasury had then acted against sixteen senior Belarusian officials under E.O. 13405, the ten of 2006 included. The Treasury release of 2 October 2020 gives the same total of 16 officials designated before 2020.',
  },
  {
    id: 'us-2007-08-03-visa-guidance-pp8015',
    date: '2007-08-03',
    actor: 'us',
    action: 'expand',
    instrument: 'State Department visa guidance under Proclamation 8015',
    instrumentType: 'proclamation',
    measures: ['travel'],
    summary:
      'The State Department issued guidance making visa applications of further categories of Belarusian officials automatically subject to Proclamation 8015 review, including officials at or above deputy-minister level, senior Interior Ministry and KGB officers, Central Election Commission members, directors of state-owned companies and their spouses.',
    modifies: [PP8015],
    uncounted: 'The guidance defines categories of officials and names no one.',
    sources: [
      {
        url: 'https://spring96.org/en/news/17769',
        title: 'USA Impose New Sanctions against State Authorities of Belarus (text of US Embassy statement)',
        publisher: 'Viasna Human Rights Centre',
        kind: 'analysis',
      },
    ],
    noOfficialText:
      'The US Embassy’s statement of August 2007 is not available at an official address; this record follows the text published by the Viasna Human Rights Centre.',
    note: 'The US Embassy statement dates the updated guidance 3 August 2007; the embassy published it on 7 August 2007.',
  },
  {
    id: BNK_2007,
    date: '2007-11-13',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designation under Executive Order 13405',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'OFAC designated Belarus’s largest petrochemical conglomerate, the Belarusian State Concern for Oil and Chemistry (Belneftekhim), as controlled by President Lukashenko, together with its representative offices in Germany, Latvia, Ukraine, Russia and China and its wholly owned US subsidiary Belneftekhim USA, Inc., freezing their assets under US jurisdiction and barring US persons from doing business with them.',
    targets: ['Belneftekhim', 'Belneftekhim USA'],
    uncounted:
      'The Treasury release names Belneftekhim, with its representative offices in five countries, and Belneftekhim USA, Inc., but does not say how many list entries were added.',
    modifies: [EO],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/hp676',
        title: 'Treasury Targets Lukashenko-controlled Petrochemical Conglomerate (HP-676, 13 November 2007)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://charter97.org/en/news/2007/11/14/1574',
        title: 'U.S. slaps sanctions on Belarus oil refining firm (Reuters)',
        publisher: 'Charter 97',
        kind: 'reporting',
      },
      {
        url: 'https://udf.by/english/economy/5342-usa-extends-partial-suspension-of-sanctions.html',
        title:
          'USA Extends Partial Suspension Of Sanctions Against Two Belarusian Companies (recalls the November 2007 designation of Belneftekhim)',
        publisher: 'UDF.BY',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury release is dated 13 November 2007, as is the Reuters report carried by Charter 97 (“Tuesday”); some later accounts give 14 November.',
  },
  {
    id: BNK_SUBS_2008,
    date: '2008-05-15',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 13405',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'OFAC designated three enterprises of the Belneftekhim concern: the paint and varnish maker Lakokraska OAO, the glass-fibre maker Polotsk Steklovolokno OAO and the Belarusian Oil Trade House, which clears Belneftekhim’s financial and contractual transactions and runs the United Trading Site online auction system; their assets under US jurisdiction were frozen and US persons barred from dealing with them.',
    targets: ['Lakokraska', 'Polotsk Steklovolokno', 'Belarusian Oil Trade House'],
    listed: { entities: 3 },
    modifies: [BNK_2007],
    sources: [
      {
        url: 'https://home.treasury.gov/news/press-releases/hp978',
        title:
          'Treasury Designates Three Entities of Major Petrochemicals Conglomerate in Belarus (HP-978, 15 May 2008)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://www.voanews.com/a/a-13-2008-05-15-voa57/334953.html',
        title: 'US Imposes Sanctions on Subsidiaries of Belarusian State-Run Oil Firm',
        publisher: 'Voice of America',
        kind: 'reporting',
      },
      {
        url: 'http://stage.tradelawdaily.com/article/2011/02/01/ofac-revokes-general-license-for-2-belarus-entities-on-feb-11-etc-11020143?BC=bc_67ea0874241c6',
        title: 'OFAC Revokes General License for 2 Belarus Entities on Feb 11, Etc.',
        publisher: 'Warren Communications News (Trade Law Daily, Export Compliance Daily)',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury release of 15 May 2008 names the three enterprises and builds on the designation of Belneftekhim of 13 November 2007.',
  },
  {
    id: GL_2008,
    date: '2008-09-05',
    actor: 'us',
    action: 'suspend',
    instrument: 'OFAC general license for Lakokraska OAO and Polotsk Steklovolokno OAO',
    instrumentType: 'general-license',
    measures: ['assets'],
    summary:
      'The United States authorized US persons for six months to deal with two blocked Belneftekhim subsidiaries, Lakokraska and Polotsk Steklovolokno, after Belarus released political prisoners including Alyaksandr Kazulin; sanctions on Belneftekhim and other entities remained.',
    targets: ['Lakokraska', 'Polotsk Steklovolokno'],
    delisted: { entities: 2 },
    modifies: [BNK_SUBS_2008],
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2011-2178' }),
        title:
          'Belarus Sanctions Regulations, final rule (FR Doc. 2011-2178): the later rule revoking the general license for Lakokraska OAO and Polotsk Steklovolokno OAO',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2011-2178' },
      },
      {
        url: 'https://udf.by/english/economy/5342-usa-extends-partial-suspension-of-sanctions.html',
        title: 'USA Extends Partial Suspension Of Sanctions Against Two Belarusian Companies',
        publisher: 'UDF.BY',
        kind: 'reporting',
      },
    ],
    note: 'The licence authorized transactions with the two entities without removing them from the SDN list; "delisted" counts the two suspended listings. The date is that of the US Embassy announcement in Minsk (Friday 5 September 2008) as reported by AP, the BBC and RFE/RL; the date OFAC issued the licence is not verified. Most reports give six months; one gave two. UDF.BY reports later extensions to 1 June 2009, 30 November 2009 and 31 May 2010, whose issue dates are not verified.',
  },
  {
    id: 'us-2009-06-12-continuation-notice',
    date: '2009-06-12',
    actor: 'us',
    action: 'renew',
    instrument:
      'Notice of June 12, 2009: Continuation of the National Emergency With Respect to the Actions and Policies of Certain Members of the Government of Belarus and Other Persons That Undermine Democratic Processes or Institutions in Belarus',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'Continued for one year the national emergency with respect to Belarus declared in Executive Order 13405 and the related blocking measures.',
    modifies: [EO],
    sources: [
      {
        url: 'https://www.kommersant.ru/doc/1187377',
        title: 'Washington extends order on blocking property of Belarusian officials (in Russian)',
        publisher: 'Kommersant',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'The President’s notice of 12 June 2009, his message to Congress and their Federal Register publication are not available at an official address; this record follows press reports.',
    note: 'The White House released the notice and the message to Congress on 12 June 2009; they continue the national emergency and the related blocking measures beyond 16 June 2009, despite the release of internationally recognized political prisoners during the past year.',
  },
  {
    id: 'us-2010-02-03-belarus-sanctions-regulations',
    date: '2010-02-03',
    actor: 'us',
    action: 'impose',
    instrument: 'Belarus Sanctions Regulations, 31 CFR part 548 (final rule, 75 FR 5502)',
    instrumentType: 'regulation',
    measures: ['assets'],
    summary:
      'OFAC issued the Belarus Sanctions Regulations, a new part 548 of title 31 of the Code of Federal Regulations, to implement Executive Order 13405. They block the property and interests in property in the United States, or held by US persons, of the persons listed in the order’s Annex and of those the Treasury designates under it.',
    uncounted:
      'The regulations set the legal framework for the blocking and name no one; the persons blocked are those listed in or designated under Executive Order 13405.',
    modifies: [EO],
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-cite', id: '75 FR 5502' }),
        title: 'Belarus Sanctions Regulations, final rule (75 FR 5502, 3 February 2010): 31 CFR part 548',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-cite', id: '75 FR 5502' },
      },
      FR_2023_06170,
      {
        url: 'http://stage.tradelawdaily.com/article/2010/02/09/ofac-issues-final-rule-for-belarus-blocked-property-eo-10020930?BC=bc_67ea0874241c6',
        title: 'OFAC Issues Final Rule for Belarus Blocked Property EO',
        publisher: 'Warren Communications News (Trade Law Daily, Export Compliance Daily)',
        kind: 'reporting',
      },
    ],
    note: 'Issued and effective 3 February 2010 (the 2023 reissue of the regulations dates them so; Trade Law Daily gives the same effective date). The regulations gave the sanctions of E.O. 13405 their own part of the Code of Federal Regulations and added no listings; the rules of November 2010 and February 2011 and the reissue of March 2023 amend this part.',
  },
  {
    id: 'us-2010-06-08-continuation-notice',
    date: '2010-06-08',
    actor: 'us',
    action: 'renew',
    instrument:
      'Presidential notice continuing the national emergency declared in Executive Order 13405 (2010)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'Continued for one year, beyond 16 June 2010, the national emergency with respect to Belarus declared in Executive Order 13405 and the related blocking measures.',
    modifies: [EO],
    sources: [
      {
        url: 'https://purl.fdlp.gov/GPO/LPS123196',
        title: 'House Document 111-119: Continuation of the National Emergency With Respect to Belarus',
        publisher: 'U.S. Government Publishing Office',
        kind: 'official',
      },
    ],
    note: 'The message to Congress is dated 8 June 2010 (Daily Compilation of Presidential Documents, DCPD201000470) and was referred to the House on 9 June 2010. The Federal Register publication of the notice is not linked: its citation is not known.',
  },
  {
    id: 'us-2010-11-30-gl-lakokraska-polotsk-extension',
    date: '2010-11-30',
    actor: 'us',
    action: 'renew',
    instrument: 'Belarus Sanctions Regulations amendment (FR Doc. 2010-30182, 75 FR 73958)',
    instrumentType: 'general-license',
    measures: ['assets'],
    summary:
      'OFAC amended the Belarus Sanctions Regulations to authorize US persons to engage in otherwise prohibited transactions with Lakokraska OAO and Polotsk Steklovolokno OAO until 31 May 2011.',
    targets: ['Lakokraska', 'Polotsk Steklovolokno'],
    modifies: [GL_2008],
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2010-30182' }),
        title: 'Belarus Sanctions Regulations, final rule (FR Doc. 2010-30182, 75 FR 73958)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2010-30182' },
      },
    ],
    note: 'Published and effective 30 November 2010. It extended the 2008 licence and suspended no further listings.',
  },
  {
    id: 'us-2011-01-31-gl-revocation-lakokraska-polotsk',
    date: '2011-01-31',
    actor: 'us',
    action: 'reimpose',
    instrument:
      'Belarus Sanctions Regulations amendment revoking 31 CFR 548.509 (FR Doc. 2011-2178, 76 FR 5482)',
    instrumentType: 'regulation',
    measures: ['assets'],
    summary:
      'After the December 2010 election crackdown, the United States revoked the general license for Lakokraska OAO and Polotsk Steklovolokno OAO, so that all transactions with Belneftekhim and its subsidiaries are again blocked under Executive Order 13405.',
    targets: ['Lakokraska', 'Polotsk Steklovolokno'],
    listed: { entities: 2 },
    modifies: [BNK_SUBS_2008, GL_2008],
    sources: [
      {
        url: canonicalActUrl({ scheme: 'fr-doc', id: '2011-2178' }),
        title: 'Belarus Sanctions Regulations, final rule (FR Doc. 2011-2178)',
        publisher: 'Federal Register',
        kind: 'act',
        identifier: { scheme: 'fr-doc', id: '2011-2178' },
      },
      {
        url: 'https://www.gpo.gov/fdsys/pkg/FR-2011-02-01/html/2011-2178.htm',
        title: 'Belarus Sanctions Regulations, 76 FR 5482-5483 (February 1, 2011)',
        publisher: 'U.S. Government Publishing Office',
        kind: 'act',
      },
    ],
    note: 'Announced by the State Department on 31 January 2011; the rule was published in the Federal Register on 1 February 2011 and took effect on 11 February 2011. The revoked license had run until 31 May 2011. "Listed" counts the two suspended listings restored (the rule names two blocked entities).',
  },
  {
    id: 'us-2011-01-31-visa-restrictions-expanded',
    date: '2011-01-31',
    actor: 'us',
    action: 'expand',
    instrument: 'State Department travel restrictions under Proclamation 8015',
    instrumentType: 'proclamation',
    measures: ['travel'],
    summary:
      'The State Department significantly expanded the list of Belarusian officials, and their family members, barred from entering the United States for actions or policies related to the crackdown that began on 19 December 2010.',
    modifies: [PP8015],
    uncounted: 'The announcement gives no number of persons added.',
    sources: [
      {
        url: 'https://2009-2017.state.gov/p/eur/rls/rm/2011/155945.htm',
        title:
          'International Donors’ Conference on Solidarity with Belarus: remarks by Deputy Assistant Secretary Daniel A. Russell (Warsaw, 2 February 2011), on the three steps the United States took on Monday, 31 January',
        publisher: 'U.S. Department of State',
        kind: 'official',
      },
      {
        url: 'https://www.upi.com/Top_News/US/2011/01/31/US-imposes-sanctions-on-Belarus/UPI-68361296507635/',
        title: 'U.S. imposes sanctions on Belarus',
        publisher: 'UPI',
        kind: 'reporting',
      },
    ],
    note: 'The State Department’s remarks of 2 February 2011 list the steps taken "on Monday" (31 January): full sanctions restored on Belneftekhim and its subsidiaries, and "a significant expansion of the list of Belarus officials subject to U.S. travel sanctions", announced and under way. The State Department’s announcement of 31 January covers the officials responsible for the crackdown and their family members. The same announcement revoked the general licence for Lakokraska and Polotsk Steklovolokno (the record of the same day) and said the United States was working to impose financial sanctions on further Belarusian individuals or entities under E.O. 13405.',
  },
  {
    id: BNK_SUBS_2011,
    date: '2011-08-11',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 13405',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'OFAC designated four enterprises owned or controlled by Belneftekhim (Naftan, Grodno Azot, Grodno Khimvolokno and Belshina), freezing any of their assets under US jurisdiction and barring US persons from dealing with them.',
    targets: ['Belshina', 'Grodno Azot', 'Grodno Khimvolokno', 'Naftan'],
    listed: { entities: 4 },
    modifies: [EO],
    sources: [
      {
        url: 'https://2009-2017.state.gov/r/pa/prs/ps/2011/08/170405.htm',
        title: 'New Sanctions Against Belarus (State Department press statement, 11 August 2011)',
        publisher: 'U.S. Department of State',
        kind: 'official',
      },
      {
        url: 'https://naviny.by/rubrics/english/2011/08/12/ic_news_259_374296/',
        title:
          'Washington says that fresh economic sanctions are not directed at people of Belarus (BelaPAN, quoting the State Department statement of 11 August 2011)',
        publisher: 'BelaPAN (Naviny.by)',
        kind: 'reporting',
      },
      {
        url: 'https://www.themoscowtimes.com/2011/08/14/us-blacklists-4-belarus-firms',
        title:
          'US sanctions on four Belarusian state-owned enterprises (14 August 2011), quoting State Department spokeswoman Victoria Nuland',
        publisher: 'The Moscow Times',
        kind: 'reporting',
      },
      {
        url: 'https://euroradio.fm/en/report/us-impose-sanctions-against-4-key-belarus-companies-45655',
        title: 'U.S. impose sanctions against 4 key Belarus companies',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
    ],
    note: 'The State Department’s statement of 11 August 2011 says the United States "today" imposed new economic sanctions on four major state-owned enterprises: the Belshina tire factory, the fertilizer maker Grodno Azot, the fibre maker Grodno Khimvolokno and the Naftan oil refinery. As BelaPAN quotes it, the four "have been determined to be owned or controlled by the Belneftekhim conglomerate, an entity already designated under Executive Order 13405", and President Obama had announced the intent to levy further sanctions on 27 May 2011. The Treasury release of 2 October 2020 calls its own action the first use of these authorities since 2011.',
  },
  {
    id: 'us-2012-01-03-belarus-democracy-and-human-rights-act',
    date: '2012-01-03',
    actor: 'us',
    action: 'expand',
    instrument: 'Belarus Democracy and Human Rights Act of 2011 (Public Law 112-82)',
    instrumentType: 'statute',
    measures: ['travel', 'finance'],
    summary:
      'Reauthorized and amended the Belarus Democracy Act of 2004, extending its sanctions provisions to the crackdown after the December 2010 election, including provisions on denying US entry to officials and members of the security services involved.',
    modifies: [BDA],
    uncounted: 'A statute setting sanctions policy; it lists no persons or entities.',
    sources: [
      {
        url: 'https://www.govinfo.gov/content/pkg/STATUTE-125/html/STATUTE-125-Pg1863.htm',
        title: 'Public Law 112-82 (Belarus Democracy and Human Rights Act of 2011), 125 Stat. 1863',
        publisher: 'U.S. Government Publishing Office',
        kind: 'act',
      },
      {
        url: 'https://www.congress.gov/112/crec/2011/07/06/modified/CREC-2011-07-06-pt1-PgH4632.htm',
        title: 'Congressional Record, 6 July 2011, H4632: House passage of H.R. 515 (text of the bill)',
        publisher: 'Congress.gov',
        kind: 'official',
      },
      {
        url: 'https://amp.udf.by/english/politics/52087-us-senate-passes-belarus-democracy-and-human-rights-act-of-2011.html?action=mobile',
        title: 'US Senate passes Belarus Democracy and Human Rights Act of 2011 (14 December 2011)',
        publisher: 'UDF.BY',
        kind: 'reporting',
      },
    ],
    note: 'The House passed H.R. 515 on 6 July 2011 and the Senate on 14 December 2011 (UDF.BY). The signing date of 3 January 2012 rests on the US Code edition "laws in effect as of January 3, 2012" that first includes Public Law 112-82; the Statutes at Large page cited omits the date, so it is not verified.',
  },
  {
    id: 'us-2012-06-14-continuation-notice',
    date: '2012-06-14',
    actor: 'us',
    action: 'renew',
    instrument:
      'Presidential notice continuing the national emergency declared in Executive Order 13405 (2012)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'Continued for one year, beyond 16 June 2012, the national emergency with respect to Belarus declared in Executive Order 13405 and the related blocking measures.',
    modifies: [EO],
    sources: [
      {
        url: 'https://purl.fdlp.gov/GPO/gpo24163',
        title: 'House Document 112-112: Continuation of the National Emergency With Respect to Belarus',
        publisher: 'U.S. Government Publishing Office',
        kind: 'official',
      },
      {
        url: 'https://belsat.eu/en/news/8781/',
        title: 'United States extend period of sanctions against Belarusian officials',
        publisher: 'Belsat',
        kind: 'reporting',
      },
    ],
    note: "Date of the President's letter to Congress transmitting the notice (14 June 2012); the House referred it on 15 June 2012. The notice’s Federal Register publication is not linked: its citation is not known.",
  },
  {
    id: 'us-2013-06-13-continuation-notice',
    date: '2013-06-13',
    actor: 'us',
    action: 'renew',
    instrument:
      'Presidential notice continuing the national emergency declared in Executive Order 13405 (2013)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'Continued for one year, beyond 16 June 2013, the national emergency with respect to Belarus declared in Executive Order 13405 and the related blocking measures.',
    modifies: [EO],
    sources: [
      {
        url: 'https://amp.udf.by/english/politics/81726-obama-extends-belarus-sanctions-national-emergency.html?action=mobile',
        title: 'Obama extends Belarus sanctions, national emergency',
        publisher: 'UDF.BY',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'The President’s notice of June 2013, his message to Congress and their Federal Register publication are not available at an official address; this record follows press reports.',
    note: 'Dated to the White House release of Thursday 13 June 2013 as reported in the press; no official text confirming the date is available. The White House statement said that in 2012 the Government of Belarus continued its crackdown and that the 23 September 2012 elections failed to meet international standards.',
  },
  {
    id: 'us-2014-06-10-continuation-notice',
    date: '2014-06-10',
    actor: 'us',
    action: 'renew',
    instrument:
      'Presidential notice continuing the national emergency declared in Executive Order 13405 (2014)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'Continued for one year, beyond 16 June 2014, the national emergency with respect to Belarus declared in Executive Order 13405 and the related blocking measures.',
    modifies: [EO],
    sources: [
      {
        url: 'https://purl.fdlp.gov/GPO/gpo50244',
        title: 'House Document 113-118: Continuation of the National Emergency With Respect to Belarus',
        publisher: 'U.S. Government Publishing Office',
        kind: 'official',
      },
      {
        url: 'https://belsat.eu/en/news/20267/',
        title: 'Obama extends sanctions against Belarusian officials',
        publisher: 'Belsat',
        kind: 'reporting',
      },
    ],
    note: 'Belsat reports the notice was signed on 10 June 2014; the House referred the message on 11 June 2014. The notice’s Federal Register publication is not linked: its citation is not known.',
  },
  {
    id: GL_2,
    date: '2015-10-29',
    actor: 'us',
    action: 'suspend',
    instrument: 'Belarus General License No. 2',
    instrumentType: 'general-license',
    measures: ['assets'],
    summary:
      'OFAC authorized, from 30 October 2015 to 30 April 2016, all transactions otherwise prohibited by Executive Order 13405 with nine blocked Belarusian entities, including Belneftekhim, and entities they own 50 percent or more; property blocked before 30 October 2015 stayed blocked and the entities stayed on the SDN list.',
    targets: NINE_ENTITIES,
    delisted: { entities: 9 },
    modifies: [BNK_2007, BNK_SUBS_2008, BNK_SUBS_2011],
    sources: [
      FR_2023_11866,
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=d1abac54-ea10-4316-a08a-7949e3a72e68',
        title: 'OFAC General License No. 2 under the Belarus Sanctions Regulations',
        publisher: 'Lexology',
        kind: 'analysis',
      },
      {
        url: 'https://sanctionsnews.bakermckenzie.com/us-government-authorizes-transactions-involving-blocked-belarusian-entities/',
        title: 'US Government Authorizes Transactions Involving Blocked Belarusian Entities',
        publisher: 'Baker McKenzie',
        kind: 'analysis',
      },
      {
        url: 'https://www.steptoeinternationalcomplianceblog.com/2015/10/ofac-issues-general-license-authorizing-transactions-with-certain-belarusian-sdns-eu-suspends-belarus-sanctions-for-four-months/',
        title:
          'OFAC Issues General License Authorizing Transactions with Certain Belarusian SDNs; EU Suspends Belarus Sanctions for Four Months',
        publisher: 'Steptoe & Johnson',
        kind: 'analysis',
      },
    ],
    note: 'Issued 29 October 2015 (Lexology, Baker McKenzie; the State Department announced it that day) and effective 30 October 2015; some sources give 30 October as the issue date. The nine entities are all the entities then designated under E.O. 13405; "delisted" counts the nine suspended listings, not removals. Transactions over $10,000 had to be reported to the State Department. OFAC published the licence on its website; the Federal Register published its text, with those of its renewals, on 6 June 2023.',
  },
  {
    id: 'us-2016-04-28-gl-2a',
    date: '2016-04-28',
    actor: 'us',
    action: 'renew',
    instrument: 'Belarus General License No. 2A',
    instrumentType: 'general-license',
    measures: ['assets'],
    summary:
      'OFAC extended the authorization of transactions with the nine Belarusian entities covered by General License No. 2 to 31 October 2016, raising the reporting threshold to $50,000 and the reporting period to 30 days.',
    targets: NINE_ENTITIES,
    modifies: [GL_2],
    sources: [
      FR_2023_11866,
      {
        url: 'http://joinertradelaw.com/articles/2016/a100.php',
        title: 'OFAC Extends Belarus-Related General License',
        publisher: 'Joiner Law Firm',
        kind: 'analysis',
      },
      {
        url: 'https://amp.udf.by/english/politics/138941-us-department-of-state-comments-on-belarus-sanctions.html?action=mobile',
        title: 'U.S. Department of State comments on Belarus sanctions (BelaPAN)',
        publisher: 'UDF.BY',
        kind: 'reporting',
      },
    ],
    note: `Joiner Law Firm dates the licence 28 April 2016; UDF.BY (BelaPAN/Euroradio) says the Treasury decision was made on 29 April. That this licence is No. 2A follows from the sequence (No. 2C, of April 2017, is the third licence). ${GL2_RENEWAL_NOTE}`,
  },
  {
    id: 'us-2016-10-18-gl-2b',
    date: '2016-10-18',
    actor: 'us',
    action: 'renew',
    instrument: 'Belarus General License No. 2B',
    instrumentType: 'general-license',
    measures: ['assets'],
    summary:
      'OFAC extended by six months, to 30 April 2017, the authorization of transactions with the nine Belarusian entities covered by General License No. 2.',
    targets: NINE_ENTITIES,
    modifies: [GL_2],
    sources: [
      FR_2023_11866,
      {
        url: 'https://by.usembassy.gov/deputy-assistant-secretary-state-europe-eurasia-bridget-brink-remarks-press-3/',
        title:
          'Deputy Assistant Secretary of State for Europe and Eurasia Bridget Brink Remarks to the Press',
        publisher: 'U.S. Embassy in Belarus',
        kind: 'official',
      },
      {
        url: 'https://www.steptoeinternationalcomplianceblog.com/2016/10/extend-it-again-sam-ofac-continues-limited-belarus-sanctions-relief/',
        title: 'Extend It Again, Sam: OFAC Continues Limited Belarus Sanctions Relief',
        publisher: 'Steptoe & Johnson',
        kind: 'analysis',
      },
    ],
    note: `The embassy release announced the extension beyond 31 October in advance; Steptoe dates the licence 18 October 2016 and gives the six-month term to April 2017 (an RFE/RL report of 19 October 2016 gives 30 April 2017). That this licence is No. 2B follows from the sequence. ${GL2_RENEWAL_NOTE}`,
  },
  {
    id: 'us-2017-04-28-gl-2c',
    date: '2017-04-28',
    actor: 'us',
    action: 'renew',
    instrument: 'Belarus General License No. 2C',
    instrumentType: 'general-license',
    measures: ['assets'],
    summary:
      'OFAC extended for a further six months the authorization of transactions with the nine Belarusian entities covered by General License No. 2.',
    targets: NINE_ENTITIES,
    modifies: [GL_2],
    sources: [
      FR_2023_11866,
      {
        url: 'https://www.steptoeinternationalcomplianceblog.com/2017/05/ofac-extends-belarus-sanctions-relief/',
        title: 'OFAC Extends Belarus Sanctions Relief',
        publisher: 'Steptoe & Johnson',
        kind: 'analysis',
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=95763830-cfb4-435d-8ce0-84dd8419f753',
        title: 'OFAC issues General License No. 2D (notes the renewal of April 28, 2017)',
        publisher: 'Lexology',
        kind: 'analysis',
      },
      {
        url: 'https://interfax.com/newsroom/top-stories/26201/',
        title:
          'United States extends sanctions relief against nine Belneftekhim enterprises by another 6 months',
        publisher: 'Interfax',
        kind: 'reporting',
      },
    ],
    note: `Interfax reports this renewal ran until 30 October 2017. The license number 2C is given by Steptoe. ${GL2_RENEWAL_NOTE}`,
  },
  {
    id: 'us-2017-06-13-continuation-notice',
    date: '2017-06-13',
    actor: 'us',
    action: 'renew',
    instrument:
      'Presidential notice continuing the national emergency declared in Executive Order 13405 (2017)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'Continued for one year, beyond 16 June 2017, the national emergency with respect to Belarus declared in Executive Order 13405 and the related blocking measures.',
    modifies: [EO],
    sources: [
      {
        url: 'https://belarusfeed.com/trump-sanctions-lukashenko/',
        title: 'USA Prolong Sanctions Against President Lukashenko And Other Belarusian Officials (TUT.BY)',
        publisher: 'Belarus Feed',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'The President’s notice of June 2017, his message to Congress and their Federal Register publication are not available at an official address; this record follows press reports.',
    note: 'Belarus Feed (from TUT.BY) reports that the White House press service released the message to Congress on 13 June 2017 and quotes it ("to continue in effect beyond June 16, 2017").',
  },
  {
    id: 'us-2017-10-24-gl-2d',
    date: '2017-10-24',
    actor: 'us',
    action: 'renew',
    instrument: 'Belarus General License No. 2D',
    instrumentType: 'general-license',
    measures: ['assets'],
    summary:
      'OFAC replaced General License No. 2C with No. 2D, extending to 30 April 2018 the authorization of transactions with the nine Belarusian entities covered since October 2015.',
    targets: NINE_ENTITIES,
    modifies: [GL_2],
    sources: [
      FR_2023_11866,
      {
        url: 'https://www.treasury.gov/resource-center/sanctions/OFAC-Enforcement/Pages/20171024.aspx',
        title: 'OFAC Recent Actions, October 24, 2017 (the OFAC page given for General License No. 2D)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://tradeandsanctionslaw.com/2017/10/27/ofac-issues-belarus-general-license-no-2d/',
        title: 'OFAC Issues Belarus General License No. 2D',
        publisher: 'Trade and Sanctions Law (blog)',
        kind: 'analysis',
      },
      {
        url: 'https://www.steptoeinternationalcomplianceblog.com/2017/10/ofac-continues-belarus-sanctions-relief/',
        title: 'OFAC Continues Belarus Sanctions Relief',
        publisher: 'Steptoe & Johnson',
        kind: 'analysis',
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=95763830-cfb4-435d-8ce0-84dd8419f753',
        title: 'OFAC issues General License No. 2D',
        publisher: 'Lexology',
        kind: 'analysis',
      },
      {
        url: 'https://interfax.com/newsroom/top-stories/26201/',
        title:
          'United States extends sanctions relief against nine Belneftekhim enterprises by another 6 months',
        publisher: 'Interfax',
        kind: 'reporting',
      },
    ],
    note: `Steptoe, Lexology and the Trade and Sanctions Law blog date the licence Tuesday 24 October 2017; Lexology and the blog give the 30 April 2018 expiry, and the blog says 2D replaced 2C on identical terms. ${GL2_RENEWAL_NOTE}`,
  },
  {
    id: 'us-2018-04-27-gl-2e',
    date: '2018-04-27',
    actor: 'us',
    action: 'renew',
    instrument: 'Belarus General License No. 2E',
    instrumentType: 'general-license',
    measures: ['assets'],
    summary:
      'OFAC issued General License No. 2E, the successor of No. 2D, continuing the authorization of transactions with the nine Belarusian entities covered since October 2015.',
    targets: NINE_ENTITIES,
    modifies: [GL_2],
    sources: [FR_2023_11866],
    note: `Dated 27 April 2018, the date General License No. 2F gives for No. 2E when replacing it; General License No. 2D was due to expire on 30 April 2018. How long No. 2E ran is not verified. ${GL2_RENEWAL_NOTE}`,
  },
  {
    id: 'us-2019-10-22-gl-2g',
    date: '2019-10-22',
    actor: 'us',
    action: 'renew',
    instrument: 'Belarus General License No. 2G',
    instrumentType: 'general-license',
    measures: ['assets'],
    summary:
      'OFAC issued General License No. 2G, continuing the authorization of transactions with the nine Belarusian entities covered since October 2015.',
    targets: NINE_ENTITIES,
    modifies: [GL_2],
    sources: [
      FR_2023_11866,
      {
        url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2021-04-april-20210419-ofac-replaces-broad-authorization/',
        title:
          'OFAC replaces broad authorization for transactions with sanctioned entities in Belarus with more limited wind-down authorization in general license 2H',
        publisher: 'Willkie Farr & Gallagher',
        kind: 'analysis',
      },
      {
        url: 'https://www.cmtradelaw.com/2021/04/ofac-revokes-belarus-general-license-general-license-2g-or-gl-2g/',
        title: 'OFAC Revokes Belarus General License (General License 2G or GL 2G)',
        publisher: 'Crowell & Moring',
        kind: 'analysis',
      },
    ],
    note: `The date is from General License 2H as described by Willkie, which "replaces and supersedes general license 2G dated October 22, 2019". GL 2G was due to expire on 25 April 2021 (Crowell & Moring) or 26 April 2021 (Cleary) before it was revoked on 19 April 2021. General License No. 2F, which 2G replaced, has no record of its own: its date is not verified (a report of June 2019 speaks of an extension in April 2019). ${GL2_RENEWAL_NOTE}`,
  },
];
