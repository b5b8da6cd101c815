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
    regime: 'human-rights',
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
        url: 'https://belsat.eu/en/news/uk-canada-sanction-belarusian-officials-including-alyaksandr-lukashenka/',
        title: 'UK, Canada sanction Belarusian officials, including Alyaksandr Lukashenka',
        publisher: 'Belsat',
        kind: 'reporting',
      },
      {
        url: 'https://nationalpost.com/pmn/news-pmn/crime-pmn/uk-sanctions-belarus-leader-lukashenko',
        title: 'UK sanctions Belarus leader Lukashenko (Reuters)',
        publisher: 'National Post',
        kind: 'reporting',
      },
      {
        url: 'https://www.independent.ie/world-news/uk-imposes-sanctions-on-belarusian-leader-and-other-senior-government-figures-following-rigged-election-39572752.html',
        title:
          'UK imposes sanctions on Belarusian leader and other senior government figures following rigged election',
        publisher: 'Irish Independent',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'No official text of the Foreign Office announcement or of the Treasury (OFSI) notice of these designations is available; the eight names are as Belsat and Reuters report them.',
    note: 'Made under the UK Global Human Rights sanctions regime, not the Belarus regime: the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019 were not yet in force, and until 31 December 2020 the EU Belarus measures applied in the UK.',
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
    uncounted:
      'The Regulations designate no one by themselves; how many persons the UK designated under them when they came into force is not known.',
    sources: [
      {
        url: 'https://www.legislation.gov.uk/uksi/2019/600/contents/made',
        title: 'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019',
        publisher: 'legislation.gov.uk',
        kind: 'act',
        identifier: { scheme: 'uksi', id: '2019/600' },
      },
      {
        url: 'https://legislation.gov.uk/cy/uksi/2019/600/schedule/3/part/2022-07-05?view=extent',
        title:
          'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019, Schedule 3 Part 1 (commencement information)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://www.legislation.gov.uk/uksi/2019/600/part/1/data.xht?view=snippet&wrap=true',
        title:
          'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019, Part 1 (commencement of regulation 1)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
    ],
    note: 'Dated to entry into force, not to the making of the instrument: the Regulations were made in 2019, but the made date is not known. Regulation 1 came into force on 22 March 2019 (S.I. 2019/627, reg. 12(1)(a)); the operative provisions came into force on 31 December 2020 (S.I. 2019/627, reg. 12(2), with the European Union (Withdrawal Agreement) Act 2020), as legislation.gov.uk records. An HMRC notice to importers (NTI 2952) is reported to say that the Regulations "came fully into force on 31 December 2019". Whether, and how many, EU listings were carried over into the UK list on this date is not known.',
  },
  {
    id: 'uk-2020-12-31-designations',
    date: '2020-12-31',
    actor: 'uk',
    action: 'expand',
    instrument:
      'Designations under the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019 (S.I. 2019/600)',
    instrumentType: 'designation',
    measures: ['assets', 'travel'],
    summary:
      "At the end of the Brexit transition period, when the UK's own Belarus regime took effect, the Foreign Secretary designated under it persons and entities the EU had listed, among them the video-surveillance company Synesis (listed by the EU on 17 December 2020 as JSC Synesis) and the property developer Dana Astra.",
    targets: ['Synesis', 'Dana Astra'],
    uncounted:
      'No Treasury (OFSI) notice of the designations made on 31 December 2020 is available, and how many persons and entities were designated that day is not known.',
    sources: [
      {
        url: 'https://caselaw.nationalarchives.gov.uk/ewhc/admin/2023/541',
        title:
          'LLC Synesis v Secretary of State for Foreign, Commonwealth and Development Affairs [2023] EWHC 541 (Admin), High Court judgment of 14 March 2023',
        publisher: 'The National Archives (Find Case Law)',
        kind: 'official',
      },
      {
        url: 'https://caselaw.nationalarchives.gov.uk/ewhc/admin/2025/289',
        title:
          'Dana Astra IOOO v Secretary of State for Foreign, Commonwealth and Development Affairs [2025] EWHC 289 (Admin), High Court judgment of 11 February 2025',
        publisher: 'The National Archives (Find Case Law)',
        kind: 'official',
      },
      {
        url: 'https://www.petersandpeters.com/2023/03/15/synesis-high-court-dismisses-first-de-listing-case-under-the-uks-sanctions-regime/',
        title: 'Synesis: High Court dismisses first de-listing case under the UK’s sanctions regime',
        publisher: 'Peters & Peters',
        kind: 'analysis',
      },
      {
        url: 'https://brickcourt.co.uk/news/detail/high-court-rejects-belarus-de-listing-case-says-uk-sanctions-listings-dont-engage-echr-jurisdiction-unless-there-is-property-in-the-uk',
        title:
          'High Court rejects Belarus de-listing case & says UK sanctions listings don’t engage ECHR jurisdiction unless there is property in the UK',
        publisher: 'Brick Court Chambers',
        kind: 'analysis',
      },
    ],
    note: 'The High Court records that Synesis was designated under the Belarus Regulations on 31 December 2020, at the end of the transition period, still under the EU entry’s name “JSC Synesis”; its challenge to the designation failed in March 2023. Dana Astra was designated under the same Regulations in 2020 and re-listed in February and August 2023 (Brick Court Chambers); its challenge failed in February 2025. Belsat reported that after the listings of 18 February 2021 the UK had sanctioned 88 Belarusian individuals and 7 companies, which suggests that the 7 entities (the 7 the EU had listed on 17 December 2020, among them MZKT, BelTechExport and Dana Holdings) were designated on this date; that is an inference, not a stated count, so no count is recorded.',
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
        publisher: 'Belsat (belsat.cloud)',
        kind: 'reporting',
      },
      {
        url: 'https://belarusfeed.com/uk-u-s-impose-sanctions-officials-judges-law-enforcers/',
        title: 'UK and U.S. impose more sanctions against officials, judges and law enforcers',
        publisher: 'Belarus Feed',
        kind: 'reporting',
      },
    ],
    note: 'Belsat reports that after this update the UK had sanctioned 88 Belarusian individuals and 7 companies; this is a news figure, not an official total, and it appears to include listings carried over from the EU regime, so it is not recorded as inForce. Several of these names (Eysmant, Lutski, Kachanava, Shved, Sivak) had been listed by the EU on 17 December 2020, a listing that applied in the UK during the transition period and is not recorded here as a UK act.',
    noOfficialText:
      'No Treasury (OFSI) notice or Foreign Office announcement of these 27 designations is available; this record follows Belarusian media reports of the update of the UK sanctions list.',
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
      'In coordination with the US, the EU and Canada, the UK sanctioned seven individuals and one entity over the forced diversion of Ryanair flight FR4978 and the detention of Roman Protasevich and Sofia Sapega, and four individuals and one entity over continued repression. The entities included the oil products exporter BNK (UK) Ltd.',
    targets: ['BNK (UK) Ltd', 'Belaeronavigatsia'],
    listed: { persons: 11, entities: 2 },
    sources: [
      {
        url: 'https://gov.uk/government/news/belarus-uk-imposes-significant-new-package-of-economic-sanctions-on-belarus-on-anniversary-of-fraudulent-election',
        title:
          'Belarus: UK imposes significant new package of economic sanctions on Belarus on anniversary of fraudulent election (recalls the 21 June 2021 designations)',
        publisher: 'UK Government (GOV.UK)',
        kind: 'official',
      },
      {
        url: 'https://www.agenzianova.com/a/60d0c8561d0439.73787801/3499019/2021-06-21/regno-unito-governo-annuncia-sanzioni-contro-funzionari-e-una-compagnia-bielorussa-per-atterramento-volo-ryanair',
        title:
          'Regno Unito: governo annuncia sanzioni contro funzionari e una compagnia bielorussa per atterramento volo Ryanair',
        publisher: 'Agenzia Nova',
        kind: 'reporting',
      },
      {
        url: 'https://www.thenationalnews.com/world/western-powers-impose-sanctions-on-belarus-after-forced-landing-of-ryanair-flight-1.1246068',
        title: 'Western powers impose sanctions on Belarus after forced landing of Ryanair flight',
        publisher: 'The National (Abu Dhabi)',
        kind: 'reporting',
      },
      {
        url: 'https://www.irishexaminer.com/world/arid-40319060.html',
        title: 'New sanctions on Lukashenko’s regime in Belarus after Ryanair incident (PA Media)',
        publisher: 'Irish Examiner',
        kind: 'reporting',
      },
      {
        url: 'https://www.lexology.com/library/detail.aspx?g=76774450-a726-401b-80f0-f5325c7d623e',
        title: 'Coordinated new sanctions on Belarus (21 June 2021)',
        publisher: 'Lexology',
        kind: 'analysis',
      },
    ],
    note: 'The FCDO announcement, as Agenzia Nova reports it, gives 7 individuals and 1 entity (Ryanair diversion) plus 4 individuals and 1 entity (repression), 11 individuals and 2 entities in all; the FCDO news story of 9 August 2021 recalls only the first group (7 individuals and 1 entity). The two entities were the air navigation service Belaeronavigatsia and the oil products exporter BNK (UK) Ltd, as the law-firm note on Lexology names them.',
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
        identifier: { scheme: 'uksi', id: '2021/922' },
      },
      {
        url: 'https://gov.uk/government/news/belarus-uk-imposes-significant-new-package-of-economic-sanctions-on-belarus-on-anniversary-of-fraudulent-election',
        title:
          'Belarus: UK imposes significant new package of economic sanctions on Belarus on anniversary of fraudulent election',
        publisher: 'UK Government (GOV.UK)',
        kind: 'official',
      },
      {
        url: 'https://legislation.gov.uk/uksi/2019/600/schedule/3/part',
        title:
          'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019, Schedule 3 Part 1 (S.I. 2021/922 superseded by S.I. 2021/1146)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://meduza.io/amp/en/news/2021/08/09/new-uk-sanctions-against-belarus-also-target-russian-billionaire-mikhail-gutseriev',
        title: 'New UK sanctions against Belarus also target Russian billionaire Mikhail Gutseriev',
        publisher: 'Meduza',
        kind: 'reporting',
      },
    ],
    note: 'Made 5 August 2021; laid before Parliament at 11.00 a.m. on 9 August 2021 and in force at noon on 9 August 2021, the day the FCDO announced the package (first anniversary of the 2020 election). Revoked and replaced by S.I. 2021/1146 because of a drafting error; legislation.gov.uk did not apply its amendments to the revised text for that reason.',
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
      'Alongside the new trade, financial and aviation measures, the UK designated the Russian businessman Mikhail Gutseriev, described by London as one of the main private investors in Belarus and a longstanding associate of Alexander Lukashenko.',
    targets: ['Mikhail Gutseriev'],
    listed: { persons: 1 },
    sources: [
      {
        url: 'https://meduza.io/amp/en/news/2021/08/09/new-uk-sanctions-against-belarus-also-target-russian-billionaire-mikhail-gutseriev',
        title: 'New UK sanctions against Belarus also target Russian billionaire Mikhail Gutseriev',
        publisher: 'Meduza',
        kind: 'reporting',
      },
    ],
    noOfficialText:
      'The available part of the Foreign Office announcement of 9 August 2021 does not name him, and no Treasury (OFSI) notice is available; this record follows Meduza’s report.',
    note: 'Meduza reports an asset freeze and a ban on technical assistance to his aircraft.',
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
        identifier: { scheme: 'uksi', id: '2021/1146' },
      },
      {
        url: 'https://hansard.parliament.uk/Lords/2021-11-01/debates/5CE195B9-453E-4C88-BFC2-EA0EBEB5777D/details',
        title:
          'Republic of Belarus (Sanctions) (EU Exit) (Amendment) (No. 2) Regulations 2021 (House of Lords Grand Committee, 1 November 2021)',
        publisher: 'UK Parliament',
        kind: 'official',
      },
    ],
    note: 'Made 11 October 2021; laid before Parliament on 14 October 2021 (Hansard) and in force at noon that day (legislation.gov.uk annotations). The minister told the Lords Grand Committee there was no continuity gap between the effects of the two sets of regulations.',
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
      'In coordination with the US, the EU and Canada, the UK sanctioned eight Belarusian individuals over repression and human rights violations, among them state media figures, and froze the assets of the potash producer OJSC Belaruskali. The FCDO called it its fifth round of Belarus sanctions.',
    targets: ['Belaruskali', 'Andrei Parshin', 'Natalya Buguk', 'Alina Kasyanchik'],
    listed: { persons: 8, entities: 1 },
    sources: [
      {
        url: 'https://thefrontierpost.com/uk-imposes-further-sanctions-on-belarus/',
        title: 'UK imposes further sanctions on Belarus',
        publisher: 'The Frontier Post',
        kind: 'reporting',
      },
    ],
    note: 'The count (eight individuals and Belaruskali) is the FCDO’s, as its release gives it; the report cited here gives the joint UK–US–EU–Canada statement and the Belaruskali asset freeze. The government said it had already sanctioned "more than 100" people and organisations in Belarus; no exact total was stated.',
    noOfficialText:
      'No official text of the Foreign Office release or of the Treasury (OFSI) notice of these designations is available; this record follows press reports of the release.',
  },
  {
    id: 'uk-2022-03-01-belarus-military',
    date: '2022-03-01',
    actor: 'uk',
    action: 'expand',
    instrument: 'Designations under the Russia (Sanctions) (EU Exit) Regulations 2019 (S.I. 2019/855)',
    instrumentType: 'designation',
    regime: 'russia',
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
        url: 'https://www.politico.eu/article/uk-issues-first-set-of-sanctions-against-belarus/',
        title: 'UK issues sanctions against Belarus',
        publisher: 'Politico Europe',
        kind: 'reporting',
      },
      {
        url: 'https://worldecr.com/news/more-uk-sanctions-for-belarus-to-punish-facilitation-of-invasion',
        title: 'More UK sanctions for Belarus to punish ‘facilitation’ of invasion',
        publisher: 'WorldECR',
        kind: 'analysis',
      },
    ],
    noOfficialText:
      'No official text of the Foreign Office release or of the Treasury (OFSI) notice of these designations is available; this record follows Politico and a trade-law publisher that quotes the release.',
    note: "Made under the UK's Russia sanctions regime, not the Belarus regime, as the FCDO release quoted by WorldECR states.",
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
        identifier: { scheme: 'uksi', id: '2022/748' },
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
        title: 'UK to introduce new economic and trade sanctions on Belarus (Reuters)',
        publisher: 'Business Recorder',
        kind: 'reporting',
      },
    ],
    note: 'Announced by the FCDO on 4 July 2022 and in force on 5 July 2022 (legislation.gov.uk annotations: "(5.7.2022) by S.I. 2022/748"). Dated to the announcement; the made date on the instrument itself is not verified. The £60 million figure is the government’s, as later reported (e.g. Kyiv Independent, 8 June 2023).',
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
        identifier: { scheme: 'uksi', id: '2023/616' },
      },
      {
        url: 'https://www.legislation.gov.uk/uksi/2023/616/made/data.html',
        title: 'The Republic of Belarus (Sanctions) (EU Exit) (Amendment) Regulations 2023 (as made)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://kyivindependent.com/uk-slaps-new-sanctions-against-belarus/',
        title: 'UK slaps new sanctions against Belarus',
        publisher: 'The Kyiv Independent',
        kind: 'reporting',
      },
      {
        url: 'https://www.mondaq.com/uk/export-controls--trade--investment-sanctions/1328740/uk-significantly-expands-sanctions-targeting-belarus',
        title: 'UK significantly expands sanctions targeting Belarus',
        publisher: 'Mondaq',
        kind: 'analysis',
      },
    ],
    note: 'Dated to the day the Regulations were laid before Parliament and announced by the FCDO (8 June 2023); they came into force on 9 June 2023 (legislation.gov.uk: provisions "superseded: 09/06/2023"). The made date is not verified.',
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
        identifier: { scheme: 'uksi', id: '2024/643' },
      },
      {
        url: 'https://legislation.gov.uk/id/uksi/2024/643/regulation/4/18/b/viii',
        title:
          'The Sanctions (EU Exit) (Miscellaneous Amendments and Revocations) Regulations 2024, regulation 4 (amendment of the Belarus Regulations)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://legislation.gov.uk/id/uksi/2019/600/part/5/chapter/2B?view=extent',
        title:
          'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019, Part 5 Chapter 2B (aluminium inserted in the import ban)',
        publisher: 'legislation.gov.uk',
        kind: 'act',
      },
      {
        url: 'https://mondaq.co.uk/uk/export-controls--trade--investment-sanctions/1474556/uk-imposes-new-trade-sanctions-on-belarus',
        title: 'UK imposes new trade sanctions on Belarus (Steptoe LLP)',
        publisher: 'Mondaq',
        kind: 'analysis',
      },
    ],
    note: 'Dated to the day the Regulations were laid before Parliament (15 May 2024, per Steptoe); the measures came into force on 16 May 2024. The made date is not verified.',
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
    targets: [
      'OJSC StankoGomel',
      'JSC NIIEVM',
      'Ruchservomotor LLC',
      'Denis Tolstenkov',
      'Andrei Palchyk',
      'Filip Sturchanka',
      'Aleksey Lazarenko',
    ],
    listed: { persons: 4, entities: 3 },
    sources: [
      {
        url: 'https://kyivindependent.com/uk-imposes-new-sanctions-against-lukashenkos-regime-on-anniversary-of-fraudulent-elections',
        title: "UK imposes new sanctions against Lukashenko's regime on anniversary of fraudulent elections",
        publisher: 'The Kyiv Independent',
        kind: 'reporting',
      },
      {
        url: 'https://www.pravda.com.ua/eng/news/2024/08/9/7469694/',
        title:
          "UK imposes new sanctions against Lukashenko's regime on anniversary of rigged elections in Belarus",
        publisher: 'Ukrainska Pravda',
        kind: 'reporting',
      },
    ],
    note: 'The FCDO release, as quoted in reporting, says this took the total number of UK sanctions against Belarus to "over 200"; no exact total was stated. The sources cited do not name the UK sanctions regime used.',
    noOfficialText:
      'No official text of the Foreign Office release or of the Treasury (OFSI) notice of these designations is available; this record follows press reports of the release.',
  },
  {
    id: 'uk-2024-10-03-alfa-bank-belarus',
    date: '2024-10-03',
    actor: 'uk',
    action: 'expand',
    instrument: 'Designation under the Republic of Belarus (Sanctions) (EU Exit) Regulations 2019',
    instrumentType: 'designation',
    measures: ['assets'],
    summary:
      'The UK added Alfa-Bank (Belarus), the Belarusian subsidiary of the Russian Alfa Group, to its sanctions list, freezing its assets on the ground that it obtains a benefit from or supports the Government of Belarus by carrying on business in a sector of strategic significance to it, the Belarusian financial services sector.',
    targets: ['Alfa-Bank (Belarus)'],
    listed: { entities: 1 },
    sources: [
      {
        url: 'https://euroradio.by/belaruski-alfa-bank-trapiu-u-chorny-spis-vyalikabrytanii',
        title: 'Беларускі Альфа-Банк трапіў у "чорны спіс" Вялікабрытаніі',
        publisher: 'Euroradio',
        kind: 'reporting',
      },
    ],
    note: 'Euroradio dates the designation to 3 October and places it after the August designations of penal-colony heads (9 August 2024), which fixes the year; other reports say the UK list was updated on Thursday 3 October and name only this bank. The designation ground quoted is a criterion of the Belarus regime.',
    noOfficialText:
      'No Treasury (OFSI) notice of this designation is available; this record follows Euroradio’s report.',
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
      'The day after the January 2025 presidential election, the UK, alongside Canada, sanctioned six individuals, including the chairman of the Central Election Commission Igor Karpenko and heads of security and penal institutions, and three Belarusian defence companies producing radar and weapon control systems, ammunition and drones.',
    targets: ['Igor Karpenko', 'ALEVKURP', 'Zavod Legmash'],
    listed: { persons: 6, entities: 3 },
    unnamed:
      'No official UK notice naming the 3 entities is available; reports name two of them, ALEVKURP and Zavod Legmash.',
    sources: [
      {
        url: 'https://the-independent.com/news/uk/alexander-lukashenko-canada-david-lammy-new-zealand-australia-b2687121.html',
        title: 'Fresh sanctions target Belarusian authorities behind ‘sham’ election',
        publisher: 'The Independent',
        kind: 'reporting',
      },
      {
        url: 'https://unn.ua/en/news/britain-and-canada-impose-sanctions-on-belarus-after-presidential-election',
        title: 'Britain and Canada impose sanctions on Belarus after presidential election',
        publisher: 'Ukrainian National News (UNN)',
        kind: 'reporting',
      },
    ],
    note: 'The sources cited do not name the UK sanctions regime under which these designations were made. A joint statement by Australia, Canada, the EU, New Zealand and the UK condemning the election was published on GOV.UK the same day (as Reuters reported).',
    noOfficialText:
      'No official text of the Foreign Office release or of the Treasury (OFSI) notice of these designations is available; this record follows press reports.',
  },
];
