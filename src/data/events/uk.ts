import type { SanctionsEventInput } from '../schema';

/** United Kingdom sanctions actions on Belarus; see DATA.md for what one record is. */
export const ukEvents: SanctionsEventInput[] = [
  {
    id: 'uk-2020-09-29-ghr-lukashenko',
    date: '2020-09-29',
    actor: 'uk',
    action: 'impose',
    instrument: 'Designations under the Global Human Rights Sanctions Regulations 2020 (S.I. 2020/680)',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'The UK imposed an asset freeze and travel ban on eight Belarusian officials, including Alexander Lukashenko and his son Viktor, over human rights violations after the August 2020 election. Canada imposed similar sanctions the same day.',
    targets: [
      'Alexander Lukashenko',
      'Viktor Lukashenko',
      'Igor Sergeenko',
      'Yuri Karayev',
      'Alexander Barsukov',
      'Yuri Nazarenko',
      'Khazalbek Atabekov',
      'Dmitry Balaba',
    ],
    listed: { persons: 8 },
    sources: [
      {
        url: 'https://complianceconcourse.willkie.com/?p=1384',
        title:
          'UK sanctions eight Belarusian officials under the Global Human Rights Sanctions Regulations 2020',
        publisher: 'Willkie Farr & Gallagher (Compliance Concourse)',
        kind: 'reporting',
      },
      {
        url: 'http://government-world.com/belarus-uk-sanctions-eight-members-of-regime-including-alexander-lukashenko',
        title: 'Belarus: UK sanctions eight members of regime including Alexander Lukashenko',
        publisher: 'Government World (copy of the FCDO press release)',
        kind: 'reporting',
      },
      {
        url: 'https://nationalpost.com/pmn/news-pmn/crime-pmn/uk-sanctions-belarus-leader-lukashenko',
        title: 'UK sanctions Belarus leader Lukashenko',
        publisher: 'Reuters (via National Post)',
        kind: 'reporting',
      },
    ],
    note: 'Made under the UK Global Human Rights sanctions regime, not the Belarus regime: the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019 were not yet in force, and until 31 December 2020 the EU Belarus measures applied in the UK. The FCDO press release and OFSI notice were seen only through copies and summaries.',
  },
  {
    id: 'uk-2020-12-31-belarus-regulations-2019',
    date: '2020-12-31',
    actor: 'uk',
    action: 'impose',
    instrument: 'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019 (S.I. 2019/600)',
    instrumentType: 'regulation',
    measures: ['assets', 'travel', 'arms'],
    summary:
      "The UK's own Belarus sanctions regime came into force at the end of the Brexit transition period and replaced the EU Belarus regime in UK law. It allows asset freezes and exclusion from the UK of designated persons, and restricts trade in military goods and goods that may be used for internal repression.",
    sources: [
      {
        url: 'https://www.legislation.gov.uk/uksi/2019/600/contents/made',
        title: 'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://legislation.gov.uk/cy/uksi/2019/600/schedule/3/part/2022-07-05?view=extent',
        title:
          'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019, Schedule 3 Part 1 (commencement information)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://service.betterregulation.com/document/378386',
        title: 'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019: Explanatory Note',
        publisher: 'Better Regulation',
        kind: 'reporting',
      },
    ],
    note: 'Dated to entry into force, not to the making of the instrument: the Regulations were made in 2019, but the exact made date was not seen in the sources consulted. Regulation 1 came into force on 22 March 2019 (S.I. 2019/627, reg. 12(1)(a)); the operative provisions came into force on 31 December 2020 (S.I. 2019/627, reg. 12(2), with the European Union (Withdrawal Agreement) Act 2020). An HMRC notice to importers (NTI 2952) says the Regulations "came fully into force on 31 December 2019"; legislation.gov.uk records 31.12.2020.',
  },
  {
    id: 'uk-2021-02-18-listings-27',
    date: '2021-02-18',
    actor: 'uk',
    action: 'expand',
    instrument: 'Designations under the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'The FCDO added 27 Belarusian officials, judges and security officers to the UK sanctions list under the Belarus regime. They included the head of state television Ivan Eysmant, Information Minister Ihar Lutski, Prosecutor General Andrey Shved and Deputy Prime Minister Anatol Sivak.',
    targets: ['Ivan Eysmant', 'Ihar Lutski', 'Natallya Kachanava', 'Andrey Shved', 'Anatol Sivak'],
    listed: { persons: 27 },
    sources: [
      {
        url: 'https://redakcja.belsat.cloud/en/news/19-02-2021-now-88-lukashenka-s-crony-ministers-senior-police-officers-included-in-uk-sanctions-list',
        title: 'Now 88: Lukashenka’s crony, ministers, senior police officers included in UK sanctions list',
        publisher: 'Belsat',
        kind: 'reporting',
      },
    ],
    note: 'Belsat reports that after this update the UK had sanctioned 88 Belarusian individuals and 7 companies; this is a news figure, not an official total, so it is not recorded as inForce. Several of these names (Eysmant, Lutski, Kachanava, Shved, Sivak) had been listed by the EU on 17 December 2020, a listing that applied in the UK during the transition period and is not recorded here as a UK act.',
  },
  {
    id: 'uk-2021-06-21-ryanair-listings',
    date: '2021-06-21',
    actor: 'uk',
    action: 'expand',
    instrument: 'Designations under the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'In coordination with the US, the EU and Canada, the UK sanctioned seven individuals and one entity over the forced diversion of Ryanair flight FR4978 and the detention of Roman Protasevich and Sofia Sapega, and four individuals and one entity over continued repression. The entities were the air navigation service Belaeronavigatsia and the oil products exporter BNK (UK) Ltd.',
    targets: ['Belaeronavigatsia', 'BNK (UK) Ltd'],
    listed: { persons: 11, entities: 2 },
    sources: [
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=76774450-a726-401b-80f0-f5325c7d623e',
        title: 'Coordinated new sanctions on Belarus (21 June 2021)',
        publisher: 'Lexology',
        kind: 'reporting',
      },
      {
        url: 'https://caribbeannewsglobal.com/uk-imposes-sanctions-on-belarus-following-forced-landing-of-ryanair-flight',
        title: 'UK imposes sanctions on Belarus following forced landing of Ryanair flight',
        publisher: 'Caribbean News Global (quoting the FCDO announcement)',
        kind: 'reporting',
      },
      {
        url: 'https://www.irishexaminer.com/world/arid-40319060.html',
        title: 'New sanctions on Lukashenko’s regime in Belarus after Ryanair incident',
        publisher: 'PA Media (via Irish Examiner)',
        kind: 'reporting',
      },
    ],
    note: 'The FCDO announcement gives the count as 7 individuals and 1 entity (Ryanair diversion) plus 4 individuals and 1 entity (repression); Lexology totals this as 11 individuals and 2 entities.',
  },
  {
    id: 'uk-2021-08-05-amendment-regulations-2021',
    date: '2021-08-05',
    actor: 'uk',
    action: 'impose',
    instrument: 'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) Regulations 2021 (S.I. 2021/922)',
    instrumentType: 'regulation',
    measures: ['trade', 'finance', 'transport'],
    summary:
      'The amendment added trade, financial and aviation sanctions to the UK Belarus regime: bans on imports of potash and petroleum products, on exports of tobacco industry goods, dual-use and interception and monitoring goods, on dealing in Belarusian state and state-bank securities and on loans to Belarus, and on Belarusian aircraft overflying or landing in the UK. It also added a designation criterion for those supporting or benefiting from the Government of Belarus.',
    targets: ['potash', 'petroleum products', 'tobacco industry goods', 'Belarusian air carriers'],
    sources: [
      {
        url: 'https://www.legislation.gov.uk/uksi/2021/922/contents/made',
        title: 'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) Regulations 2021',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://legislation.gov.uk/uksi/2021/922/made',
        title: 'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) Regulations 2021 (as made)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://presstv.ir/Detail/2021/08/09/664086/UK-Imposes-Significant-New-Sanctions-on-Belarus',
        title: 'UK imposes significant new sanctions on Belarus',
        publisher: 'Press TV',
        kind: 'reporting',
      },
      {
        url: 'https://comsuregroup.com/news/uk-sanction-how-and-why-they-are-used-case-study-2-belarus-august-2021',
        title: 'UK sanctions, how and why they are used: Case study 2, Belarus August 2021',
        publisher: 'Comsure',
        kind: 'reporting',
      },
    ],
    note: 'Made 5 August 2021; laid before Parliament at 11.00 a.m. on 9 August 2021 and in force at noon on 9 August 2021, the day the FCDO announced the package (first anniversary of the 2020 election). Revoked and replaced by S.I. 2021/1146 because of a drafting error.',
  },
  {
    id: 'uk-2021-08-09-gutseriev',
    date: '2021-08-09',
    actor: 'uk',
    action: 'expand',
    instrument: 'Designation under the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'Alongside the new trade, financial and aviation measures, the UK designated the Russian businessman Mikhail Gutseriev over his ties to Alexander Lukashenko.',
    targets: ['Mikhail Gutseriev'],
    listed: { persons: 1 },
    sources: [
      {
        url: 'https://comsuregroup.com/news/uk-sanction-how-and-why-they-are-used-case-study-2-belarus-august-2021',
        title: 'UK sanctions, how and why they are used: Case study 2, Belarus August 2021',
        publisher: 'Comsure',
        kind: 'reporting',
      },
      {
        url: 'https://presstv.ir/Detail/2021/08/09/664086/UK-Imposes-Significant-New-Sanctions-on-Belarus',
        title: 'UK imposes significant new sanctions on Belarus',
        publisher: 'Press TV',
        kind: 'reporting',
      },
    ],
  },
  {
    id: 'uk-2021-10-11-amendment-no2-regulations-2021',
    date: '2021-10-11',
    actor: 'uk',
    action: 'renew',
    instrument:
      'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) (No. 2) Regulations 2021 (S.I. 2021/1146)',
    instrumentType: 'regulation',
    measures: ['trade', 'finance', 'transport'],
    summary:
      'These regulations revoked and replaced the August 2021 amendment regulations with the same financial, trade and aviation measures, correcting an error that had deleted the ban on transferring military, interception and monitoring, and internal repression technology to Belarus.',
    modifies: ['uk-2021-08-05-amendment-regulations-2021'],
    sources: [
      {
        url: 'https://www.legislation.gov.uk/uksi/2021/1146/contents/made',
        title: 'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) (No. 2) Regulations 2021',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://vlex.co.uk/vid/the-republic-of-belarus-876992616',
        title:
          'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) (No. 2) Regulations 2021 (SI 2021/1146)',
        publisher: 'vLex (copy of the instrument as made)',
        kind: 'act',
      },
      {
        url: 'https://www.ukpol.co.uk/wendy-morton-2021-statement-on-sanctions-on-belarus/',
        title: 'Wendy Morton – 2021 Statement on Sanctions on Belarus (House of Commons, 4 November 2021)',
        publisher: 'UKPOL',
        kind: 'reporting',
      },
    ],
    note: 'Made 11 October 2021; laid before Parliament and in force at noon on 14 October 2021. The minister told the Commons there was no gap in the effect of the measures between the two sets of regulations.',
  },
  {
    id: 'uk-2021-12-02-belaruskali',
    date: '2021-12-02',
    actor: 'uk',
    action: 'expand',
    instrument: 'Designations under the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'In coordination with the US, the EU and Canada, the UK sanctioned eight Belarusian individuals over repression and human rights violations and froze the assets of the potash producer OJSC Belaruskali. The FCDO called it its fifth round of Belarus sanctions.',
    targets: ['OJSC Belaruskali', 'Andrei Parshin', 'Natalya Buguk', 'Alina Kasyanchik'],
    listed: { persons: 8, entities: 1 },
    sources: [
      {
        url: 'https://comsuregroup.com/news/uk-sanction-how-and-why-they-are-used-case-study-2-belarus-august-2021',
        title: 'UK sanctions, how and why they are used: Case study 2, Belarus August 2021',
        publisher: 'Comsure',
        kind: 'reporting',
      },
      {
        url: 'https://altnewscoin.com/politics/belarus-uk-government-issues-more-sanctions-on-alexander-lukashenkos-regime/',
        title: 'Belarus: UK government issues more sanctions on Alexander Lukashenko’s regime',
        publisher: 'Altnewscoin',
        kind: 'reporting',
      },
      {
        url: 'https://thegoaspotlight.com/2021/12/02/britain-imposed-sanctions-against-belaruskali-and-five-media-workers-rbk/',
        title: 'Britain imposed sanctions against Belaruskali and five media workers (RBK)',
        publisher: 'The Goa Spotlight (from RBK)',
        kind: 'reporting',
      },
    ],
    note: 'The government said it had already sanctioned "more than 100" people and organisations in Belarus; no exact total was stated.',
  },
  {
    id: 'uk-2022-03-01-belarus-military',
    date: '2022-03-01',
    actor: 'uk',
    action: 'expand',
    instrument: 'Designations under the Russia (Sanctions) (EU Exit) Regulations 2019 (S.I. 2019/855)',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      "In a first tranche of sanctions over Belarus's role in Russia's invasion of Ukraine, the UK sanctioned four senior Belarusian defence officials and two military enterprises. They included Chief of the General Staff Victor Gulevich, JSC 558 Aircraft Repair Plant and the semiconductor maker JSC Integral.",
    targets: [
      'Victor Gulevich',
      'Andrei Burdyko',
      'Sergei Simonenko',
      'Andrey Zhuk',
      'JSC 558 Aircraft Repair Plant',
      'JSC Integral',
    ],
    listed: { persons: 4, entities: 2 },
    sources: [
      {
        url: 'https://conservativepost.co.uk/uk-imposes-sanctions-on-belarus-for-its-role-in-the-russian-invasion-of-ukraine/',
        title: 'UK imposes sanctions on Belarus for its role in the Russian invasion of Ukraine',
        publisher: 'Conservative Post (text of the FCDO press release)',
        kind: 'reporting',
      },
      {
        url: 'https://www.politico.eu/article/uk-issues-first-set-of-sanctions-against-belarus/',
        title: 'UK issues sanctions against Belarus',
        publisher: 'Politico Europe',
        kind: 'reporting',
      },
      {
        url: 'https://worldecr.com/news/more-uk-sanctions-for-belarus-to-punish-facilitation-of-invasion',
        title: 'More UK sanctions for Belarus to punish ‘facilitation’ of invasion',
        publisher: 'WorldECR',
        kind: 'reporting',
      },
    ],
    note: "Made under the UK's Russia sanctions regime, not the Belarus regime, as the FCDO release states.",
  },
  {
    id: 'uk-2022-07-04-amendment-regulations-2022',
    date: '2022-07-04',
    actor: 'uk',
    action: 'expand',
    instrument: 'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) Regulations 2022 (S.I. 2022/748)',
    instrumentType: 'regulation',
    measures: ['trade', 'finance', 'transport'],
    summary:
      "The amendment extended parts of the UK's Russia sanctions to Belarus: bans on exports of oil refining goods, critical-industry, quantum computing and advanced materials goods and luxury goods, on imports of iron and steel products and arms, wider bans on mineral products and potash, more restrictions on Belarusian securities and loans, and a ban on Belarusian ships entering UK ports. The government put the value of the import and export bans at around £60 million.",
    targets: ['iron and steel', 'oil refining goods', 'luxury goods', 'potash', 'Belarusian ships'],
    sources: [
      {
        url: 'https://www.legislation.gov.uk/uksi/2022/748/contents/made',
        title: 'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) Regulations 2022',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://www.legislation.gov.uk/id/uksi/2022/748',
        title:
          'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) Regulations 2022 (table of contents)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://www.brecorder.com/news/40184234/uk-to-introduce-new-economic-and-trade-sanctions-on-belarus',
        title: 'UK to introduce new economic and trade sanctions on Belarus',
        publisher: 'Reuters (via Business Recorder)',
        kind: 'reporting',
      },
      {
        url: 'https://www.shipownersclub.com/the-uk-government-announces-further-sanctions-against-belarus-and-amendments-to-existing-measures/',
        title:
          'The UK Government announces further sanctions against Belarus and amendments to existing measures',
        publisher: "The Shipowners' Club",
        kind: 'reporting',
      },
      {
        url: 'https://168.am/2022/07/05/1729074.html',
        title: 'London expands sanctions against Belarus',
        publisher: '168.am',
        kind: 'reporting',
      },
    ],
    note: 'Announced by the FCDO on 4 July 2022 and in force on 5 July 2022 (legislation.gov.uk annotations). The made date of 4 July 2022 is from 168.am; the made date on the instrument itself was not seen.',
  },
  {
    id: 'uk-2023-06-08-amendment-regulations-2023',
    date: '2023-06-08',
    actor: 'uk',
    action: 'expand',
    instrument: 'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) Regulations 2023 (S.I. 2023/616)',
    instrumentType: 'regulation',
    measures: ['trade', 'finance'],
    summary:
      'The amendment banned imports from Belarus of gold, cement, wood and rubber and exports to Belarus of banknotes, machinery and chemical and biological weapons-related goods. It further restricted Belarusian access to UK financial markets, required internet and social media providers to restrict access to sanctioned Belarusian media, and widened the designation criteria to include family members of designated persons.',
    targets: ['gold', 'cement', 'wood', 'rubber', 'banknotes', 'machinery'],
    sources: [
      {
        url: 'https://www.legislation.gov.uk/uksi/2023/616/contents/made',
        title: 'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) Regulations 2023',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://www.legislation.gov.uk/uksi/2023/616/made/data.html',
        title: 'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) Regulations 2023 (as made)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://www.mondaq.com/uk/export-controls--trade--investment-sanctions/1328740/uk-significantly-expands-sanctions-targeting-belarus',
        title: 'UK significantly expands sanctions targeting Belarus',
        publisher: 'Mondaq',
        kind: 'reporting',
      },
      {
        url: 'https://complianceconcourse.willkie.com/?p=10612',
        title: 'UK imposes additional Belarus-related sanctions',
        publisher: 'Willkie Farr & Gallagher (Compliance Concourse)',
        kind: 'reporting',
      },
    ],
    note: 'Dated to the day the Regulations were laid before Parliament and announced by the FCDO (8 June 2023); they came into force on 9 June 2023. The made date was not shown in the copy of the instrument seen.',
  },
  {
    id: 'uk-2024-05-15-aluminium-import-ban',
    date: '2024-05-15',
    actor: 'uk',
    action: 'expand',
    instrument:
      'The Sanctions (EU Exit) (Miscellaneous Amendments and Revocations) Regulations 2024 (S.I. 2024/643)',
    instrumentType: 'regulation',
    measures: ['trade'],
    summary:
      'These regulations amended the UK Belarus regime to ban imports of Belarusian aluminium and related acquisition, supply, brokering, financial services and technical assistance. They also expanded trade sanctions on electronics, navigation instruments, aircraft, spacecraft and related parts, and added director disqualification sanctions.',
    targets: ['aluminium', 'electronics'],
    sources: [
      {
        url: 'https://www.legislation.gov.uk/uksi/2024/643/contents/made',
        title: 'The Sanctions (EU Exit) (Miscellaneous Amendments and Revocations) Regulations 2024',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://legislation.gov.uk/id/uksi/2024/643/regulation/4/18/b/viii',
        title:
          'The Sanctions (EU Exit) (Miscellaneous Amendments and Revocations) Regulations 2024, regulation 4 (amendment of the Belarus Regulations)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://mondaq.co.uk/uk/export-controls--trade--investment-sanctions/1474556/uk-imposes-new-trade-sanctions-on-belarus',
        title: 'UK imposes new trade sanctions on Belarus',
        publisher: 'Steptoe LLP (via Mondaq)',
        kind: 'reporting',
      },
      {
        url: 'https://www.gherson.com/blog/uk-introduces-new-trade-sanctions-against-belarus-related-to-aluminium-import/',
        title: 'UK introduces new trade sanctions against Belarus related to aluminium import',
        publisher: 'Gherson',
        kind: 'reporting',
      },
    ],
    note: 'Dated to the day the Regulations were laid before Parliament (15 May 2024, per Steptoe); the measures came into force on 16 May 2024. The made date was not seen. Gherson gives 16 May 2024 as the date the Regulations amended the Belarus regime.',
  },
  {
    id: 'uk-2024-08-09-listings-7',
    date: '2024-08-09',
    actor: 'uk',
    action: 'expand',
    instrument: 'UK sanctions designations announced by the FCDO',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'On the fourth anniversary of the 2020 election, the UK sanctioned the commanding officers of four Belarusian penal colonies holding political prisoners and three defence and military-industrial entities, including the machine tool makers OJSC StankoGomel and Ruchservomotor LLC.',
    targets: ['OJSC StankoGomel', 'JSC NIIEVM', 'Ruchservomotor LLC', 'Denis Tolstenkov'],
    listed: { persons: 4, entities: 3 },
    sources: [
      {
        url: 'https://miragenews.com/uk-imposes-new-sanctions-on-belarus-for-1293322',
        title: 'UK imposes new sanctions on Belarus',
        publisher: 'Mirage News (text of the FCDO press release)',
        kind: 'reporting',
      },
      {
        url: 'https://www.parliamenttoday.com/members/viewnews.html?id=157318',
        title: 'UK sanctions on the fourth anniversary of the 2020 Belarus presidential election',
        publisher: 'Parliament Today (text of the FCDO press release)',
        kind: 'reporting',
      },
      {
        url: 'https://kyivindependent.com/uk-imposes-new-sanctions-against-lukashenkos-regime-on-anniversary-of-fraudulent-elections',
        title: "UK imposes new sanctions against Lukashenko's regime on anniversary of fraudulent elections",
        publisher: 'The Kyiv Independent',
        kind: 'reporting',
      },
    ],
    note: 'The FCDO release says this took the total number of UK sanctions against Belarus to "over 200"; no exact total was stated. The sources seen do not name the UK sanctions regime used.',
  },
  {
    id: 'uk-2025-01-27-election-listings',
    date: '2025-01-27',
    actor: 'uk',
    action: 'expand',
    instrument: 'UK sanctions designations announced by the FCDO',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      'The day after the January 2025 presidential election, the UK, alongside Canada, sanctioned six individuals and three Belarusian defence companies. The individuals included the chairman of the Central Election Commission Igor Karpenko and heads of institutions responsible for human rights violations.',
    targets: ['Igor Karpenko', 'Andrei Ananenko'],
    listed: { persons: 6, entities: 3 },
    sources: [
      {
        url: 'https://menafn.com/1109135197/UK-Applies-Fresh-Sanctions-Following-Sham-Election-In-Belarus',
        title: 'UK applies fresh sanctions following sham election in Belarus',
        publisher: 'Kuwait News Agency (via MENAFN)',
        kind: 'reporting',
      },
      {
        url: 'https://www.rbc.ru/politics/27/01/2025/6797a2f29a79474d5d960497',
        title: 'Великобритания расширила санкции против Белоруссии из-за выборов',
        publisher: 'RBC',
        kind: 'reporting',
      },
      {
        url: 'https://news.online.ua/en/britain-adopts-new-sanctions-against-belarus-after-presidential-elections-890261',
        title: 'Britain adopts new sanctions against Belarus after presidential elections',
        publisher: 'Online.ua',
        kind: 'reporting',
      },
    ],
    note: 'The sources seen do not name the UK sanctions regime under which these designations were made (most likely the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019).',
  },
];
