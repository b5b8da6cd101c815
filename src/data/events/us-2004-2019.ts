import type { SanctionsEventInput } from '../schema';

const EO = 'us-2006-06-16-eo-13405';
const BDA = 'us-2004-10-20-belarus-democracy-act';
const PP8015 = 'us-2006-05-12-proclamation-8015';
const BNK_2007 = 'us-2007-11-13-designation-belneftekhim';
const BNK_SUBS_2008 = 'us-2008-05-15-designation-belneftekhim-subsidiaries';
const GL_2008 = 'us-2008-09-05-gl-lakokraska-polotsk';
const BNK_SUBS_2011 = 'us-2011-08-11-designation-belneftekhim-subsidiaries';
const GL_2 = 'us-2015-10-29-gl-2';

const NINE_ENTITIES = [
  'Belarusian Oil Trade House',
  'Belneftekhim',
  'Belneftekhim USA, Inc.',
  'Belshina OAO',
  'Grodno Azot OAO',
  'Grodno Khimvolokno OAO',
  'Lakokraska OAO',
  'Naftan OAO',
  'Polotsk Steklovolokno OAO',
];

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
    sources: [
      {
        url: 'https://www.govinfo.gov/content/pkg/PLAW-108publ347/html/PLAW-108publ347.htm',
        title: 'Public Law 108-347 (Belarus Democracy Act of 2004), Oct. 20, 2004',
        publisher: 'U.S. Government Publishing Office (govinfo)',
        kind: 'act',
      },
      {
        url: 'https://chrissmith.house.gov/lawsandresolutions/belarus.htm',
        title: 'The Belarus Democracy Act (P.L. 108-347)',
        publisher: 'Office of Rep. Christopher H. Smith',
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
    sources: [
      {
        url: 'https://www.gpo.gov/fdsys/pkg/STATUTE-120/html/STATUTE-120-Pg3803.htm',
        title:
          'Proclamation 8015 of May 12, 2006: Suspension of Entry as Immigrants and Nonimmigrants of Persons Responsible for Policies or Actions That Threaten the Transition to Democracy in Belarus (120 Stat. 3803)',
        publisher: 'U.S. Government Printing Office',
        kind: 'act',
      },
      {
        url: 'https://cybercemetery.unt.edu/archive/oilspill/20130115070716/http://www.gpo.gov/fdsys/pkg/STATUTE-120/html/STATUTE-120-Pg3803.htm',
        title: 'Proclamation 8015 (archived copy of the GPO Statutes at Large page)',
        publisher: 'CyberCemetery, University of North Texas Libraries',
        kind: 'act',
      },
    ],
    note: 'A 2007 US Embassy statement on Proclamation 8015 refers to it as issued on 15 May 2006; the proclamation itself is dated 12 May 2006.',
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
      'Declared a national emergency with respect to Belarus and blocked the property of the persons listed in its Annex, including Alyaksandr Lukashenka, and authorized the Treasury to designate further persons undermining democratic processes, committing related human rights abuses or engaged in public corruption.',
    targets: ['Alyaksandr Lukashenka', 'Viktar Lukashenka', 'Lidziya Yarmoshyna', 'Viktar Sheiman'],
    listed: { persons: 10 },
    sources: [
      {
        url: 'https://georgewbush-whitehouse.archives.gov/news/releases/2006/06/print/20060619-5.html',
        title: 'Targeted Sanctions on Persons Undermining Democratic Processes or Institutions in Belarus',
        publisher: 'The White House, Office of the Press Secretary',
        kind: 'official',
      },
      {
        url: 'https://www.govinfo.gov/content/pkg/CDOC-109hdoc116/html/CDOC-109hdoc116.htm',
        title:
          'House Document 109-116: Declaration of a National Emergency With Respect to Belarus (message from the President)',
        publisher: 'U.S. Government Publishing Office (govinfo)',
        kind: 'official',
      },
      {
        url: 'https://www.federalregister.gov/d/2023-06170',
        title:
          'Belarus Sanctions Regulations, final rule (FR Doc. 2023-06170), background citing E.O. 13405 of June 16, 2006',
        publisher: 'Federal Register',
        kind: 'act',
      },
      {
        url: 'https://regulations.justia.com/regulations/fedreg/2023/03/27/2023-06170.html',
        title: 'Belarus Sanctions Regulations, 88 FR 18038 (copy of FR Doc. 2023-06170)',
        publisher: 'Justia Regulations',
        kind: 'act',
      },
      {
        url: 'https://euroradio.fm/en/us-prolongs-sanctions-against-lukashenka-group-officials-year',
        title: 'US extends sanctions against Lukashenka, his officials',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
      {
        url: 'http://data.minsk.by/belarusnews/022007/230.html',
        title: 'Six More Belarusian Officials Sanctioned by United States (USINFO)',
        publisher: 'Belarus News and Analysis (reprint of U.S. Department of State USINFO)',
        kind: 'reporting',
      },
    ],
    note: 'Signed 16 June 2006 (the date later notices and OFAC give for the order); the White House announced it on 19 June 2006, and some secondary sources date it 19 or 20 June. The Annex count of ten persons (Lukashenka and nine officials) comes from reporting only: Euroradio names them (Alyaksandr and Viktar Lukashenka, Lidziya Yarmoshyna, Viktar Halavanau, Viktar Sheiman, Dzmitry Paulichenka, Stsyapan Sukharenka, Alyaksandr Zimouski, Uladzimir Navumau and Natallia Pyatkevich), and a 2007 VOA editorial and USINFO also say ten. The Annex text itself was not seen.',
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
        publisher: 'U.S. Government Printing Office',
        kind: 'act',
      },
      {
        url: 'https://cybercemetery.unt.edu/archive/oilspill/20130115070716/http://www.gpo.gov/fdsys/pkg/STATUTE-120/html/STATUTE-120-Pg3666.htm',
        title: 'Public Law 109-480 (archived copy of the GPO Statutes at Large page)',
        publisher: 'CyberCemetery, University of North Texas Libraries',
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
        title: 'Treasury Targets Destabilizing Belarusian Officials (hp-282)',
        publisher: 'U.S. Department of the Treasury',
        kind: 'official',
      },
      {
        url: 'https://editorials.voa.gov/a/a-41-2007-03-16-voa4-84654282/1481094.html',
        title: 'Six More Belarusians Sentenced (editorial)',
        publisher: 'Voice of America Editorials (U.S. Government views)',
        kind: 'reporting',
      },
      {
        url: 'http://data.minsk.by/belarusnews/022007/230.html',
        title: 'Six More Belarusian Officials Sanctioned by United States (USINFO)',
        publisher: 'Belarus News and Analysis (reprint of U.S. Department of State USINFO)',
        kind: 'reporting',
      },
    ],
    note: 'Date from the USINFO report of the Treasury statement of 27 February 2007; the archived Treasury page seen shows no date. Reports put the total designated under E.O. 13405 after this action at 16 persons.',
  },
  {
    id: 'us-2007-06-14-continuation-notice',
    date: '2007-06-14',
    actor: 'us',
    action: 'renew',
    instrument:
      'Presidential notice continuing the national emergency declared in Executive Order 13405 (2007)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'Continued for one year the national emergency with respect to Belarus declared in Executive Order 13405 and the related blocking measures.',
    modifies: [EO],
    sources: [
      {
        url: 'http://info.jctrans.net/jcnet/news/politics/world/2007615468941.shtml',
        title: 'Bush renews sanctions against Belarus president (Xinhua)',
        publisher: 'Xinhua via JCtrans',
        kind: 'reporting',
      },
    ],
    note: 'Date from a Xinhua report of 15 June 2007 saying the President renewed the sanctions "on Thursday" (14 June 2007); the notice text was not seen.',
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
    sources: [
      {
        url: 'https://spring96.org/en/news/17769',
        title: 'USA Impose New Sanctions against State Authorities of Belarus (text of US Embassy statement)',
        publisher: 'Human Rights Center "Viasna"',
        kind: 'reporting',
      },
      {
        url: 'http://www.data.minsk.by/belarusnews/082007/201.html',
        title:
          'U.S. Extends Travel Ban To More Belarusian Officials As Minsk Threatens To Retaliate (RFE/RL Newsline)',
        publisher: 'Belarus News and Analysis (reprint of RFE/RL)',
        kind: 'reporting',
      },
    ],
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
      'OFAC designated the state petrochemical concern Belneftekhim, freezing its assets under US jurisdiction and barring US persons from doing business with it.',
    targets: ['Belneftekhim', 'Belneftekhim USA, Inc.'],
    modifies: [EO],
    sources: [
      {
        url: 'https://www.data.minsk.by/belarusnews/112007/116.html',
        title: 'Reuters report of 15 Nov 2007 on Belarus protesting the U.S. sanctions on Belneftekhim',
        publisher: 'Belarus News and Analysis (reprint of Reuters)',
        kind: 'reporting',
      },
      {
        url: 'https://www.data.minsk.by/belarusnews/112007/75.html',
        title: 'U.S. slaps sanctions on Belarus oil refining firm (Reuters, 13 Nov 2007)',
        publisher: 'Belarus News and Analysis (reprint of Reuters)',
        kind: 'reporting',
      },
      {
        url: 'https://charter97.org/en/news/2007/11/14/1574',
        title: 'U.S. slaps sanctions on Belarus oil refining firm',
        publisher: 'Charter 97 (Reuters)',
        kind: 'reporting',
      },
      {
        url: 'https://udf.name/english/economy/45581-united-states-imposed-the-new-sanctions-on-belarus.html',
        title: 'United States imposed the new sanctions on Belarus',
        publisher: 'UDF.BY (Belarusian Partisan)',
        kind: 'reporting',
      },
    ],
    note: 'Only news reports seen; the Treasury release was not found. Reuters (15 November) says Washington acted "on Tuesday" (13 November 2007); the Jamestown Foundation dates the Treasury announcement 14 November. Reuters names the wholly owned US subsidiary Belneftekhim USA Inc.; later reports say its assets were frozen at the same time.',
  },
  {
    id: BNK_SUBS_2008,
    date: '2008-05-15',
    actor: 'us',
    action: 'expand',
    instrument: 'OFAC designations under Executive Order 13405',
    instrumentType: 'designation',
    measures: ['assets'],
    summary: 'OFAC designated three subsidiaries of Belneftekhim, barring US persons from dealing with them.',
    targets: ['Lakokraska OAO', 'Polotsk Steklovolokno OAO', 'Belarusian Oil Trade House'],
    listed: { entities: 3 },
    modifies: [BNK_2007],
    note: 'Only news reports seen; the Treasury release was not found. AP says the Treasury acted "on Thursday" (15 May 2008) and names the three firms; the count of three is from these reports.',
    sources: [
      {
        url: 'http://data.minsk.by/belarusnews/052008/144.html',
        title: 'Belarus assails new US sanctions (Associated Press, 16 May 2008)',
        publisher: 'Belarus News and Analysis (reprint of AP)',
        kind: 'reporting',
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
        publisher: 'Trade Law Daily',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'us-2008-06-06-continuation-notice',
    date: '2008-06-06',
    actor: 'us',
    action: 'renew',
    instrument:
      'Presidential notice continuing the national emergency declared in Executive Order 13405 (2008)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'Continued for one year the national emergency with respect to Belarus declared in Executive Order 13405 and the related blocking measures.',
    modifies: [EO],
    sources: [
      {
        url: 'https://www12.kasparov.ru/material.php?id=484A2F585AD9D',
        title:
          'Bush extends sanctions blocking property of persons undermining democracy in Belarus (in Russian)',
        publisher: 'Kasparov.ru',
        kind: 'reporting',
      },
      {
        url: 'https://www.stoletie.ru/lenta/bush_2008-06-07.htm',
        title: 'Bush extended sanctions against Lukashenko (in Russian)',
        publisher: 'Stoletie',
        kind: 'reporting',
      },
      {
        url: 'https://twocircles.net/?p=80037',
        title: 'U.S. president prolongs sanctions against Belarusian leadership (RIA Novosti)',
        publisher: 'TwoCircles.net (RIA Novosti)',
        kind: 'reporting',
      },
    ],
    note: 'Kasparov.ru reports the notice was signed on 6 June 2008; RIA Novosti reported the extension "on Saturday" (7 June 2008). The notice text was not seen.',
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
    targets: ['Lakokraska OAO', 'Polotsk Steklovolokno OAO'],
    delisted: { entities: 2 },
    modifies: [BNK_SUBS_2008],
    sources: [
      {
        url: 'http://data.minsk.by/belarusnews/092008/44.html',
        title: 'US suspends economic sanctions against Belarus (Associated Press)',
        publisher: 'Belarus News and Analysis (reprint of AP)',
        kind: 'reporting',
      },
      {
        url: 'http://data.minsk.by/belarusnews/092008/46.html',
        title: 'U.S. Drops Some Sanctions Against Belarus (RFE/RL)',
        publisher: 'Belarus News and Analysis (reprint of RFE/RL)',
        kind: 'reporting',
      },
      {
        url: 'https://www.data.minsk.by/belarusnews/092008/43.html',
        title: 'US lifts some sanctions on Belarus (BBC News)',
        publisher: 'Belarus News and Analysis (reprint of BBC News)',
        kind: 'reporting',
      },
    ],
    note: 'Date is that of the US Embassy announcement in Minsk (Friday 5 September 2008) as reported by AP, BBC and RFE/RL; the date OFAC issued the license was not verified. Most reports give six months; RTTNews reported two months. Later extensions ran to 1 June 2009, 30 November 2009 and 31 May 2010 (UDF.BY); their issue dates were not verified.',
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
        url: 'http://whitehousepressbriefings.com/statement-releases/message-president-and-notice-continuation-regarding-belarus',
        title: 'Message of the President and Notice of Continuation regarding Belarus (June 12, 2009)',
        publisher: 'The White House, Office of the Press Secretary (copy at whitehousepressbriefings.com)',
        kind: 'official',
      },
      {
        url: 'https://www.kommersant.ru/doc/1187377',
        title: 'Washington extends order on blocking property of Belarusian officials (in Russian)',
        publisher: 'Kommersant',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'us-2010-02-03-belarus-sanctions-regulations',
    date: '2010-02-03',
    actor: 'us',
    action: 'renew',
    instrument: 'Belarus Sanctions Regulations, 31 CFR part 548 (75 FR 5502)',
    instrumentType: 'regulation',
    measures: ['assets'],
    summary:
      "OFAC issued the Belarus Sanctions Regulations, 31 CFR part 548, to implement Executive Order 13405; they block the property of persons listed in the order's Annex or designated under it.",
    modifies: [EO],
    sources: [
      {
        url: 'https://www.federalregister.gov/d/2023-06170',
        title:
          'Belarus Sanctions Regulations, final rule (FR Doc. 2023-06170), background: regulations issued February 3, 2010 (75 FR 5502)',
        publisher: 'Federal Register',
        kind: 'act',
      },
      {
        url: 'https://regulations.justia.com/regulations/fedreg/2023/03/27/2023-06170.html',
        title: 'Belarus Sanctions Regulations, 88 FR 18038 (copy of FR Doc. 2023-06170)',
        publisher: 'Justia Regulations',
        kind: 'act',
      },
      {
        url: 'http://stage.tradelawdaily.com/article/2010/02/09/ofac-issues-final-rule-for-belarus-blocked-property-eo-10020930?BC=bc_67ea0874241c6',
        title: 'OFAC Issues Final Rule for Belarus Blocked Property EO',
        publisher: 'Trade Law Daily',
        kind: 'reporting',
      },
    ],
    note: 'Classed as "renew": the regulations codified the existing E.O. 13405 measures and did not add listings. The FR document number of the 2010 rule was not seen, so its own Federal Register page is not linked.',
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
      {
        url: 'http://www.readperiodicals.com/201006/2063780261.html',
        title:
          'Message to the Congress on continuation of the national emergency with respect to Belarus, June 8, 2010 (Daily Compilation of Presidential Documents, DCPD201000470)',
        publisher: 'Daily Compilation of Presidential Documents (copy at readperiodicals.com)',
        kind: 'official',
      },
      {
        url: 'https://ajdv39.c97.org/en/news/2010/6/9/29656',
        title: 'US extended sanctions on Lukashenka and his officials',
        publisher: 'Charter 97',
        kind: 'reporting',
      },
    ],
    note: 'The message to Congress is dated 8 June 2010 and Charter 97 reports the notice was released that day; the notice text itself was not seen.',
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
    targets: ['Lakokraska OAO', 'Polotsk Steklovolokno OAO'],
    modifies: [GL_2008],
    sources: [
      {
        url: 'https://www.federalregister.gov/d/2010-30182',
        title: 'Belarus Sanctions Regulations, final rule (FR Doc. 2010-30182)',
        publisher: 'Federal Register',
        kind: 'act',
      },
      {
        url: 'https://api.ai-analytics.org/treasury-rule/2010-30182.md',
        title: 'Belarus Sanctions Regulations, 75 FR 73958 (summary of FR Doc. 2010-30182)',
        publisher: 'AI Analytics (mirror of Federal Register metadata)',
        kind: 'act',
      },
      {
        url: 'https://regulations.justia.com/regulations/fedreg/2010/11/30/2010-30182.html',
        title: 'Belarus Sanctions Regulations, 73958-73959 [2010-30182]',
        publisher: 'Justia Regulations',
        kind: 'act',
      },
    ],
    note: 'Published and effective 30 November 2010.',
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
    targets: ['Lakokraska OAO', 'Polotsk Steklovolokno OAO'],
    modifies: [BNK_SUBS_2008, GL_2008],
    sources: [
      {
        url: 'https://www.federalregister.gov/d/2011-2178',
        title: 'Belarus Sanctions Regulations, final rule (FR Doc. 2011-2178)',
        publisher: 'Federal Register',
        kind: 'act',
      },
      {
        url: 'https://www.gpo.gov/fdsys/pkg/FR-2011-02-01/html/2011-2178.htm',
        title: 'Belarus Sanctions Regulations, 76 FR 5482-5483 (February 1, 2011)',
        publisher: 'U.S. Government Publishing Office',
        kind: 'act',
      },
      {
        url: 'https://en.eurobelarus.info/news/archive/2011/02/06/u-s--issues-sanctions-against-belarus.html',
        title:
          'U.S. issues sanctions against Belarus (text of the State Department announcement of January 31, 2011)',
        publisher: 'EuroBelarus',
        kind: 'reporting',
      },
    ],
    note: 'Announced by the State Department on 31 January 2011; the rule was published in the Federal Register on 1 February 2011 and took effect on 11 February 2011. The revoked license had run until 31 May 2011.',
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
    sources: [
      {
        url: 'https://en.eurobelarus.info/news/archive/2011/02/06/u-s--issues-sanctions-against-belarus.html',
        title:
          'U.S. issues sanctions against Belarus (text of the State Department announcement of January 31, 2011)',
        publisher: 'EuroBelarus',
        kind: 'reporting',
      },
      {
        url: 'https://www.upi.com/Top_News/US/2011/01/31/US-imposes-sanctions-on-Belarus/UPI-68361296507635/',
        title: 'U.S. imposes sanctions on Belarus',
        publisher: 'UPI',
        kind: 'reporting',
      },
    ],
    note: 'The announcement gives no number of persons added.',
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
    targets: ['Belshina OAO', 'Grodno Azot OAO', 'Grodno Khimvolokno OAO', 'Naftan OAO'],
    listed: { entities: 4 },
    modifies: [EO],
    sources: [
      {
        url: 'https://naviny.by/rubrics/english/2011/08/12/ic_news_259_374296/',
        title:
          'Washington says that fresh economic sanctions are not directed at people of Belarus (BelaPAN, quoting the State Department statement of 11 August 2011)',
        publisher: 'Naviny.by (BelaPAN)',
        kind: 'reporting',
      },
      {
        url: 'https://ajdv39.c97.org/ru/news/2011/8/11/41479',
        title: 'New US sanctions: Belshina, Grodno Azot, Grodnokhimvolokno and Naftan (in Russian)',
        publisher: 'Charter 97',
        kind: 'reporting',
      },
      {
        url: 'https://euroradio.fm/en/report/us-impose-sanctions-against-4-key-belarus-companies-45655',
        title: 'U.S. impose sanctions against 4 key Belarus companies',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
      {
        url: 'https://udf.name/english/economy/45581-united-states-imposed-the-new-sanctions-on-belarus.html',
        title: 'United States imposed the new sanctions on Belarus',
        publisher: 'UDF.BY (Belarusian Partisan)',
        kind: 'reporting',
      },
    ],
    note: 'Only news reports seen; the Treasury release was not found. BelaPAN quotes the State Department: the four entities "have been determined to be owned or controlled by the Belneftekhim conglomerate"; President Obama had announced the intent to levy further sanctions on 27 May 2011.',
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
    sources: [
      {
        url: 'https://www.govinfo.gov/content/pkg/STATUTE-125/html/STATUTE-125-Pg1863.htm',
        title: 'Public Law 112-82 (Belarus Democracy and Human Rights Act of 2011), 125 Stat. 1863',
        publisher: 'U.S. Government Publishing Office (govinfo)',
        kind: 'act',
      },
      {
        url: 'https://www.gop.gov/bill/h-r-515-belarus-democracy-reauthorization-act-of-2011/',
        title: 'H.R. 515: Belarus Democracy Reauthorization Act of 2011 (floor summary)',
        publisher: 'House Republican Conference',
        kind: 'reporting',
      },
      {
        url: 'https://en.wikipedia.org/wiki/Belarus_Democracy_Act_of_2004',
        title: 'Belarus Democracy Act of 2004',
        publisher: 'Wikipedia',
        kind: 'reporting',
      },
    ],
    note: 'Signing date 3 January 2012 from Wikipedia and the US Code "laws in effect as of January 3, 2012" note; the Statutes at Large page seen omits the date. The visa provisions are described from the House floor summary of H.R. 515; the enacted text was not read in full.',
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
    note: "Date of the President's letter to Congress transmitting the notice (14 June 2012); the notice text itself was not seen.",
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
        url: 'https://www.panarmenian.net/eng/news/162207/',
        title: 'Obama extends sanctions imposed on Belarus (RIA Novosti)',
        publisher: 'PanARMENIAN.Net',
        kind: 'reporting',
      },
      {
        url: 'https://amp.udf.by/english/politics/81726-obama-extends-belarus-sanctions-national-emergency.html?action=mobile',
        title: 'Obama extends Belarus sanctions, national emergency',
        publisher: 'UDF.BY',
        kind: 'reporting',
      },
    ],
    note: 'Date of the White House release as reported by RIA Novosti ("Thursday, June 13"); the notice text was not seen.',
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
    note: 'Belsat reports the notice was signed on 10 June 2014; the House referred the message on 11 June 2014. The notice text was not seen.',
  },
  {
    id: 'us-2015-06-10-continuation-notice',
    date: '2015-06-10',
    actor: 'us',
    action: 'renew',
    instrument:
      'Presidential notice continuing the national emergency declared in Executive Order 13405 (2015)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'Continued for one year the national emergency with respect to Belarus declared in Executive Order 13405 and the related blocking measures.',
    modifies: [EO],
    sources: [
      {
        url: 'https://www.stoletie.ru/lenta/ssha_prodlili_sankcii_protiv_belorussii_423.htm',
        title: 'US extended sanctions against Belarus (in Russian), 11 June 2015',
        publisher: 'Stoletie',
        kind: 'reporting',
      },
    ],
    note: 'Stoletie reports the President signed it on Wednesday 10 June 2015; the notice text was not seen.',
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
      {
        url: 'https://sanctionsnews.bakermckenzie.com/us-government-authorizes-transactions-involving-blocked-belarusian-entities/',
        title: 'US Government Authorizes Transactions Involving Blocked Belarusian Entities',
        publisher: 'Baker McKenzie Sanctions & Export Controls Update',
        kind: 'reporting',
      },
      {
        url: 'https://www.steptoeinternationalcomplianceblog.com/2015/10/ofac-issues-general-license-authorizing-transactions-with-certain-belarusian-sdns-eu-suspends-belarus-sanctions-for-four-months/',
        title:
          'OFAC Issues General License Authorizing Transactions with Certain Belarusian SDNs; EU Suspends Belarus Sanctions for Four Months',
        publisher: 'Steptoe International Compliance Blog',
        kind: 'reporting',
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=d1abac54-ea10-4316-a08a-7949e3a72e68',
        title: 'OFAC General License No. 2 under the Belarus Sanctions Regulations',
        publisher: 'Lexology',
        kind: 'reporting',
      },
    ],
    note: 'Issued 29 October 2015 (Baker McKenzie, Lexology; the State Department announced it that day) and effective 30 October 2015; some sources give 30 October as the issue date. The nine entities are all the entities then designated under E.O. 13405; "delisted" here counts suspended listings, not removals. Transactions over $10,000 had to be reported to the State Department.',
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
      {
        url: 'http://joinertradelaw.com/articles/2016/a100.php',
        title: 'OFAC Extends Belarus-Related General License',
        publisher: 'Joiner Law Firm',
        kind: 'reporting',
      },
      {
        url: 'https://amp.udf.by/english/politics/138941-us-department-of-state-comments-on-belarus-sanctions.html?action=mobile',
        title: 'U.S. Department of State comments on Belarus sanctions',
        publisher: 'UDF.BY (BelaPAN)',
        kind: 'reporting',
      },
    ],
    note: 'Joiner Law Firm dates the license 28 April 2016; UDF.BY (BelaPAN/Euroradio) says the Treasury decision was made on 29 April. The license number 2A follows from the sequence (2C is the third license, per Steptoe); the text of 2A was not seen.',
  },
  {
    id: 'us-2016-06-10-continuation-notice',
    date: '2016-06-10',
    actor: 'us',
    action: 'renew',
    instrument:
      'Presidential notice continuing the national emergency declared in Executive Order 13405 (2016)',
    instrumentType: 'notice',
    measures: ['assets'],
    summary:
      'Continued for one year, beyond 16 June 2016, the national emergency with respect to Belarus declared in Executive Order 13405 and the related blocking measures.',
    modifies: [EO],
    sources: [
      {
        url: 'https://noticiabrasil.net.br/20160610/obama-prorroga-sancoes-contra-autoridades-bielorrussia-5034201.html',
        title: 'Obama prorroga sanções contra autoridades da Bielorrússia',
        publisher: 'Sputnik Brasil',
        kind: 'reporting',
      },
      {
        url: 'http://inform.sumy.ua/news2/index.php?id=739070',
        title: 'Obama extended sanctions against Belarusian officials (in Russian), 11 June 2016',
        publisher: 'Inform.Sumy',
        kind: 'reporting',
      },
    ],
    note: 'Sputnik Brasil reports the notice signed by the President was released by the White House on Friday 10 June 2016; the notice text was not seen.',
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
        publisher: 'Steptoe International Compliance Blog',
        kind: 'reporting',
      },
      {
        url: 'https://www.refworld.org/docid/5975a12d62.html',
        title: 'Belarus welcomes U.S. decision to prolong suspension of sanctions',
        publisher: 'Radio Free Europe/Radio Liberty (via Refworld)',
        kind: 'reporting',
      },
    ],
    note: 'The embassy release announced the extension beyond 31 October in advance; the 18 October 2016 issue date and 30 April 2017 expiry come from Steptoe and RFE/RL. The license number 2B follows from the sequence; its text was not seen.',
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
      {
        url: 'https://www.steptoeinternationalcomplianceblog.com/2017/05/ofac-extends-belarus-sanctions-relief/',
        title: 'OFAC Extends Belarus Sanctions Relief',
        publisher: 'Steptoe International Compliance Blog',
        kind: 'reporting',
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=95763830-cfb4-435d-8ce0-84dd8419f753',
        title: 'OFAC issues General License No. 2D (notes the renewal of April 28, 2017)',
        publisher: 'Lexology',
        kind: 'reporting',
      },
      {
        url: 'https://interfax.com/newsroom/top-stories/26201/',
        title:
          'United States extends sanctions relief against nine Belneftekhim enterprises by another 6 months',
        publisher: 'Interfax',
        kind: 'reporting',
      },
    ],
    note: 'Interfax reports this renewal ran until 30 October 2017. The license number 2C is given by Steptoe.',
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
        url: 'https://sputniknews.com/politics/201706141054605228-trump-extends-belarus-emergency/',
        title: 'Trump Extends Belarus Emergency',
        publisher: 'Sputnik',
        kind: 'reporting',
      },
      {
        url: 'https://moyby.com/archive/2017/06/14/page9',
        title: 'Trump extended sanctions against Belarusian officials on 13 June (in Russian)',
        publisher: 'Moyby.com',
        kind: 'reporting',
      },
      {
        url: 'https://www.gazeta.ru/politics/news/2017/06/14/n_10173185.shtml',
        title: 'Trump extended sanctions against the Belarusian authorities (in Russian)',
        publisher: 'Gazeta.Ru',
        kind: 'reporting',
      },
    ],
    note: 'Date from reports of the message to Congress (Tuesday 13 June 2017); the notice text was not seen.',
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
      {
        url: 'https://www.treasury.gov/resource-center/sanctions/OFAC-Enforcement/Pages/20171024.aspx',
        title: 'OFAC Recent Actions, 24 October 2017 (as cited by Trade and Sanctions Law)',
        publisher: 'U.S. Department of the Treasury, OFAC',
        kind: 'official',
      },
      {
        url: 'https://tradeandsanctionslaw.com/2017/10/27/ofac-issues-belarus-general-license-no-2d/',
        title: 'OFAC Issues Belarus General License No. 2D',
        publisher: 'Trade and Sanctions Law',
        kind: 'reporting',
      },
      {
        url: 'https://interfax.com/newsroom/top-stories/26201/',
        title:
          'United States extends sanctions relief against nine Belneftekhim enterprises by another 6 months',
        publisher: 'Interfax',
        kind: 'reporting',
      },
    ],
    note: 'The Treasury page is cited as given by Trade and Sanctions Law; its content was not read directly.',
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
      'OFAC issued General License No. 2E, continuing the authorization of transactions with the nine Belarusian entities covered since October 2015.',
    targets: NINE_ENTITIES,
    modifies: [GL_2],
    sources: [
      {
        url: 'https://www.linqs.co/belarus-general-license-2f/',
        title:
          'Belarus General License No. 2F (text stating that General License No. 2E is dated April 27, 2018)',
        publisher: 'Linqs (reproducing OFAC text)',
        kind: 'reporting',
      },
    ],
    note: 'Date from the text of the later General License No. 2F; the expiry date of 2E was not seen.',
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
      {
        url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2021-04-april-20210419-ofac-replaces-broad-authorization/',
        title:
          'OFAC replaces broad authorization for transactions with sanctioned entities in Belarus with more limited wind-down authorization in general license 2H',
        publisher: 'Willkie Farr & Gallagher (Compliance Concourse)',
        kind: 'reporting',
      },
      {
        url: 'https://www.cmtradelaw.com/2021/04/ofac-revokes-belarus-general-license-general-license-2g-or-gl-2g/',
        title: 'cmtradelaw.com post on OFAC revoking Belarus General License 2G (April 2021)',
        publisher: 'cmtradelaw.com',
        kind: 'reporting',
      },
    ],
    note: 'The date is from General License 2H as described by Willkie, which "replaces and supersedes general license 2G dated October 22, 2019". GL 2G was due to expire on 25 April 2021 (cmtradelaw.com) or 26 April 2021 (Cleary, Interfax-Ukraine) before it was revoked on 19 April 2021. General License No. 2F, issued between 2E and 2G, is not a separate record because its date was not seen.',
  },
];
